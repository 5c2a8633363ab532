// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/unit_details.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include "common/error.hpp"
#include "common/text.hpp"
#include "log/projection.hpp"
#include "proposal/proposal_rules.hpp"
#include "workspace/sqlite_errors.hpp"

namespace ziwb::core {

std::string DetailsHistoryCode(const std::string& field) {
    return "details:" + field;
}

std::vector<std::string> ChangeUnitDetails(Workspace& workspace, const UnitDetailsChange& change,
                                           const std::string& author) {
    const WorkspaceInfo& info = workspace.Info();
    std::vector<std::pair<std::string, std::string>> changed;  // meta key, new value
    if (change.unit_name && *change.unit_name != info.unit_name) {
        if (change.unit_name->empty()) {
            throw UserError(Tr("the unit name is empty: give the unit's name (e.g. \"Dinas Tenaga Kerja\")"));
        }
        changed.emplace_back("unit_name", *change.unit_name);
    }
    if (change.agency && *change.agency != info.agency) {
        if (change.agency->empty()) {
            throw UserError(Tr("the agency name is empty: give the agency the unit belongs to"));
        }
        changed.emplace_back("agency", *change.agency);
    }
    if (change.year && *change.year != info.year) {
        if (*change.year < 2000 || *change.year > 2100) {
            throw UserError(Format(Tr("the year {0} is not a plausible assessment year (2000-2100)"),
                                   {std::to_string(*change.year)}));
        }
        changed.emplace_back("year", std::to_string(*change.year));
    }
    const std::vector<std::pair<std::string_view, const std::optional<std::string>*>> proposal{
        {kAgencyTypeField, &change.agency_type},
        {kServiceTypeField, &change.service_type},
        {kProposalDeadlineField, &change.proposal_deadline},
        {kSelfEvaluationField, &change.self_evaluation}};
    const auto current = ProposalDetails(info);
    for (std::size_t i = 0; i < proposal.size(); ++i) {
        const auto& [field, wanted] = proposal[i];
        if (!*wanted || **wanted == *current[i].second) {
            continue;
        }
        if (const std::string problem = ProposalDetailProblem(workspace.FormInUse(), field, **wanted);
            !problem.empty()) {
            throw UserError(problem);
        }
        changed.emplace_back(field, **wanted);
    }
    if (changed.empty()) {
        return {};
    }
    std::vector<std::string> fields;
    workspace.RecordInTransaction(
        [&](SQLite::Database&) -> std::optional<ChangeDraft> {
            ChangeDraft draft;
            draft.kind = "unit.details";
            draft.layer = "unit";
            draft.action = "details";
            draft.summary = Tr("Details of the unit changed");
            for (const auto& [key, value] : changed) {
                draft.writes.emplace_back(UnitKey(key), value);
                fields.push_back(key);
            }
            return draft;
        },
        author);
    workspace.RefreshDetails();
    return fields;
}

}  // namespace ziwb::core
