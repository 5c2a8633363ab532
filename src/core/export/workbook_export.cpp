// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/workbook_export.hpp"

#include <algorithm>
#include <ctime>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/version.hpp"
#include "evidence/evidence_vault.hpp"
#include "export/evaluation_sheet.hpp"
#include "export/evidence_sheet.hpp"
#include "export/lke_sheet.hpp"
#include "export/readiness_sheet.hpp"
#include "export/summary_sheet.hpp"
#include "readiness/action_plan.hpp"
#include "readiness/readiness_check.hpp"
#include "scoring/scoring_engine.hpp"
#include "workspace/prerequisites.hpp"

namespace ziwb::core {
namespace {

std::vector<Layer> ChosenLayers(const Workspace& workspace, ExportLayers choice) {
    switch (choice) {
        case ExportLayers::Unit: return {Layer::Unit()};
        case ExportLayers::Tpi: return {Layer::Tpi()};
        case ExportLayers::Both: return {Layer::Unit(), Layer::Tpi()};
        case ExportLayers::Automatic: break;
    }
    if (workspace.StoredAnswers(Layer::Tpi()).empty()) {
        return {Layer::Unit()};
    }
    return {Layer::Unit(), Layer::Tpi()};
}

}  // namespace

std::time_t ParseUtcTimestamp(const std::string& text) {
    std::tm parts{};
    char zone = 0;
    const int read = std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &parts.tm_year, &parts.tm_mon,
                                 &parts.tm_mday, &parts.tm_hour, &parts.tm_min, &parts.tm_sec, &zone);
    if (read != 7 || zone != 'Z' || parts.tm_mon < 1 || parts.tm_mon > 12 || parts.tm_mday < 1 || parts.tm_mday > 31) {
        throw UserError(Format(Tr("'{0}' is not a UTC time such as 2026-01-31T08:00:00Z"), {text}));
    }
    parts.tm_year -= 1900;
    parts.tm_mon -= 1;
    return TimeFromUtcCalendar(parts);
}

void ExportWorkbook(Workspace& workspace, const std::filesystem::path& path, const WorkbookOptions& options) {
    const Form& form = workspace.FormInUse();
    const WorkspaceInfo& info = workspace.Info();
    const UnitStanding standing{info.current_predicate};

    // Answers, scores and notes of every exported layer, computed once.
    const std::vector<Layer> chosen = ChosenLayers(workspace, options.layers);
    std::vector<AnswerSet> answers;
    std::vector<ScoreReport> reports;
    answers.reserve(chosen.size());
    reports.reserve(chosen.size());
    std::vector<ExportLayer> layers;
    for (const Layer& layer : chosen) {
        answers.push_back(workspace.LoadAnswers(layer));
        reports.push_back(Score(form, answers.back(), standing));
    }
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        ExportLayer layer{chosen[i], &answers[i], &reports[i], {}};
        for (const auto& stored : workspace.StoredAnswers(chosen[i])) {
            if (!stored.note.empty()) {
                layer.notes.emplace(stored.code, stored.note);
            }
        }
        layers.push_back(std::move(layer));
    }
    const auto prerequisites = LoadPrerequisites(workspace);
    const auto items = EvidenceVault(workspace).List();
    const EvidenceRows evidence = PlanEvidenceRows(workspace, items);

    xlsx::Book book(path, options.created.value_or(std::time(nullptr)));
    const LkeSheetMap lke = WriteLkeSheet(book, form, info, layers, evidence.Empty() ? nullptr : &evidence.by_code);
    const CheckInputs check = LoadCheckInputs(workspace);  // the sign-off too, read once
    WriteSummarySheet(book, form, info, layers.front(), lke, 0, prerequisites, &check.signoff);
    if (!evidence.Empty()) {
        WriteEvidenceSheet(book, form, evidence, options.evidence_folder);
    }
    if (std::find(chosen.begin(), chosen.end(), Layer::Tpi()) != chosen.end()) {
        WriteEvaluationSheet(book, form, CollectEvaluation(workspace, Layer::Tpi()));
    }
    WriteReadinessSheet(book, RunCheck(check));
    if (const auto plan = LoadPlan(workspace); !plan.empty()) {
        WritePlanSheet(book, form, plan, options.today.empty() ? TodayDate() : options.today);
    }
    book.SetProperties("LKE Zona Integritas - " + info.unit_name, form.Title(), info.unit_name, info.agency,
                       "Zona Integritas, WBK, WBBM, LKE, " + std::to_string(info.year),
                       "Form " + form.Id() + " " + form.Version() + "; " + kAppName + " " + kAppVersion);
    book.SetCustomProperty("Unit kerja", info.unit_name);
    book.SetCustomProperty("Instansi", info.agency);
    book.SetCustomProperty("Tahun", std::to_string(info.year));
    book.SetCustomProperty("Form", form.Id() + " " + form.Version());
    book.SetCustomProperty("Aplikasi", std::string(kAppName) + " " + kAppVersion);
    book.Close();
}

}  // namespace ziwb::core
