// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/folder_import.hpp"

#include <SQLiteCpp/Database.h>

#include <algorithm>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"

namespace ziwb::core {
namespace {

std::vector<std::string> Tokens(const std::string& path) {
    std::vector<std::string> tokens;
    std::string current;
    for (const char c : path) {
        if (c == '/' || c == '.' || c == '_' || c == '-' || c == ' ' || c == '\\') {
            if (!current.empty()) {
                tokens.push_back(current);
                current.clear();
            }
        } else {
            current.push_back(c);
        }
    }
    if (!current.empty()) {
        tokens.push_back(current);
    }
    return tokens;
}

bool IsSeparator(char c) {
    return c == '.' || c == '_' || c == '-' || c == ' ';
}

}  // namespace

std::string TitleFromFileName(const std::string& file_name, const std::string& code) {
    const std::string stem = PathToUtf8(PathFromUtf8(file_name).stem());
    // The code leads the name with any of the separators teams use between its parts.
    std::size_t at = 0;
    for (const char c : code) {
        if (at >= stem.size() || (c == '.' ? !IsSeparator(stem[at]) : stem[at] != c)) {
            at = 0;
            break;
        }
        ++at;
    }
    if (at > 0 && at < stem.size() && !IsSeparator(stem[at])) {
        at = 0;  // "A.I.1.i.ab": not this code
    }
    while (at < stem.size() && IsSeparator(stem[at])) {
        ++at;
    }
    if (at == 0) {
        return stem.empty() ? file_name : stem;
    }
    const std::string title = stem.substr(at);
    return title.empty() ? file_name : title;
}

std::size_t FolderImportPlan::Mapped() const {
    return static_cast<std::size_t>(std::count_if(entries.begin(), entries.end(), [](const FolderImportEntry& e) {
        return !e.code.empty() && e.problem.empty();
    }));
}

std::string FindCriterionCode(const Form& form, const std::string& relative_path) {
    const auto tokens = Tokens(relative_path);
    std::string best;
    for (std::size_t start = 0; start < tokens.size(); ++start) {
        std::string code;
        for (std::size_t end = start; end < tokens.size() && end < start + 6; ++end) {
            code += (end == start ? "" : ".") + tokens[end];
            const FormNode* node = form.FindNode(code);
            // Later and longer matches win: a file name says more than the folder it sits in.
            if (node != nullptr && node->IsCriterion() && code.size() >= best.size()) {
                best = code;
            }
        }
    }
    return best;
}

FolderImportPlan PlanFolderImport(const Form& form, const std::filesystem::path& folder, const EvidenceLimits& limits) {
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error)) {
        throw UserError(Format(Tr("{0} is not a folder"), {PathToUtf8(folder)}));
    }
    FolderImportPlan plan;
    auto it = std::filesystem::recursive_directory_iterator(
        folder, std::filesystem::directory_options::skip_permission_denied, error);
    for (; !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
        const auto& entry = *it;
        std::error_code type_error;
        if (entry.is_directory(type_error)) {
            continue;
        }
        FolderImportEntry item;
        item.path = entry.path();
        item.relative = PathToUtf8(entry.path().lexically_relative(folder));
        try {
            const CheckedFile checked = CheckEvidenceFile(entry.path(), limits);
            item.size = checked.size;
            item.warning = checked.warning;
            item.code = FindCriterionCode(form, item.relative);
            if (item.code.empty()) {
                item.problem = Tr("no criterion code (such as A.I.1.i.a) in its folder or file name");
            }
        } catch (const UserError& refused) {
            item.problem = refused.what();
        }
        plan.entries.push_back(std::move(item));
    }
    if (error) {
        throw UserError(Format(Tr("{0} could not be read completely: {1}"), {PathToUtf8(folder), error.message()}));
    }
    std::sort(plan.entries.begin(), plan.entries.end(),
              [](const FolderImportEntry& a, const FolderImportEntry& b) { return a.relative < b.relative; });
    return plan;
}

namespace {

/// Reports the bytes of the whole import, not of one batch.
class ImportProgress final : public ProgressSink {
public:
    ImportProgress(ProgressSink& outer, std::uint64_t total) : m_outer(outer), m_total(total) {}
    void Report(std::uint64_t done, std::uint64_t, std::string_view label) override {
        m_outer.Report(m_base + done, m_total, label);
    }
    [[nodiscard]] bool CancelRequested() const override { return m_outer.CancelRequested(); }
    void Advance(std::uint64_t bytes) { m_base += bytes; }

private:
    ProgressSink& m_outer;
    std::uint64_t m_total;
    std::uint64_t m_base = 0;
};

/// Files are stored a batch at a time, one transaction and one log entry each. Every commit touches
/// the same dozen pages of the log and the item tables; with 64 KiB pages, committing each file on
/// its own journaled about 900 KB for every file, however small (issue 9: import writes each byte
/// once). A batch stays well under the 32 MiB page cache, so it is never spilled half way.
constexpr std::uint64_t kBatchBytes = std::uint64_t{16} << 20;
constexpr std::size_t kBatchFiles = 100;

NewEvidenceFile Checked(const FolderImportEntry& entry, const EvidenceLimits& limits) {
    // Checked again: the file may have changed since the plan was made.
    CheckedFile checked = CheckEvidenceFile(entry.path, limits);
    EvidenceDetails details;
    details.title = TitleFromFileName(checked.file_name, entry.code);
    return {{entry.code}, std::move(checked), std::move(details)};
}

/// Stores one batch. A file that fails its check is marked and left out; when one fails while it is
/// read (it changed under us), the batch is stored again file by file so only that one is refused.
void StoreBatch(EvidenceVault& vault, const std::vector<FolderImportEntry*>& batch, const EvidenceLimits& limits,
                const std::string& author, ImportProgress& progress) {
    std::vector<NewEvidenceFile> files;
    std::vector<FolderImportEntry*> kept;
    std::uint64_t bytes = 0;
    for (FolderImportEntry* entry : batch) {
        bytes += entry->size;
        try {
            files.push_back(Checked(*entry, limits));
            kept.push_back(entry);
        } catch (const UserError& failed) {
            entry->problem = failed.what();
        }
    }
    try {
        (void)vault.AddEach(files, author, progress);
    } catch (const Cancelled&) {
        throw;
    } catch (const WorkspaceError&) {
        throw;  // a full disk or a read-only workspace stops the whole import
    } catch (const UserError&) {
        std::uint64_t done = 0;
        for (std::size_t i = 0; i < kept.size(); ++i) {
            try {
                (void)vault.AddEach({files[i]}, author, progress);
            } catch (const Cancelled&) {
                throw;
            } catch (const WorkspaceError&) {
                throw;
            } catch (const UserError& failed) {
                kept[i]->problem = failed.what();
            }
            progress.Advance(kept[i]->size);
            done += kept[i]->size;
        }
        bytes -= done;
    }
    progress.Advance(bytes);
}

}  // namespace

void ImportFolder(Workspace& workspace, FolderImportPlan& plan, const EvidenceLimits& limits, const std::string& author,
                  ProgressSink& progress) {
    EvidenceVault vault(workspace);
    std::uint64_t total = 0;
    for (const auto& entry : plan.entries) {
        total += entry.problem.empty() && !entry.code.empty() ? entry.size : 0;
    }
    ImportProgress offset(progress, total);
    std::vector<FolderImportEntry*> batch;
    std::uint64_t batch_bytes = 0;
    const auto store = [&] {
        if (progress.CancelRequested()) {
            throw Cancelled(Tr("import cancelled; the files imported so far are kept"));
        }
        StoreBatch(vault, batch, limits, author, offset);
        batch.clear();
        batch_bytes = 0;
    };
    for (auto& entry : plan.entries) {
        if (!entry.problem.empty() || entry.code.empty()) {
            continue;
        }
        if (!batch.empty() && (batch_bytes + entry.size > kBatchBytes || batch.size() == kBatchFiles)) {
            store();
        }
        batch.push_back(&entry);
        batch_bytes += entry.size;
    }
    if (!batch.empty()) {
        store();
    }
}

}  // namespace ziwb::core
