// SPDX-License-Identifier: GPL-3.0-or-later
// pdf: electronic signatures in PDF files (PAdES, as BSrE's TTE makes them), verified offline, and
// the root certificates the user trusts to vouch for signers.
#include <cstddef>
#include <limits>
#include <string>
#include <vector>

#include "commands/command_support.hpp"
#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "exit_codes.hpp"
#include "io/json.hpp"
#include "pdf_signatures/signature_text.hpp"
#include "pdf_signatures/trusted_roots.hpp"
#include "pdf_signatures/verify_pdf.hpp"

namespace ziwb::cli {
namespace {

using core::Format;
using core::Tr;

int Verify(const std::vector<std::string>& words) {
    static const std::string usage = "ziwb pdf verify FILE.pdf... [--trust ROOT.pem] [--json]";
    const Arguments args(words, {"trust"}, {"json"});
    args.ExpectPositional(1, std::numeric_limits<std::size_t>::max(), usage);
    std::vector<std::filesystem::path> extra;
    if (const auto trust = args.Option("trust")) {
        extra.push_back(core::PathFromUtf8(*trust));
    }
    const core::TrustStore trust = core::TrustStore::Load(extra);
    bool all_hold = true;
    core::Json json = core::Json::array();
    std::string out;
    for (std::size_t i = 0; i < args.Positional().size(); ++i) {
        const std::string& label = args.Positional()[i];
        const core::PdfSignatureReport report = core::VerifyPdfSignatureFile(args.PositionalPath(i), trust);
        all_hold =
            all_hold && report.state == core::PdfFileState::Signed && core::StatusHolds(core::WorstStatus(report));
        if (args.Flag("json")) {
            core::Json entry = {{"file", label}};
            entry.update(core::SignatureReportJson(report));
            json.push_back(std::move(entry));
        } else {
            out += core::DescribeSignatures(report, label);
        }
    }
    if (args.Flag("json")) {
        Print(core::DumpJson(json) + "\n");
    } else {
        Print(out);
    }
    // Like `evidence verify`: an unsigned, changed, broken or unreadable file is a finding.
    return all_hold ? kExitDone : kExitFindings;
}

std::string RootLine(const core::TrustedRoot& root) {
    const auto& facts = root.facts;
    std::string name = facts.common_name.empty() ? facts.organization : facts.common_name;
    if (!facts.common_name.empty() && !facts.organization.empty()) {
        name += " (" + facts.organization + ")";
    }
    return facts.sha256.substr(0, 16) + "  " + name + "  " +
           Format(Tr("valid until {0}"), {facts.not_after.substr(0, 10)});
}

int TrustAdd(const std::vector<std::string>& words) {
    const Arguments args(words, {}, {});
    args.ExpectPositional(1, 1, "ziwb pdf trust add ROOT.pem");
    std::string out;
    for (const auto& root : core::AddTrustedRoots(args.PositionalPath(0))) {
        out += Format(root.already_trusted ? Tr("Already trusted: {0}\n") : Tr("Trusted: {0}\n"), {RootLine(root)});
    }
    Print(out);
    return kExitDone;
}

int TrustList(const std::vector<std::string>& words) {
    const Arguments args(words, {}, {"json"});
    args.ExpectPositional(0, 0, "ziwb pdf trust list [--json]");
    const auto list = core::ListTrustedRoots();
    for (const auto& problem : list.problems) {
        std::cerr << Tr("warning:") << " " << problem << "\n";
    }
    if (args.Flag("json")) {
        core::Json json = core::Json::array();
        for (const auto& root : list.roots) {
            json.push_back({{"sha256", root.facts.sha256},
                            {"name", root.facts.common_name},
                            {"organization", root.facts.organization},
                            {"not_before", root.facts.not_before},
                            {"not_after", root.facts.not_after},
                            {"file", core::PathToUtf8(root.file)}});
        }
        Print(core::DumpJson(json) + "\n");
        return kExitDone;
    }
    std::string out;
    for (const auto& root : list.roots) {
        out += RootLine(root) + "\n";
    }
    Print(out.empty() ? Tr("No trusted root yet: signers' certificate chains are not checked. Add one with 'ziwb pdf "
                           "trust add ROOT.pem'.") +
                            "\n"
                      : out);
    return kExitDone;
}

int TrustRemove(const std::vector<std::string>& words) {
    const Arguments args(words, {}, {});
    args.ExpectPositional(1, 1, "ziwb pdf trust remove FINGERPRINT");
    const auto removed = core::RemoveTrustedRoot(args.Positional()[0]);
    Print(Format(Tr("No longer trusted: {0}\n"), {RootLine(removed)}));
    return kExitDone;
}

int Trust(const std::vector<std::string>& words) {
    static const std::string usage = "ziwb pdf trust add ROOT.pem | list [--json] | remove FINGERPRINT";
    if (words.empty()) {
        throw UsageError(Format(Tr("missing arguments. Usage: {0}"), {usage}));
    }
    const std::vector<std::string> rest(words.begin() + 1, words.end());
    if (words[0] == "add") {
        return TrustAdd(rest);
    }
    if (words[0] == "list") {
        return TrustList(rest);
    }
    if (words[0] == "remove") {
        return TrustRemove(rest);
    }
    throw UsageError(Format(Tr("unknown pdf trust command '{0}'. Usage: {1}"), {core::OneLine(words[0]), usage}));
}

int RunPdf(const std::vector<std::string>& words, const Context&) {
    static const std::string usage = "ziwb pdf verify|trust ...";
    if (words.empty()) {
        throw UsageError(Format(Tr("missing arguments. Usage: {0}"), {usage}));
    }
    const std::vector<std::string> rest(words.begin() + 1, words.end());
    if (words[0] == "verify") {
        return Verify(rest);
    }
    if (words[0] == "trust") {
        return Trust(rest);
    }
    throw UsageError(Format(Tr("unknown pdf command '{0}'. Usage: {1}"), {core::OneLine(words[0]), usage}));
}

// Registration runs at start-up; running out of memory there ends the program either way.
// NOLINTNEXTLINE(cert-err58-cpp)
const CommandRegistration kRegistrations[] = {
    CommandRegistration({"pdf", "ziwb pdf verify FILE.pdf... [--trust ROOT.pem] [--json] | trust add|list|remove",
                         NoTr("Electronic signatures in PDF files (BSrE's TTE, PAdES), verified offline"), RunPdf,
                         217}),
};

}  // namespace
}  // namespace ziwb::cli
