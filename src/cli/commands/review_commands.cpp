// SPDX-License-Identifier: GPL-3.0-or-later
// The evaluator's review from the command line: status per criterion, the unit's "ready for
// re-check", closing the review, and two layers' scores side by side.
#include <string>
#include <vector>

#include "commands/command_support.hpp"
#include "common/error.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "io/json.hpp"
#include "review/review_status.hpp"
#include "review/score_compare.hpp"

namespace ziwb::cli {
namespace {

using core::Format;
using core::Tr;

core::Layer ReviewLayerOption(const Arguments& args, const core::Form& form) {
    return core::ParseLayer(form, args.Option("layer").value_or("tpi"));
}

int Status(const std::vector<std::string>& words) {
    const Arguments args(words, {"note", "layer", "author"}, {});
    args.ExpectPositional(3, 3, "ziwb review status WS CODE belum_dicek|sedang_dicek|perlu_revisi|selesai [--note T]");
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    const core::Layer layer = ReviewLayerOption(args, workspace.FormInUse());
    const auto state = core::ParseReviewState(args.Positional()[2]);
    core::SetReviewStatus(workspace, layer, args.Positional()[1], state, args.Option("note").value_or(""),
                          AuthorOption(args));
    const auto review = core::LoadReview(workspace, layer, args.Positional()[1]);
    Print(Format(Tr("{0}: {1} (revisions: {2})"),
                 {review.code, core::ReviewStateLabel(review.state), std::to_string(review.revisions)}) +
          "\n");
    return 0;
}

int Ready(const std::vector<std::string>& words) {
    const Arguments args(words, {"note", "layer", "author"}, {});
    args.ExpectPositional(2, 2, "ziwb review ready WS CODE [--note T] [--layer tpi]");
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    const core::Layer layer = ReviewLayerOption(args, workspace.FormInUse());
    core::MarkReadyForRecheck(workspace, layer, args.Positional()[1], args.Option("note").value_or(""),
                              AuthorOption(args));
    Print(Format(Tr("{0}: {1}"), {args.Positional()[1], core::ReviewStateLabel(core::ReviewState::ReadyForRecheck)}) +
          "\n");
    return 0;
}

int List(const std::vector<std::string>& words) {
    const Arguments args(words, {"status", "layer"}, {"json"});
    args.ExpectPositional(1, 1, "ziwb review list WS [--status S] [--layer tpi] [--json]");
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadOnly);
    const core::Layer layer = ReviewLayerOption(args, workspace.FormInUse());
    std::optional<core::ReviewState> only;
    if (const auto status = args.Option("status")) {
        only = core::ParseReviewState(*status);
    }
    const auto unit = workspace.LoadAnswers(core::Layer::Unit());
    const auto reviewed = workspace.LoadAnswers(layer);
    const auto& form = workspace.FormInUse();
    core::Json json = core::Json::array();
    std::string out;
    for (const auto& review : core::LoadReviews(workspace, layer)) {
        if (only && review.state != *only) {
            continue;
        }
        const int index = form.Find(review.code);
        const auto& node = form.Node(index);
        const auto& a = unit.Get(index);
        const auto& b = reviewed.Get(index);
        const std::string unit_text = a ? core::FormatAnswer(node, *a) : "-";
        const std::string review_text = b ? core::FormatAnswer(node, *b) : "-";
        if (args.Flag("json")) {
            json.push_back({{"code", review.code},
                            {"status", std::string(core::ReviewStateId(review.state))},
                            {"note", review.note},
                            {"revisions", review.revisions},
                            {"unit", a ? core::Json(unit_text) : core::Json()},
                            {layer.Id(), b ? core::Json(review_text) : core::Json()},
                            {"ready_note", review.ready_note},
                            {"author", review.author},
                            {"updated_at", review.updated_at}});
            continue;
        }
        std::string line = review.code + "  " + core::ReviewStateLabel(review.state) + "  " +
                           Format(Tr("unit {0}, {1} {2}"), {unit_text, layer.Id(), review_text});
        if (review.revisions > 0) {
            line += "  " + Format(Tr("revisions: {0}"), {std::to_string(review.revisions)});
        }
        if (!review.note.empty()) {
            line += "  " + core::OneLine(review.note);
        }
        if (!review.ready_note.empty()) {
            line += "  [" + core::OneLine(review.ready_note) + "]";
        }
        out += line + "\n";
    }
    Print(args.Flag("json") ? json.dump(2) + "\n" : out);
    return 0;
}

int Close(const std::vector<std::string>& words, bool close) {
    const Arguments args(words, {"note", "layer", "author"}, {});
    args.ExpectPositional(
        1, 1,
        close ? "ziwb review close WS [--note T] [--layer tpi]" : "ziwb review reopen WS [--note T] [--layer tpi]");
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    const core::Layer layer = ReviewLayerOption(args, workspace.FormInUse());
    core::CloseReview(workspace, layer, close, args.Option("note").value_or(""), AuthorOption(args));
    const auto closing = core::LoadClosing(workspace, layer);
    Print((close ? Format(Tr("The {0} review is closed at {1} by {2}: it takes no change until it is reopened"),
                          {layer.Id(), closing ? closing->total : "", closing ? closing->author : ""})
                 : Format(Tr("The {0} review is open again"), {layer.Id()})) +
          "\n");
    return 0;
}

int RunReview(const std::vector<std::string>& words, const Context&) {
    static const std::string usage = "ziwb review status|list|ready|close|reopen WS ...";
    if (words.empty()) {
        throw UsageError(Format(Tr("missing arguments. Usage: {0}"), {usage}));
    }
    const std::vector<std::string> rest(words.begin() + 1, words.end());
    if (words[0] == "status") {
        return Status(rest);
    }
    if (words[0] == "list") {
        return List(rest);
    }
    if (words[0] == "ready") {
        return Ready(rest);
    }
    if (words[0] == "close" || words[0] == "reopen") {
        return Close(rest, words[0] == "close");
    }
    throw UsageError(Format(Tr("unknown review command '{0}'. Usage: {1}"), {words[0], usage}));
}

// Registration runs at start-up; running out of memory there ends the program either way.
// NOLINTNEXTLINE(cert-err58-cpp)
const CommandRegistration kRegistrations[] = {
    CommandRegistration({"review", "ziwb review status|list|ready|close|reopen WS ...",
                         NoTr("The evaluator's review: status per criterion, revisions, closing"), RunReview, 95}),
};

}  // namespace
}  // namespace ziwb::cli
