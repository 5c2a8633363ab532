// SPDX-License-Identifier: GPL-3.0-or-later
// answer, import-answers, history: changing and tracing answers.
#include "commands/command_support.hpp"
#include "common/error.hpp"
#include "common/text.hpp"
#include "report/score_output.hpp"
#include "workspace/answer_import.hpp"

namespace ziwb::cli {

using core::Format;
using core::Tr;

int RunAnswer(const std::vector<std::string>& words, const Context&) {
    static const std::string usage =
        "ziwb answer WS CODE VALUE [--layer unit|tpi] [--note TEXT] | ziwb answer WS CODE --clear";
    const Arguments args(words, {"layer", "note", "author"}, {"clear"});
    args.ExpectPositional(2, 3, usage);
    const bool has_value = args.Positional().size() == 3;
    const bool clear = args.Flag("clear");
    if (has_value == clear && !(args.Option("note") && !has_value && !clear)) {
        throw UsageError(
            Format(Tr("give either a VALUE or --clear (a --note alone changes only the note). Usage: {0}"), {usage}));
    }
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    const core::Layer layer = LayerOption(args, workspace.FormInUse());
    const auto& form = workspace.FormInUse();
    core::AnswerChange change;
    change.code = args.Positional()[1];
    const core::FormNode& node = core::RequireCriterion(form, change.code);
    change.clear = clear;
    if (has_value) {
        change.answer = core::ParseAnswer(form, node, args.Positional()[2]);
    }
    change.note = args.Option("note");
    workspace.Apply(layer, {change}, AuthorOption(args), clear ? "clear" : "set");

    const auto report = workspace.Score(layer);
    const auto index = static_cast<std::size_t>(form.Find(change.code));
    std::string out;
    if (clear) {
        out = Format(Tr("{0}: answer removed."), {change.code});
    } else if (change.answer) {
        const auto& value = report.nodes[index].value;
        out = Format(Tr("{0} = {1} (value {2})."), {change.code, core::FormatAnswer(node, *change.answer),
                                                    value ? core::FormatNumber(*value, 2) : "-"});
    } else {
        out = Format(Tr("{0}: note saved."), {change.code});
    }
    out += " " +
           Format(Tr("Total {0}, {1}% answered."),
                  {core::FormatNumber(report.Total(), 2), core::FormatNumber(report.Completeness() * 100.0, 0)}) +
           "\n";
    Print(out);
    if (const std::string finding = core::DescribeFindingFor(form, report, static_cast<int>(index)); !finding.empty()) {
        std::cerr << finding << "\n";
    }
    return 0;
}

int RunImportAnswers(const std::vector<std::string>& words, const Context&) {
    const Arguments args(words, {"layer", "author"}, {});
    args.ExpectPositional(2, 2, "ziwb import-answers WS FILE.csv [--layer unit|tpi]");
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    const core::Layer layer = LayerOption(args, workspace.FormInUse());
    const std::size_t count =
        core::ImportAnswerFile(workspace, layer, args.PositionalPath(1), AuthorOption(args), "import");
    const auto report = workspace.Score(layer);
    Print(Format(Tr("Imported {0} row(s) into layer {1}. Total {2}, {3}% answered.\n"),
                 {std::to_string(count), core::LayerId(layer), core::FormatNumber(report.Total(), 2),
                  core::FormatNumber(report.Completeness() * 100.0, 0)}));
    return 0;
}

int RunHistory(const std::vector<std::string>& words, const Context&) {
    const Arguments args(words, {"layer"}, {});
    args.ExpectPositional(1, 2, "ziwb history WS [CODE] [--layer unit|tpi]");
    const auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadOnly);
    const std::string code = args.Positional().size() > 1 ? args.Positional()[1] : std::string();
    if (!code.empty()) {
        (void)core::RequireCriterion(workspace.FormInUse(), code);
    }
    std::string out;
    for (const auto& entry : workspace.History(LayerOption(args, workspace.FormInUse()), code)) {
        out += entry.changed_at + "  " + entry.code + "  " + (entry.value ? *entry.value : "-") + "  " + entry.action +
               "  " + entry.author + (entry.note.empty() ? "" : "  \"" + entry.note + "\"") + "\n";
    }
    Print(out.empty() ? Tr("No changes yet.") + "\n" : out);
    return 0;
}

namespace {
// Registration runs at start-up; running out of memory there ends the program either way.
// NOLINTNEXTLINE(cert-err58-cpp)
const CommandRegistration kRegistrations[] = {
    CommandRegistration({"answer", "ziwb answer WS CODE VALUE [--layer unit|tpi] [--note TEXT] | --clear",
                         NoTr("Answer one criterion, change its note, or remove its answer"), RunAnswer, 60}),
    CommandRegistration({"import-answers", "ziwb import-answers WS FILE.csv [--layer unit|tpi]",
                         NoTr("Import answers from a CSV (code,answer[,note]); all rows or none"), RunImportAnswers,
                         70}),
    CommandRegistration({"history", "ziwb history WS [CODE] [--layer unit|tpi]",
                         NoTr("Show every change to the answers"), RunHistory, 80}),
};
}  // namespace

}  // namespace ziwb::cli
