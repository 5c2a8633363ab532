// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/evidence_vault.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <chrono>

#include "common/calendar_date.hpp"
#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "evidence/blob_store.hpp"
#include "evidence/blob_verify.hpp"
#include "evidence/evidence_projection.hpp"
#include "io/safe_file.hpp"
#include "log/change_log.hpp"
#include "log/ids.hpp"
#include "scoring/answer.hpp"
#include "workspace/sqlite_errors.hpp"

namespace ziwb::core {
namespace {

using Json = nlohmann::json;

std::string ItemKey(const std::string& uid) {
    return "evidence/" + uid;
}

Json ItemValue(const std::string& kind, const std::string& title, const EvidenceDetails& details,
               const std::string& url, bool removed) {
    return Json{{"kind", kind},
                {"title", title},
                {"description", details.description},
                {"document_date", details.document_date},
                {"url", url},
                {"removed", removed}};
}

// The item as it stands, with `removed` as given: the whole value of its register.
Json CurrentItemValue(SQLite::Database& db, std::int64_t item, bool removed) {
    SQLite::Statement query(db,
                            "SELECT kind, title, description, COALESCE(document_date, ''), COALESCE(url, '') "
                            "FROM evidence_item WHERE id = ?");
    query.bind(1, item);
    if (!query.executeStep()) {
        throw UserError(Format(Tr("there is no evidence item {0} (see 'ziwb evidence list')"), {std::to_string(item)}));
    }
    EvidenceDetails details{query.getColumn(1).getString(), query.getColumn(2).getString(),
                            query.getColumn(3).getString()};
    return ItemValue(query.getColumn(0).getString(), details.title, details, query.getColumn(4).getString(), removed);
}

Json FileValue(const StoredBlob& blob, const CheckedFile& file) {
    return Json{{"sha256", blob.sha256},
                {"size", static_cast<std::int64_t>(blob.size)},
                {"file_name", file.file_name},
                {"media_type", file.media_type}};
}

void AddCriteriaWrites(ChangeDraft& draft, const std::string& uid, const std::vector<std::string>& codes) {
    std::vector<std::string> sorted = codes;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (const auto& code : sorted) {
        draft.writes.emplace_back(ItemKey(uid) + "/criterion/" + code, true);
    }
}

ChangeDraft EvidenceDraft(const char* kind, std::string summary, const char* action) {
    ChangeDraft draft;
    draft.kind = kind;
    draft.layer = "unit";
    draft.summary = std::move(summary);
    draft.action = action;
    return draft;
}

std::vector<std::int64_t> LocalIds(SQLite::Database& db, const std::vector<std::string>& uids) {
    std::vector<std::int64_t> ids;
    ids.reserve(uids.size());
    for (const auto& uid : uids) {
        ids.push_back(LocalEvidenceId(db, uid).value_or(0));
    }
    return ids;
}

}  // namespace

void CheckDocumentDate(const std::string& date) {
    const auto day = ReadIsoDate(date);
    if (!day || day->year() < std::chrono::year(1945)) {
        throw UserError(Format(Tr("'{0}' is not a date as YYYY-MM-DD (for example 2026-03-15)"), {OneLine(date)}));
    }
    if (!day->ok()) {
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
    std::vector<NewEvidenceFile> each;
    each.reserve(files.size());
    for (const auto& file : files) {
        each.push_back({codes, file, details});
    }
    return AddEach(each, author, progress);
}

std::vector<std::int64_t> EvidenceVault::AddEach(const std::vector<NewEvidenceFile>& files, const std::string& author,
                                                 ProgressSink& progress) {
    for (const auto& added : files) {
        for (const auto& code : added.codes) {
            (void)RequireCriterion(m_workspace.FormInUse(), code);
        }
        CheckEvidenceText(added.details, author);
        CheckEvidenceFileName(added.file.file_name);
    }
    std::vector<std::string> uids;
    m_workspace.RecordInTransaction(
        [&](SQLite::Database& db) -> std::optional<ChangeDraft> {
            uids.clear();
            ChangeDraft draft = EvidenceDraft(
                "evidence.add",
                files.size() == 1 ? Format(Tr("Evidence added: {0}"), {files.front().file.file_name})
                                  : Format(Tr("{0} evidence files added"), {std::to_string(files.size())}),
                "add");
            std::uint64_t stored = 0;
            for (const auto& added : files) {
                const CheckedFile& file = added.file;
                const StoredBlob blob = StoreBlob(db, file.path, progress, stored, file.size);
                stored += file.size;
                const std::string uid = NewUid();
                draft.writes.emplace_back(
                    ItemKey(uid), ItemValue("file", added.details.title.empty() ? file.file_name : added.details.title,
                                            added.details, {}, false));
                draft.writes.emplace_back(ItemKey(uid) + "/file", FileValue(blob, file));
                AddCriteriaWrites(draft, uid, added.codes);
                uids.push_back(uid);
            }
            return draft;
        },
        author);
    return GuardSqlite(PathToUtf8(m_workspace.Path()), [&] { return LocalIds(m_workspace.Database(), uids); });
}

int EvidenceVault::AddRevision(std::int64_t item, const CheckedFile& file, const std::string& author,
                               ProgressSink& progress) {
    const EvidenceItem existing = Require(item);
    if (existing.kind != "file") {
        throw UserError(Format(Tr("evidence {0} is a link; only files have revisions"), {std::to_string(item)}));
    }
    CheckUserText(author, Tr("the author"), kNameLimit);
    CheckEvidenceFileName(file.file_name);
    m_workspace.RecordInTransaction(
        [&](SQLite::Database& db) -> std::optional<ChangeDraft> {
            const StoredBlob blob = StoreBlob(db, file.path, progress, 0, file.size);
            ChangeDraft draft = EvidenceDraft(
                "evidence.revise", Format(Tr("Evidence {0} revised: {1}"), {std::to_string(item), file.file_name}),
                "revise");
            draft.writes.emplace_back(ItemKey(EvidenceUid(db, item)) + "/file", FileValue(blob, file));
            return draft;
        },
        author);
    return Require(item).revision;
}

std::int64_t EvidenceVault::AddLink(const std::vector<std::string>& codes, const std::string& url,
                                    const EvidenceDetails& details, const std::string& author) {
    CheckUserText(url, Tr("the web address"), kWebAddressLimit);
    CheckEvidenceUrl(url);
    if (details.title.empty()) {
        throw UserError(Tr("a link needs a title that says what it shows (--title)"));
    }
    for (const auto& code : codes) {
        (void)RequireCriterion(m_workspace.FormInUse(), code);
    }
    CheckEvidenceText(details, author);
    const std::string uid = NewUid();
    m_workspace.RecordInTransaction(
        [&](SQLite::Database&) -> std::optional<ChangeDraft> {
            ChangeDraft draft =
                EvidenceDraft("evidence.add", Format(Tr("Evidence link added: {0}"), {details.title}), "add");
            draft.writes.emplace_back(ItemKey(uid), ItemValue("link", details.title, details, url, false));
            AddCriteriaWrites(draft, uid, codes);
            return draft;
        },
        author);
    return GuardSqlite(PathToUtf8(m_workspace.Path()), [&] { return LocalIds(m_workspace.Database(), {uid}).front(); });
}

void EvidenceVault::LinkToCriterion(std::int64_t item, const std::string& code, const std::string& author) {
    (void)Require(item);
    (void)RequireCriterion(m_workspace.FormInUse(), code);
    m_workspace.RecordInTransaction(
        [&](SQLite::Database& db) -> std::optional<ChangeDraft> {
            SQLite::Statement linked(db, "SELECT 1 FROM evidence_criterion WHERE item_id = ? AND code = ?");
            linked.bind(1, item);
            linked.bind(2, code);
            if (linked.executeStep()) {
                return std::nullopt;  // already backs it: nothing changes
            }
            ChangeDraft draft = EvidenceDraft(
                "evidence.link", Format(Tr("Evidence {0} backs {1}"), {std::to_string(item), code}), "link");
            AddCriteriaWrites(draft, EvidenceUid(db, item), {code});
            return draft;
        },
        author);
}

std::vector<EvidenceItem> EvidenceVault::List(const std::string& code, bool include_removed) {
    return GuardSqlite(PathToUtf8(m_workspace.Path()), [&] {
        SQLite::Database& db = m_workspace.Database();
        std::vector<EvidenceItem> items;
        SQLite::Statement query(
            db,
            "SELECT i.id, i.kind, i.title, i.description, COALESCE(i.document_date, ''), COALESCE(i.url, ''), "
            "i.added_by, i.added_at, i.removed_at IS NOT NULL, COALESCE(r.revision, 0), COALESCE(r.file_name, ''), "
            "COALESCE(r.media_type, ''), COALESCE(b.size, 0), COALESCE(b.sha256, ''), "
            "COALESCE(b.chunks > 0 OR b.size = 0, 1) "
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
            item.received = query.getColumn(14).getInt() != 0;
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
        if (!BlobReceived(db, expected)) {
            throw UserError(Format(Tr("the file of evidence {0} has not been received yet: its entry came without it. "
                                      "Ask the sender for changes with evidence"),
                                   {std::to_string(item)}));
        }
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
    m_workspace.RecordInTransaction(
        [&](SQLite::Database& db) -> std::optional<ChangeDraft> {
            ChangeDraft draft =
                EvidenceDraft("evidence.remove", Format(Tr("Evidence {0} removed"), {std::to_string(item)}), "remove");
            draft.writes.emplace_back(ItemKey(EvidenceUid(db, item)), CurrentItemValue(db, item, true));
            return draft;
        },
        author);
}

void EvidenceVault::Restore(std::int64_t item, const std::string& author) {
    m_workspace.RecordInTransaction(
        [&](SQLite::Database& db) -> std::optional<ChangeDraft> {
            SQLite::Statement removed(db, "SELECT 1 FROM evidence_item WHERE id = ? AND removed_at IS NOT NULL");
            removed.bind(1, item);
            if (!removed.executeStep()) {
                throw UserError(Format(Tr("there is no removed evidence item {0}"), {std::to_string(item)}));
            }
            ChangeDraft draft = EvidenceDraft("evidence.restore",
                                              Format(Tr("Evidence {0} restored"), {std::to_string(item)}), "restore");
            draft.writes.emplace_back(ItemKey(EvidenceUid(db, item)), CurrentItemValue(db, item, false));
            return draft;
        },
        author);
}

VerifyReport EvidenceVault::Verify(ProgressSink& progress) {
    std::vector<BlobCheck> blobs;
    GuardSqlite(PathToUtf8(m_workspace.Path()), [&] {
        // Files named by entries that arrived without them are not damaged: they are counted apart.
        SQLite::Statement query(
            m_workspace.Database(),
            "SELECT id, sha256, size, chunks FROM blob WHERE NOT (chunks = 0 AND size > 0) ORDER BY id");
        while (query.executeStep()) {
            blobs.push_back({query.getColumn(0).getInt64(),
                             query.getColumn(1).getString(),
                             static_cast<std::uint64_t>(query.getColumn(2).getInt64()),
                             query.getColumn(3).getInt(),
                             {}});
        }
    });
    CheckBlobs(m_workspace.Path(), blobs, progress);
    return GuardSqlite(PathToUtf8(m_workspace.Path()), [&] {
        VerifyReport report;
        report.not_received = static_cast<std::size_t>(
            m_workspace.Database()
                .execAndGet("SELECT COUNT(*) FROM blob WHERE chunks = 0 AND size > 0 AND sha256 NOT LIKE 'pending-%'")
                .getInt64());
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
