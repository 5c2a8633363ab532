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

/// Whether the unit may be proposed for a predicate: the score meets every condition and every
/// prerequisite of that predicate is confirmed met.
struct Proposability {
    std::string predicate;
    bool score_eligible = false;
    std::vector<std::string> open_prerequisites;  ///< ids not confirmed met
    [[nodiscard]] bool Proposable() const { return score_eligible && open_prerequisites.empty(); }
};

[[nodiscard]] std::vector<Proposability> JudgeProposability(const Form& form, const ScoreReport& report,
                                                            const std::vector<PrerequisiteState>& prerequisites);

}  // namespace ziwb::core
