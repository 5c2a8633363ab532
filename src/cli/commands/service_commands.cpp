// SPDX-License-Identifier: GPL-3.0-or-later
// service: the unit's services and their Standar Pelayanan (UU 25/2009 Pasal 21, PermenPANRB
// 15/2014), with the components the rules list (rules/pelayanan-publik.xml).
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "commands/command_support.hpp"
#include "commands/service_support.hpp"
#include "common/error.hpp"
#include "common/text.hpp"
#include "exit_codes.hpp"
#include "io/json.hpp"
#include "services/service_store.hpp"

namespace ziwb::cli {
namespace {

using core::Format;
using core::Tr;

constexpr const char* kUsage =
    "ziwb service components | service add WS --name NAME [--reviewed YYYY-MM-DD] [--established-by TEXT] "
    "[--published-where TEXT] [--sops \"SOP 1; SOP 2\"] | service set WS SERVICE [--name NAME] [--component ID "
    "(--text TEXT | --text-file FILE)] [--reviewed YYYY-MM-DD|none] [--established-by TEXT] [--published-where "
    "TEXT] [--sops \"...\"] | service list WS [--json] | service show WS SERVICE [--json] | service remove WS "
    "SERVICE | service report WS OUT_DIR [--service SERVICE] [--place P] [--date YYYY-MM-DD] [--person NIP] "
    "[--overwrite] | service attach WS --document standar-pelayanan|maklumat-pelayanan FILE [--service SERVICE]";

std::vector<std::string> SplitSops(const std::string& text) {
    std::vector<std::string> sops;
    std::string current;
    const auto flush = [&] {
        const auto start = current.find_first_not_of(' ');
        const auto end = current.find_last_not_of(' ');
        if (start != std::string::npos) {
            sops.push_back(current.substr(start, end - start + 1));
        }
        current.clear();
    };
    for (const char c : text) {
        if (c == ';') {
            flush();
        } else {
            current += c;
        }
    }
    flush();
    return sops;
}

/// Applies the options that describe a service to `service`.
void ApplyOptions(const Arguments& args, core::Service& service) {
    if (const auto name = args.Option("name")) {
        service.name = *name;
    }
    if (const auto reviewed = args.Option("reviewed")) {
        service.reviewed_on = *reviewed == "none" ? std::string() : *reviewed;
    }
    if (const auto decree = args.Option("established-by")) {
        service.established_by = *decree;
    }
    if (const auto where = args.Option("published-where")) {
        service.published_where = *where;
    }
    if (const auto sops = args.Option("sops")) {
        service.sops = SplitSops(*sops);
    }
    if (const auto component = args.Option("component")) {
        const auto text = args.Option("text");
        const auto file = args.Option("text-file");
        if (text.has_value() == file.has_value()) {
            throw UsageError(Format(Tr("--component needs --text TEXT or --text-file FILE. Usage: {0}"), {kUsage}));
        }
        service.components[*component] = text ? *text : ReadTextFile(*file);
    } else if (args.Option("text") || args.Option("text-file")) {
        throw UsageError(Format(Tr("--text belongs to a --component. Usage: {0}"), {kUsage}));
    }
}

/// The options that describe a service (a function: no set is built before main).
std::set<std::string> ServiceOptions() {
    return {"name",      "reviewed", "established-by", "published-where", "sops",
            "component", "text",     "text-file",      "author"};
}

int Components(const Context& context) {
    const auto& rules = core::InstalledServiceRules(context.program_dir);
    std::string out;
    for (const char* group : {"delivery", "management"}) {
        out += std::string(group) == "delivery" ? Tr("Service delivery components:") + "\n"
                                                : Tr("Management components:") + "\n";
        for (const auto& component : rules.components) {
            if (component.group == group) {
                out += "  " + component.id + std::string(20 - std::min<std::size_t>(19, component.id.size()), ' ') +
                       component.name + "\n";
            }
        }
    }
    Print(out);
    return kExitDone;
}

int Add(const std::vector<std::string>& words, const Context& context) {
    const Arguments args(words, ServiceOptions(), {});
    args.ExpectPositional(1, 1, kUsage);
    core::Service service;
    ApplyOptions(args, service);
    if (service.name.empty()) {
        throw UsageError(Format(Tr("a service needs --name. Usage: {0}"), {kUsage}));
    }
    const auto& rules = core::InstalledServiceRules(context.program_dir);
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    const auto id = core::AddService(workspace, rules, service, AuthorOption(args));
    Print(Format(Tr("Service {0} added: {1}"), {std::to_string(id), service.name}) + "\n");
    return kExitDone;
}

int Set(const std::vector<std::string>& words, const Context& context) {
    const Arguments args(words, ServiceOptions(), {});
    args.ExpectPositional(2, 2, kUsage);
    const auto& rules = core::InstalledServiceRules(context.program_dir);
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    core::Service service = core::FindService(workspace, args.Positional()[1]);
    ApplyOptions(args, service);
    core::UpdateService(workspace, rules, service, AuthorOption(args));
    const auto completeness = core::Completeness(rules, service);
    Print(
        Format(Tr("Service {0} recorded: {1} of {2} components written"),
               {std::to_string(service.id), std::to_string(completeness.filled), std::to_string(completeness.total)}) +
        "\n");
    return kExitDone;
}

core::Json ServiceJson(const core::ServiceRules& rules, const core::Service& service) {
    const auto completeness = core::Completeness(rules, service);
    core::Json components = core::Json::object();
    for (const auto& component : rules.components) {
        const auto found = service.components.find(component.id);
        components[component.id] = found == service.components.end() ? core::Json() : core::Json(found->second);
    }
    return core::Json{{"id", service.id},
                      {"name", service.name},
                      {"components", components},
                      {"filled", completeness.filled},
                      {"total", completeness.total},
                      {"sops", service.sops},
                      {"reviewed_on", service.reviewed_on},
                      {"established_by", service.established_by},
                      {"published_where", service.published_where},
                      {"updated_by", service.updated_by},
                      {"updated_at", service.updated_at}};
}

int List(const std::vector<std::string>& words, const Context& context) {
    const Arguments args(words, {}, {"json"});
    args.ExpectPositional(1, 1, kUsage);
    const auto& rules = core::InstalledServiceRules(context.program_dir);
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadOnly);
    const auto services = core::LoadServices(workspace);
    if (args.Flag("json")) {
        core::Json list = core::Json::array();
        for (const auto& service : services) {
            list.push_back(ServiceJson(rules, service));
        }
        Print(core::DumpJson(list) + "\n");
        return kExitDone;
    }
    if (services.empty()) {
        Print(Tr("No services yet. Add one with: ziwb service add WS --name NAME") + "\n");
        return kExitDone;
    }
    std::string out;
    for (const auto& service : services) {
        const auto completeness = core::Completeness(rules, service);
        out +=
            Format(Tr("{0}. {1}\n   standard: {2} of {3} components; reviewed: {4}; published: {5}"),
                   {std::to_string(service.id), service.name, std::to_string(completeness.filled),
                    std::to_string(completeness.total), service.reviewed_on.empty() ? Tr("never") : service.reviewed_on,
                    service.published_where.empty() ? Tr("no") : service.published_where}) +
            "\n";
    }
    Print(out);
    return kExitDone;
}

int Show(const std::vector<std::string>& words, const Context& context) {
    const Arguments args(words, {}, {"json"});
    args.ExpectPositional(2, 2, kUsage);
    const auto& rules = core::InstalledServiceRules(context.program_dir);
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadOnly);
    const core::Service service = core::FindService(workspace, args.Positional()[1]);
    if (args.Flag("json")) {
        Print(core::DumpJson(ServiceJson(rules, service)) + "\n");
        return kExitDone;
    }
    std::string out = Format(Tr("Service {0}: {1}"), {std::to_string(service.id), service.name}) + "\n";
    out += Tr("Set by:") + " " + (service.established_by.empty() ? "-" : service.established_by) + "\n";
    out += Tr("Last reviewed:") + " " + (service.reviewed_on.empty() ? Tr("never") : service.reviewed_on) + "\n";
    out += Tr("Published:") + " " + (service.published_where.empty() ? Tr("no") : service.published_where) + "\n";
    for (const auto& component : rules.components) {
        const auto found = service.components.find(component.id);
        out += "\n[" + component.id + "] " + component.name + "\n  " +
               (found == service.components.end() ? Tr("(not written)") : found->second) + "\n";
    }
    out += "\n" + Tr("SOPs:") + (service.sops.empty() ? " -" : "") + "\n";
    for (const auto& sop : service.sops) {
        out += "  - " + sop + "\n";
    }
    Print(out);
    return kExitDone;
}

int Remove(const std::vector<std::string>& words) {
    const Arguments args(words, {"author"}, {});
    args.ExpectPositional(2, 2, kUsage);
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    const core::Service service = core::FindService(workspace, args.Positional()[1]);
    core::RemoveService(workspace, service, AuthorOption(args));
    Print(Format(Tr("Service {0} removed: {1}"), {std::to_string(service.id), service.name}) + "\n");
    return kExitDone;
}

int RunService(const std::vector<std::string>& words, const Context& context) {
    if (words.empty()) {
        throw UsageError(Format(Tr("missing arguments. Usage: {0}"), {kUsage}));
    }
    const std::string& verb = words[0];
    const std::vector<std::string> rest(words.begin() + 1, words.end());
    if (verb == "components") {
        return Components(context);
    }
    if (verb == "add") {
        return Add(rest, context);
    }
    if (verb == "set") {
        return Set(rest, context);
    }
    if (verb == "list") {
        return List(rest, context);
    }
    if (verb == "show") {
        return Show(rest, context);
    }
    if (verb == "remove") {
        return Remove(rest);
    }
    return RunServiceDocuments(verb, rest, context, kUsage);
}

// Registration runs at start-up; running out of memory there ends the program either way.
// NOLINTNEXTLINE(cert-err58-cpp)
const CommandRegistration kRegistrations[] = {
    CommandRegistration({"service", kUsage, NoTr("The unit's services and their Standar Pelayanan"), RunService, 230}),
};

}  // namespace
}  // namespace ziwb::cli
