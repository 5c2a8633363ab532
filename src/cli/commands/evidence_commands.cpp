// SPDX-License-Identifier: GPL-3.0-or-later
// evidence: the files and links backing each criterion (add, link, list, extract, remove,
// verify, import-folder, export).

#include <csignal>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <map>
#include <optional>

#include "commands/command_support.hpp"
#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "evidence/bundle_export.hpp"
#include "evidence/checklist.hpp"
#include "evidence/evidence_review.hpp"
#include "evidence/evidence_vault.hpp"
#include "evidence/folder_import.hpp"
#include "exit_codes.hpp"
#include "io/json.hpp"
#include "pdf_signatures/evidence_signatures.hpp"
#include "pdf_signatures/signature_text.hpp"

namespace ziwb::cli {

using core::Format;
using core::Tr;

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void OnInterrupt(int) {
    g_interrupted.store(true);
}

/// Progress on stderr, at most a few times a second; Ctrl-C asks the work to stop at a safe point.
class StderrProgress final : public core::ProgressSink {
public:
    StderrProgress() : m_terminal(core::StderrIsTerminal()) { std::signal(SIGINT, OnInterrupt); }
    StderrProgress(const StderrProgress&) = delete;
    StderrProgress& operator=(const StderrProgress&) = delete;
    ~StderrProgress() override {
        if (m_shown) {
            std::cerr << "\n";
        }
        std::signal(SIGINT, SIG_DFL);
    }
    void Report(std::uint64_t done, std::uint64_t total, std::string_view label) override {
        const auto now = std::chrono::steady_clock::now();
        if (!m_terminal || (now - m_last < std::chrono::milliseconds(250) && done < total)) {
            return;
        }
        m_last = now;
        m_shown = true;
        const double percent = total == 0 ? 100.0 : 100.0 * static_cast<double>(done) / static_cast<double>(total);
        std::cerr << "\r" << core::FormatNumber(percent, 0) << "%  " << std::string(label).substr(0, 60) << "\x1b[K"
                  << std::flush;
    }
    [[nodiscard]] bool CancelRequested() const override { return g_interrupted.load(); }

private:
    std::chrono::steady_clock::time_point m_last{};
    bool m_terminal;
    bool m_shown = false;
};

std::int64_t ItemId(const std::string& text) {
    return PositiveNumber(text, Tr("'{0}' is not an evidence number (see 'ziwb evidence list')"));
}

/// The size limit: --max-size MB (or ZIWB_EVIDENCE_MAX_MB), else the default 4 GiB.
core::EvidenceLimits Limits(const Arguments& args) {
    core::EvidenceLimits limits;
    std::optional<std::string> text = args.Option("max-size");
    if (!text) {
        if (const char* env = std::getenv("ZIWB_EVIDENCE_MAX_MB"); env != nullptr && env[0] != '\0') {
            text = env;
        }
    }
    if (text) {
        std::size_t used = 0;
        long long megabytes = 0;
        try {
            megabytes = std::stoll(*text, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used != text->size() || megabytes <= 0) {
            throw core::UserError(Format(Tr("--max-size takes a size in MB such as 500, not '{0}'"), {*text}));
        }
        limits.hard_limit = static_cast<std::uint64_t>(megabytes) << 20;
    }
    return limits;
}

core::EvidenceDetails Details(const Arguments& args) {
    return {args.Option("title").value_or(""), args.Option("description").value_or(""),
            args.Option("date").value_or("")};
}

int Add(const std::vector<std::string>& words) {
    static const std::string usage =
        "ziwb evidence add WS CODE FILE... [--title T] [--date YYYY-MM-DD] [--description D] [--max-size MB]";
    const Arguments args(words, {"title", "date", "description", "author", "max-size"}, {});
    args.ExpectPositional(3, 10000, usage);
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    core::EvidenceVault vault(workspace);
    const std::string code = args.Positional()[1];
    (void)core::RequireCriterion(workspace.FormInUse(), code);
    // All or nothing: every file is checked first, and all are stored in one transaction.
    std::vector<core::CheckedFile> files;
    std::vector<std::string> refused;
    for (std::size_t i = 2; i < args.Positional().size(); ++i) {
        try {
            files.push_back(core::CheckEvidenceFile(args.PositionalPath(i), Limits(args)));
        } catch (const core::UserError& problem) {
            refused.emplace_back(problem.what());
        }
    }
    if (!refused.empty()) {
        throw core::UserError(Format(Tr("nothing was added: {0} of {1} file(s) refused:"),
                                     {std::to_string(refused.size()), std::to_string(args.Positional().size() - 2)}) +
                              " " + core::OneLineList(refused));
    }
    for (const auto& checked : files) {
        if (!checked.warning.empty()) {
            std::cerr << Tr("warning:") << " " << checked.warning << "\n";
        }
    }
    std::vector<std::int64_t> ids;
    {
        StderrProgress progress;
        ids = vault.AddFiles({code}, files, Details(args), AuthorOption(args), progress);
    }
    std::string out;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        out += Format(Tr("Evidence {0}: {1} backs {2}.\n"), {std::to_string(ids[i]), files[i].file_name, code});
    }
    Print(out);
    return kExitDone;
}

int Revise(const std::vector<std::string>& words) {
    const Arguments args(words, {"author"}, {});
    args.ExpectPositional(3, 3, "ziwb evidence revise WS ITEM FILE");
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    core::EvidenceVault vault(workspace);
    StderrProgress progress;
    const auto checked = core::CheckEvidenceFile(args.PositionalPath(2), core::EvidenceLimits{});
    const int revision = vault.AddRevision(ItemId(args.Positional()[1]), checked, AuthorOption(args), progress);
    Print(Format(Tr("Evidence {0}: revision {1} ({2}); earlier revisions are kept.\n"),
                 {args.Positional()[1], std::to_string(revision), checked.file_name}));
    return 0;
}

int Link(const std::vector<std::string>& words) {
    const Arguments args(words, {"title", "date", "description", "author"}, {});
    args.ExpectPositional(3, 3, "ziwb evidence link WS CODE URL --title T [--date YYYY-MM-DD]");
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    core::EvidenceVault vault(workspace);
    const auto id = vault.AddLink({args.Positional()[1]}, args.Positional()[2], Details(args), AuthorOption(args));
    Print(Format(Tr("Evidence {0}: link backs {1}.\n"), {std::to_string(id), args.Positional()[1]}));
    return 0;
}

int Attach(const std::vector<std::string>& words) {
    const Arguments args(words, {"author"}, {});
    args.ExpectPositional(3, 3, "ziwb evidence attach WS ITEM CODE");
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    core::EvidenceVault(workspace).LinkToCriterion(ItemId(args.Positional()[1]), args.Positional()[2],
                                                   AuthorOption(args));
    Print(Format(Tr("Evidence {0} now also backs {1}.\n"), {args.Positional()[1], args.Positional()[2]}));
    return 0;
}

/// The roots the user trusts, for the signatures shown beside signed PDFs; none when the settings
/// folder cannot be found (the signatures then show their chain as not checked).
core::TrustStore UserTrust() {
    try {
        return core::TrustStore::Load({});
    } catch (const core::UserError&) {
        return {};
    }
}

/// A checklist state or review as users read it.
std::string StateLabel(const std::string& state) {
    static const std::pair<const char*, const char*> kLabels[] = {{"missing", NoTr("missing")},
                                                                  {"attached", NoTr("attached")},
                                                                  {"accepted", NoTr("accepted")},
                                                                  {"rejected", NoTr("rejected")},
                                                                  {"clear", NoTr("review cleared")}};
    for (const auto& [id, label] : kLabels) {
        if (state == id) {
            return Tr(label);
        }
    }
    return state;
}

int List(const std::vector<std::string>& words) {
    const Arguments args(words, {}, {"json", "removed", "no-signatures"});
    args.ExpectPositional(1, 2, "ziwb evidence list WS [CODE] [--json] [--removed] [--no-signatures]");
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadOnly);
    const std::string code = args.Positional().size() > 1 ? args.Positional()[1] : std::string();
    if (!code.empty()) {
        (void)core::RequireCriterion(workspace.FormInUse(), code);
    }
    const auto items = core::EvidenceVault(workspace).List(code, args.Flag("removed"));
    // Looking for signatures reads every PDF of the list from the vault (some 1 s per GB):
    // --no-signatures lists at once.
    const bool any_pdf = !args.Flag("no-signatures") && std::any_of(items.begin(), items.end(), core::IsSignablePdf);
    const core::TrustStore trust = any_pdf ? UserTrust() : core::TrustStore();
    const auto signatures = [&](const core::EvidenceItem& item) {
        return any_pdf ? core::EvidenceSignatures(workspace, item, trust) : std::optional<core::PdfSignatureReport>();
    };
    // Each review layer's verdict on each item.
    std::map<std::string, std::map<std::int64_t, core::EvidenceItemReview>> reviews;
    for (const auto& layer : workspace.FormInUse().Layers()) {
        if (!layer.is_unit) {
            reviews.emplace(layer.id,
                            core::LoadEvidenceReviews(workspace, core::ParseLayer(workspace.FormInUse(), layer.id)));
        }
    }
    if (args.Flag("json")) {
        core::Json json = core::Json::array();
        for (const auto& item : items) {
            const auto signed_pdf = signatures(item);
            core::Json item_reviews = core::Json::object();
            for (const auto& [layer, by_item] : reviews) {
                if (const auto found = by_item.find(item.id); found != by_item.end()) {
                    item_reviews[layer] = {{"state", found->second.state},
                                           {"reason", found->second.reason},
                                           {"by", found->second.reviewed_by},
                                           {"at", found->second.at}};
                }
            }
            json.push_back({{"id", item.id},
                            {"kind", item.kind},
                            {"title", item.title},
                            {"description", item.description},
                            {"document_date", item.document_date},
                            {"url", item.url},
                            {"file_name", item.file_name},
                            {"media_type", item.media_type},
                            {"size", item.size},
                            {"sha256", item.sha256},
                            {"revision", item.revision},
                            {"added_by", item.added_by},
                            {"added_at", item.added_at},
                            {"removed", item.removed},
                            {"received", item.received},
                            {"codes", item.codes},
                            {"signatures", signed_pdf ? core::SignatureReportJson(*signed_pdf) : core::Json()},
                            {"reviews", std::move(item_reviews)}});
        }
        Print(core::DumpJson(json) + "\n");
        return 0;
    }
    std::string out;
    for (const auto& item : items) {
        std::string codes;
        for (const auto& c : item.codes) {
            codes += (codes.empty() ? "" : ",") + c;
        }
        out += std::to_string(item.id) + "  " + codes + "  " + item.title + "  " +
               (item.kind == "link"
                    ? item.url
                    : item.file_name + " (" + core::FormatNumber(static_cast<double>(item.size) / 1024.0, 0) +
                          " KB, rev " + std::to_string(item.revision) + ", " + item.sha256.substr(0, 12) + ")") +
               (item.document_date.empty() ? "" : "  " + item.document_date) +
               (item.removed ? "  [" + Tr("removed") + "]" : "") +
               (item.received ? "" : "  [" + Tr("not received yet") + "]") + "\n";
        if (const auto signed_pdf = signatures(item)) {
            out += "    " + core::SignatureSummary(*signed_pdf) + "\n";
        }
        for (const auto& [layer, by_item] : reviews) {
            if (const auto found = by_item.find(item.id); found != by_item.end()) {
                out += "    " + layer + ": " + StateLabel(found->second.state) +
                       (found->second.reason.empty() ? "" : " (" + found->second.reason + ")") + "\n";
            }
        }
    }
    Print(out.empty() ? Tr("No evidence yet.") + "\n" : out);
    return 0;
}

int Extract(const std::vector<std::string>& words) {
    const Arguments args(words, {"revision"}, {});
    args.ExpectPositional(3, 3, "ziwb evidence extract WS ITEM OUT [--revision N]");
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadOnly);
    const int revision = args.Option("revision") ? static_cast<int>(ItemId(*args.Option("revision"))) : 0;
    core::EvidenceVault(workspace).Extract(ItemId(args.Positional()[1]), revision, args.PositionalPath(2));
    Print(Format(Tr("Wrote {0} (SHA-256 checked).\n"), {args.Positional()[2]}));
    return 0;
}

int Remove(const std::vector<std::string>& words) {
    const Arguments args(words, {"author"}, {});
    args.ExpectPositional(2, 2, "ziwb evidence remove WS ITEM");
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    core::EvidenceVault(workspace).Remove(ItemId(args.Positional()[1]), AuthorOption(args));
    Print(Format(Tr("Evidence {0} removed; its file and history stay in the workspace.\n"), {args.Positional()[1]}));
    return 0;
}

int Verify(const std::vector<std::string>& words) {
    const Arguments args(words, {}, {});
    args.ExpectPositional(1, 1, "ziwb evidence verify WS");
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadOnly);
    core::VerifyReport report;
    {
        StderrProgress progress;
        report = core::EvidenceVault(workspace).Verify(progress);
    }
    std::string out =
        Format(Tr("{0} stored file(s), {1} MB checked.\n"),
               {std::to_string(report.files), core::FormatNumber(static_cast<double>(report.bytes) / (1 << 20), 1)});
    if (report.not_received > 0) {
        out += Format(Tr("{0} file(s) named by received changes have not arrived yet (not damage): ask for changes "
                         "with evidence.\n"),
                      {std::to_string(report.not_received)});
    }
    for (const auto& problem : report.problems) {
        std::string items;
        for (const auto item : problem.items) {
            items += (items.empty() ? "" : ", ") + std::to_string(item);
        }
        std::string codes;
        for (const auto& code : problem.codes) {
            codes += (codes.empty() ? "" : ", ") + code;
        }
        out += Format(
            Tr("DAMAGED: file {0}: {1}; evidence {2}, criteria {3}\n"),
            {problem.sha256.substr(0, 16), problem.problem, items.empty() ? "-" : items, codes.empty() ? "-" : codes});
    }
    Print(out);
    return report.problems.empty() ? kExitDone : kExitFindings;
}

int ImportFolder(const std::vector<std::string>& words) {
    const Arguments args(words, {"author", "max-size"}, {"dry-run"});
    args.ExpectPositional(2, 2, "ziwb evidence import-folder WS DIR [--dry-run] [--max-size MB]");
    const bool dry_run = args.Flag("dry-run");
    auto workspace = core::Workspace::Open(
        args.PositionalPath(0), dry_run ? core::Workspace::Access::ReadOnly : core::Workspace::Access::ReadWrite);
    auto plan = core::PlanFolderImport(workspace.FormInUse(), args.PositionalPath(1), Limits(args));
    if (!dry_run) {
        StderrProgress progress;
        core::ImportFolder(workspace, plan, Limits(args), AuthorOption(args), progress);
    }
    std::string out;
    std::size_t refused = 0;
    for (const auto& entry : plan.entries) {
        if (entry.problem.empty()) {
            out += "  " + entry.code + "  <-  " + entry.relative +
                   (entry.warning.empty() ? "" : "  (" + entry.warning + ")") + "\n";
        } else {
            out += "  " + Tr("NOT IMPORTED") + "  " + entry.relative + ": " + entry.problem + "\n";
            ++refused;
        }
    }
    out += Format(dry_run ? Tr("Dry run: {0} file(s) would be imported, {1} not. Nothing was written.\n")
                          : Tr("{0} file(s) imported, {1} not.\n"),
                  {std::to_string(plan.entries.size() - refused), std::to_string(refused)});
    Print(out);
    return refused == 0 ? kExitDone : kExitBadInput;
}

int ExportBundle(const std::vector<std::string>& words) {
    const Arguments args(words, {}, {});
    args.ExpectPositional(2, 2, "ziwb evidence export WS DIR");
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadOnly);
    core::BundleReport report;
    {
        StderrProgress progress;
        report = core::ExportEvidenceBundle(workspace, args.PositionalPath(1), progress);
    }
    Print(Format(Tr("Wrote {0}: {1} file(s), {2} link(s), index.html, index.csv and SHA256SUMS (check with "
                    "'sha256sum -c SHA256SUMS').\n"),
                 {args.Positional()[1], std::to_string(report.files), std::to_string(report.links)}));
    return 0;
}

int Checklist(const std::vector<std::string>& words) {
    const Arguments args(words, {"layer"}, {"json"});
    args.ExpectPositional(2, 2, "ziwb evidence checklist WS CODE [--json]");
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadOnly);
    const auto entries = core::LoadChecklist(
        workspace, args.Positional()[1], core::ParseLayer(workspace.FormInUse(), args.Option("layer").value_or("tpi")));
    if (args.Flag("json")) {
        core::Json json = core::Json::array();
        for (const auto& entry : entries) {
            json.push_back({{"key", entry.key},
                            {"title", entry.title},
                            {"suggested_by_form", entry.suggested_by_form},
                            {"state", entry.state},
                            {"reason", entry.reason},
                            {"items", entry.items}});
        }
        Print(core::DumpJson(json) + "\n");
        return 0;
    }
    std::string out;
    for (const auto& entry : entries) {
        std::string items;
        for (const auto item : entry.items) {
            items += (items.empty() ? "" : ",") + std::to_string(item);
        }
        out += "[" + StateLabel(entry.state) + "]  " + entry.key + "  " + entry.title +
               (items.empty() ? "" : "  <- " + items) + (entry.reason.empty() ? "" : "  (" + entry.reason + ")") + "\n";
    }
    Print(out);
    return 0;
}

int ChecklistAdd(const std::vector<std::string>& words) {
    const Arguments args(words, {"author"}, {});
    args.ExpectPositional(3, 3, "ziwb evidence checklist-add WS CODE TITLE");
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    const std::string key =
        core::AddChecklistItem(workspace, args.Positional()[1], args.Positional()[2], AuthorOption(args));
    Print(Format(Tr("Checklist line {0} added to {1}.\n"), {key, args.Positional()[1]}));
    return 0;
}

int ChecklistAttach(const std::vector<std::string>& words) {
    const Arguments args(words, {"author"}, {});
    args.ExpectPositional(3, 3, "ziwb evidence checklist-attach WS KEY ITEM");
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    core::AttachToChecklist(workspace, args.Positional()[1], ItemId(args.Positional()[2]), AuthorOption(args));
    Print(Format(Tr("Evidence {0} attached to {1}.\n"), {args.Positional()[2], args.Positional()[1]}));
    return 0;
}

int ChecklistDetach(const std::vector<std::string>& words) {
    const Arguments args(words, {"author"}, {});
    args.ExpectPositional(3, 3, "ziwb evidence checklist-detach WS KEY ITEM");
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    core::DetachFromChecklist(workspace, args.Positional()[1], ItemId(args.Positional()[2]), AuthorOption(args));
    Print(Format(Tr("Evidence {0} detached from {1}.\n"), {args.Positional()[2], args.Positional()[1]}));
    return 0;
}

int Review(const std::vector<std::string>& words) {
    const Arguments args(words, {"reason", "layer", "author"}, {});
    args.ExpectPositional(3, 3, "ziwb evidence review WS KEY accepted|rejected|clear [--reason R] [--layer tpi]");
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    const core::Layer layer = core::ParseLayer(workspace.FormInUse(), args.Option("layer").value_or("tpi"));
    core::ReviewChecklist(workspace, args.Positional()[1], layer, args.Positional()[2],
                          args.Option("reason").value_or(""), AuthorOption(args));
    Print(Format(Tr("{0}: {1}.\n"), {args.Positional()[1], StateLabel(args.Positional()[2])}));
    return 0;
}

int ReviewItem(const std::vector<std::string>& words) {
    const Arguments args(words, {"reason", "layer", "author"}, {});
    args.ExpectPositional(3, 3, "ziwb evidence review-item WS ITEM accepted|rejected|clear [--reason R] [--layer tpi]");
    auto workspace = core::Workspace::Open(args.PositionalPath(0), core::Workspace::Access::ReadWrite);
    const core::Layer layer = core::ParseLayer(workspace.FormInUse(), args.Option("layer").value_or("tpi"));
    core::ReviewEvidenceItem(workspace, ItemId(args.Positional()[1]), layer, args.Positional()[2],
                             args.Option("reason").value_or(""), AuthorOption(args));
    Print(Format(Tr("Evidence {0}: {1}.\n"), {args.Positional()[1], StateLabel(args.Positional()[2])}));
    return 0;
}

int RunEvidence(const std::vector<std::string>& words, const Context&) {
    static const std::string usage =
        "ziwb evidence add|revise|link|attach|list|extract|remove|verify|import-folder|export|checklist|checklist-add|"
        "checklist-attach|checklist-detach|review|review-item WS ...";
    if (words.empty()) {
        throw UsageError(Format(Tr("missing arguments. Usage: {0}"), {usage}));
    }
    const std::vector<std::string> rest(words.begin() + 1, words.end());
    static const std::pair<const char*, int (*)(const std::vector<std::string>&)> kSubcommands[] = {
        {"add", Add},
        {"revise", Revise},
        {"link", Link},
        {"attach", Attach},
        {"list", List},
        {"extract", Extract},
        {"remove", Remove},
        {"verify", Verify},
        {"import-folder", ImportFolder},
        {"export", ExportBundle},
        {"checklist", Checklist},
        {"checklist-add", ChecklistAdd},
        {"checklist-attach", ChecklistAttach},
        {"checklist-detach", ChecklistDetach},
        {"review", Review},
        {"review-item", ReviewItem}};
    for (const auto& [name, run] : kSubcommands) {
        if (words[0] == name) {
            return run(rest);
        }
    }
    throw UsageError(Format(Tr("unknown evidence command '{0}'. Usage: {1}"), {words[0], usage}));
}

// Registration runs at start-up; running out of memory there ends the program either way.
// NOLINTNEXTLINE(cert-err58-cpp)
const CommandRegistration kRegistrations[] = {
    CommandRegistration(
        {"evidence",
         "ziwb evidence add|revise|link|attach|list|extract|remove|verify|import-folder|export|checklist|checklist-add|"
         "checklist-attach|checklist-detach|review|review-item WS ...",
         NoTr("Evidence (bukti dukung): files and links backing criteria, kept and verified in the workspace"),
         RunEvidence, 150}),
};

}  // namespace
}  // namespace ziwb::cli
