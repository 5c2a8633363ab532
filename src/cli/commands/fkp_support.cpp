// SPDX-License-Identifier: GPL-3.0-or-later
// What `ziwb fkp list|show` print of a forum, and its documents.
#include "commands/fkp_support.hpp"

#include <algorithm>

#include "commands/command_support.hpp"
#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "documents/document_template.hpp"
#include "exit_codes.hpp"
#include "services/fkp_documents.hpp"
#include "services/service_checks.hpp"
#include "services/service_store.hpp"

namespace ziwb::cli {
namespace {

using core::Format;
using core::Tr;

std::string ServiceName(const std::vector<core::Service>& services, const std::string& uid) {
    const auto found =
        std::find_if(services.begin(), services.end(), [&](const core::Service& s) { return s.uid == uid; });
    return found == services.end() ? Tr("(unknown service)") : found->name;
}

std::string GroupName(const core::ServiceRules& rules, const std::string& id) {
    const core::StakeholderGroup* group = rules.FindGroup(id);
    return group == nullptr ? id : group->name;
}

std::size_t Present(const core::FkpSession& session) {
    return static_cast<std::size_t>(std::count_if(session.participants.begin(), session.participants.end(),
                                                  [](const core::FkpParticipant& p) { return p.attended; }));
}

std::size_t Open(const core::FkpSession& session) {
    return static_cast<std::size_t>(std::count_if(session.inputs.begin(), session.inputs.end(),
                                                  [](const core::FkpInput& i) { return i.follow_up == "open"; }));
}

}  // namespace

std::string FollowUpLabel(const std::string& follow_up) {
    if (follow_up == "adopted") {
        return Tr("taken into the standard");
    }
    if (follow_up == "declined") {
        return Tr("not taken in");
    }
    return Tr("no follow-up yet");
}

core::Json ForumJson(const core::ServiceRules& rules, const core::FkpSession& session,
                     const std::vector<core::Service>& services) {
    core::Json names = core::Json::array();
    for (const auto& uid : session.service_uids) {
        names.push_back(ServiceName(services, uid));
    }
    core::Json people = core::Json::array();
    for (const auto& p : session.participants) {
        people.push_back({{"name", p.name},
                          {"group", p.group},
                          {"group_name", GroupName(rules, p.group)},
                          {"organisation", p.organisation},
                          {"position", p.position},
                          {"attended", p.attended}});
    }
    core::Json inputs = core::Json::array();
    for (const auto& input : session.inputs) {
        inputs.push_back(
            {{"number", input.number},
             {"from", input.from},
             {"service", input.service_uid.empty() ? std::string() : ServiceName(services, input.service_uid)},
             {"text", input.text},
             {"follow_up", input.follow_up},
             {"response", input.response}});
    }
    core::Json gaps = core::Json::array();
    for (const auto& gap : core::FindForumGaps(rules, session)) {
        gaps.push_back({{"id", std::string(core::ServiceGapId(gap.gap))}, {"problem", gap.problem}});
    }
    return core::Json{{"id", session.id},
                      {"date", session.date},
                      {"place", session.place},
                      {"purpose", session.purpose},
                      {"topic", session.topic},
                      {"chair", session.chair},
                      {"services", names},
                      {"participants", people},
                      {"present", Present(session)},
                      {"outside_groups_present", core::OutsideGroupsPresent(rules, session)},
                      {"inputs", inputs},
                      {"inputs_open", Open(session)},
                      {"gaps", gaps}};
}

std::string ForumSummary(const core::ServiceRules& rules, const core::FkpSession& session,
                         const std::vector<core::Service>& services) {
    std::string names;
    for (const auto& uid : session.service_uids) {
        names += (names.empty() ? "" : ", ") + ServiceName(services, uid);
    }
    const auto outside = core::OutsideGroupsPresent(rules, session);
    return Format(
               Tr("{0}. {1}, {2} ({3}): {4}\n   {5} of {6} present, {7} outside group(s); {8} input(s), {9} "
                  "without follow-up"),
               {std::to_string(session.id), session.date, session.place, core::FkpPurposeLabel(session.purpose), names,
                std::to_string(Present(session)), std::to_string(session.participants.size()),
                std::to_string(outside.size()), std::to_string(session.inputs.size()), std::to_string(Open(session))}) +
           "\n";
}

std::string ForumDetails(const core::ServiceRules& rules, const core::FkpSession& session,
                         const std::vector<core::Service>& services) {
    std::string out = ForumSummary(rules, session, services);
    if (!session.topic.empty()) {
        out += Tr("Topic:") + " " + session.topic + "\n";
    }
    if (!session.chair.empty()) {
        out += Tr("Chair:") + " " + session.chair + "\n";
    }
    out += "\n" + Tr("Participants:") + "\n";
    for (const auto& group : rules.stakeholder_groups) {
        bool heading = false;
        for (const auto& p : session.participants) {
            if (p.group != group.id) {
                continue;
            }
            if (!heading) {
                out += "  " + group.name + "\n";
                heading = true;
            }
            out += "    " + std::string(p.attended ? "[v] " : "[ ] ") + p.name +
                   (p.organisation.empty() ? "" : ", " + p.organisation) +
                   (p.position.empty() ? "" : " (" + p.position + ")") + "\n";
        }
    }
    out += "\n" + Tr("Inputs:") + (session.inputs.empty() ? " -" : "") + "\n";
    for (const auto& input : session.inputs) {
        out += "  " + std::to_string(input.number) + ". " + input.text +
               (input.from.empty() ? "" : " (" + input.from + ")") + "\n     -> " + FollowUpLabel(input.follow_up) +
               (input.response.empty() ? "" : ": " + input.response) + "\n";
    }
    const auto gaps = core::FindForumGaps(rules, session);
    out += "\n" + (gaps.empty() ? Tr("The forum has what PermenPANRB 16/2017 asks of its record.") + "\n"
                                : Tr("Still missing:") + "\n");
    for (const auto& gap : gaps) {
        out += "  - " + gap.problem + "\n    " + gap.action + "\n";
    }
    return out;
}

int RunFkpReport(const std::vector<std::string>& words, const Context& context, const char* usage) {
    const Arguments args(words, {"place", "date", "person"}, {"overwrite"});
    args.ExpectPositional(3, 3, usage);
    const auto& rules = core::InstalledServiceRules(context.program_dir);
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadOnly);
    const core::FkpSession session = core::FindFkpSession(
        workspace,
        PositiveNumber(args.Positional()[1], Tr("'{0}' is not the number of a forum (see 'ziwb fkp list WS')")));
    core::MakeRequest request;
    request.nip = args.Option("person");
    request.place = args.Option("place").value_or("");
    // The invitation and the minutes are dated the forum's day unless the user says otherwise.
    request.date = args.Option("date").value_or(session.date);
    request.overwrite = args.Flag("overwrite");
    const auto made = core::MakeFkpDocuments(workspace, rules, session, core::LoadServices(workspace, true),
                                             core::LoadShippedTemplates(context.program_dir), request,
                                             args.PositionalPath(2), context.program_dir);
    std::string out;
    for (const auto& document : made) {
        out += core::PathToUtf8(document.path) + "  " + document.code + "\n";
    }
    out += Format(Tr("{0} document(s) of forum {1} written. Once signed, file each with: ziwb fkp attach WS {1} "
                     "--document TEMPLATE SCAN.pdf"),
                  {std::to_string(made.size()), std::to_string(session.id)}) +
           "\n";
    Print(out);
    return kExitDone;
}

}  // namespace ziwb::cli
