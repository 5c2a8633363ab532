// SPDX-License-Identifier: GPL-3.0-or-later
// check, path, what-if, plan: is the assessment ready, what is the cheapest way to a predicate,
// and who does what by when.
#include <fstream>
#include <sstream>

#include "commands/command_support.hpp"
#include "common/error.hpp"
#include "common/text.hpp"
#include "io/json.hpp"
#include "readiness/action_plan.hpp"
#include "readiness/readiness_check.hpp"
#include "readiness/readiness_output.hpp"
#include "readiness/readiness_path.hpp"
#include "scoring/scoring_engine.hpp"

namespace ziwb::cli {

using core::Format;
using core::Tr;

namespace {

constexpr const char* kPathUsage = "ziwb path WS --predicate WBK|WBBM [--cost FILE.csv] [--json]";
constexpr const char* kWhatIfUsage = "ziwb what-if WS CODE=ANSWER [CODE=ANSWER ...] [--json]";
constexpr const char* kPlanUsage =
    "ziwb plan add WS CODE --task T [--person P] [--due YYYY-MM-DD] | plan add WS --from-path WBK|WBBM [--cost "
    "FILE.csv] [--person P] [--due YYYY-MM-DD] | plan list WS [--json] | plan done WS ID | plan status WS ID "
    "belum-mulai|berjalan|selesai [--person P] [--due YYYY-MM-DD]";

core::PathCosts CostOption(const Arguments& args, const core::Form& form) {
    const auto file = args.Option("cost");
    if (!file) {
        return {};
    }
    std::ifstream in(*file, std::ios::binary);
    if (!in) {
        throw core::UserError(Format(Tr("cannot read {0}: check the name and that you may read it"), {*file}));
    }
    std::ostringstream text;
    text << in.rdbuf();
    return core::ParsePathCosts(text.str(), form, *file);
}

core::ReadinessPath PathFor(core::Workspace& workspace, const Arguments& args, const std::string& predicate) {
    const auto& form = workspace.FormInUse();
    return core::FindPath(form, workspace.LoadAnswers(core::Layer::Unit()),
                          core::UnitStanding{workspace.Info().current_predicate}, predicate, CostOption(args, form));
}

int RunCheck(const std::vector<std::string>& words, const Context&) {
    const Arguments args(words, {}, {"json"});
    args.ExpectPositional(1, 1, "ziwb check WS [--json]");
    auto workspace = core::Workspace::Open(args.Positional()[0], core::Workspace::Access::ReadOnly);
    const auto findings = core::RunCheck(core::LoadCheckInputs(workspace));
    Print(args.Flag("json") ? core::CheckJson(findings) : core::CheckTable(findings));
    return 0;
}

int RunPath(const std::vector<std::string>& words, const Context&) {
    const Arguments args(words, {"predicate", "cost"}, {"json"});
    args.ExpectPositional(1, 1, kPathUsage);
    const std::string predicate = args.Require("predicate", kPathUsage);
    auto workspace = core::Workspace::Open(args.Positional()[0], core::Workspace::Access::ReadOnly);
    const auto path = PathFor(workspace, args, predicate);
    Print(args.Flag("json") ? core::PathJson(path) : core::PathTable(workspace.FormInUse(), path));
    return 0;
}

core::Json VerdictsJson(const core::ScoreReport& report) {
    core::Json json = {{"total", core::JsonNumber(core::RoundHalfUp(report.Total(), 4))}};
    for (const auto& verdict : report.verdicts) {
        core::Json unmet = core::Json::array();
        for (const auto& condition : verdict.unmet) {
            unmet.push_back(condition.condition);
        }
        json[verdict.predicate] = {{"eligible", verdict.eligible}, {"unmet", std::move(unmet)}};
    }
    return json;
}

/// Scores the answers with some changed in memory: nothing is written.
int RunWhatIf(const std::vector<std::string>& words, const Context&) {
    const Arguments args(words, {}, {"json"});
    args.ExpectPositional(2, 1000, kWhatIfUsage);
    auto workspace = core::Workspace::Open(args.Positional()[0], core::Workspace::Access::ReadOnly);
    const auto& form = workspace.FormInUse();
    const core::UnitStanding standing{workspace.Info().current_predicate};
    const auto answers = workspace.LoadAnswers(core::Layer::Unit());
    auto changed = answers;
    for (std::size_t i = 1; i < args.Positional().size(); ++i) {
        const std::string& change = args.Positional()[i];
        const auto equals = change.find('=');
        if (equals == std::string::npos) {
            throw UsageError(Format(Tr("'{0}' is not CODE=ANSWER. Usage: {1}"), {change, kWhatIfUsage}));
        }
        const std::string code = change.substr(0, equals);
        const auto& criterion = core::RequireCriterion(form, code);
        const std::string text = change.substr(equals + 1);
        if (text == "-") {
            changed.Clear(form.Find(code));
        } else {
            changed.Set(code, core::ParseAnswer(form, criterion, text));
        }
    }
    const auto before = core::Score(form, answers, standing);
    const auto after = core::Score(form, changed, standing);
    if (args.Flag("json")) {
        core::Json json = core::Json::object();
        json["before"] = VerdictsJson(before);
        json["after"] = VerdictsJson(after);
        Print(core::DumpJson(json) + "\n");
        return 0;
    }
    std::string out = Format(Tr("What if (nothing is written): total {0} -> {1}"),
                             {core::FormatNumber(before.Total(), 2), core::FormatNumber(after.Total(), 2)}) +
                      "\n";
    for (const auto& verdict : after.verdicts) {
        const auto* was = before.FindVerdict(verdict.predicate);
        const auto label = [](bool eligible) { return eligible ? Tr("eligible") : Tr("not eligible"); };
        out += Format(Tr("{0}: {1} -> {2}"),
                      {verdict.predicate, label(was != nullptr && was->eligible), label(verdict.eligible)}) +
               "\n";
        for (const auto& unmet : verdict.unmet) {
            out += "  - " + unmet.condition + "\n";
        }
    }
    Print(out);
    return 0;
}

int PlanAdd(const std::vector<std::string>& words) {
    const Arguments args(words, {"task", "person", "due", "from-path", "cost", "author"}, {});
    args.ExpectPositional(1, 2, kPlanUsage);
    auto workspace = core::Workspace::Open(args.Positional()[0], core::Workspace::Access::ReadWrite);
    const std::string person = args.Option("person").value_or("");
    const std::string due = args.Option("due").value_or("");
    if (const auto predicate = args.Option("from-path")) {
        const auto path = PathFor(workspace, args, *predicate);
        if (!path.found) {
            throw core::UserError(Format(Tr("there is no path to {0} to plan: 'ziwb path WS --predicate {0}' says "
                                            "which condition blocks it"),
                                         {*predicate}));
        }
        const auto ids = core::AddPlanFromPath(workspace, path.best, person, due, AuthorOption(args));
        Print(Format(Tr("{0} tasks added to the plan from the path to {1}.\n"),
                     {std::to_string(ids.size()), *predicate}));
        return 0;
    }
    if (args.Positional().size() != 2) {
        throw UsageError(Format(Tr("missing arguments. Usage: {0}"), {kPlanUsage}));
    }
    core::PlanTask task;
    task.code = args.Positional()[1];
    task.task = args.Require("task", kPlanUsage);
    task.person = person;
    task.due_date = due;
    const auto id = core::AddPlanTask(workspace, task, AuthorOption(args));
    Print(Format(Tr("Task {0} added to the plan.\n"), {std::to_string(id)}));
    return 0;
}

int PlanList(const std::vector<std::string>& words) {
    const Arguments args(words, {}, {"json"});
    args.ExpectPositional(1, 1, kPlanUsage);
    auto workspace = core::Workspace::Open(args.Positional()[0], core::Workspace::Access::ReadOnly);
    const auto tasks = core::LoadPlan(workspace);
    const std::string today = core::TodayDate();
    Print(args.Flag("json") ? core::PlanJson(tasks, today) : core::PlanTable(tasks, today));
    return 0;
}

std::int64_t TaskId(const std::string& text) {
    return PositiveNumber(text, Tr("'{0}' is not a task number (see 'ziwb plan list WS')"));
}

int PlanDone(const std::vector<std::string>& words) {
    const Arguments args(words, {"author"}, {});
    args.ExpectPositional(2, 2, kPlanUsage);
    auto workspace = core::Workspace::Open(args.Positional()[0], core::Workspace::Access::ReadWrite);
    core::UpdatePlanTask(workspace, TaskId(args.Positional()[1]), "done", "", "", AuthorOption(args));
    Print(Format(Tr("Task {0}: done.\n"), {args.Positional()[1]}));
    return 0;
}

int PlanStatus(const std::vector<std::string>& words) {
    const Arguments args(words, {"author", "person", "due"}, {});
    args.ExpectPositional(3, 3, kPlanUsage);
    auto workspace = core::Workspace::Open(args.Positional()[0], core::Workspace::Access::ReadWrite);
    const std::string status = core::ParsePlanStatus(args.Positional()[2]);
    core::UpdatePlanTask(workspace, TaskId(args.Positional()[1]), status, args.Option("person").value_or(""),
                         args.Option("due").value_or(""), AuthorOption(args));
    Print(Format(Tr("Task {0}: {1}.\n"), {args.Positional()[1], core::PlanStatusLabel(status)}));
    return 0;
}

int RunPlan(const std::vector<std::string>& words, const Context&) {
    if (words.empty()) {
        throw UsageError(Format(Tr("missing arguments. Usage: {0}"), {kPlanUsage}));
    }
    const std::vector<std::string> rest(words.begin() + 1, words.end());
    static const std::pair<const char*, int (*)(const std::vector<std::string>&)> kSubcommands[] = {
        {"add", PlanAdd}, {"list", PlanList}, {"done", PlanDone}, {"status", PlanStatus}};
    for (const auto& [name, run] : kSubcommands) {
        if (words[0] == name) {
            return run(rest);
        }
    }
    throw UsageError(Format(Tr("unknown plan command '{0}'. Usage: {1}"), {words[0], kPlanUsage}));
}

// Registration runs at start-up; running out of memory there ends the program either way.
// NOLINTNEXTLINE(cert-err58-cpp)
const CommandRegistration kRegistrations[] = {
    CommandRegistration({"check", "ziwb check WS [--json]",
                         NoTr("Pre-submission check: every problem an evaluator would find, most points first"),
                         RunCheck, 95}),
    CommandRegistration({"path", kPathUsage,
                         NoTr("The cheapest answer improvements that meet WBK or WBBM, proven optimal"), RunPath, 96}),
    CommandRegistration(
        {"what-if", kWhatIfUsage, NoTr("Score with some answers changed, without writing them"), RunWhatIf, 97}),
    CommandRegistration({"plan", "ziwb plan add|list|done|status WS ...",
                         NoTr("The action plan (rencana aksi): task, person, due date and status per criterion"),
                         RunPlan, 98}),
};

}  // namespace
}  // namespace ziwb::cli
