#include "evidence/evidence_vault.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <chrono>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "evidence/blob_store.hpp"
#include "evidence/blob_verify.hpp"
#include "io/safe_file.hpp"
#include "scoring/answer.hpp"
#include "workspace/sqlite_errors.hpp"

namespace ziwb::core {
namespace {

void History(SQLite::Database& db, std::int64_t item, const std::string& action, const std::string& detail,
             const std::string& author) {
    SQLite::Statement insert(
        db, "INSERT INTO evidence_history (item_id, action, detail, author, at) VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, item);
    insert.bind(2, action);
    insert.bind(3, detail);
    insert.bind(4, author);
    insert.bind(5, NowUtc());
    insert.exec();
}

void AddCriteria(SQLite::Database& db, std::int64_t item, const std::vector<std::string>& codes) {
    SQLite::Statement link(db, "INSERT OR IGNORE INTO evidence_criterion (item_id, code) VALUES (?, ?)");
    for (const auto& code : codes) {
        link.bind(1, item);
        link.bind(2, code);
        link.exec();
        link.reset();
    }
}

std::int64_t InsertItem(SQLite::Database& db, const std::string& kind, const std::string& title,
                        const EvidenceDetails& details, const std::string& url, const std::string& author) {
    SQLite::Statement insert(db,
                             "INSERT INTO evidence_item (kind, title, description, document_date, url, added_by, "
                             "added_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, kind);
    insert.bind(2, title);
    insert.bind(3, details.description);
    details.document_date.empty() ? insert.bind(4) : insert.bind(4, details.document_date);
    url.empty() ? insert.bind(5) : insert.bind(5, url);
    insert.bind(6, author);
    insert.bind(7, NowUtc());
    insert.exec();
    return db.getLastInsertRowid();
}

void InsertRevision(SQLite::Database& db, std::int64_t item, int revision, std::int64_t blob, const CheckedFile& file,
                    const std::string& author) {
    SQLite::Statement insert(db,
                             "INSERT INTO evidence_revision (item_id, revision, blob_id, file_name, media_type, "
                             "added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, item);
    insert.bind(2, revision);
    insert.bind(3, blob);
    insert.bind(4, file.file_name);
    insert.bind(5, file.media_type);
    insert.bind(6, author);
    insert.bind(7, NowUtc());
    insert.exec();
}

}  // namespace

void CheckDocumentDate(const std::string& date) {
    const bool shape = date.size() == 10 && date[4] == '-' && date[7] == '-' &&
                       std::all_of(date.begin(), date.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
    if (!shape || std::stoi(date.substr(0, 4)) < 1945) {
        throw UserError(Format(Tr("'{0}' is not a date as YYYY-MM-DD (for example 2026-03-15)"), {OneLine(date)}));
    }
    const std::chrono::year_month_day day{std::chrono::year(std::stoi(date.substr(0, 4))),
                                          std::chrono::month(static_cast<unsigned>(std::stoi(date.substr(5, 2)))),
                                          std::chrono::day(static_cast<unsigned>(std::stoi(date.substr(8, 2))))};
    if (!day.ok()) {
        throw UserError(Format(Tr("{0} is not a day of the calendar (that month has no such day)"), {date}));
    }
}

void CheckEvidenceText(const EvidenceDetails& details, const std::string& author) {
    CheckUserText(details.title, Tr("the title"), kTitleLimit);
    CheckUserText(details.description, Tr("the description"), kLongTextLimit);
    CheckUserText(author, Tr("the author"), kNameLimit);
    if (!details.document_date.empty()) {
        CheckDocumentDate(details.document_date);
    }
}

void CheckEvidenceFileName(const std::string& file_name) {
    CheckUserText(file_name, Format(Tr("the file name {0}"), {OneLine(file_name)}), kFileNameLimit);
}

EvidenceVault::EvidenceVault(Workspace& workspace) : m_workspace(workspace) {}

std::int64_t EvidenceVault::AddFile(const std::vector<std::string>& codes, const CheckedFile& file,
                                    const EvidenceDetails& details, const std::string& author, ProgressSink& progress) {
    return AddFiles(codes, {file}, details, author, progress).front();
}

std::vector<std::int64_t> EvidenceVault::AddFiles(const std::vector<std::string>& codes,
                                                  const std::vector<CheckedFile>& files, const EvidenceDetails& details,
                                                  const std::string& author, ProgressSink& progress) {
    for (const auto& code : codes) {
        (void)RequireCriterion(m_workspace.GetForm(), code);
    }
    CheckEvidenceText(details, author);
    for (const auto& file : files) {
        CheckEvidenceFileName(file.file_name);
    }
    return GuardSqlite(PathToUtf8(m_workspace.Path()), [&] {
        SQLite::Database& db = m_workspace.Database();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        std::vector<std::int64_t> items;
        for (const auto& file : files) {
            const StoredBlob blob = StoreBlob(db, file.path, progress, 0, file.size);
            const std::int64_t item =
                InsertItem(db, "file", details.title.empty() ? file.file_name : details.title, details, {}, author);
            InsertRevision(db, item, 1, blob.id, file, author);
            AddCriteria(db, item, codes);
            History(db, item, "add", file.file_name + " sha256:" + blob.sha256, author);
            items.push_back(item);
        }
        transaction.commit();
        return items;
    });
}

int EvidenceVault::AddRevision(std::int64_t item, const CheckedFile& file, const std::string& author,
                               ProgressSink& progress) {
    const EvidenceItem existing = Require(item);
    if (existing.kind != "file") {
        throw UserError(Format(Tr("evidence {0} is a link; only files have revisions"), {std::to_string(item)}));
    }
    CheckUserText(author, Tr("the author"), kNameLimit);
    CheckEvidenceFileName(file.file_name);
    return GuardSqlite(PathToUtf8(m_workspace.Path()), [&] {
        SQLite::Database& db = m_workspace.Database();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        const StoredBlob blob = StoreBlob(db, file.path, progress, 0, file.size);
        const int revision = existing.revision + 1;
        InsertRevision(db, item, revision, blob.id, file, author);
        History(db, item, "revise",
                "revision " + std::to_string(revision) + ": " + file.file_name + " sha256:" + blob.sha256, author);
        transaction.commit();
        return revision;
    });
}

std::int64_t EvidenceVault::AddLink(const std::vector<std::string>& codes, const std::string& url,
                                    const EvidenceDetails& details, const std::string& author) {
    CheckUserText(url, Tr("the web address"), kWebAddressLimit);
    CheckEvidenceUrl(url);
    if (details.title.empty()) {
        throw UserError(Tr("a link needs a title that says what it shows (--title)"));
    }
    for (const auto& code : codes) {
        (void)RequireCriterion(m_workspace.GetForm(), code);
    }
    CheckEvidenceText(details, author);
    return GuardSqlite(PathToUtf8(m_workspace.Path()), [&] {
        SQLite::Database& db = m_workspace.Database();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        const std::int64_t item = InsertItem(db, "link", details.title, details, url, author);
        AddCriteria(db, item, codes);
        History(db, item, "add", url, author);
        transaction.commit();
        return item;
    });
}

void EvidenceVault::LinkToCriterion(std::int64_t item, const std::string& code, const std::string& author) {
    (void)Require(item);
    (void)RequireCriterion(m_workspace.GetForm(), code);
    GuardSqlite(PathToUtf8(m_workspace.Path()), [&] {
        SQLite::Database& db = m_workspace.Database();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        AddCriteria(db, item, {code});
        History(db, item, "link", code, author);
        transaction.commit();
    });
}

std::vector<EvidenceItem> EvidenceVault::List(const std::string& code, bool include_removed) {
    return GuardSqlite(PathToUtf8(m_workspace.Path()), [&] {
        SQLite::Database& db = m_workspace.Database();
        std::vector<EvidenceItem> items;
        SQLite::Statement query(
            db,
            "SELECT i.id, i.kind, i.title, i.description, COALESCE(i.document_date, ''), COALESCE(i.url, ''), "
            "i.added_by, i.added_at, i.removed_at IS NOT NULL, COALESCE(r.revision, 0), COALESCE(r.file_name, ''), "
            "COALESCE(r.media_type, ''), COALESCE(b.size, 0), COALESCE(b.sha256, '') "
            "FROM evidence_item i "
            "LEFT JOIN evidence_revision r ON r.item_id = i.id AND r.revision = "
            "  (SELECT MAX(revision) FROM evidence_revision WHERE item_id = i.id) "
            "LEFT JOIN blob b ON b.id = r.blob_id "
            "WHERE (?1 = '' OR i.id IN (SELECT item_id FROM evidence_criterion WHERE code = ?1)) "
            "  AND (?2 OR i.removed_at IS NULL) ORDER BY i.id");
        query.bind(1, code);
        query.bind(2, include_removed ? 1 : 0);
        SQLite::Statement codes(db, "SELECT code FROM evidence_criterion WHERE item_id = ? ORDER BY code");
        while (query.executeStep()) {
            EvidenceItem item;
            item.id = query.getColumn(0).getInt64();
            item.kind = query.getColumn(1).getString();
            item.title = StoredText(query.getColumn(2).getString());
            item.description = StoredText(query.getColumn(3).getString());
            item.document_date = StoredText(query.getColumn(4).getString());
            item.url = StoredText(query.getColumn(5).getString());
            item.added_by = StoredText(query.getColumn(6).getString());
            item.added_at = StoredText(query.getColumn(7).getString());
            item.removed = query.getColumn(8).getInt() != 0;
            item.revision = query.getColumn(9).getInt();
            item.file_name = StoredText(query.getColumn(10).getString());
            item.media_type = query.getColumn(11).getString();
            item.size = static_cast<std::uint64_t>(query.getColumn(12).getInt64());
            item.sha256 = query.getColumn(13).getString();
            codes.bind(1, item.id);
            while (codes.executeStep()) {
                item.codes.push_back(codes.getColumn(0).getString());
            }
            codes.reset();
            items.push_back(std::move(item));
        }
        return items;
    });
}

EvidenceItem EvidenceVault::Require(std::int64_t item) {
    for (auto& found : List({}, true)) {
        if (found.id == item) {
            if (found.removed) {
                throw UserError(Format(Tr("evidence {0} was removed"), {std::to_string(item)}));
            }
            return found;
        }
    }
    throw UserError(Format(Tr("there is no evidence item {0} (see 'ziwb evidence list')"), {std::to_string(item)}));
}

void EvidenceVault::Extract(std::int64_t item, int revision, const std::filesystem::path& out) {
    RefuseDeviceName(out);
    const EvidenceItem found = Require(item);
    if (found.kind != "file") {
        throw UserError(Format(Tr("evidence {0} is a link ({1}), not a file"), {std::to_string(item), found.url}));
    }
    std::error_code ignored;
    if (std::filesystem::is_directory(out, ignored)) {
        // The stored name comes from whoever made the workspace: it must stay inside the folder.
        Extract(item, revision, ResolveInside(out, found.file_name));
        return;
    }
    GuardSqlite(PathToUtf8(m_workspace.Path()), [&] {
        SQLite::Database& db = m_workspace.Database();
        SQLite::Statement query(db,
                                "SELECT r.blob_id, b.sha256 FROM evidence_revision r JOIN blob b ON b.id = r.blob_id "
                                "WHERE r.item_id = ? AND r.revision = ?");
        query.bind(1, item);
        query.bind(2, revision == 0 ? found.revision : revision);
        if (!query.executeStep()) {
            throw UserError(
                Format(Tr("evidence {0} has no revision {1}"), {std::to_string(item), std::to_string(revision)}));
        }
        const std::int64_t blob = query.getColumn(0).getInt64();
        const std::string expected = query.getColumn(1).getString();
        SafeFile file(out, Overwrite::Allowed);
        const std::string actual = ReadBlob(db, blob, [&](std::span<const std::byte> bytes) {
            file.Write(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
        });
        if (actual != expected) {
            throw WorkspaceError(Format(Tr("the stored copy of evidence {0} is damaged (its SHA-256 no longer "
                                           "matches); nothing was written. Run 'ziwb evidence verify'"),
                                        {std::to_string(item)}));
        }
        file.Commit();
    });
}

void EvidenceVault::Remove(std::int64_t item, const std::string& author) {
    (void)Require(item);
    GuardSqlite(PathToUtf8(m_workspace.Path()), [&] {
        SQLite::Database& db = m_workspace.Database();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement remove(db, "UPDATE evidence_item SET removed_by = ?, removed_at = ? WHERE id = ?");
        remove.bind(1, author);
        remove.bind(2, NowUtc());
        remove.bind(3, item);
        remove.exec();
        History(db, item, "remove", "", author);
        transaction.commit();
    });
}

void EvidenceVault::Restore(std::int64_t item, const std::string& author) {
    GuardSqlite(PathToUtf8(m_workspace.Path()), [&] {
        SQLite::Database& db = m_workspace.Database();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement restore(db,
                                  "UPDATE evidence_item SET removed_by = NULL, removed_at = NULL "
                                  "WHERE id = ? AND removed_at IS NOT NULL");
        restore.bind(1, item);
        if (restore.exec() != 1) {
            throw UserError(Format(Tr("there is no removed evidence item {0}"), {std::to_string(item)}));
        }
        History(db, item, "restore", "", author);
        transaction.commit();
    });
}

VerifyReport EvidenceVault::Verify(ProgressSink& progress) {
    std::vector<BlobCheck> blobs;
    GuardSqlite(m_workspace.Path().string(), [&] {
        SQLite::Statement query(m_workspace.Database(), "SELECT id, sha256, size FROM blob ORDER BY id");
        while (query.executeStep()) {
            blobs.push_back({query.getColumn(0).getInt64(),
                             query.getColumn(1).getString(),
                             static_cast<std::uint64_t>(query.getColumn(2).getInt64()),
                             {}});
        }
    });
    CheckBlobs(m_workspace.Path(), blobs, progress);
    return GuardSqlite(m_workspace.Path().string(), [&] {
        VerifyReport report;
        SQLite::Statement owners(m_workspace.Database(),
                                 "SELECT DISTINCT r.item_id, c.code FROM evidence_revision r "
                                 "LEFT JOIN evidence_criterion c ON c.item_id = r.item_id WHERE r.blob_id = ?");
        std::sort(blobs.begin(), blobs.end(), [](const BlobCheck& a, const BlobCheck& b) { return a.id < b.id; });
        for (const auto& blob : blobs) {
            report.files += 1;
            report.bytes += blob.size;
            if (blob.problem.empty()) {
                continue;
            }
            VerifyProblem found{blob.sha256, blob.problem, {}, {}};
            owners.bind(1, blob.id);
            while (owners.executeStep()) {
                const auto item = owners.getColumn(0).getInt64();
                if (std::find(found.items.begin(), found.items.end(), item) == found.items.end()) {
                    found.items.push_back(item);
                }
                if (!owners.getColumn(1).isNull()) {
                    found.codes.push_back(owners.getColumn(1).getString());
                }
            }
            owners.reset();
            report.problems.push_back(std::move(found));
        }
        return report;
    });
}

}  // namespace ziwb::core
