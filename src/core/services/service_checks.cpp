// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/service_checks.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iterator>
#include <set>

#include "common/calendar_date.hpp"
#include "common/text.hpp"
#include "services/ikm.hpp"

namespace ziwb::core {
namespace {

// The criteria of the LKE each gap costs (forms/lke-permenpanrb-90-2021.xml, A.I.6 and A.I.2).
constexpr const char* kStandardSet = "A.I.6.i.a";
constexpr const char* kStandardPublished = "A.I.6.i.b";
constexpr const char* kStandardReviewed = "A.I.6.i.c";
constexpr const char* kSurveyHeld = "A.I.6.iv.a";
constexpr const char* kSopsApplied = "A.I.2.i.b";
constexpr const char* kSurveyPublished = "A.I.6.iv.b";
constexpr const char* kSurveyFollowedUp = "A.I.6.iv.c";

/// `date` plus `months` calendar months (the end of a shorter month when the day does not exist).
std::string AddMonths(const std::string& date, int months) {
    const auto parsed = ReadIsoDate(date);
    if (!parsed) {
        return date;
    }
    std::chrono::year_month_day moved = *parsed + std::chrono::months(months);
    if (!moved.ok()) {
        moved = std::chrono::year_month_day_last(moved.year(), std::chrono::month_day_last(moved.month()));
    }
    return FormatIsoDate(moved);
}

}  // namespace

std::string_view ServiceGapId(ServiceGap gap) {
    switch (gap) {
        case ServiceGap::NoServices: return "no-services";
        case ServiceGap::StandardIncomplete: return "standard-incomplete";
        case ServiceGap::NotEstablished: return "standard-not-established";
        case ServiceGap::NotReviewed: return "standard-not-reviewed";
        case ServiceGap::NotPublished: return "standard-not-published";
        case ServiceGap::NoSops: return "service-without-sop";
        case ServiceGap::NotConsulted: return "service-not-consulted";
        case ServiceGap::ForumWithoutOutsiders: return "fkp-without-outside-stakeholders";
        case ServiceGap::ForumWithoutAttendance: return "fkp-without-attendance";
        case ServiceGap::InputOpen: return "fkp-input-open";
        case ServiceGap::NoSurvey: return "skm-missing";
        case ServiceGap::SampleTooSmall: return "skm-sample-too-small";
        case ServiceGap::SurveyNotPublished: return "skm-not-published";
        case ServiceGap::SurveyNotFollowedUp: return "skm-not-followed-up";
    }
    return "unknown";
}

std::vector<std::string> OutsideGroupsPresent(const ServiceRules& rules, const FkpSession& session) {
    std::vector<std::string> names;
    for (const auto& group : rules.stakeholder_groups) {
        if (!group.outside) {
            continue;
        }
        const bool present = std::any_of(session.participants.begin(), session.participants.end(),
                                         [&](const FkpParticipant& p) { return p.attended && p.group == group.id; });
        if (present) {
            names.push_back(group.name);
        }
    }
    return names;
}

std::vector<ServiceFinding> FindForumGaps(const ServiceRules& rules, const FkpSession& session) {
    std::vector<ServiceFinding> found;
    const auto add = [&](ServiceGap gap, const char* criterion, std::string problem, std::string action) {
        found.push_back({gap, criterion, std::move(problem), std::move(action)});
    };
    const std::string number = std::to_string(session.id);
    const bool anyone = std::any_of(session.participants.begin(), session.participants.end(),
                                    [](const FkpParticipant& p) { return p.attended; });
    if (!anyone) {
        add(ServiceGap::ForumWithoutAttendance, kStandardReviewed,
            Format(Tr("forum {0} of {1}: nobody is recorded as present"), {number, session.date}),
            Format(Tr("record the attendance: ziwb fkp attend WS {0} --csv FILE"), {number}));
    } else {
        const auto outside = OutsideGroupsPresent(rules, session);
        if (static_cast<int>(outside.size()) < rules.minimum_outside_groups) {
            add(ServiceGap::ForumWithoutOutsiders, kStandardReviewed,
                Format(Tr("forum {0} of {1}: no stakeholders from outside the unit were present"),
                       {number, session.date}),
                Tr("invite service users, community figures, academics, business or NGOs, and record who came"));
        }
    }
    for (const FkpInput& input : session.inputs) {
        if (input.follow_up == "open") {
            add(ServiceGap::InputOpen, kStandardReviewed,
                Format(Tr("forum {0} of {1}: input {2} has no follow-up"),
                       {number, session.date, std::to_string(input.number)}),
                Format(Tr("record it: ziwb fkp input WS {0} {1} --adopted CHANGE (or --declined REASON)"),
                       {number, std::to_string(input.number)}));
        }
    }
    return found;
}

std::vector<ServiceFinding> FindServiceGaps(const ServiceRules& rules, const ServiceData& data,
                                            const std::string& today, const std::string& year) {
    std::vector<ServiceFinding> found;
    const auto add = [&](ServiceGap gap, const char* criterion, std::string problem, std::string action) {
        found.push_back({gap, criterion, std::move(problem), std::move(action)});
    };
    if (data.services.empty()) {
        add(ServiceGap::NoServices, kStandardSet, Tr("the unit's services and their standards are not recorded"),
            Tr("add each service: ziwb service add WS --name NAME"));
        return found;
    }
    const std::string survey_year = year.empty() ? today.substr(0, 4) : year;
    for (const Service& service : data.services) {
        const std::string number = std::to_string(service.id);
        std::size_t filled = 0;
        std::vector<std::string> missing;
        for (const auto& component : rules.components) {
            const auto text = service.components.find(component.id);
            if (text != service.components.end() && !text->second.empty()) {
                ++filled;
            } else {
                missing.push_back(component.name);
            }
        }
        if (!missing.empty()) {
            add(ServiceGap::StandardIncomplete, kStandardSet,
                Format(Tr("{0}: {1} of {2} components of the standard are not written ({3})"),
                       {service.name, std::to_string(missing.size()), std::to_string(rules.components.size()),
                        missing.size() > 3 ? missing[0] + "; " + missing[1] + "; " + missing[2] + "; ..."
                                           : [&] {
                                                 std::string list;
                                                 for (const auto& name : missing) {
                                                     list += (list.empty() ? "" : "; ") + name;
                                                 }
                                                 return list;
                                             }()}),
                Format(Tr("write them: ziwb service set WS {0} --component ID --text TEXT"), {number}));
        }
        if (service.established_by.empty()) {
            add(ServiceGap::NotEstablished, kStandardSet,
                Format(Tr("{0}: no decree sets the standard"), {service.name}),
                Format(Tr("record the decree: ziwb service set WS {0} --established-by \"Keputusan ...\""), {number}));
        }
        if (service.reviewed_on.empty()) {
            add(ServiceGap::NotReviewed, kStandardReviewed,
                Format(Tr("{0}: the standard has never been reviewed"), {service.name}),
                Format(Tr("review it with the public in a forum, then: ziwb service set WS {0} --reviewed DATE"),
                       {number}));
        } else if (AddMonths(service.reviewed_on, rules.review_interval_months) < today) {
            add(ServiceGap::NotReviewed, kStandardReviewed,
                Format(Tr("{0}: the standard was last reviewed on {1}, more than {2} months ago"),
                       {service.name, service.reviewed_on, std::to_string(rules.review_interval_months)}),
                Format(Tr("review it with the public in a forum, then: ziwb service set WS {0} --reviewed DATE"),
                       {number}));
        }
        if (service.published_where.empty()) {
            add(ServiceGap::NotPublished, kStandardPublished,
                Format(Tr("{0}: the standard and its maklumat are not published"), {service.name}),
                Format(Tr("publish them (website, service counter) and record where: ziwb service set WS {0} "
                          "--published-where TEXT"),
                       {number}));
        }
        if (service.sops.empty()) {
            add(ServiceGap::NoSops, kSopsApplied, Format(Tr("{0}: no SOP is recorded for the service"), {service.name}),
                Format(Tr("name the SOPs that carry it out: ziwb service set WS {0} --sops \"SOP 1; SOP 2\""),
                       {number}));
        }
        const bool consulted = std::any_of(data.sessions.begin(), data.sessions.end(), [&](const FkpSession& s) {
            return std::find(s.service_uids.begin(), s.service_uids.end(), service.uid) != s.service_uids.end();
        });
        if (!consulted) {
            add(ServiceGap::NotConsulted, kStandardReviewed,
                Format(Tr("{0}: no public consultation forum discussed the standard"), {service.name}),
                Format(Tr("hold a forum on it: ziwb fkp add WS --date DATE --place PLACE --service {0}"), {number}));
        }
        bool surveyed = false;
        for (const SkmSurvey& survey : data.surveys) {
            if (survey.service_uid != service.uid) {
                continue;
            }
            const std::string when = survey.end_date.empty() ? survey.start_date : survey.end_date;
            const bool this_year =
                when.empty() || when.starts_with(survey_year) || survey.period.find(survey_year) != std::string::npos;
            surveyed = surveyed || this_year;
            if (this_year && survey.published_where.empty()) {
                add(ServiceGap::SurveyNotPublished, kSurveyPublished,
                    Format(Tr("{0}, survey {1}: the results are not published"), {service.name, survey.period}),
                    Format(Tr("publish them (website and service counter) and record where: ziwb skm result WS "
                              "{0} --published-where TEXT"),
                           {std::to_string(survey.id)}));
            }
            if (this_year && survey.follow_up.empty()) {
                add(ServiceGap::SurveyNotFollowedUp, kSurveyFollowedUp,
                    Format(Tr("{0}, survey {1}: no follow-up of the results is recorded"),
                           {service.name, survey.period}),
                    Format(Tr("improve what the lowest elements show and record it: ziwb skm result WS {0} "
                              "--follow-up TEXT"),
                           {std::to_string(survey.id)}));
            }
            if (survey.population > 0) {
                const auto needed = RequiredSample(rules, survey.population);
                const auto have = static_cast<std::int64_t>(survey.responses.size());
                if (have < needed) {
                    add(ServiceGap::SampleTooSmall, kSurveyHeld,
                        Format(Tr("{0}, survey {1}: {2} respondents of the {3} a population of {4} needs"),
                               {service.name, survey.period, std::to_string(have), std::to_string(needed),
                                std::to_string(survey.population)}),
                        Tr("collect more responses and import them again for the same period"));
                }
            }
        }
        if (!surveyed) {
            add(ServiceGap::NoSurvey, kSurveyHeld,
                Format(Tr("{0}: no satisfaction survey in {1}"), {service.name, survey_year}),
                Format(Tr("import the survey's responses: ziwb skm import WS --service {0} --period PERIOD FILE.csv"),
                       {number}));
        }
    }
    for (const FkpSession& session : data.sessions) {
        auto forum = FindForumGaps(rules, session);
        std::move(forum.begin(), forum.end(), std::back_inserter(found));
    }
    return found;
}

}  // namespace ziwb::core
