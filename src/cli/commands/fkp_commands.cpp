// SPDX-License-Identifier: GPL-3.0-or-later
// fkp: the public consultation forum (Forum Konsultasi Publik, PermenPANRB 16/2017) on the unit's
// service standards: when and where, who came from which stakeholder group, every input and how it
// was followed up, its documents and their signed scans as evidence.
#include <string>
#include <vector>

#include "commands/command_support.hpp"
#include "commands/fkp_support.hpp"
#include "commands/service_support.hpp"
#include "common/error.hpp"
#include "common/text.hpp"
#include "exit_codes.hpp"
#include "io/json.hpp"
#include "readiness/action_plan.hpp"
#include "services/fkp_attendance.hpp"
#include "services/service_checks.hpp"
#include "services/service_evidence.hpp"
#include "services/service_store.hpp"

namespace ziwb::cli {
namespace {

using core::Format;
using core::Tr;

constexpr const char* kUsage =
    "ziwb fkp groups | fkp add WS --date YYYY-MM-DD --place PLACE --service SERVICE[,SERVICE...] [--purpose "
    "penyusunan|reviu] [--topic TEXT] [--chair NAME] | fkp attend WS FKP (--name NAME --group GROUP "
    "[--organisation TEXT] [--position TEXT] [--absent] | --csv FILE) | fkp input WS FKP --text TEXT [--from WHO] "
    "[--service SERVICE] | fkp input WS FKP N (--adopted CHANGE | --declined REASON) | fkp list WS [--json] | fkp "
    "show WS FKP [--json] | fkp report WS FKP OUT_DIR [--place P] [--date D] [--person NIP] [--overwrite] | fkp "
    "attach WS FKP --document fkp-undangan|fkp-daftar-hadir|fkp-berita-acara FILE [--date YYYY-MM-DD]";

std::int64_t ForumNumber(const std::string& text) {
    return PositiveNumber(text, Tr("'{0}' is not the number of a forum (see 'ziwb fkp list WS')"));
}

std::vector<std::string> ServiceUids(core::Workspace& workspace, const std::string& list) {
    std::vector<std::string> uids;
    std::string current;
    const auto flush = [&] {
        const auto start = current.find_first_not_of(' ');
        if (start != std::string::npos) {
            const auto end = current.find_last_not_of(' ');
            const std::string uid = core::FindService(workspace, current.substr(start, end - start + 1)).uid;
            if (std::find(uids.begin(), uids.end(), uid) == uids.end()) {
                uids.push_back(uid);
            }
        }
        current.clear();
    };
    for (const char c : list) {
        if (c == ',') {
            flush();
        } else {
            current += c;
        }
    }
    flush();
    return uids;
}

int Groups(const Context& context) {
    const auto& rules = core::InstalledServiceRules(context.program_dir);
    std::string out;
    for (const auto& group : rules.stakeholder_groups) {
        out += "  " + group.id + std::string(24 - std::min<std::size_t>(23, group.id.size()), ' ') + group.name +
               (group.outside ? "" : "  (" + Tr("not from outside the unit") + ")") + "\n";
    }
    out += Format(Tr("A forum needs at least {0} group(s) from outside the unit present."),
                  {std::to_string(rules.minimum_outside_groups)}) +
           "\n";
    Print(out);
    return kExitDone;
}

int Add(const std::vector<std::string>& words) {
    const Arguments args(words, {"date", "place", "service", "purpose", "topic", "chair", "author"}, {});
    args.ExpectPositional(1, 1, kUsage);
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    core::FkpSession session;
    session.date = args.Require("date", kUsage);
    session.place = args.Require("place", kUsage);
    session.purpose = core::ParseFkpPurpose(args.Option("purpose").value_or("review"));
    session.topic = args.Option("topic").value_or("");
    session.chair = args.Option("chair").value_or("");
    session.service_uids = ServiceUids(workspace, args.Require("service", kUsage));
    const auto id = core::AddFkpSession(workspace, session, AuthorOption(args));
    Print(Format(Tr("Forum {0} recorded: {1}, {2}"), {std::to_string(id), session.date, session.place}) + "\n");
    return kExitDone;
}

int Attend(const std::vector<std::string>& words, const Context& context) {
    const Arguments args(words, {"name", "group", "organisation", "position", "csv", "author"}, {"absent"});
    args.ExpectPositional(2, 2, kUsage);
    const auto& rules = core::InstalledServiceRules(context.program_dir);
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    const core::FkpSession session = core::FindFkpSession(workspace, ForumNumber(args.Positional()[1]));
    if (const auto csv = args.Option("csv")) {
        if (args.Option("name")) {
            throw UsageError(Format(Tr("give --csv FILE or --name, not both. Usage: {0}"), {kUsage}));
        }
        const auto list = core::ParseParticipantCsv(rules, ReadTextFile(*csv), *csv);
        if (!list.problems.empty()) {
            for (const auto& problem : list.problems) {
                std::cerr << *csv << ": " << problem << "\n";
            }
            throw core::UserError(Format(Tr("{0} row(s) of {1} cannot be read; nothing was added. Fix them and "
                                            "run the command again"),
                                         {std::to_string(list.problems.size()), *csv}));
        }
        core::AddFkpParticipants(workspace, rules, session, list.participants, AuthorOption(args));
        const auto present = std::count_if(list.participants.begin(), list.participants.end(),
                                           [](const core::FkpParticipant& p) { return p.attended; });
        Print(Format(Tr("Forum {0}: {1} participants added, {2} present"),
                     {std::to_string(session.id), std::to_string(list.participants.size()), std::to_string(present)}) +
              "\n");
        return kExitDone;
    }
    const std::string name = args.Require("name", kUsage);
    const bool attended = !args.Flag("absent");
    for (const auto& participant : session.participants) {
        if (participant.name == name && !args.Option("group")) {
            core::SetFkpAttendance(workspace, session, participant, attended, AuthorOption(args));
            Print(Format(attended ? Tr("Forum {0}: {1} present") : Tr("Forum {0}: {1} absent"),
                         {std::to_string(session.id), name}) +
                  "\n");
            return kExitDone;
        }
    }
    core::FkpParticipant participant;
    participant.name = name;
    const std::string group = args.Require("group", kUsage);
    const core::StakeholderGroup* matched = core::MatchGroup(rules, group);
    participant.group = matched != nullptr ? matched->id : group;
    participant.organisation = args.Option("organisation").value_or("");
    participant.position = args.Option("position").value_or("");
    participant.attended = attended;
    core::AddFkpParticipants(workspace, rules, session, {participant}, AuthorOption(args));
    Print(Format(Tr("Forum {0}: {1} added"), {std::to_string(session.id), name}) + "\n");
    return kExitDone;
}

int Input(const std::vector<std::string>& words) {
    const Arguments args(words, {"text", "from", "service", "adopted", "declined", "author"}, {"reopen"});
    args.ExpectPositional(2, 3, kUsage);
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    const core::FkpSession session = core::FindFkpSession(workspace, ForumNumber(args.Positional()[1]));
    if (args.Positional().size() == 3) {
        const auto number = PositiveNumber(args.Positional()[2], Tr("'{0}' is not the number of an input"));
        const auto adopted = args.Option("adopted");
        const auto declined = args.Option("declined");
        if (static_cast<int>(adopted.has_value()) + static_cast<int>(declined.has_value()) +
                static_cast<int>(args.Flag("reopen")) !=
            1) {
            throw UsageError(Format(Tr("say how the input was followed up: --adopted CHANGE or --declined REASON. "
                                       "Usage: {0}"),
                                    {kUsage}));
        }
        const std::string follow_up = adopted ? "adopted" : declined ? "declined" : "open";
        core::FollowUpFkpInput(workspace, session, number, follow_up, adopted ? *adopted : declined.value_or(""),
                               AuthorOption(args));
        Print(Format(Tr("Forum {0}, input {1}: {2}"),
                     {std::to_string(session.id), std::to_string(number), FollowUpLabel(follow_up)}) +
              "\n");
        return kExitDone;
    }
    core::FkpInput input;
    input.text = args.Require("text", kUsage);
    input.from = args.Option("from").value_or("");
    if (const auto service = args.Option("service")) {
        input.service_uid = core::FindService(workspace, *service).uid;
    }
    const auto number = core::AddFkpInput(workspace, session, input, AuthorOption(args));
    Print(Format(Tr("Forum {0}: input {1} recorded; record its follow-up with --adopted or --declined"),
                 {std::to_string(session.id), std::to_string(number)}) +
          "\n");
    return kExitDone;
}

int List(const std::vector<std::string>& words, const Context& context) {
    const Arguments args(words, {}, {"json"});
    args.ExpectPositional(1, 1, kUsage);
    const auto& rules = core::InstalledServiceRules(context.program_dir);
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadOnly);
    const auto sessions = core::LoadFkpSessions(workspace);
    const auto services = core::LoadServices(workspace, true);
    if (args.Flag("json")) {
        core::Json list = core::Json::array();
        for (const auto& session : sessions) {
            list.push_back(ForumJson(rules, session, services));
        }
        Print(core::DumpJson(list) + "\n");
        return kExitDone;
    }
    if (sessions.empty()) {
        Print(Tr("No forums yet. Record one with: ziwb fkp add WS --date DATE --place PLACE --service SERVICE") + "\n");
        return kExitDone;
    }
    std::string out;
    for (const auto& session : sessions) {
        out += ForumSummary(rules, session, services);
    }
    Print(out);
    return kExitDone;
}

int Show(const std::vector<std::string>& words, const Context& context) {
    const Arguments args(words, {}, {"json"});
    args.ExpectPositional(2, 2, kUsage);
    const auto& rules = core::InstalledServiceRules(context.program_dir);
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadOnly);
    const core::FkpSession session = core::FindFkpSession(workspace, ForumNumber(args.Positional()[1]));
    const auto services = core::LoadServices(workspace, true);
    Print(args.Flag("json") ? core::DumpJson(ForumJson(rules, session, services)) + "\n"
                            : ForumDetails(rules, session, services));
    return kExitDone;
}

int Attach(const std::vector<std::string>& words) {
    const Arguments args(words, {"document", "date", "title", "author"}, {});
    args.ExpectPositional(3, 3, kUsage);
    const std::string document = args.Require("document", kUsage);
    if (document != "fkp-undangan" && document != "fkp-daftar-hadir" && document != "fkp-berita-acara") {
        throw UsageError(
            Format(Tr("--document is fkp-undangan, fkp-daftar-hadir or fkp-berita-acara. Usage: {0}"), {kUsage}));
    }
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    const core::FkpSession session = core::FindFkpSession(workspace, ForumNumber(args.Positional()[1]));
    const std::string kind = document == "fkp-undangan"       ? "Undangan"
                             : document == "fkp-daftar-hadir" ? "Daftar Hadir"
                                                              : "Berita Acara";
    const std::string title =
        args.Option("title").value_or(kind + " Forum Konsultasi Publik " + session.date + ", " + session.place);
    const auto filed = core::FileServiceDocument(workspace, document, args.PositionalPath(2), title,
                                                 args.Option("date").value_or(session.date), AuthorOption(args));
    Print(Format(Tr("Filed as evidence {0} of {1} (evidence line {2} ticked)"),
                 {std::to_string(filed.evidence_id), filed.criterion, std::to_string(filed.line)}) +
          "\n");
    return kExitDone;
}

int RunFkp(const std::vector<std::string>& words, const Context& context) {
    if (words.empty()) {
        throw UsageError(Format(Tr("missing arguments. Usage: {0}"), {kUsage}));
    }
    const std::string& verb = words[0];
    const std::vector<std::string> rest(words.begin() + 1, words.end());
    if (verb == "groups") {
        return Groups(context);
    }
    if (verb == "add") {
        return Add(rest);
    }
    if (verb == "attend") {
        return Attend(rest, context);
    }
    if (verb == "input") {
        return Input(rest);
    }
    if (verb == "list") {
        return List(rest, context);
    }
    if (verb == "show") {
        return Show(rest, context);
    }
    if (verb == "attach") {
        return Attach(rest);
    }
    if (verb == "report") {
        return RunFkpReport(rest, context, kUsage);
    }
    throw UsageError(Format(Tr("unknown word '{0}'. Usage: {1}"), {verb, kUsage}));
}

// Registration runs at start-up; running out of memory there ends the program either way.
// NOLINTNEXTLINE(cert-err58-cpp)
const CommandRegistration kRegistrations[] = {
    CommandRegistration({"fkp", kUsage,
                         NoTr("Public consultation forums on the service standards: participants, inputs, documents"),
                         RunFkp, 231}),
};

}  // namespace
}  // namespace ziwb::cli
