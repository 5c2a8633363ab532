// SPDX-License-Identifier: GPL-3.0-or-later
// document: the unit's documents from templates (Pakta Integritas, Komitmen Bersama, SPTJM, Surat
// Pengajuan Evaluasi), the letterhead they are printed with, and who has signed them.
#include <iostream>
#include <string>
#include <vector>

#include "commands/command_support.hpp"
#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "documents/document_make.hpp"
#include "documents/document_registers.hpp"
#include "documents/document_render.hpp"
#include "documents/letterhead.hpp"
#include "documents/signed_scans.hpp"
#include "evidence/evidence_vault.hpp"
#include "io/json.hpp"
#include "readiness/action_plan.hpp"

namespace ziwb::cli {
namespace {

using core::Format;
using core::Tr;

std::string ScopeLabel(const core::DocumentTemplate& document) {
    switch (document.scope) {
        case core::TemplateScope::Person: return Tr("one for each person");
        case core::TemplateScope::Fkp: return Tr("one for each public consultation forum");
        case core::TemplateScope::Service: return Tr("one for each service");
        case core::TemplateScope::Agency: return Tr("one for the agency over the units chosen on the hub");
        case core::TemplateScope::Evaluation: return Tr("one for each review, by 'ziwb report lhe'");
        case core::TemplateScope::Unit: break;
    }
    return Tr("one for the unit");
}

int Templates(const std::vector<std::string>& words, const Context& context) {
    const Arguments args(words, {}, {"json"});
    args.ExpectPositional(0, 0, "ziwb document templates [--json]");
    core::Json json = core::Json::array();
    std::string out;
    for (const auto& document : core::LoadShippedTemplates(context.program_dir)) {
        json.push_back(
            {{"id", document.id}, {"name", document.name}, {"for", core::TemplateScopeName(document.scope)}});
        out += document.id + "  " + document.name + " (" + ScopeLabel(document) + ")\n";
    }
    Print(args.Flag("json") ? core::DumpJson(json) + "\n" : out);
    return 0;
}

std::string DateOption(const Arguments& args) {
    std::string date = args.Option("date").value_or(core::TodayDate());
    core::CheckDocumentDate(date);
    return date;
}

int Make(const std::vector<std::string>& words, const Context& context) {
    static const std::string usage =
        "ziwb document make WS TEMPLATE OUTDIR (--person NIP | --all) [--place KOTA] [--date YYYY-MM-DD] "
        "[--overwrite]";
    const Arguments args(words, {"person", "place", "date"}, {"all", "overwrite"});
    args.ExpectPositional(3, 3, usage);
    core::MakeRequest request;
    request.nip = args.Option("person");
    request.all = args.Flag("all");
    if (request.all && request.nip) {
        throw UsageError(Format(Tr("give --person NIP or --all, not both. Usage: {0}"), {usage}));
    }
    request.place = args.Option("place").value_or("");
    request.date = DateOption(args);
    request.overwrite = args.Flag("overwrite");
    const core::DocumentTemplate document = core::FindTemplate(context.program_dir, args.Positional()[1]);
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadOnly);
    const auto made = core::MakeDocuments(workspace, document, request, args.PositionalPath(2), context.program_dir);
    if (made.size() == 1) {
        Print(Format(Tr("Wrote {0} ({1}).\n"), {core::PathToUtf8(made.front().path), made.front().code}));
    } else {
        Print(Format(Tr("Wrote {0} documents ({1}) into {2}.\n"),
                     {std::to_string(made.size()), document.name, args.Positional()[2]}));
    }
    return 0;
}

int Status(const std::vector<std::string>& words, const Context& context) {
    const Arguments args(words, {"template"}, {"json"});
    args.ExpectPositional(1, 1, "ziwb document status WS [--template ID] [--json]");
    std::vector<core::DocumentTemplate> templates;
    if (const auto only = args.Option("template")) {
        templates.push_back(core::FindTemplate(context.program_dir, *only));
    } else {
        templates = core::LoadShippedTemplates(context.program_dir);
    }
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadOnly);
    const auto rows = core::DocumentStatus(workspace, templates);
    if (args.Flag("json")) {
        core::Json json = core::Json::array();
        for (const auto& row : rows) {
            json.push_back({{"template", row.template_id},
                            {"nip", row.nip},
                            {"name", row.name},
                            {"position", row.position},
                            {"signed", row.is_signed},
                            {"how", row.is_signed ? core::Json(row.how) : core::Json()},
                            {"date", row.is_signed ? core::Json(row.date) : core::Json()},
                            {"evidence", row.evidence_id > 0 ? core::Json(row.evidence_id) : core::Json()},
                            {"in_register", row.expected}});
        }
        Print(core::DumpJson(json) + "\n");
        return 0;
    }
    std::string out;
    std::string current;
    std::size_t signed_count = 0;
    std::size_t total = 0;
    const auto summary = [&] {
        if (!current.empty()) {
            out += Format(Tr("  {0} of {1} signed\n"), {std::to_string(signed_count), std::to_string(total)});
        }
    };
    for (const auto& row : rows) {
        if (row.template_id != current) {
            summary();
            out += row.template_name + " (" + row.template_id + ")\n";
            current = row.template_id;
            signed_count = 0;
            total = 0;
        }
        ++total;
        signed_count += row.is_signed ? 1 : 0;
        std::string state = Tr("not yet signed");
        if (row.is_signed) {
            state = Format(row.how == "ink" ? Tr("signed {0}, in ink") : Tr("signed {0}, electronically"), {row.date});
            if (row.evidence_id > 0) {
                state += " " + Format(Tr("(evidence {0})"), {std::to_string(row.evidence_id)});
            }
        }
        out += "  " + row.nip + "  " + core::OneLine(row.name) + "  " + state +
               (row.expected ? "" : " " + Tr("(no longer expected to sign)")) + "\n";
    }
    summary();
    Print(out.empty() ? Tr("Nobody is expected to sign yet: the team register is empty.") + "\n" : out);
    return 0;
}

int Signed(const std::vector<std::string>& words, const Context& context) {
    const Arguments args(words, {"template", "date", "author"}, {});
    args.ExpectPositional(2, 2, "ziwb document signed WS DIR [--template pakta-integritas] [--date YYYY-MM-DD]");
    const core::DocumentTemplate document =
        core::FindTemplate(context.program_dir, args.Option("template").value_or("pakta-integritas"));
    const std::string date = DateOption(args);
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    core::SignedScanPlan plan = core::PlanSignedScans(workspace, document, args.PositionalPath(1));
    for (const auto& problem : plan.problems) {
        std::cerr << "ziwb: " << problem << "\n";
    }
    core::AttachSignedScans(workspace, document, plan, date, AuthorOption(args));
    std::string out;
    for (const auto& scan : plan.scans) {
        out += Format(
            scan.electronic ? Tr("{0}: {1} ({2}) signed electronically (TTE), evidence {3}\n")
                            : Tr("{0}: {1} ({2}) signed, evidence {3}\n"),
            {core::OneLine(scan.file_name), core::OneLine(scan.name), scan.nip, std::to_string(scan.evidence_id)});
    }
    out += plan.criterion.empty()
               ? Format(Tr("{0} scan(s) attached; this workspace's form names no criterion for {1}.\n"),
                        {std::to_string(plan.scans.size()), document.name})
               : Format(Tr("{0} scan(s) attached as evidence of {1}.\n"),
                        {std::to_string(plan.scans.size()), plan.criterion});
    Print(out);
    return 0;
}

int LetterheadCommand(const std::vector<std::string>& words) {
    static const std::string usage =
        "ziwb document letterhead WS [--line TEXT]... [--logo FILE.png|FILE.jpg] [--no-logo]";
    // --line repeats (one per line of the kop surat); Arguments keeps one value per option.
    core::LetterheadChange change;
    std::vector<std::string> rest;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i] == "--line") {
            if (i + 1 >= words.size()) {
                throw UsageError(Format(Tr("--line needs the text of the line. Usage: {0}"), {usage}));
            }
            change.lines.push_back(words[++i]);
        } else {
            rest.push_back(words[i]);
        }
    }
    const Arguments args(rest, {"logo", "author"}, {"no-logo"});
    args.ExpectPositional(1, 1, usage);
    if (const auto logo = args.Option("logo")) {
        change.logo = core::PathFromUtf8(*logo);
    }
    change.remove_logo = args.Flag("no-logo");
    if (change.logo && change.remove_logo) {
        throw UsageError(Format(Tr("give --logo or --no-logo, not both. Usage: {0}"), {usage}));
    }
    const bool changing = !change.lines.empty() || change.logo || change.remove_logo;
    auto workspace = core::Workspace::Open(
        args.PositionalPath(0), changing ? core::Workspace::Access::ReadWrite : core::Workspace::Access::ReadOnly);
    if (changing) {
        core::SetLetterhead(workspace, change, AuthorOption(args));
    }
    const auto letterhead = core::LoadLetterhead(workspace);
    if (!letterhead) {
        Print(Tr("No letterhead yet: set it with --line (the authority, the unit, the address) and --logo.") + "\n");
        return 0;
    }
    std::string out;
    for (const auto& line : letterhead->lines) {
        out += "  " + core::OneLine(line) + "\n";
    }
    out += letterhead->logo_sha256.empty()
               ? Tr("no logo") + "\n"
               : Format(Tr("logo {0} ({1} bytes)"),
                        {letterhead->logo_sha256.substr(0, 12), std::to_string(letterhead->logo.size())}) +
                     "\n";
    Print(out);
    return 0;
}

int RunDocument(const std::vector<std::string>& words, const Context& context) {
    static const std::string usage = "ziwb document templates|make|status|signed|letterhead ...";
    if (words.empty()) {
        throw UsageError(Format(Tr("missing arguments. Usage: {0}"), {usage}));
    }
    const std::vector<std::string> rest(words.begin() + 1, words.end());
    if (words[0] == "templates") {
        return Templates(rest, context);
    }
    if (words[0] == "make") {
        return Make(rest, context);
    }
    if (words[0] == "status") {
        return Status(rest, context);
    }
    if (words[0] == "signed") {
        return Signed(rest, context);
    }
    if (words[0] == "letterhead") {
        return LetterheadCommand(rest);
    }
    throw UsageError(Format(Tr("unknown document command '{0}'. Usage: {1}"), {core::OneLine(words[0]), usage}));
}

// Registration runs at start-up; running out of memory there ends the program either way.
// NOLINTNEXTLINE(cert-err58-cpp)
const CommandRegistration kRegistrations[] = {
    CommandRegistration({"document", "ziwb document templates|make|status|signed|letterhead ...",
                         NoTr("Documents to sign (Pakta Integritas, ...), the letterhead, who has signed"), RunDocument,
                         215}),
};

}  // namespace
}  // namespace ziwb::cli
