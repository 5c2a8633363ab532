// SPDX-License-Identifier: GPL-3.0-or-later
// service report, service attach: the Standar Pelayanan as the attachment of the head's decree, the
// maklumat pelayanan, and their signed scans filed as evidence.
#include <fstream>
#include <sstream>

#include "commands/command_support.hpp"
#include "commands/service_support.hpp"
#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "documents/document_template.hpp"
#include "exit_codes.hpp"
#include "readiness/action_plan.hpp"
#include "services/fkp_documents.hpp"
#include "services/service_evidence.hpp"
#include "services/service_store.hpp"

namespace ziwb::cli {
namespace {

using core::Format;
using core::Tr;

constexpr std::uintmax_t kMaxTextFile = std::uintmax_t{16} * 1024 * 1024;

int Attach(const std::vector<std::string>& words) {
    const char* usage =
        "ziwb service attach WS --document standar-pelayanan|maklumat-pelayanan FILE [--service SERVICE] [--date "
        "YYYY-MM-DD] [--title TEXT]";
    const Arguments args(words, {"document", "service", "date", "title", "author"}, {});
    args.ExpectPositional(2, 2, usage);
    const std::string document = args.Require("document", usage);
    if (document != "standar-pelayanan" && document != "maklumat-pelayanan") {
        throw UsageError(Format(Tr("--document is standar-pelayanan or maklumat-pelayanan. Usage: {0}"), {usage}));
    }
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    std::string title = args.Option("title").value_or("");
    if (title.empty()) {
        if (document == "standar-pelayanan") {
            const core::Service service = core::FindService(workspace, args.Require("service", usage));
            title = "Standar Pelayanan " + service.name;
        } else {
            title = "Maklumat Pelayanan";
        }
    }
    const auto filed = core::FileServiceDocument(workspace, document, args.PositionalPath(1), title,
                                                 args.Option("date").value_or(core::TodayDate()), AuthorOption(args));
    Print(Format(Tr("Filed as evidence {0} of {1} (evidence line {2} ticked)"),
                 {std::to_string(filed.evidence_id), filed.criterion, std::to_string(filed.line)}) +
          "\n");
    return kExitDone;
}

int Report(const std::vector<std::string>& words, const Context& context) {
    const char* usage =
        "ziwb service report WS OUT_DIR [--service SERVICE] [--place P] [--date YYYY-MM-DD] [--person NIP] "
        "[--overwrite]";
    const Arguments args(words, {"service", "place", "date", "person"}, {"overwrite"});
    args.ExpectPositional(2, 2, usage);
    const auto& rules = core::InstalledServiceRules(context.program_dir);
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadOnly);
    std::vector<core::Service> catalogue = core::LoadServices(workspace);
    std::vector<core::DocumentTemplate> templates = core::LoadShippedTemplates(context.program_dir);
    if (const auto service = args.Option("service")) {
        // One service's standard only: the maklumat speaks for the whole catalogue, so it is left out
        // rather than made for one service.
        catalogue = {core::FindService(workspace, *service)};
        std::erase_if(templates,
                      [](const core::DocumentTemplate& t) { return t.scope != core::TemplateScope::Service; });
    }
    core::MakeRequest request;
    request.nip = args.Option("person");
    request.place = args.Option("place").value_or("");
    request.date = args.Option("date").value_or(core::TodayDate());
    request.overwrite = args.Flag("overwrite");
    const auto made = core::MakeServiceDocuments(workspace, rules, catalogue, templates, request,
                                                 args.PositionalPath(1), context.program_dir);
    std::string out;
    for (const auto& document : made) {
        out += core::PathToUtf8(document.path) + "  " + document.code + "\n";
    }
    out += Format(Tr("{0} document(s) written. Once signed, file each with: ziwb service attach WS --document "
                     "standar-pelayanan|maklumat-pelayanan SCAN.pdf"),
                  {std::to_string(made.size())}) +
           "\n";
    Print(out);
    return kExitDone;
}

}  // namespace

std::string ReadTextFile(const std::string& path) {
    const auto file = core::PathFromUtf8(path);
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    std::ifstream in(file, std::ios::binary);
    if (error || !in) {
        throw core::UserError(Format(Tr("cannot read {0}: check the name and that you may read it"), {path}));
    }
    if (size > kMaxTextFile) {
        throw core::UserError(Format(Tr("{0} is larger than 16 MB; split it"), {path}));
    }
    std::ostringstream text;
    text << in.rdbuf();
    if (!core::IsValidUtf8(text.str())) {
        throw core::UserError(Format(Tr("{0} is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in Excel)"), {path}));
    }
    return text.str();
}

int RunServiceDocuments(const std::string& verb, const std::vector<std::string>& words, const Context& context,
                        const char* usage) {
    if (verb == "report") {
        return Report(words, context);
    }
    if (verb == "attach") {
        return Attach(words);
    }
    throw UsageError(Format(Tr("unknown word '{0}'. Usage: {1}"), {verb, usage}));
}

}  // namespace ziwb::cli
