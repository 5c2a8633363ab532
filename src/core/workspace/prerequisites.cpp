// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/prerequisites.hpp"

#include "log/projection.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "proposal/proposal_rules.hpp"
#include "workspace/sqlite_errors.hpp"

namespace ziwb::core {

std::vector<PrerequisiteState> LoadPrerequisites(Workspace& workspace) {
    std::vector<PrerequisiteState> states;
    for (const Prerequisite& prerequisite : workspace.FormInUse().Prerequisites()) {
        states.push_back({&prerequisite, std::nullopt, {}, {}, {}});
    }
    GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Statement query(workspace.Database(), "SELECT id, met, note, author, updated_at FROM prerequisite");
        while (query.executeStep()) {
            const std::string id = query.getColumn(0).getString();
            const auto found = std::find_if(states.begin(), states.end(),
                                            [&](const PrerequisiteState& s) { return s.prerequisite->id == id; });
            if (found != states.end()) {
                found->met = query.getColumn(1).getInt() != 0;
                found->note = StoredText(query.getColumn(2).getString());
                found->author = StoredText(query.getColumn(3).getString());
                found->updated_at = query.getColumn(4).getString();
            }
        }
    });
    return states;
}

void SetPrerequisite(Workspace& workspace, const std::string& id, std::optional<bool> met, const std::string& note,
                     const std::string& author) {
    const auto& all = workspace.FormInUse().Prerequisites();
    if (std::none_of(all.begin(), all.end(), [&](const Prerequisite& p) { return p.id == id; })) {
        std::string known;
        for (const auto& prerequisite : all) {
            known += (known.empty() ? "" : ", ") + prerequisite.id;
        }
        throw UserError(
            Format(Tr("'{0}' is not a prerequisite of this form; its prerequisites are {1}"), {OneLine(id), known}));
    }
    CheckUserText(note, Format(Tr("the note of {0}"), {id}), kLongTextLimit);
    CheckUserText(author, Tr("the author"), kNameLimit);
    workspace.RecordInTransaction(
        [&](SQLite::Database&) -> std::optional<ChangeDraft> {
            ChangeDraft draft;
            draft.kind = "prerequisite.set";
            draft.layer = "unit";
            draft.action = "prerequisite";
            draft.summary = Format(Tr("Prerequisite {0}: {1}"),
                                   {id, !met ? Tr("not confirmed") : (*met ? Tr("met") : Tr("not met"))});
            nlohmann::json value;
            if (met) {
                value = nlohmann::json{{"met", *met}, {"note", note}};
            }
            draft.writes.emplace_back(PrerequisiteKey(id), std::move(value));
            return draft;
        },
        author);
}

std::vector<Proposability> JudgeProposability(const Form& form, const ScoreReport& report,
                                              const std::vector<PrerequisiteState>& prerequisites,
                                              const WorkspaceInfo& info) {
    std::vector<Proposability> out;
    const ProposalExemption* exemption = ApplicableExemption(form, info);
    for (const Predicate& predicate : form.Predicates()) {
        Proposability judged;
        judged.predicate = predicate.id;
        const Verdict* verdict = report.FindVerdict(predicate.id);
        judged.score_eligible = verdict != nullptr && verdict->eligible;
        for (const auto& state : prerequisites) {
            const auto& applies = state.prerequisite->predicates;
            if (std::find(applies.begin(), applies.end(), predicate.id) != applies.end() && state.met != true &&
                PrerequisiteApplies(*state.prerequisite, info.agency_type)) {
                judged.open_prerequisites.push_back(state.prerequisite->id);
            }
        }
        if (!judged.open_prerequisites.empty()) {
            judged.exemption = exemption;
        }
        judged.self_evaluation = SelfEvaluationFor(form, info, predicate.id);
        out.push_back(std::move(judged));
    }
    return out;
}

std::string ProposalLine(const Proposability& judged) {
    std::string line;
    if (judged.Proposable()) {
        line = judged.self_evaluation != nullptr
                   ? Format(Tr("{0}: the unit may be evaluated by the agency itself (evaluasi mandiri)"),
                            {judged.predicate})
                   : Format(Tr("{0}: the unit may be proposed to the TPN"), {judged.predicate});
    } else {
        line = Format(Tr("{0}: the unit may not be proposed yet"), {judged.predicate});
        if (!judged.score_eligible) {
            line += " - " + Tr("the score does not meet every condition");
        }
    }
    if (!judged.open_prerequisites.empty()) {
        const std::string count = std::to_string(judged.open_prerequisites.size());
        line += judged.exemption != nullptr ? " (" +
                                                  Format(Tr("exemption {0}: {1} prerequisite(s) still being met"),
                                                         {judged.exemption->id, count}) +
                                                  ")"
                                            : " - " + Format(Tr("{0} prerequisite(s) not confirmed met"), {count});
    }
    return line;
}

}  // namespace ziwb::core
