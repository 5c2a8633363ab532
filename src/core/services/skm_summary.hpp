// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "services/ikm.hpp"
#include "services/service_records.hpp"
#include "services/service_rules.hpp"
#include "services/skm_report.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

/// One stored survey with its figures.
struct SurveyFigures {
    std::int64_t id = 0;
    std::string service_uid;
    std::string service_name;
    std::string period;
    std::string start_date;
    std::string end_date;
    std::int64_t population = 0;
    std::int64_t required_sample = 0;  ///< 0 when the population is not known
    std::string published_where;       ///< where the results were published, or empty
    std::string follow_up;             ///< how the results were followed up, or empty
    IkmResult result;
};

/// The unit's surveys with their IKM, and the unit's IKM over all of them (respondents pooled).
struct SurveySummary {
    std::vector<SurveyFigures> surveys;
    IkmResult unit;
};

/// Reads every stored survey; `service_uid` and `period` (when not empty) keep only those.
[[nodiscard]] SurveySummary SummariseSurveys(Workspace& workspace, const ServiceRules& rules,
                                             const std::string& service_uid = {}, const std::string& period = {});

/// What the survey report prints of this workspace: the unit, its letterhead, its head's signature
/// (the first pimpinan of the team register, dated `date`, at `place`), and the surveys. The
/// letterhead is returned beside, since the data only points at it.
struct SkmReportInput {
    std::optional<Letterhead> letterhead;
    SkmReportData data;
};
[[nodiscard]] SkmReportInput GatherSkmReport(Workspace& workspace, const ServiceRules& rules,
                                             const SurveySummary& summary, const std::string& place,
                                             const std::string& date);

}  // namespace ziwb::core
