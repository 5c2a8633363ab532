// SPDX-License-Identifier: GPL-3.0-or-later
// hub: the agency's shared PostgreSQL server. Its administrator creates it and grants people
// their units; each workspace links to its unit and syncs the same log entries as `exchange`.
#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>

#include "commands/command_support.hpp"
#include "common/error.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "exit_codes.hpp"

#ifdef ZIWB_HAVE_HUB
#include "common/platform.hpp"
#include "evidence/evidence_vault.hpp"
#include "export/recap_workbook.hpp"
#include "export/workbook_export.hpp"
#include "hub/hub_admin.hpp"
#include "hub/hub_clone.hpp"
#include "hub/hub_link.hpp"
#include "hub/hub_proposal.hpp"
#include "hub/hub_recap.hpp"
#include "hub/hub_schema.hpp"
#include "hub/hub_sync.hpp"
#include "hub/pg_connection.hpp"
#include "log/change_log.hpp"
#include "people/nip.hpp"
#include "people/team_register.hpp"
#include "readiness/action_plan.hpp"
#include "workspace/sqlite_errors.hpp"
#endif

namespace ziwb::cli {

using core::Format;
using core::Tr;

namespace {

constexpr const char* kUsage =
    "ziwb hub init ADDRESS [--module PATH] [--to N] | add-unit ADDRESS CODE --name NAME | units ADDRESS | "
    "grant ADDRESS ROLE UNIT --as CAPACITY [--layer L] --name NAME [--nip NIP] [--key HEX | --from WS] "
    "[--password-file F] | grant ADDRESS ROLE --agency --name NAME | revoke ADDRESS ROLE [UNIT] [--as CAPACITY] | "
    "grants ADDRESS [UNIT] | link WS ADDRESS UNIT | unlink WS | clone ADDRESS UNIT OUT.ziwb | "
    "sync WS [--address ADDRESS] | status WS | "
    "watch WS [--once] [--timeout SECONDS] | recap ADDRESS OUT.xlsx [--today YYYY-MM-DD] [--quiet-days N] | "
    "proposal ADDRESS OUT_DIR --units CODE,CODE --signer-name N --signer-nip NIP --position P --place PLACE "
    "[--agency-name A] [--date YYYY-MM-DD]";

#ifdef ZIWB_HAVE_HUB

// Built when a hub command runs, not before main(), where a throw could not be caught.
std::set<std::string> ValueOptions() {
    return {"module", "to",          "name",       "nip",      "key",     "from",          "as",
            "layer",  "address",     "timeout",    "today",    "created", "password-file", "quiet-days",
            "units",  "signer-name", "signer-nip", "position", "place",   "agency-name",   "date"};
}

std::set<std::string> Flags() {
    return {"agency", "once"};
}

std::string ReadSecret(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw core::UserError(Format(Tr("cannot read {0}"), {core::PathToUtf8(file)}));
    }
    std::string secret;
    std::getline(in, secret);
    if (!secret.empty() && secret.back() == '\r') {
        secret.pop_back();
    }
    if (secret.empty()) {
        throw core::UserError(Format(Tr("{0} holds no password on its first line"), {core::PathToUtf8(file)}));
    }
    return secret;
}

int RunInit(const Arguments& args, const Context& context) {
    args.ExpectPositional(2, 2, kUsage);
    core::PgConnection hub(args.Positional()[1]);
    std::optional<int> target;
    if (const auto to = args.Option("to")) {
        target = static_cast<int>(PositiveNumber(*to, Tr("'{0}' is not a schema version")));
    }
    const auto result =
        core::MigrateHub(hub, context.program_dir, target, args.Option("module").value_or(core::kDefaultHubModule));
    if (result.from == result.to) {
        Print(Format(Tr("The hub at {0} is already at schema version {1}.\n"),
                     {hub.Describe(), std::to_string(result.to)}));
    } else {
        Print(Format(Tr("The hub at {0} is now at schema version {1} (was {2}).\n"),
                     {hub.Describe(), std::to_string(result.to), std::to_string(result.from)}));
    }
    return kExitDone;
}

int RunAddUnit(const Arguments& args, const Context&) {
    args.ExpectPositional(3, 3, kUsage);
    core::PgConnection hub(args.Positional()[1]);
    core::AddHubUnit(hub, args.Positional()[2], args.Require("name", kUsage));
    Print(Format(Tr("Unit {0} added to the hub. Grant its people with ziwb hub grant.\n"), {args.Positional()[2]}));
    return kExitDone;
}

int RunUnits(const Arguments& args, const Context&) {
    args.ExpectPositional(2, 2, kUsage);
    core::PgConnection hub(args.Positional()[1]);
    const auto units = core::ListHubUnits(hub);
    if (units.empty()) {
        Print(Tr("The hub has no unit you may see.\n"));
        return kExitDone;
    }
    std::string out;
    for (const auto& unit : units) {
        out +=
            unit.code + "  " + core::OneLine(unit.name) + "  " +
            (unit.linked ? Format(Tr("{0} entries"), {std::to_string(unit.entries)}) : Tr("no workspace linked yet")) +
            "\n";
    }
    Print(out);
    return kExitDone;
}

core::HubPerson PersonFromArguments(const Arguments& args) {
    core::HubPerson person;
    person.role = args.Positional()[2];
    person.nip = args.Option("nip").value_or("");
    person.full_name = args.Option("name").value_or("");
    person.public_key = args.Option("key").value_or("");
    if (const auto from = args.Option("from")) {
        if (person.nip.empty()) {
            throw UsageError(Format(Tr("--from takes the person from a workspace's team register: say who with --nip. "
                                       "Usage: {0}"),
                                    {kUsage}));
        }
        auto workspace = core::Workspace::Open(core::PathFromUtf8(*from), core::Workspace::Access::ReadOnly);
        const std::string nip = core::NormalizeNip(person.nip);
        bool found = false;
        for (const auto& member : core::LoadTeam(workspace)) {
            if (member.nip == nip) {
                person.full_name = person.full_name.empty() ? member.name : person.full_name;
                person.public_key = person.public_key.empty() ? member.public_key : person.public_key;
                found = true;
            }
        }
        if (!found) {
            throw core::UserError(Format(Tr("{0} has nobody with NIP {1} in its team register"), {*from, nip}));
        }
    }
    if (person.full_name.empty()) {
        throw UsageError(Format(Tr("give the person's name with --name. Usage: {0}"), {kUsage}));
    }
    if (const auto file = args.Option("password-file")) {
        person.password = ReadSecret(core::PathFromUtf8(*file));
    }
    return person;
}

int RunGrant(const Arguments& args, const Context&) {
    if (args.Flag("agency")) {
        args.ExpectPositional(3, 3, kUsage);
        core::PgConnection hub(args.Positional()[1]);
        const auto person = PersonFromArguments(args);
        core::GrantAgencyView(hub, person);
        Print(Format(Tr("{0} may read the agency's recap of every unit.\n"), {person.role}));
        return kExitDone;
    }
    args.ExpectPositional(4, 4, kUsage);
    core::PgConnection hub(args.Positional()[1]);
    const auto person = PersonFromArguments(args);
    const std::string capacity = args.Require("as", kUsage);
    const std::string unit = args.Positional()[3];
    core::GrantOnHub(hub, person, unit, capacity, args.Option("layer").value_or(""));
    Print(Format(Tr("{0} ({1}) is {2} of unit {3} on the hub.\n"), {person.role, person.full_name, capacity, unit}));
    return kExitDone;
}

int RunRevoke(const Arguments& args, const Context&) {
    args.ExpectPositional(3, 4, kUsage);
    core::PgConnection hub(args.Positional()[1]);
    const std::string role = args.Positional()[2];
    const std::string unit = args.Positional().size() > 3 ? args.Positional()[3] : "";
    if (unit.empty() && !args.Flag("agency")) {
        throw UsageError(Format(Tr("say which unit, or --agency for the agency view. Usage: {0}"), {kUsage}));
    }
    const int removed = core::RevokeOnHub(hub, role, unit, args.Option("as").value_or(""));
    Print(Format(Tr("{0} grants of {1} taken back.\n"), {std::to_string(removed), role}));
    return removed > 0 ? kExitDone : kExitFindings;
}

int RunGrants(const Arguments& args, const Context&) {
    args.ExpectPositional(2, 3, kUsage);
    core::PgConnection hub(args.Positional()[1]);
    const auto grants = core::ListHubGrants(hub, args.Positional().size() > 2 ? args.Positional()[2] : "");
    std::string out;
    for (const auto& grant : grants) {
        out += grant.unit + "  " + grant.capacity +
               (grant.review_layer.empty() ? "" : " (" + grant.review_layer + ")") + "  " + grant.role + "  " +
               core::OneLine(grant.full_name) + "\n";
    }
    Print(out.empty() ? Tr("No grants you may see.\n") : out);
    return kExitDone;
}

int RunLink(const Arguments& args, const Context&) {
    args.ExpectPositional(4, 4, kUsage);
    auto workspace = core::Workspace::Open(args.PositionalPath(1), core::Workspace::Access::ReadWrite);
    core::LinkWorkspace(workspace, args.Positional()[2], args.Positional()[3]);
    Print(Format(Tr("Linked to unit {0} at {1}. Sync with: ziwb hub sync WS\n"),
                 {args.Positional()[3], core::RedactAddress(args.Positional()[2])}));
    return kExitDone;
}

int RunClone(const Arguments& args, const Context&) {
    args.ExpectPositional(4, 4, kUsage);
    InstallSessionSigner();
    const auto summary = core::CloneFromHub(args.Positional()[1], args.Positional()[2], args.PositionalPath(3));
    Print(Format(Tr("{0} made from unit {1} on the hub: {2} entries and {3} evidence files.\n"),
                 {args.Positional()[3], args.Positional()[2], std::to_string(summary.pulled),
                  std::to_string(summary.files_pulled)}));
    return summary.conflicts.empty() ? kExitDone : kExitFindings;
}

int RunUnlink(const Arguments& args, const Context&) {
    args.ExpectPositional(2, 2, kUsage);
    auto workspace = core::Workspace::Open(args.PositionalPath(1), core::Workspace::Access::ReadWrite);
    core::RemoveHubLink(workspace);
    Print(Tr("The workspace is no longer linked to a hub; its log stays as it is.\n"));
    return kExitDone;
}

void PrintSync(const core::SyncSummary& summary) {
    std::string out = Format(Tr("Sent {0} entries and {1} evidence files; received {2} entries and {3} files.\n"),
                             {std::to_string(summary.pushed), std::to_string(summary.files_pushed),
                              std::to_string(summary.pulled), std::to_string(summary.files_pulled)});
    for (const auto& line : summary.applied) {
        out += "  " + line + "\n";
    }
    if (!summary.conflicts.empty()) {
        out += Format(Tr("{0} conflicts: both versions are kept; see ziwb conflicts WS\n"),
                      {std::to_string(summary.conflicts.size())});
    }
    if (!summary.published.empty()) {
        std::string layers;
        for (const auto& layer : summary.published) {
            layers += (layers.empty() ? "" : ", ") + layer;
        }
        out += Format(Tr("Figures published for: {0}.\n"), {layers});
    }
    Print(out);
}

int RunSync(const Arguments& args, const Context&) {
    args.ExpectPositional(2, 2, kUsage);
    InstallSessionSigner();
    auto workspace = core::Workspace::Open(args.PositionalPath(1), core::Workspace::Access::ReadWrite);
    const auto summary = core::SyncWorkspace(workspace, args.Option("address"));
    PrintSync(summary);
    return summary.conflicts.empty() ? kExitDone : kExitFindings;
}

int RunStatus(const Arguments& args, const Context&) {
    args.ExpectPositional(2, 2, kUsage);
    auto workspace = core::Workspace::Open(args.PositionalPath(1), core::Workspace::Access::ReadOnly);
    const auto link = core::LoadHubLink(workspace);
    if (!link) {
        Print(Tr("Not linked to a hub. Link with: ziwb hub link WS ADDRESS UNIT\n"));
        return kExitFindings;
    }
    const long long unsent = core::UnsentChanges(workspace, *link);
    std::string out = Format(Tr("Unit {0} at {1}.\n"), {link->unit, link->address});
    out += link->last_sync.empty() ? Tr("Never synced.\n") : Format(Tr("Last whole sync: {0}.\n"), {link->last_sync});
    out += Format(Tr("{0} changes of this copy not sent yet.\n"), {std::to_string(unsent)});
    if (!link->last_problem.empty()) {
        out += Format(Tr("The last sync did not finish: {0}\n"), {link->last_problem});
    }
    Print(out);
    return link->last_problem.empty() && unsent == 0 ? kExitDone : kExitFindings;
}

int RunWatch(const Arguments& args, const Context&) {
    args.ExpectPositional(2, 2, kUsage);
    InstallSessionSigner();
    auto workspace = core::Workspace::Open(args.PositionalPath(1), core::Workspace::Access::ReadWrite);
    const auto link = core::LoadHubLink(workspace);
    if (!link) {
        throw core::UserError(
            Tr("this workspace is not linked to a hub: link it first with ziwb hub link WS ADDRESS UNIT"));
    }
    const auto limit = std::chrono::seconds(
        args.Option("timeout") ? PositiveNumber(*args.Option("timeout"), Tr("'{0}' is not a number of seconds")) : 0);
    const auto start = std::chrono::steady_clock::now();
    core::HubWatcher watcher(args.Option("address").value_or(link->address), link->unit);
    Print(Format(Tr("Watching unit {0} for changes.\n"), {link->unit}));
    std::cout.flush();
    for (;;) {
        if (watcher.Changed(1000)) {
            PrintSync(core::SyncWorkspace(workspace, watcher.Connection()));
            std::cout.flush();
            if (args.Flag("once")) {
                return kExitDone;
            }
        }
        if (limit.count() > 0 && std::chrono::steady_clock::now() - start > limit) {
            Print(Tr("No change arrived in time.\n"));
            return kExitFindings;
        }
    }
}

int RunRecap(const Arguments& args, const Context&) {
    args.ExpectPositional(3, 3, kUsage);
    const std::string today = args.Option("today").value_or(core::TodayDate());
    core::CheckDocumentDate(today);
    std::optional<std::time_t> created;
    if (const auto text = args.Option("created")) {
        created = core::ParseUtcTimestamp(*text);
    }
    const int quiet_days =
        static_cast<int>(PositiveNumber(args.Option("quiet-days").value_or("14"), Tr("'{0}' is not a number of days")));
    core::PgConnection hub(args.Positional()[1]);
    const auto rows = core::LoadHubRecap(hub, today);
    std::vector<core::UnitSummary> units;
    units.reserve(rows.size());
    for (const auto& row : rows) {
        units.push_back(row.summary);
    }
    core::ExportRecap(units, args.PositionalPath(2), created, core::RecapSource::Hub);
    std::string out = Format(Tr("Wrote {0}: {1} units.\n"), {args.Positional()[2], std::to_string(units.size())});
    const auto behind = core::WhoIsBehind(rows, quiet_days);
    if (!behind.empty()) {
        out += Tr("Behind:\n");
        for (const auto& line : behind) {
            out += "  " + line + "\n";
        }
    }
    Print(out);
    return kExitDone;
}

int RunProposal(const Arguments& args, const Context& context) {
    args.ExpectPositional(3, 3, kUsage);
    core::AgencyProposal proposal;
    std::string list = args.Require("units", kUsage);
    std::replace(list.begin(), list.end(), ',', ' ');
    std::stringstream words(list);
    for (std::string code; words >> code;) {
        proposal.units.push_back(code);
    }
    proposal.signer.name = args.Require("signer-name", kUsage);
    proposal.signer.nip = args.Require("signer-nip", kUsage);
    proposal.signer.position = args.Require("position", kUsage);
    proposal.place = args.Require("place", kUsage);
    proposal.agency = args.Option("agency-name").value_or("");
    proposal.date = args.Option("date").value_or(core::TodayDate());
    core::PgConnection hub(args.Positional()[1]);
    const auto written = core::MakeAgencyProposal(hub, proposal, args.PositionalPath(2), context.program_dir);
    std::string out;
    for (const auto& file : written) {
        out += core::PathToUtf8(file) + "\n";
    }
    out += Format(Tr("The agency's letter and SPTJM over {0} units are ready to sign.\n"),
                  {std::to_string(proposal.units.size())});
    Print(out);
    return kExitDone;
}

struct Verb {
    const char* name;
    int (*run)(const Arguments& args, const Context& context);
};

constexpr Verb kVerbs[] = {
    {"init", RunInit},     {"add-unit", RunAddUnit},  {"units", RunUnits},   {"grant", RunGrant},
    {"revoke", RunRevoke}, {"grants", RunGrants},     {"link", RunLink},     {"unlink", RunUnlink},
    {"clone", RunClone},   {"sync", RunSync},         {"status", RunStatus}, {"watch", RunWatch},
    {"recap", RunRecap},   {"proposal", RunProposal},
};

int RunHub(const std::vector<std::string>& words, const Context& context) {
    const Arguments args(words, ValueOptions(), Flags());
    if (args.Positional().empty()) {
        throw UsageError(Format(Tr("say what to do with the hub. Usage: {0}"), {kUsage}));
    }
    for (const auto& verb : kVerbs) {
        if (args.Positional()[0] == verb.name) {
            return verb.run(args, context);
        }
    }
    throw UsageError(Format(Tr("'{0}' is not something the hub does. Usage: {1}"), {args.Positional()[0], kUsage}));
}

#else

int RunHub(const std::vector<std::string>&, const Context&) {
    throw core::UserError(Tr("this ZI Workbench was built without the hub (libpq was not found when it was built)"));
}

#endif

// Registration runs at start-up; running out of memory there ends the program either way.
// NOLINTNEXTLINE(cert-err58-cpp)
const CommandRegistration kRegistrations[] = {
    CommandRegistration({"hub", kUsage,
                         NoTr("Share the agency's units on a PostgreSQL hub: set it up, link, sync, recap"), RunHub,
                         210}),
};

}  // namespace
}  // namespace ziwb::cli
