// SPDX-License-Identifier: GPL-3.0-or-later
// person, audit, exchange, merge, conflicts: the team register and the signed log it shares.
#include <SQLiteCpp/Database.h>

#include <fstream>
#include <sstream>

#include "commands/command_support.hpp"
#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "exchange/conflicts.hpp"
#include "exchange/exchange.hpp"
#include "exit_codes.hpp"
#include "io/json.hpp"
#include "log/audit.hpp"
#include "log/change_log.hpp"
#include "log/projection.hpp"
#include "people/identity.hpp"
#include "people/nip.hpp"
#include "people/team_register.hpp"
#include "workspace/sqlite_errors.hpp"

namespace ziwb::cli {

using core::Format;
using core::Tr;

namespace {

std::string AreasText(const std::vector<int>& areas) {
    std::string text;
    for (const int area : areas) {
        text += (text.empty() ? "" : " ") + std::to_string(area);
    }
    return text;
}

std::vector<int> AreasOption(const std::string& text) {
    std::vector<int> areas;
    std::string normal = text;
    for (char& c : normal) {
        if (c == ',' || c == ';' || c == '|') {
            c = ' ';
        }
    }
    std::stringstream stream(normal);
    std::string word;
    while (stream >> word) {
        areas.push_back(static_cast<int>(PositiveNumber(word, Tr("'{0}' is not a change area number (1-6)"))));
    }
    std::sort(areas.begin(), areas.end());
    areas.erase(std::unique(areas.begin(), areas.end()), areas.end());
    return areas;
}

int RunPersonAdd(const Arguments& args, const std::string& usage) {
    args.ExpectPositional(2, 2, usage);
    auto workspace = core::Workspace::Open(args.PositionalPath(1), core::Workspace::Access::ReadWrite);
    core::Person person;
    if (args.Flag("me")) {
        const auto identity = core::LoadIdentity();
        if (!identity) {
            throw core::UserError(Tr("no key is set up on this machine yet: run ziwb key init --name NAME --nip NIP"));
        }
        person.nip = args.Option("nip").value_or(identity->nip);
        person.name = args.Option("name").value_or(identity->name);
        person.public_key = identity->public_key_hex;
    } else {
        person.nip = args.Require("nip", usage);
        person.name = args.Require("name", usage);
        person.public_key = args.Option("public-key").value_or("");
    }
    person.role = args.Require("role", usage);
    person.position = args.Option("position").value_or("");
    person.email = args.Option("email").value_or("");
    person.areas = AreasOption(args.Option("areas").value_or(""));
    person.level = args.Option("level").value_or("");
    person.review_layer = args.Option("layer").value_or("");
    core::SetPeople(workspace, {person}, AuthorOption(args));
    Print(Format(Tr("{0} ({1}) is in the team as {2}.\n"), {person.name, core::NormalizeNip(person.nip), person.role}));
    return kExitDone;
}

int RunPersonList(const Arguments& args, const std::string& usage) {
    args.ExpectPositional(2, 2, usage);
    auto workspace = core::Workspace::Open(args.PositionalPath(1), core::Workspace::Access::ReadOnly);
    const auto team = core::LoadTeam(workspace);
    if (args.Flag("json")) {
        core::Json list = core::Json::array();
        for (const auto& person : team) {
            list.push_back(core::Json{{"nip", person.nip},
                                      {"name", person.name},
                                      {"position", person.position},
                                      {"email", person.email},
                                      {"role", person.role},
                                      {"areas", person.areas},
                                      {"level", person.level},
                                      {"layer", person.review_layer},
                                      {"public_key", person.public_key}});
        }
        Print(core::DumpJson(list) + "\n");
        return kExitDone;
    }
    if (team.empty()) {
        Print(
            Tr("The team register is empty. Add people with: ziwb person add WS --nip NIP --name NAME --role ROLE\n"));
        return kExitDone;
    }
    std::string out;
    for (const auto& person : team) {
        out += person.nip + "  " + core::OneLine(person.name) + "  " + person.role;
        if (!person.areas.empty()) {
            out += " (" + Tr("areas") + " " + AreasText(person.areas) + ")";
        }
        if (!person.level.empty()) {
            out += " (" + person.level + ", " + person.review_layer + ")";
        }
        out += "  " +
               (person.public_key.empty() ? Tr("no key yet") : Tr("key") + " " + core::ShortHash(person.public_key));
        out += "\n";
    }
    Print(out);
    return kExitDone;
}

int RunPersonImport(const Arguments& args, const std::string& usage) {
    args.ExpectPositional(3, 3, usage);
    const auto file = args.PositionalPath(2);
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw core::UserError(Format(Tr("cannot read {0}"), {core::PathToUtf8(file)}));
    }
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto people = core::ParseTeamCsv(text, core::PathToUtf8(file));
    auto workspace = core::Workspace::Open(args.PositionalPath(1), core::Workspace::Access::ReadWrite);
    const auto count = people.size();
    core::SetPeople(workspace, std::move(people), AuthorOption(args));
    Print(Format(Tr("{0} people imported into the team register.\n"), {std::to_string(count)}));
    return kExitDone;
}

int RunPersonRemove(const Arguments& args, const std::string& usage) {
    args.ExpectPositional(3, 3, usage);
    auto workspace = core::Workspace::Open(args.PositionalPath(1), core::Workspace::Access::ReadWrite);
    core::RemovePerson(workspace, args.Positional()[2], AuthorOption(args));
    Print(Format(Tr("{0} removed from the team register; their earlier changes stay.\n"), {args.Positional()[2]}));
    return kExitDone;
}

int RunPerson(const std::vector<std::string>& words, const Context&) {
    static const std::string usage =
        "ziwb person add|list|import|remove WS ... (add: --nip NIP --name NAME --role koordinator|anggota|evaluator|"
        "pimpinan [--position P] [--email E] [--areas 1,3] [--level L] [--layer tpi] [--public-key HEX] | --me --role "
        "R)";
    const Arguments args(
        words, {"nip", "name", "role", "position", "email", "areas", "level", "layer", "public-key", "author"},
        {"me", "json"});
    if (args.Positional().empty()) {
        throw UsageError(Format(Tr("say what to do with the team register. Usage: {0}"), {usage}));
    }
    const std::string& action = args.Positional()[0];
    if (action == "add") {
        return RunPersonAdd(args, usage);
    }
    if (action == "list") {
        return RunPersonList(args, usage);
    }
    if (action == "import") {
        return RunPersonImport(args, usage);
    }
    if (action == "remove") {
        return RunPersonRemove(args, usage);
    }
    throw UsageError(Format(Tr("'{0}' is not add, list, import or remove. Usage: {1}"), {action, usage}));
}

int RunAudit(const std::vector<std::string>& words, const Context&) {
    static const std::string usage = "ziwb audit verify|rebuild WS [--json]";
    const Arguments args(words, {}, {"json"});
    args.ExpectPositional(2, 2, usage);
    const std::string& action = args.Positional()[0];
    if (action == "rebuild") {
        auto workspace = core::Workspace::Open(args.PositionalPath(1), core::Workspace::Access::ReadWrite);
        core::RebuildFromLog(workspace);
        Print(Tr("The tables were rebuilt from the log.\n"));
        return kExitDone;
    }
    if (action != "verify") {
        throw UsageError(Format(Tr("'{0}' is not verify or rebuild. Usage: {1}"), {action, usage}));
    }
    auto workspace = core::Workspace::Open(args.PositionalPath(1), core::Workspace::Access::ReadOnly);
    const auto report = core::VerifyLog(workspace);
    if (args.Flag("json")) {
        Print(core::DumpJson(core::Json{{"intact", report.intact},
                                        {"problem", report.problem},
                                        {"entries", report.entries},
                                        {"signed", report.signed_entries},
                                        {"unsigned", report.unsigned_entries},
                                        {"legacy", report.legacy_entries},
                                        {"conflicts", report.conflicts}}) +
              "\n");
    } else if (report.intact) {
        Print(Format(Tr("The log holds: {0} entries ({1} signed, {2} unsigned, {3} from before the log); every hash, "
                        "signature and table agrees with it.\n"),
                     {std::to_string(report.entries), std::to_string(report.signed_entries),
                      std::to_string(report.unsigned_entries), std::to_string(report.legacy_entries)}));
        if (report.conflicts > 0) {
            Print(Format(Tr("{0} conflicts wait for the koordinator: ziwb conflicts WS\n"),
                         {std::to_string(report.conflicts)}));
        }
    } else {
        std::cerr << "ziwb: " << Tr("the log does not hold:") << " " << core::OneLine(report.problem) << "\n";
    }
    return report.intact ? kExitDone : kExitBadInput;
}

void PrintImport(const core::ImportSummary& summary, bool dry_run) {
    std::string out;
    out += Format(dry_run ? Tr("Would apply {0} new entries ({1} already here):\n")
                          : Tr("Applied {0} new entries ({1} already here):\n"),
                  {std::to_string(summary.applied.size()), std::to_string(summary.already_held)});
    for (const auto& line : summary.applied) {
        out += "  " + line + "\n";
    }
    if (summary.files_received > 0) {
        out += Format(Tr("{0} evidence files received.\n"), {std::to_string(summary.files_received)});
    }
    if (summary.files_missing > 0) {
        out += Format(Tr("{0} evidence files are named but not received yet (ask for changes with evidence).\n"),
                      {std::to_string(summary.files_missing)});
    }
    if (!summary.conflicts.empty()) {
        out += Format(Tr("{0} conflicts: both versions are kept; see ziwb conflicts WS\n"),
                      {std::to_string(summary.conflicts.size())});
    }
    Print(out);
}

int RunExchange(const std::vector<std::string>& words, const Context&) {
    static const std::string usage =
        "ziwb exchange export WS OUT [--since MARK] [--layer L] [--without-evidence] [--dry-run] | import WS FILE "
        "[--dry-run] | mark WS";
    const Arguments args(words, {"since", "layer"}, {"dry-run", "without-evidence"});
    if (args.Positional().empty()) {
        throw UsageError(Format(Tr("say export, import or mark. Usage: {0}"), {usage}));
    }
    const std::string& action = args.Positional()[0];
    if (action == "mark") {
        args.ExpectPositional(2, 2, usage);
        auto workspace = core::Workspace::Open(args.PositionalPath(1), core::Workspace::Access::ReadOnly);
        Print(core::ExchangeMark(workspace) + "\n");
        return kExitDone;
    }
    if (action == "export") {
        args.ExpectPositional(3, 3, usage);
        auto workspace = core::Workspace::Open(args.PositionalPath(1), core::Workspace::Access::ReadWriteIfPossible);
        std::optional<std::string> only_layer;
        if (const auto layer = args.Option("layer")) {
            only_layer = core::ParseLayer(workspace.FormInUse(), *layer).Id();
        }
        if (args.Flag("dry-run")) {
            // What would go, written nowhere: the same preview as the workbench's Send Changes.
            const auto plan =
                core::PlanExport(workspace, args.Option("since"), !args.Flag("without-evidence"), only_layer);
            std::string out = Format(Tr("{0} entries and {1} evidence files ({2} bytes) would be written to {3}:\n"),
                                     {std::to_string(plan.entries.size()), std::to_string(plan.files),
                                      std::to_string(plan.file_bytes), core::PathToUtf8(args.PositionalPath(2))});
            for (const auto& line : plan.entries) {
                out += "  " + line + "\n";
            }
            Print(out);
            return kExitDone;
        }
        const auto summary = core::ExportChanges(workspace, args.PositionalPath(2), args.Option("since"),
                                                 !args.Flag("without-evidence"), only_layer);
        Print(Format(Tr("{0} entries and {1} evidence files written to {2} ({3} bytes).\n"),
                     {std::to_string(summary.entries), std::to_string(summary.files),
                      core::PathToUtf8(args.PositionalPath(2)), std::to_string(summary.bytes)}));
        return kExitDone;
    }
    if (action == "import") {
        args.ExpectPositional(3, 3, usage);
        const bool dry_run = args.Flag("dry-run");
        auto workspace =
            core::Workspace::Open(args.PositionalPath(1), dry_run ? core::Workspace::Access::ReadWriteIfPossible
                                                                  : core::Workspace::Access::ReadWrite);
        const std::string id = core::GuardSqlite(core::PathToUtf8(workspace.Path()),
                                                 [&] { return core::WorkspaceId(workspace.Database()); });
        const auto content = core::ReadExchange(args.PositionalPath(2), id);
        PrintImport(core::ImportEntries(workspace, content.entries, dry_run, content.blobs), dry_run);
        return kExitDone;
    }
    throw UsageError(Format(Tr("'{0}' is not export, import or mark. Usage: {1}"), {action, usage}));
}

int RunMerge(const std::vector<std::string>& words, const Context&) {
    static const std::string usage = "ziwb merge WS OTHER.ziwb [--dry-run]";
    const Arguments args(words, {}, {"dry-run"});
    args.ExpectPositional(2, 2, usage);
    const bool dry_run = args.Flag("dry-run");
    auto workspace =
        core::Workspace::Open(args.PositionalPath(0), dry_run ? core::Workspace::Access::ReadWriteIfPossible
                                                              : core::Workspace::Access::ReadWrite);
    PrintImport(core::MergeCopy(workspace, args.PositionalPath(1), dry_run), dry_run);
    return kExitDone;
}

int RunConflicts(const std::vector<std::string>& words, const Context&) {
    static const std::string usage = "ziwb conflicts WS [--json]";
    const Arguments args(words, {}, {"json"});
    args.ExpectPositional(1, 1, usage);
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadOnly);
    const auto conflicts = core::ListConflicts(workspace);
    if (args.Flag("json")) {
        core::Json list = core::Json::array();
        for (const auto& conflict : conflicts) {
            core::Json versions = core::Json::array();
            for (const auto& version : conflict.versions) {
                versions.push_back(core::Json{{"entry", version.hash},
                                              {"author", version.author},
                                              {"time", version.time},
                                              {"value", version.value_text},
                                              {"shown", version.shown}});
            }
            list.push_back(core::Json{{"key", conflict.key}, {"label", conflict.label}, {"versions", versions}});
        }
        Print(core::DumpJson(list) + "\n");
        return kExitDone;
    }
    if (conflicts.empty()) {
        Print(Tr("No conflicts.\n"));
        return kExitDone;
    }
    std::string out;
    for (const auto& conflict : conflicts) {
        out += conflict.label + "\n";
        for (const auto& version : conflict.versions) {
            out += "  " + std::string(version.shown ? "* " : "  ") + core::ShortHash(version.hash) + "  " +
                   version.time + "  " + core::OneLine(version.author) + ": " + core::OneLine(version.value_text) +
                   "\n";
        }
    }
    out +=
        Tr("* is the version shown now. Change the item once more to resolve it (the koordinator's choice is kept).\n");
    Print(out);
    return kExitFindings;
}

// Registration runs at start-up; running out of memory there ends the program either way.
// NOLINTNEXTLINE(cert-err58-cpp)
const CommandRegistration kRegistrations[] = {
    CommandRegistration({"person", "ziwb person add|list|import|remove WS ...",
                         NoTr("Keep the team register: who answers, evaluates and signs"), RunPerson, 150}),
    CommandRegistration({"audit", "ziwb audit verify|rebuild WS",
                         NoTr("Check every entry of the signed log, or rebuild the tables from it"), RunAudit, 155}),
    CommandRegistration(
        {"exchange",
         "ziwb exchange export WS OUT [--since MARK] [--layer L] [--without-evidence] [--dry-run] | import WS FILE "
         "[--dry-run] | mark WS",
         NoTr("Send and receive changes between copies of a workspace"), RunExchange, 160}),
    CommandRegistration({"merge", "ziwb merge WS OTHER.ziwb [--dry-run]",
                         NoTr("Bring in everything another copy of the workspace holds"), RunMerge, 165}),
    CommandRegistration({"conflicts", "ziwb conflicts WS [--json]",
                         NoTr("List the items two copies changed differently"), RunConflicts, 170}),
};

}  // namespace
}  // namespace ziwb::cli
