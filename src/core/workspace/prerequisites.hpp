// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "form/form.hpp"
#include "scoring/score_report.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

/// A prerequisite of the form with what the team has confirmed about it (product rule 7).
struct PrerequisiteState {
    const Prerequisite* prerequisite = nullptr;
    std::optional<bool> met;  ///< empty: not confirmed yet
    std::string note;
    std::string author;
    std::string updated_at;
};

/// Every prerequisite of the workspace's form, in form order, with its recorded state.
[[nodiscard]] std::vector<PrerequisiteState> LoadPrerequisites(Workspace& workspace);

/// Records whether a prerequisite is met (empty `met` forgets it). Throws UserError for an id the
/// form does not have, naming the ids it has.
void SetPrerequisite(Workspace& workspace, const std::string& id, std::optional<bool> met, const std::string& note,
                     const std::string& author);

/// Whether the unit may be proposed for a predicate (PermenPANRB 5/2024 Bab II): the score meets
/// every condition and every prerequisite that binds its agency type is confirmed met, or an
/// exemption (Stranas PK) lets it be proposed while they are still being met.
struct Proposability {
    std::string predicate;
    bool score_eligible = false;
    std::vector<std::string> open_prerequisites;   ///< ids that bind the unit and are not confirmed met
    const ProposalExemption* exemption = nullptr;  ///< the exemption that waives them, or null
    /// The agency awards this predicate by its own evaluation (evaluasi mandiri), not the TPN.
    const SelfEvaluation* self_evaluation = nullptr;
    [[nodiscard]] bool Proposable() const {
        return score_eligible && (open_prerequisites.empty() || exemption != nullptr);
    }
};

[[nodiscard]] std::vector<Proposability> JudgeProposability(const Form& form, const ScoreReport& report,
                                                            const std::vector<PrerequisiteState>& prerequisites,
                                                            const WorkspaceInfo& info);

/// One line for a judged predicate: whether the unit may be proposed, to whom, and why not yet
/// ("WBK: the unit may be proposed to the TPN (Stranas PK exception: 3 prerequisites still being met)").
[[nodiscard]] std::string ProposalLine(const Proposability& judged);

}  // namespace ziwb::core
