// SPDX-License-Identifier: GPL-3.0-or-later
// signoff: the leader signs off the unit's submission with their key, and anyone checks whether the
// unit layer is still as it was signed off.
#include <string>
#include <vector>

#include "commands/command_support.hpp"
#include "common/error.hpp"
#include "common/text.hpp"
#include "exit_codes.hpp"
#include "io/json.hpp"
#include "signoff/signoff.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::cli {
namespace {

using core::Format;
using core::Tr;

constexpr const char* kUsage = "ziwb signoff WS [--note TEXT] | ziwb signoff verify WS [--json]";

/// A recorded total ("59.6547") as people read it ("59,65").
std::string ShownTotal(const std::string& total) {
    try {
        return core::FormatNumber(std::stod(total), 2);
    } catch (const std::exception&) {
        return total;
    }
}

std::string StatusText(const core::Form& form, const core::SignoffStatus& status) {
    std::string out = core::SignoffLine(status) + "\n";
    if (!status.signoff) {
        out += Tr("The leader signs off with: ziwb signoff WS") + "\n";
        return out;
    }
    const core::Signoff& signoff = *status.signoff;
    if (!signoff.nip.empty()) {
        out += Tr("NIP:") + " " + signoff.nip + "\n";
    }
    out += Tr("Key:") + " " + signoff.author_key.substr(0, 16) + "\n";
    out += Tr("Log head signed off:") + " " + (signoff.head.empty() ? "-" : signoff.head.substr(0, 16)) + "\n";
    if (!signoff.note.empty()) {
        out += Tr("Note:") + " " + signoff.note + "\n";
    }
    if (status.state == core::SignoffState::ChangedAfter) {
        out += Format(Tr("Total then {0}, now {1}."), {ShownTotal(signoff.total), ShownTotal(status.total_now)}) + "\n";
        for (const auto& code : status.changes.criteria) {
            const core::FormNode* node = form.FindNode(code);
            out += "  - " + code + (node != nullptr ? "  " + node->name : std::string()) + "\n";
        }
        if (status.changes.prerequisites) {
            out += "  - " + Tr("the prerequisites") + "\n";
        }
        if (status.changes.details) {
            out += "  - " + Tr("the unit's details") + "\n";
        }
    }
    return out;
}

core::Json StatusJson(const core::SignoffStatus& status) {
    core::Json json = {{"state", std::string(core::SignoffStateId(status.state))}, {"total_now", status.total_now}};
    if (status.signoff) {
        const core::Signoff& signoff = *status.signoff;
        json["signoff"] = {{"by", signoff.author},      {"nip", signoff.nip},       {"position", signoff.position},
                           {"key", signoff.author_key}, {"at", signoff.signed_at},  {"total", signoff.total},
                           {"head", signoff.head},      {"digest", signoff.digest}, {"note", signoff.note}};
        json["changed"] = {{"criteria", status.changes.criteria},
                           {"prerequisites", status.changes.prerequisites},
                           {"details", status.changes.details}};
    }
    return json;
}

int Verify(const std::vector<std::string>& words) {
    const Arguments args(words, {}, {"json"});
    args.ExpectPositional(1, 1, kUsage);
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadOnly);
    const auto status = core::CheckSignoff(workspace);
    Print(args.Flag("json") ? core::DumpJson(StatusJson(status)) + "\n" : StatusText(workspace.FormInUse(), status));
    // Like a linter: the command ran, and what it found is not what a submission needs.
    return status.state == core::SignoffState::Current ? kExitDone : kExitFindings;
}

int Sign(const std::vector<std::string>& words) {
    const Arguments args(words, {"note"}, {});
    args.ExpectPositional(1, 1, kUsage);
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    (void)core::SignOff(workspace, args.Option("note").value_or(""));
    Print(StatusText(workspace.FormInUse(), core::CheckSignoff(workspace)));
    return kExitDone;
}

int RunSignoff(const std::vector<std::string>& words, const Context&) {
    if (words.empty()) {
        throw UsageError(Format(Tr("missing arguments. Usage: {0}"), {kUsage}));
    }
    if (words[0] == "verify") {
        return Verify({words.begin() + 1, words.end()});
    }
    return Sign(words);
}

// Registration runs at start-up; running out of memory there ends the program either way.
// NOLINTNEXTLINE(cert-err58-cpp)
const CommandRegistration kRegistrations[] = {
    CommandRegistration({"signoff", kUsage,
                         NoTr("The leader signs off the submission with their key, or checks it is unchanged since"),
                         RunSignoff, 218}),
};

}  // namespace
}  // namespace ziwb::cli
