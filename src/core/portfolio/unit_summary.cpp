// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolio/unit_summary.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <chrono>
#include <exception>

#include "common/calendar_date.hpp"
#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "review/review_status.hpp"

namespace ziwb::core {
namespace {

LayerFigures Figures(const Workspace& workspace, const Layer& layer) {
    const Form& form = workspace.FormInUse();
    const ScoreReport report = workspace.Score(layer);
    LayerFigures figures;
    figures.total = report.Total();
    const auto component = [&](const char* role) {
        const int index = form.ComponentWithRole(role);
        return index < 0 ? 0.0 : report.nodes[static_cast<std::size_t>(index)].value.value_or(0.0);
    };
    figures.pengungkit = component("pengungkit");
    figures.hasil = component("hasil");
    figures.completeness = report.Completeness() * 100.0;
    figures.answered = report.nodes.front().answered;
    figures.criteria = report.nodes.front().criteria;
    for (const Verdict& verdict : report.verdicts) {
        figures.verdicts.emplace_back(verdict.predicate, verdict.eligible);
    }
    return figures;
}

ReviewProgress Progress(Workspace& workspace, const Layer& layer, int criteria) {
    ReviewProgress progress;
    if (workspace.SchemaVersion() < 5) {
        progress.not_checked = criteria;  // a workspace from before the review has none yet
        return progress;
    }
    for (const CriterionReview& review : LoadReviews(workspace, layer)) {
        switch (review.state) {
            case ReviewState::NotChecked: ++progress.not_checked; break;
            case ReviewState::Checking: ++progress.checking; break;
            case ReviewState::NeedsRevision: ++progress.needs_revision; break;
            case ReviewState::ReadyForRecheck: ++progress.ready_for_recheck; break;
            case ReviewState::Done: ++progress.done; break;
        }
    }
    if (const auto closing = LoadClosing(workspace, layer); closing && closing->closed) {
        progress.closed = true;
        progress.closed_by = closing->author;
        progress.closed_at = closing->at;
    }
    return progress;
}

/// The newest entry's time. Times are the authors' clocks, so the latest is taken, not the last
/// stored; a time that is not ISO 8601 text is skipped.
std::string LastChange(Workspace& workspace) {
    SQLite::Statement query(workspace.Database(),
                            "SELECT MAX(t) FROM (SELECT json_extract(CAST(body AS TEXT), '$.time') AS t "
                            "FROM log_entry WHERE json_valid(CAST(body AS TEXT))) "
                            "WHERE typeof(t) = 'text' AND t GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'");
    if (!query.executeStep() || query.getColumn(0).isNull()) {
        return {};
    }
    return OneLine(query.getColumn(0).getString());
}

/// The day a timestamp (or a date) starts with.
std::optional<std::chrono::sys_days> ParseDay(std::string_view text) {
    return ParseIsoDate(text.substr(0, 10));
}

}  // namespace

std::optional<int> DaysBetween(std::string_view time, std::string_view today) {
    const auto from = ParseDay(time);
    const auto to = ParseDay(today);
    if (!from || !to) {
        return std::nullopt;
    }
    return static_cast<int>((*to - *from).count());
}

UnitSummary SummarizeOpenWorkspace(Workspace& workspace, std::string_view review_layer, std::string_view today) {
    UnitSummary summary;
    summary.path = workspace.Path();
    summary.review_layer = std::string(review_layer);
    const Layer layer = ParseLayer(workspace.FormInUse(), review_layer);
    summary.info = workspace.Info();
    summary.unit = Figures(workspace, Layer::Unit());
    summary.review = Figures(workspace, layer);
    summary.progress = Progress(workspace, layer, summary.unit.criteria);
    summary.last_change = LastChange(workspace);
    summary.days_since_change = DaysBetween(summary.last_change, today);
    return summary;
}

UnitSummary SummarizeWorkspace(const std::filesystem::path& path, std::string_view review_layer,
                               std::string_view today) {
    UnitSummary summary;
    try {
        auto workspace = Workspace::Open(path, Workspace::Access::ReadOnly);
        summary = SummarizeOpenWorkspace(workspace, review_layer, today);
    } catch (const std::exception& error) {
        // One unreadable file must not hide the others: it becomes a line that says why. Workspace
        // errors already name the file; anything else (a damaged database) gets its name here.
        const bool named = dynamic_cast<const UserError*>(&error) != nullptr;
        summary = UnitSummary{};
        summary.path = path;
        summary.review_layer = std::string(review_layer);
        summary.problem = OneLine(
            named ? std::string(error.what())
                  : Format(Tr("{0} could not be read: {1}"), {PathToUtf8(path.filename()), std::string(error.what())}));
    }
    return summary;
}

}  // namespace ziwb::core
