// SPDX-License-Identifier: GPL-3.0-or-later
#include "proposal/proposal_rules.hpp"

#include <algorithm>
#include <chrono>

#include "common/calendar_date.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"

namespace ziwb::core {
namespace {

bool Contains(const std::vector<std::string>& list, std::string_view id) {
    return std::find(list.begin(), list.end(), id) != list.end();
}

std::string ChoiceList(const std::vector<NamedChoice>& choices) {
    std::string list;
    for (const auto& choice : choices) {
        list += (list.empty() ? "" : ", ") + choice.id;
    }
    return list;
}

}  // namespace

std::string ProposalDetailProblem(const Form& form, std::string_view field, std::string_view value) {
    if (value.empty()) {
        return {};
    }
    const ProposalRules& rules = form.Proposal();
    if (field == kAgencyTypeField) {
        if (rules.FindAgencyType(value) == nullptr) {
            return rules.agency_types.empty() ? Tr("this form declares no agency types")
                                              : Format(Tr("'{0}' is not an agency type of this form: use one of {1}"),
                                                       {OneLine(value), ChoiceList(rules.agency_types)});
        }
    } else if (field == kServiceTypeField) {
        if (rules.FindServiceType(value) == nullptr) {
            return rules.service_types.empty() ? Tr("this form declares no service types")
                                               : Format(Tr("'{0}' is not a service type of this form: use one of {1}"),
                                                        {OneLine(value), ChoiceList(rules.service_types)});
        }
    } else if (field == kProposalDeadlineField) {
        const auto day = ParseIsoDate(value);
        if (!day || value < "2000-01-01" || value > "2100-12-31") {
            return Format(Tr("'{0}' is not a date as YYYY-MM-DD between 2000 and 2100 (for example 2026-05-31)"),
                          {OneLine(value)});
        }
    } else if (field == kSelfEvaluationField) {
        if (rules.FindSelfEvaluation(value) == nullptr) {
            std::string list;
            for (const auto& rule : rules.self_evaluations) {
                list += (list.empty() ? "" : ", ") + rule.predicate;
            }
            return list.empty() ? Tr("this form has no evaluation by the agency itself")
                                : Format(Tr("'{0}' is not a predicate the agency may evaluate itself: use {1}"),
                                         {OneLine(value), list});
        }
    } else {
        return Format(Tr("'{0}' is not a proposal detail"), {OneLine(field)});
    }
    return {};
}

bool PrerequisiteApplies(const Prerequisite& prerequisite, std::string_view agency_type) {
    return prerequisite.agency_types.empty() || agency_type.empty() || Contains(prerequisite.agency_types, agency_type);
}

const ProposalExemption* ApplicableExemption(const Form& form, const WorkspaceInfo& info) {
    if (info.service_type.empty()) {
        return nullptr;
    }
    for (const auto& exemption : form.Proposal().exemptions) {
        // An exemption bound to agency types needs the type known: a unit does not get it by omission.
        const bool agency_fits = exemption.agency_types.empty() || Contains(exemption.agency_types, info.agency_type);
        if (agency_fits && Contains(exemption.service_types, info.service_type)) {
            return &exemption;
        }
    }
    return nullptr;
}

const SelfEvaluation* SelfEvaluationFor(const Form& form, const WorkspaceInfo& info, std::string_view predicate) {
    if (info.self_evaluation != predicate) {
        return nullptr;
    }
    return form.Proposal().FindSelfEvaluation(predicate);
}

std::string ProposalDeadline(const Form& form, const WorkspaceInfo& info) {
    if (!info.proposal_deadline.empty()) {
        return info.proposal_deadline;
    }
    const ProposalRules& rules = form.Proposal();
    if (rules.deadline_month == 0 || info.year < 2000 || info.year > 2100) {
        return {};
    }
    const std::chrono::year year(info.year);
    const std::chrono::month month(static_cast<unsigned>(rules.deadline_month));
    const std::chrono::year_month_day day{year, month, std::chrono::day(static_cast<unsigned>(rules.deadline_day))};
    // 29 February in a year without it: the last day of February.
    return FormatIsoDate(day.ok() ? day : std::chrono::year_month_day(year / month / std::chrono::last));
}

std::optional<int> DaysToDeadline(std::string_view deadline, std::string_view today) {
    const auto end = ParseIsoDate(deadline);
    const auto now = ParseIsoDate(today);
    if (!end || !now) {
        return std::nullopt;
    }
    return static_cast<int>((*end - *now).count());
}

std::string AgencyTypeName(const Form& form, std::string_view id) {
    const NamedChoice* choice = form.Proposal().FindAgencyType(id);
    return choice != nullptr ? choice->name : std::string(id);
}

std::string ServiceTypeName(const Form& form, std::string_view id) {
    const NamedChoice* choice = form.Proposal().FindServiceType(id);
    return choice != nullptr ? choice->name : std::string(id);
}

}  // namespace ziwb::core
