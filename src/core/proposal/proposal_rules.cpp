#include "proposal/proposal_rules.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

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

/// A real calendar date written YYYY-MM-DD, as days since the epoch.
std::optional<std::chrono::sys_days> ParseDay(std::string_view text) {
    const bool shape = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                       std::all_of(text.begin(), text.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
    if (!shape) {
        return std::nullopt;
    }
    const auto number = [&](std::size_t from, std::size_t length) {
        int value = 0;
        for (std::size_t i = from; i < from + length; ++i) {
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const std::chrono::year_month_day day{std::chrono::year(number(0, 4)),
                                          std::chrono::month(static_cast<unsigned>(number(5, 2))),
                                          std::chrono::day(static_cast<unsigned>(number(8, 2)))};
    if (!day.ok()) {
        return std::nullopt;
    }
    return std::chrono::sys_days(day);
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
        const auto day = ParseDay(value);
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
    // Room for any int, so that no compiler sees a possible truncation (the values are checked).
    char text[48];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", info.year, rules.deadline_month, rules.deadline_day);
    // 29 February in a year without it: the last day of February.
    if (!ParseDay(text)) {
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", info.year, rules.deadline_month, rules.deadline_day - 1);
    }
    return text;
}

std::optional<int> DaysToDeadline(std::string_view deadline, std::string_view today) {
    const auto end = ParseDay(deadline);
    const auto now = ParseDay(today);
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
