#include "evidence/evidence_vault.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <fstream>
#include <random>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "evidence/blob_store.hpp"
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
    int year = 0;
    int month = 0;
    int day = 0;
    char extra = 0;
    if (date.size() != 10 || std::sscanf(date.c_str(), "%4d-%2d-%2d%c", &year, &month, &day, &extra) != 3 ||
        year < 1945 || month < 1 || month > 12 || day < 1 || day > 31) {
        throw UserError(Format(Tr("'{0}' is not a date as YYYY-MM-DD (for example 2026-03-15)"), {date}));
    }
}

EvidenceVault::EvidenceVault(Workspace& workspace) : m_workspace(workspace) {}

std::int64_t EvidenceVault::AddFile(const std::vector<std::string>& codes, const CheckedFile& file,
                                    const EvidenceDetails& details, const std::string& author, ProgressSink& progress) {
    for (const auto& code : codes) {
        (void)RequireCriterion(m_workspace.GetForm(), code);
    }
    if (!details.document_date.empty()) {
        CheckDocumentDate(details.document_date);
    }
    return GuardSqlite(PathToUtf8(m_workspace.Path()), [&] {
        SQLite::Database& db = m_workspace.Database();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        const StoredBlob blob = StoreBlob(db, file.path, progress, 0, file.size);
        const std::int64_t item =
            InsertItem(db, "file", details.title.empty() ? file.file_name : details.title, details, {}, author);
        InsertRevision(db, item, 1, blob.id, file, author);
        AddCriteria(db, item, codes);
        History(db, item, "add", file.file_name + " sha256:" + blob.sha256, author);
        transaction.commit();
        return item;
    });
}

int EvidenceVault::AddRevision(std::int64_t item, const CheckedFile& file, const std::string& author,
                               ProgressSink& progress) {
    const EvidenceItem existing = Require(item);
    if (existing.kind != "file") {
        throw UserError(Format(Tr("evidence {0} is a link; only files have revisions"), {std::to_string(item)}));
    }
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
    CheckEvidenceUrl(url);
    if (details.title.empty()) {
        throw UserError(Tr("a link needs a title that says what it shows (--title)"));
    }
    for (const auto& code : codes) {
        (void)RequireCriterion(m_workspace.GetForm(), code);
    }
    if (!details.document_date.empty()) {
        CheckDocumentDate(details.document_date);
    }
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
            item.title = query.getColumn(2).getString();
            item.description = query.getColumn(3).getString();
            item.document_date = query.getColumn(4).getString();
            item.url = query.getColumn(5).getString();
            item.added_by = query.getColumn(6).getString();
            item.added_at = query.getColumn(7).getString();
            item.removed = query.getColumn(8).getInt() != 0;
            item.revision = query.getColumn(9).getInt();
            item.file_name = query.getColumn(10).getString();
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
        Extract(item, revision, out / found.file_name);
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
        std::random_device random;
        const auto temporary =
            out.parent_path() /
            PathFromUtf8(
                std::string(".").append(PathToUtf8(out.filename())).append(".part-").append(std::to_string(random())));
        {
            std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
            if (!file) {
                throw UserError(Format(Tr("cannot write {0}: check that the folder exists and you may write in it"),
                                       {PathToUtf8(out)}));
            }
            const std::string actual = ReadBlob(db, blob, [&](std::span<const std::byte> bytes) {
                file.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
            });
            file.close();
            if (!file) {
                std::filesystem::remove(temporary, ignored);
                throw UserError(Format(Tr("cannot write {0}: the disk may be full"), {PathToUtf8(out)}));
            }
            if (actual != expected) {
                std::filesystem::remove(temporary, ignored);
                throw WorkspaceError(Format(Tr("the stored copy of evidence {0} is damaged (its SHA-256 no longer "
                                               "matches); nothing was written. Run 'ziwb evidence verify'"),
                                            {std::to_string(item)}));
            }
        }
        std::filesystem::rename(temporary, out);
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

VerifyReport EvidenceVault::Verify(ProgressSink& progress) {
    return GuardSqlite(PathToUtf8(m_workspace.Path()), [&] {
        SQLite::Database& db = m_workspace.Database();
        VerifyReport report;
        std::uint64_t total = 0;
        {
            SQLite::Statement sum(db, "SELECT COALESCE(SUM(size), 0) FROM blob");
            sum.executeStep();
            total = static_cast<std::uint64_t>(sum.getColumn(0).getInt64());
        }
        SQLite::Statement blobs(db, "SELECT id, sha256, size FROM blob ORDER BY id");
        SQLite::Statement owners(db,
                                 "SELECT DISTINCT r.item_id, c.code FROM evidence_revision r "
                                 "LEFT JOIN evidence_criterion c ON c.item_id = r.item_id WHERE r.blob_id = ?");
        while (blobs.executeStep()) {
            if (progress.CancelRequested()) {
                throw Cancelled(Tr("verification cancelled"));
            }
            const std::int64_t id = blobs.getColumn(0).getInt64();
            const std::string sha = blobs.getColumn(1).getString();
            const auto size = static_cast<std::uint64_t>(blobs.getColumn(2).getInt64());
            std::string problem;
            std::uint64_t read = 0;
            try {
                const std::string actual = ReadBlob(db, id, [&](std::span<const std::byte> bytes) {
                    read += bytes.size();
                    progress.Report(report.bytes + read, total, sha.substr(0, 12));
                });
                if (actual != sha) {
                    problem = Tr("its content no longer matches its SHA-256 (changed or damaged)");
                } else if (read != size) {
                    problem = Tr("its size no longer matches");
                }
            } catch (const Error& error) {
                problem = error.what();
            }
            report.files += 1;
            report.bytes += size;
            if (!problem.empty()) {
                VerifyProblem found{sha, problem, {}, {}};
                owners.bind(1, id);
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
        }
        return report;
    });
}

}  // namespace ziwb::core
