// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "common/progress.hpp"
#include "evidence/evidence_files.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

/// An evidence item as listed: a file (its latest revision) or a link, and the criteria it backs.
struct EvidenceItem {
    std::int64_t id = 0;
    std::string kind;  ///< "file" or "link"
    std::string title;
    std::string description;
    std::string document_date;  ///< the date the document is valid from (YYYY-MM-DD), or empty
    std::string url;
    std::string added_by;
    std::string added_at;
    bool removed = false;
    bool received = true;  ///< false: an entry named the file, its content has not arrived yet
    std::vector<std::string> codes;
    // Files: the latest revision.
    int revision = 0;
    std::string file_name;
    std::string media_type;
    std::uint64_t size = 0;
    std::string sha256;
};

/// Describes an item when it is added.
struct EvidenceDetails {
    std::string title;  ///< empty: the file name
    std::string description;
    std::string document_date;
};

/// A problem `Verify` found: a stored file whose content no longer matches its SHA-256, or a part
/// of it missing, with the items and criteria it backs.
struct VerifyProblem {
    std::string sha256;
    std::string problem;
    std::vector<std::int64_t> items;
    std::vector<std::string> codes;
};

struct VerifyReport {
    std::size_t files = 0;
    std::size_t not_received = 0;  ///< named by entries that came without their file: not damage
    std::uint64_t bytes = 0;
    std::vector<VerifyProblem> problems;
};

/// One file to add, with the criteria it backs and its details.
struct NewEvidenceFile {
    std::vector<std::string> codes;
    CheckedFile file;
    EvidenceDetails details;
};

/// The evidence of one workspace. Every operation is one transaction: an added file is either
/// wholly stored with its item, revision and criteria, or not at all.
class EvidenceVault {
public:
    explicit EvidenceVault(Workspace& workspace);

    std::int64_t AddFile(const std::vector<std::string>& codes, const CheckedFile& file, const EvidenceDetails& details,
                         const std::string& author, ProgressSink& progress);
    /// Several files backing the same criteria, all in one transaction: every file is stored, or
    /// (when one cannot be read) none. Returns the new items in the order of `files`.
    std::vector<std::int64_t> AddFiles(const std::vector<std::string>& codes, const std::vector<CheckedFile>& files,
                                       const EvidenceDetails& details, const std::string& author,
                                       ProgressSink& progress);
    /// Files each with their own criteria and details, all in one transaction and one log entry:
    /// every file is stored, or (when one cannot be read) none. Returns the new items in order.
    std::vector<std::int64_t> AddEach(const std::vector<NewEvidenceFile>& files, const std::string& author,
                                      ProgressSink& progress);
    /// A corrected file for an item; earlier revisions stay retrievable. Returns the revision number.
    int AddRevision(std::int64_t item, const CheckedFile& file, const std::string& author, ProgressSink& progress);
    std::int64_t AddLink(const std::vector<std::string>& codes, const std::string& url, const EvidenceDetails& details,
                         const std::string& author);
    /// Lets an item back one more criterion.
    void LinkToCriterion(std::int64_t item, const std::string& code, const std::string& author);
    /// Items backing `code` (all items when empty), in the order they were added.
    [[nodiscard]] std::vector<EvidenceItem> List(const std::string& code = {}, bool include_removed = false);
    /// Writes a revision's file (latest when 0), checking its SHA-256 on the way out; the file appears
    /// only when it is complete and correct.
    void Extract(std::int64_t item, int revision, const std::filesystem::path& out);
    /// Removes an item from the lists; its files and history stay in the workspace.
    void Remove(std::int64_t item, const std::string& author);
    /// Brings a removed item back to the lists (undo of Remove); recorded in its history.
    void Restore(std::int64_t item, const std::string& author);
    /// Re-hashes every stored file.
    [[nodiscard]] VerifyReport Verify(ProgressSink& progress);

private:
    [[nodiscard]] EvidenceItem Require(std::int64_t item);
    Workspace& m_workspace;
};

/// Checks a document date given as YYYY-MM-DD that is a real day (not 2026-02-31), from 1945 on;
/// throws UserError otherwise.
void CheckDocumentDate(const std::string& date);
/// Checks what a user gives with an item (README "Text limits"): valid UTF-8, one-line title up to
/// 500 characters, description up to 32,767, author up to 200, and a real document date.
void CheckEvidenceText(const EvidenceDetails& details, const std::string& author);
/// Checks a file's own name as stored: valid UTF-8, one line, up to 255 characters.
void CheckEvidenceFileName(const std::string& file_name);

}  // namespace ziwb::core
