// SPDX-License-Identifier: GPL-3.0-or-later
// forms, score: what the installation knows and how an assessment stands.
#include "commands/command_support.hpp"
#include "common/error.hpp"
#include "common/text.hpp"
#include "form/form_catalog.hpp"
#include "report/score_output.hpp"
#include "review/score_compare.hpp"
#include "scoring/scoring_engine.hpp"

namespace ziwb::cli {

using core::Format;
using core::Tr;

int RunForms(const std::vector<std::string>& words, const Context& context) {
    const Arguments args(words, {}, {});
    args.ExpectPositional(0, 0, "ziwb forms");
    const auto catalog = core::FormCatalog::Default(context.program_dir);
    std::string out;
    for (const auto& entry : catalog.List()) {
        out += entry.id + "  " + entry.version + "  " + entry.title + "\n";
    }
    for (const auto& error : catalog.LoadErrors()) {
        std::cerr << Format(Tr("warning: form file skipped: {0}"), {error}) << "\n";
    }
    if (out.empty()) {
        throw core::Error(
            Tr("no form files found: the installation is incomplete (set ZIWB_DATA_DIR to the folder "
               "that holds forms/)"));
    }
    Print(out);
    return 0;
}

int RunScore(const std::vector<std::string>& words, const Context& cli) {
    const Arguments args(words, {"layer", "compare"}, {"json", "criteria"});
    args.ExpectPositional(1, 1, "ziwb score WS [--layer unit|tpi] [--compare unit,tpi] [--json] [--criteria]");
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadOnly);
    if (const auto pair = args.Option("compare")) {
        const auto [first, second] = core::ParseLayerPair(workspace.FormInUse(), *pair);
        const auto comparison = core::CompareLayers(workspace, first, second);
        Print(args.Flag("json") ? core::ComparisonJson(workspace.FormInUse(), comparison)
                                : core::ComparisonTable(workspace.FormInUse(), comparison));
        return 0;
    }
    const core::Layer layer = LayerOption(args, workspace.FormInUse());
    const auto& form = workspace.FormInUse();
    const auto answers = workspace.LoadAnswers(layer);
    const auto report = core::Score(form, answers, core::UnitStanding{workspace.Info().current_predicate});
    const auto prerequisites = core::LoadPrerequisites(workspace);
    const bool matches = core::FormCatalog::Default(cli.program_dir).HasIdenticalForm(workspace.FormSha256());
    // The sign-off is of the unit's submission: shown beside the unit's own score.
    const auto signoff = layer.IsUnit() ? std::optional(core::CheckSignoff(workspace)) : std::nullopt;
    const core::ScoreContext context{&workspace.Info(), layer, &prerequisites, matches, signoff ? &*signoff : nullptr};
    Print(args.Flag("json") ? core::ScoreJson(form, answers, report, context)
                            : core::ScoreTable(form, answers, report, context, args.Flag("criteria")));
    return 0;
}

namespace {
// Registration runs at start-up; running out of memory there ends the program either way.
// NOLINTNEXTLINE(cert-err58-cpp)
const CommandRegistration kRegistrations[] = {
    CommandRegistration({"forms", "ziwb forms", NoTr("List the LKE forms this installation knows"), RunForms, 10}),
    CommandRegistration({"score", "ziwb score WS [--layer unit|tpi] [--compare unit,tpi] [--json] [--criteria]",
                         NoTr("Score the LKE and check WBK/WBBM eligibility"), RunScore, 90}),
};
}  // namespace

}  // namespace ziwb::cli
