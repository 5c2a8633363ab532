// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/hub_recap.hpp"

#include <nlohmann/json.hpp>

#include "common/platform.hpp"
#include "common/text.hpp"
#include "hub/hub_schema.hpp"
#include "hub/pg_connection.hpp"

namespace ziwb::core {

namespace {

LayerFigures Figures(const PgResult& rows, int row, int first, int verdicts_column) {
    LayerFigures figures;
    figures.total = rows.Number(row, first);
    figures.pengungkit = rows.Number(row, first + 1);
    figures.hasil = rows.Number(row, first + 2);
    figures.completeness = rows.Number(row, first + 3);
    if (!rows.IsNull(row, verdicts_column)) {
        const auto verdicts = nlohmann::json::parse(rows.Text(row, verdicts_column), nullptr, false);
        if (verdicts.is_array()) {
            for (const auto& verdict : verdicts) {
                if (verdict.is_object() && verdict.value("predicate", nlohmann::json()).is_string()) {
                    figures.verdicts.emplace_back(verdict.at("predicate").get<std::string>(),
                                                  verdict.value("eligible", false));
                }
            }
        }
    }
    return figures;
}

template <typename T>
T JsonValue(const nlohmann::json& object, const char* key, T fallback) {
    if (!object.is_object() || !object.contains(key)) {
        return fallback;
    }
    const auto& value = object.at(key);
    if constexpr (std::is_same_v<T, std::string>) {
        return value.is_string() ? value.get<std::string>() : fallback;
    } else if constexpr (std::is_same_v<T, bool>) {
        return value.is_boolean() ? value.get<bool>() : fallback;
    } else {
        return value.is_number_integer() ? value.get<T>() : fallback;
    }
}

}  // namespace

std::vector<HubRecapRow> LoadHubRecap(PgConnection& hub, std::string_view today) {
    RequireCurrentHub(hub);
    const auto rows = hub.Exec(
        "SELECT code, name, linked, "                                                                    // 0-2
        "unit_total, unit_pengungkit, unit_hasil, unit_completeness, unit_answered, unit_criteria, "     // 3-8
        "unit_verdicts, details, "                                                                       // 9-10
        "review_layer, review_total, review_pengungkit, review_hasil, review_completeness, "             // 11-15
        "review_verdicts, review_progress, "                                                             // 16-17
        "coalesce(last_change, ''), coalesce(unit_last_change, ''), coalesce(review_last_change, ''), "  // 18-20
        "entries, stale "                                                                                // 21-22
        "FROM ziwb.recap ORDER BY code");
    std::vector<HubRecapRow> recap;
    recap.reserve(static_cast<std::size_t>(rows.Rows()));
    for (int row = 0; row < rows.Rows(); ++row) {
        HubRecapRow unit;
        UnitSummary& summary = unit.summary;
        summary.path = rows.Text(row, 0);
        const auto details = nlohmann::json::parse(rows.Text(row, 10), nullptr, false);
        summary.info.unit_name = JsonValue<std::string>(details, "unit_name", "");
        if (summary.info.unit_name.empty()) {
            summary.info.unit_name = rows.Text(row, 1);
        }
        summary.info.agency = JsonValue<std::string>(details, "agency", "");
        summary.info.year = JsonValue<int>(details, "year", 0);
        summary.info.current_predicate = JsonValue<std::string>(details, "predicate", "");
        unit.linked = rows.Boolean(row, 2);
        unit.unit_published = !rows.IsNull(row, 3);
        if (unit.unit_published) {
            summary.unit = Figures(rows, row, 3, 9);
            summary.unit.answered = static_cast<int>(rows.Integer(row, 7));
            summary.unit.criteria = static_cast<int>(rows.Integer(row, 8));
        }
        unit.review_published = !rows.IsNull(row, 11);
        summary.review_layer = unit.review_published ? rows.Text(row, 11) : "tpi";
        if (unit.review_published) {
            summary.review = Figures(rows, row, 12, 16);
            const auto progress = nlohmann::json::parse(rows.Text(row, 17), nullptr, false);
            summary.progress.not_checked = JsonValue<int>(progress, "not_checked", 0);
            summary.progress.checking = JsonValue<int>(progress, "checking", 0);
            summary.progress.needs_revision = JsonValue<int>(progress, "needs_revision", 0);
            summary.progress.ready_for_recheck = JsonValue<int>(progress, "ready_for_recheck", 0);
            summary.progress.done = JsonValue<int>(progress, "done", 0);
            summary.progress.closed = JsonValue<bool>(progress, "closed", false);
            summary.progress.closed_by = JsonValue<std::string>(progress, "closed_by", "");
            summary.progress.closed_at = JsonValue<std::string>(progress, "closed_at", "");
        }
        summary.last_change = rows.Text(row, 18);
        summary.days_since_change = DaysBetween(summary.last_change, today);
        unit.unit_last_change = rows.Text(row, 19);
        unit.review_last_change = rows.Text(row, 20);
        unit.entries = rows.Integer(row, 21);
        unit.stale = rows.Boolean(row, 22);
        // Without published figures the row says why (the recap and the portfolio print it in
        // place of the scores), rather than showing zeros as if the unit had scored them.
        if (!unit.linked) {
            summary.problem = Format(Tr("{0}: no workspace linked yet"), {rows.Text(row, 0)});
        } else if (!unit.unit_published) {
            summary.problem = Format(Tr("{0}: the unit's team has not synced its figures yet"), {rows.Text(row, 0)});
        }
        recap.push_back(std::move(unit));
    }
    return recap;
}

std::vector<std::string> WhoIsBehind(const std::vector<HubRecapRow>& rows, int quiet_days) {
    std::vector<std::string> lines;
    for (const auto& row : rows) {
        const std::string code = PathToUtf8(row.summary.path);
        if (!row.summary.problem.empty()) {
            lines.push_back(row.summary.problem);  // no workspace, or no figures yet
        } else if (row.summary.days_since_change && *row.summary.days_since_change >= quiet_days) {
            lines.push_back(
                Format(Tr("{0}: no change for {1} days"), {code, std::to_string(*row.summary.days_since_change)}));
        } else if (row.stale) {
            lines.push_back(Format(Tr("{0}: changes arrived after its figures were computed (the next sync updates "
                                      "them)"),
                                   {code}));
        }
        if (row.review_published && row.summary.progress.needs_revision > 0) {
            lines.push_back(Format(Tr("{0}: {1} criteria wait for the unit's revision"),
                                   {code, std::to_string(row.summary.progress.needs_revision)}));
        }
    }
    return lines;
}

}  // namespace ziwb::core
