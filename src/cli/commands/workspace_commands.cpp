// SPDX-License-Identifier: GPL-3.0-or-later
// init, demo, info, set-predicate: creating and describing a workspace.
#include <algorithm>
#include <cctype>
#include <charconv>

#include "commands/command_support.hpp"
#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/progress.hpp"
#include "common/text.hpp"
#include "demo/demo_workspace.hpp"
#include "form/form_catalog.hpp"
#include "form/form_loader.hpp"
#include "proposal/proposal_rules.hpp"
#include "readiness/action_plan.hpp"
#include "report/score_output.hpp"
#include "workspace/database_open.hpp"
#include "workspace/prerequisites.hpp"
#include "workspace/unit_details.hpp"
#include "workspace/workspace_copy.hpp"

namespace ziwb::cli {

using core::Format;
using core::Tr;

namespace {

int ParseYear(const std::string& text) {
    int year = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
    if (ec != std::errc() || end != text.data() + text.size()) {
        throw core::UserError(Format(Tr("--year takes a year such as 2026, not '{0}'"), {text}));
    }
    return year;
}

/// The standing a unit holds, as the form spells it ("wbk" is WBK); none, - or "" for none. What the
/// form does not know is left for the core to refuse with the list of what it allows.
std::string StandingOption(const core::Form& form, const std::string& text) {
    if (text.empty() || text == "none" || text == "-") {
        return "";
    }
    const auto same = [&](const std::string& name) {
        return name.size() == text.size() && std::equal(name.begin(), name.end(), text.begin(), [](char a, char b) {
                   return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
               });
    };
    for (const auto& predicate : form.Predicates()) {
        if (same(predicate.id)) {
            return predicate.id;
        }
    }
    for (const auto& rule : form.Proposal().self_evaluations) {
        if (same(rule.standing)) {
            return rule.standing;
        }
    }
    return text;
}

/// A proposal detail option: none or - clears it.
std::optional<std::string> DetailOption(const Arguments& args, const char* name) {
    auto value = args.Option(name);
    if (value && (*value == "none" || *value == "-")) {
        value = std::string();
    }
    return value;
}

/// The unit's details as `ziwb details` and `ziwb info` print them.
std::string ProposalDetailsText(const core::Form& form, const core::WorkspaceInfo& info) {
    const auto or_unset = [](const std::string& text) { return text.empty() ? Tr("not set") : text; };
    std::string out;
    out += Tr("Agency type:") + " " +
           or_unset(info.agency_type.empty()
                        ? ""
                        : core::AgencyTypeName(form, info.agency_type) + " (" + info.agency_type + ")") +
           "\n";
    out += Tr("Service type:") + " " +
           or_unset(info.service_type.empty()
                        ? ""
                        : core::ServiceTypeName(form, info.service_type) + " (" + info.service_type + ")") +
           "\n";
    if (const auto* exemption = core::ApplicableExemption(form, info)) {
        out += Tr("Exemption:") + " " + exemption->id + " - " + exemption->text + "\n";
    }
    if (!info.self_evaluation.empty()) {
        out += Tr("Evaluated by the agency itself:") + " " + info.self_evaluation + "\n";
    }
    const std::string deadline = core::ProposalDeadline(form, info);
    if (!deadline.empty()) {
        std::string when = deadline + (info.proposal_deadline.empty() ? " (" + Tr("the yearly date") + ")"
                                                                      : " (" + Tr("announced by the TPN") + ")");
        if (const auto days = core::DaysToDeadline(deadline, core::TodayDate())) {
            when += *days >= 0 ? ", " + Format(Tr("{0} day(s) left"), {std::to_string(*days)})
                               : ", " + Format(Tr("passed {0} day(s) ago"), {std::to_string(-*days)});
        }
        out += Tr("Proposal deadline:") + " " + when + "\n";
    }
    return out;
}

std::optional<bool> PrerequisiteState(const std::string& text) {
    if (text == "met" || text == "terpenuhi") {
        return true;
    }
    if (text == "unmet" || text == "belum") {
        return false;
    }
    if (text == "unknown") {
        return std::nullopt;
    }
    throw core::UserError(Format(Tr("a prerequisite is met, unmet or unknown, not '{0}'"), {text}));
}

}  // namespace

int RunInit(const std::vector<std::string>& words, const Context& context) {
    static const std::string usage =
        "ziwb init WS --form lke-permenpanrb-90-2021 --unit NAME --agency NAME --year YYYY [--predicate WBK] "
        "[--agency-type pemda|kl] [--service-type TYPE]";
    const Arguments args(words, {"form", "unit", "agency", "year", "predicate", "agency-type", "service-type"}, {});
    args.ExpectPositional(1, 1, usage);
    core::WorkspaceInfo info;
    info.unit_name = args.Require("unit", usage);
    info.agency = args.Require("agency", usage);
    info.year = ParseYear(args.Require("year", usage));
    const auto catalog = core::FormCatalog::Default(context.program_dir);
    const auto form = catalog.Find(args.Require("form", usage));
    info.current_predicate =
        StandingOption(*core::LoadFormText(form.xml, form.display_name), args.Option("predicate").value_or(""));
    info.agency_type = DetailOption(args, "agency-type").value_or("");
    info.service_type = DetailOption(args, "service-type").value_or("");
    const auto workspace = core::Workspace::Create(args.PositionalPath(0), info, form);
    Print(Format(Tr("Created {0} for {1} ({2}, {3}) with form {4} {5}.\n"),
                 {core::PathToUtf8(workspace.Path()), info.unit_name, info.agency, std::to_string(info.year),
                  workspace.Info().form_id, workspace.Info().form_version}));
    return 0;
}

int RunDemo(const std::vector<std::string>& words, const Context& context) {
    const Arguments args(words, {}, {});
    args.ExpectPositional(1, 1, "ziwb demo WS");
    const auto catalog = core::FormCatalog::Default(context.program_dir);
    const auto workspace = core::CreateDemoWorkspace(args.PositionalPath(0), catalog, context.program_dir);
    const auto report = workspace.Score(core::Layer::Unit());
    Print(Format(Tr("Created the demo workspace {0}: {1}, {2} criteria answered ({3}%).\n"),
                 {core::PathToUtf8(workspace.Path()), workspace.Info().unit_name,
                  std::to_string(workspace.LoadAnswers(core::Layer::Unit()).Count()),
                  core::FormatNumber(report.Completeness() * 100.0, 0)}));
    return 0;
}

int RunInfo(const std::vector<std::string>& words, const Context& context) {
    const Arguments args(words, {}, {});
    args.ExpectPositional(1, 1, "ziwb info WS");
    const auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadOnly);
    const auto& info = workspace.Info();
    std::string out;
    out += Tr("Unit:") + " " + info.unit_name + "\n";
    out += Tr("Agency:") + " " + info.agency + "\n";
    out += Tr("Year:") + " " + std::to_string(info.year) + "\n";
    out +=
        Tr("Current predicate:") + " " + (info.current_predicate.empty() ? Tr("none") : info.current_predicate) + "\n";
    out += ProposalDetailsText(workspace.FormInUse(), info);
    out += Tr("Form:") + " " + info.form_id + " " + info.form_version + "\n";
    if (!core::FormCatalog::Default(context.program_dir).HasIdenticalForm(workspace.FormSha256())) {
        out += core::FormMismatchWarning(workspace.FormInUse()) + "\n";
    }
    if (!core::CanWriteWorkspace(workspace.Path())) {
        out += Tr("Read-only: this file or its folder cannot be written here; 'ziwb copy' makes a copy to edit") + "\n";
    }
    out += Tr("Created:") + " " + info.created_at + " (" + info.created_with + ")\n";
    for (const auto& declared : workspace.FormInUse().Layers()) {
        const core::Layer layer(declared.id);
        out += Format(Tr("Answers ({0}):"), {core::LayerId(layer)}) + " " +
               std::to_string(workspace.LoadAnswers(layer).Count()) + "/" +
               std::to_string(workspace.FormInUse().Criteria().size()) + "\n";
    }
    Print(out);
    return 0;
}

int RunSetPredicate(const std::vector<std::string>& words, const Context&) {
    const Arguments args(words, {}, {});
    args.ExpectPositional(2, 2, "ziwb set-predicate WS none|WBK|WBK-mandiri");
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    workspace.SetCurrentPredicate(StandingOption(workspace.FormInUse(), args.Positional()[1]));
    Print(Format(Tr("Current predicate: {0}\n"),
                 {workspace.Info().current_predicate.empty() ? Tr("none") : workspace.Info().current_predicate}));
    return 0;
}

int RunPrerequisite(const std::vector<std::string>& words, const Context&) {
    static const std::string usage = "ziwb prerequisite WS [ID met|unmet|unknown [--note TEXT]]";
    const Arguments args(words, {"note", "author"}, {});
    args.ExpectPositional(1, 3, usage);
    if (args.Positional().size() == 2) {
        throw UsageError(Format(Tr("give the prerequisite's state too. Usage: {0}"), {usage}));
    }
    const bool change = args.Positional().size() == 3;
    auto workspace = core::Workspace::Open(
        args.PositionalPath(0), change ? core::Workspace::Access::ReadWrite : core::Workspace::Access::ReadOnly);
    if (change) {
        core::SetPrerequisite(workspace, args.Positional()[1], PrerequisiteState(args.Positional()[2]),
                              args.Option("note").value_or(""), args.Option("author").value_or(core::DefaultAuthor()));
    }
    std::string out;
    for (const auto& state : core::LoadPrerequisites(workspace)) {
        const std::string mark = !state.met ? Tr("not confirmed") : (*state.met ? Tr("met") : Tr("NOT met"));
        out += state.prerequisite->id + "  [" + mark + "]  " + state.prerequisite->text +
               (state.note.empty() ? "" : "  \"" + state.note + "\"") + "\n";
    }
    Print(out);
    return 0;
}

int RunCopy(const std::vector<std::string>& words, const Context&) {
    const Arguments args(words, {}, {});
    args.ExpectPositional(2, 2, "ziwb copy WS OUT.ziwb");
    core::NoProgress progress;
    core::CopyWorkspace(args.Positional()[0], args.Positional()[1], progress);
    Print(Format(Tr("Copied {0} to {1}, checked whole.\n"), {args.Positional()[0], args.Positional()[1]}));
    return 0;
}

int RunDetails(const std::vector<std::string>& words, const Context&) {
    static const std::string usage =
        "ziwb details WS [--unit NAME] [--agency NAME] [--year YYYY] [--agency-type pemda|kl] [--service-type TYPE] "
        "[--deadline YYYY-MM-DD] [--self-evaluation WBK] (none clears a proposal detail)";
    const Arguments args(
        words, {"unit", "agency", "year", "author", "agency-type", "service-type", "deadline", "self-evaluation"}, {});
    args.ExpectPositional(1, 1, usage);
    core::UnitDetailsChange change;
    change.unit_name = args.Option("unit");
    change.agency = args.Option("agency");
    if (const auto year = args.Option("year")) {
        change.year = ParseYear(*year);
    }
    change.agency_type = DetailOption(args, "agency-type");
    change.service_type = DetailOption(args, "service-type");
    change.proposal_deadline = DetailOption(args, "deadline");
    change.self_evaluation = DetailOption(args, "self-evaluation");
    const bool changing = change.unit_name || change.agency || change.year || change.agency_type ||
                          change.service_type || change.proposal_deadline || change.self_evaluation;
    auto workspace = core::Workspace::Open(
        args.Positional()[0], changing ? core::Workspace::Access::ReadWrite : core::Workspace::Access::ReadOnly);
    if (changing) {
        const auto changed =
            core::ChangeUnitDetails(workspace, change, args.Option("author").value_or(core::DefaultAuthor()));
        if (changed.empty()) {
            Print(Tr("Nothing changed: the details were already so.") + "\n");
            return 0;
        }
        workspace = core::Workspace::Open(args.Positional()[0], core::Workspace::Access::ReadOnly);
    }
    const auto& info = workspace.Info();
    Print(Format(Tr("Unit: {0}\nAgency: {1}\nYear: {2}\n"), {info.unit_name, info.agency, std::to_string(info.year)}) +
          ProposalDetailsText(workspace.FormInUse(), info));
    return 0;
}

namespace {
// Registration runs at start-up; running out of memory there ends the program either way.
// NOLINTNEXTLINE(cert-err58-cpp)
const CommandRegistration kRegistrations[] = {
    CommandRegistration({"init", "ziwb init WS --form ID --unit NAME --agency NAME --year YYYY [--predicate WBK]",
                         NoTr("Create a new workspace file"), RunInit, 20}),
    CommandRegistration({"demo", "ziwb demo WS",
                         NoTr("Write the demo workspace (a Dinas Tenaga Kerja, partly answered)"), RunDemo, 30}),
    CommandRegistration({"info", "ziwb info WS", NoTr("Show a workspace's unit, form and progress"), RunInfo, 40}),
    CommandRegistration({"copy", "ziwb copy WS OUT.ziwb",
                         NoTr("Write a compact, checked copy of a workspace, even while it is open"), RunCopy, 45}),
    CommandRegistration({"details",
                         "ziwb details WS [--unit NAME] [--agency NAME] [--year YYYY] [--agency-type pemda|kl] "
                         "[--service-type TYPE] [--deadline YYYY-MM-DD] [--self-evaluation WBK]",
                         NoTr("Show or change the unit's details and what its proposal to the TPN depends on "
                              "(recorded in the history)"),
                         RunDetails, 46}),
    CommandRegistration({"set-predicate", "ziwb set-predicate WS none|WBK|WBK-mandiri",
                         NoTr("Record the predicate the unit already holds"), RunSetPredicate, 50}),
    CommandRegistration({"prerequisite", "ziwb prerequisite WS [ID met|unmet|unknown [--note TEXT]]",
                         NoTr("List the prerequisites for proposing the unit, or record one"), RunPrerequisite, 55}),
};
}  // namespace

}  // namespace ziwb::cli
