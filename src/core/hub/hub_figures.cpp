// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/hub_figures.hpp"

#include <nlohmann/json.hpp>

#include "common/platform.hpp"
#include "hub/pg_connection.hpp"
#include "portfolio/unit_summary.hpp"
#include "readiness/action_plan.hpp"
#include "workspace/sqlite_errors.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

namespace {

nlohmann::json VerdictsJson(const LayerFigures& figures) {
    nlohmann::json verdicts = nlohmann::json::array();
    for (const auto& [predicate, eligible] : figures.verdicts) {
        verdicts.push_back({{"predicate", predicate}, {"eligible", eligible}});
    }
    return verdicts;
}

nlohmann::json ProgressJson(const ReviewProgress& progress) {
    return {{"not_checked", progress.not_checked},
            {"checking", progress.checking},
            {"needs_revision", progress.needs_revision},
            {"ready_for_recheck", progress.ready_for_recheck},
            {"done", progress.done},
            {"closed", progress.closed},
            {"closed_by", progress.closed_by},
            {"closed_at", progress.closed_at}};
}

void Upsert(PgConnection& hub, const std::string& unit, const std::string& layer, const LayerFigures& figures,
            const nlohmann::json& progress, const WorkspaceInfo& info, long long through_seq) {
    const nlohmann::json details{{"agency", info.agency},
                                 {"year", info.year},
                                 {"predicate", info.current_predicate},
                                 {"unit_name", info.unit_name}};
    hub.Exec(
        "INSERT INTO ziwb.figures (unit_code, layer, total, pengungkit, hasil, completeness, answered, criteria, "
        "verdicts, progress, details, through_seq) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11::jsonb, $12) "
        "ON CONFLICT (unit_code, layer) DO UPDATE SET total = excluded.total, pengungkit = excluded.pengungkit, "
        "hasil = excluded.hasil, completeness = excluded.completeness, answered = excluded.answered, "
        "criteria = excluded.criteria, verdicts = excluded.verdicts, progress = excluded.progress, details = "
        "excluded.details, "
        "through_seq = excluded.through_seq, published_by = current_user, published_at = now()",
        {PgParam::Text(unit), PgParam::Text(layer), PgParam::Text(std::to_string(figures.total)),
         PgParam::Text(std::to_string(figures.pengungkit)), PgParam::Text(std::to_string(figures.hasil)),
         PgParam::Text(std::to_string(figures.completeness)), PgParam::Text(std::to_string(figures.answered)),
         PgParam::Text(std::to_string(figures.criteria)), PgParam::Text(VerdictsJson(figures).dump()),
         PgParam::Text(progress.dump()), PgParam::Text(details.dump()), PgParam::Text(std::to_string(through_seq))});
}

}  // namespace

std::vector<std::string> PublishFigures(Workspace& workspace, PgConnection& hub, const std::string& unit,
                                        long long through_seq) {
    const auto grants =
        hub.Exec("SELECT capacity, review_layer FROM ziwb.unit_grant WHERE role_name = current_user AND unit_code = $1",
                 {PgParam::Text(unit)});
    bool unit_layer = false;
    std::vector<std::string> review_layers;
    for (int row = 0; row < grants.Rows(); ++row) {
        const std::string capacity = grants.Text(row, 0);
        if (capacity == "coordinator" || capacity == "member" || capacity == "leader") {
            unit_layer = true;
        } else if (capacity == "evaluator") {
            review_layers.push_back(grants.Text(row, 1));
        }
    }
    std::vector<std::string> published;
    if (!unit_layer && review_layers.empty()) {
        return published;
    }
    const std::string today = TodayDate();
    const auto summarize = [&](const std::string& layer) {
        return GuardSqlite(PathToUtf8(workspace.Path()),
                           [&] { return SummarizeOpenWorkspace(workspace, layer, today); });
    };
    PgTransaction transaction(hub);
    if (unit_layer) {
        const UnitSummary summary = summarize(review_layers.empty() ? "tpi" : review_layers.front());
        Upsert(hub, unit, "unit", summary.unit, nlohmann::json::object(), summary.info, through_seq);
        published.emplace_back("unit");
    }
    for (const auto& layer : review_layers) {
        const UnitSummary summary = summarize(layer);
        Upsert(hub, unit, layer, summary.review, ProgressJson(summary.progress), summary.info, through_seq);
        published.push_back(layer);
    }
    transaction.Commit();
    return published;
}

}  // namespace ziwb::core
