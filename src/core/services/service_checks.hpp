// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "services/service_records.hpp"
#include "services/service_rules.hpp"

namespace ziwb::core {

/// What the rules ask of a unit's service standards, forums and surveys that is not there yet.
enum class ServiceGap {
    NoServices,             ///< the catalogue is empty: nothing backs A.I.6.i
    StandardIncomplete,     ///< components of the standard are not written (UU 25/2009 Pasal 21)
    NotEstablished,         ///< no decree sets the standard (A.I.6.i.a)
    NotReviewed,            ///< no review within the rules' interval (A.I.6.i.c)
    NotPublished,           ///< the standard and maklumat are not published (A.I.6.i.b, A.I.6.i.d)
    NoSops,                 ///< no SOP carries the service out (A.I.2.i)
    NotConsulted,           ///< no forum discussed the service (PermenPANRB 15/2014: standards are set with the public)
    ForumWithoutOutsiders,  ///< a forum without enough outside stakeholder groups present (PermenPANRB 16/2017)
    ForumWithoutAttendance,  ///< a forum with nobody recorded as present
    InputOpen,               ///< an input of a forum not followed up
    NoSurvey,                ///< no satisfaction survey of the service this year (A.I.6.iv.a)
    SampleTooSmall,          ///< fewer respondents than the sample the population needs (PermenPANRB 14/2017)
    SurveyNotPublished,      ///< a survey's results are not published (A.I.6.iv.b)
    SurveyNotFollowedUp,     ///< a survey's results were not followed up (A.I.6.iv.c)
};
/// Stable ids for JSON, the workbook and tests: "service-not-reviewed", ...
[[nodiscard]] std::string_view ServiceGapId(ServiceGap gap);

struct ServiceFinding {
    ServiceGap gap = ServiceGap::NoServices;
    std::string criterion;  ///< the LKE criterion the gap costs
    std::string problem;    ///< one line, naming the service or forum
    std::string action;     ///< one action that closes it, as a command where there is one
};

/// The unit's services, forums and surveys as the check reads them.
struct ServiceData {
    std::vector<Service> services;
    std::vector<FkpSession> sessions;
    std::vector<SkmSurvey> surveys;
};

/// Every gap, in the order of the catalogue. `today` (YYYY-MM-DD) dates the review interval and
/// the survey year; `year` is the assessment year (empty: today's year).
[[nodiscard]] std::vector<ServiceFinding> FindServiceGaps(const ServiceRules& rules, const ServiceData& data,
                                                          const std::string& today, const std::string& year);

/// What one forum's record still lacks (attendance, outside stakeholders, follow-up of inputs).
[[nodiscard]] std::vector<ServiceFinding> FindForumGaps(const ServiceRules& rules, const FkpSession& session);

/// The number of outside stakeholder groups present at a forum, and their names.
[[nodiscard]] std::vector<std::string> OutsideGroupsPresent(const ServiceRules& rules, const FkpSession& session);

}  // namespace ziwb::core
