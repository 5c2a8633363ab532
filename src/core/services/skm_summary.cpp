// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/skm_summary.hpp"

#include <algorithm>
#include <cctype>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/sha256.hpp"
#include "common/text.hpp"
#include "documents/document_render.hpp"
#include "evaluation_report/evaluation_report.hpp"
#include "evidence/evidence_vault.hpp"
#include "log/change_log.hpp"
#include "people/team_register.hpp"
#include "services/service_store.hpp"
#include "workspace/sqlite_errors.hpp"

namespace ziwb::core {

SurveySummary SummariseSurveys(Workspace& workspace, const ServiceRules& rules, const std::string& service_uid,
                               const std::string& period) {
    SurveySummary summary;
    const auto services = LoadServices(workspace, true);
    std::vector<IkmResult> results;
    for (const SkmSurvey& survey : LoadSkmSurveys(workspace)) {
        if ((!service_uid.empty() && survey.service_uid != service_uid) ||
            (!period.empty() && survey.period != period)) {
            continue;
        }
        SurveyFigures figures;
        figures.id = survey.id;
        figures.service_uid = survey.service_uid;
        const auto service = std::find_if(services.begin(), services.end(),
                                          [&](const Service& s) { return s.uid == survey.service_uid; });
        figures.service_name = service == services.end() ? Tr("(unknown service)") : service->name;
        figures.period = survey.period;
        figures.start_date = survey.start_date;
        figures.end_date = survey.end_date;
        figures.population = survey.population;
        figures.required_sample = RequiredSample(rules, survey.population);
        figures.published_where = survey.published_where;
        figures.follow_up = survey.follow_up;
        figures.result = ComputeIkm(rules, survey.responses);
        results.push_back(figures.result);
        summary.surveys.push_back(std::move(figures));
    }
    summary.unit = PoolIkm(rules, results);
    return summary;
}

SkmReportInput GatherSkmReport(Workspace& workspace, const ServiceRules& rules, const SurveySummary& summary,
                               const std::string& place, const std::string& date) {
    (void)rules;
    if (summary.surveys.empty()) {
        throw UserError(
            Tr("there is no survey to report; import one with: ziwb skm import WS --service SERVICE "
               "--period PERIOD FILE.csv"));
    }
    CheckDocumentDate(date);
    SkmReportInput input;
    input.letterhead = LoadLetterhead(workspace);
    const WorkspaceInfo info = workspace.Info();
    input.data.unit_name = info.unit_name;
    input.data.agency = info.agency;
    std::vector<std::string> periods;
    for (const SurveyFigures& figures : summary.surveys) {
        input.data.services.push_back(
            {figures.service_name, figures.period, figures.result, figures.population, figures.required_sample});
        if (std::find(periods.begin(), periods.end(), figures.period) == periods.end()) {
            periods.push_back(figures.period);
        }
    }
    if (periods.size() == 1) {
        input.data.period = periods.front();
    }
    input.data.unit = summary.unit;
    const auto team = LoadTeam(workspace);
    const auto head = std::find_if(team.begin(), team.end(), [](const Person& p) { return p.role == "pimpinan"; });
    PdfSignature signature;
    signature.place = place;
    signature.date = IndonesianDate(date);
    if (head != team.end()) {
        signature.role = head->position.empty() ? "Kepala " + info.unit_name : head->position;
        signature.name = head->name;
        signature.nip = PrintedNip(head->nip);
    } else {
        signature.role = "Kepala " + info.unit_name;
        signature.name = "(.................................................)";
    }
    input.data.signature = signature;
    // A code like every document's: it names the report and the state of the workspace it was made
    // from, so a printed copy can be told from a later one.
    std::string heads;
    for (const auto& log_head :
         GuardSqlite(PathToUtf8(workspace.Path()), [&] { return LogHeads(workspace.Database()); })) {
        heads += log_head;
    }
    std::string code = "SKM-" + Sha256::HexOf("laporan-skm\n" + date + "\n" + heads).substr(0, 8);
    code.insert(8, "-");
    std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return std::toupper(c); });
    input.data.document_code = code;
    return input;
}

}  // namespace ziwb::core
