// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/change_log.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <mutex>

#include "common/error.hpp"
#include "common/text.hpp"
#include "log/authority.hpp"
#include "log/projection.hpp"
#include "workspace/statement_cache.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {
namespace {

constexpr int kAmendWindowSeconds = 10 * 60;

std::mutex& SignerMutex() {
    static std::mutex mutex;
    return mutex;
}
std::shared_ptr<const Signer>& SignerSlot() {
    static std::shared_ptr<const Signer> signer;
    return signer;
}

long long SecondsOf(const std::string& iso) {
    std::tm parts{};
    if (iso.size() != 20) {
        return 0;
    }
    parts.tm_year = std::stoi(iso.substr(0, 4)) - 1900;
    parts.tm_mon = std::stoi(iso.substr(5, 2)) - 1;
    parts.tm_mday = std::stoi(iso.substr(8, 2));
    parts.tm_hour = std::stoi(iso.substr(11, 2));
    parts.tm_min = std::stoi(iso.substr(14, 2));
    parts.tm_sec = std::stoi(iso.substr(17, 2));
    // Days from civil (Howard Hinnant): no time zone involved.
    const int y = parts.tm_year + 1900 - (parts.tm_mon < 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int month = parts.tm_mon + 1;
    const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + parts.tm_mday - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const long long days = static_cast<long long>(era) * 146097 + doe - 719468;
    return days * 86400 + static_cast<long long>(parts.tm_hour) * 3600 + static_cast<long long>(parts.tm_min) * 60 +
           parts.tm_sec;
}

std::vector<std::string> KeysOf(const LogEntry& entry) {
    std::vector<std::string> keys;
    for (const auto& write : entry.writes) {
        keys.push_back(write.key);
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

struct Amended {
    std::vector<std::string> parents;
    std::vector<std::vector<std::string>> replaces;  // per write of the old entry, by key order
    std::vector<std::string> keys;
};

// Takes back the latest entry when the draft continues it, restoring the registers and heads as
// they were before it; returns what the new entry inherits.
std::optional<Amended> TakeBackOpenEdit(SQLite::Database& db, const ChangeDraft& draft, const std::string& author_key,
                                        const std::string& author_name, const std::string& now) {
    SQLite::Statement latest(db, "SELECT seq, hash, body FROM log_entry ORDER BY seq DESC LIMIT 1");
    if (!latest.executeStep()) {
        return std::nullopt;
    }
    const long long seq = latest.getColumn(0).getInt64();
    const std::string hash = latest.getColumn(1).getString();
    const auto* data = static_cast<const char*>(latest.getColumn(2).getBlob());
    const LogEntry old = DecodeEntry(std::string_view(data, static_cast<std::size_t>(latest.getColumn(2).getBytes())));
    latest.reset();
    std::vector<std::string> draft_keys;
    for (const auto& [key, value] : draft.writes) {
        draft_keys.push_back(key);
    }
    std::sort(draft_keys.begin(), draft_keys.end());
    SQLite::Statement shared(db, "SELECT value FROM meta WHERE key = 'shared_through_seq'");
    const long long shared_through = shared.executeStep() ? std::stoll(shared.getColumn(0).getString()) : 0;
    // The hash comes from the file, which may be a stranger's: bound, never spliced into the SQL.
    SQLite::Statement head_query(db, "SELECT COUNT(*) FROM log_head WHERE hash = ?");
    head_query.bind(1, hash);
    const bool is_head = head_query.executeStep() && head_query.getColumn(0).getInt() == 1;
    if (old.legacy || old.author_key != author_key || old.author_name != author_name || old.kind != draft.kind ||
        old.layer != draft.layer || KeysOf(old) != draft_keys || !is_head || seq <= shared_through ||
        SecondsOf(now) - SecondsOf(old.time) > kAmendWindowSeconds || SecondsOf(now) < SecondsOf(old.time)) {
        return std::nullopt;
    }
    Amended amended;
    amended.parents = old.parents;
    amended.keys = draft_keys;
    SQLite::Statement restore(db, "INSERT OR IGNORE INTO log_register (key, entry) VALUES (?, ?)");
    for (const auto& key : draft_keys) {
        for (const auto& write : old.writes) {
            if (write.key != key) {
                continue;
            }
            amended.replaces.push_back(write.replaces);
            for (const auto& replaced : write.replaces) {
                restore.bind(1, key);
                restore.bind(2, replaced);
                restore.exec();
                restore.reset();
            }
        }
    }
    for (const char* sql : {"DELETE FROM log_register WHERE entry = ?", "DELETE FROM answer_history WHERE entry = ?",
                            "DELETE FROM log_head WHERE hash = ?", "DELETE FROM log_entry WHERE hash = ?"}) {
        SQLite::Statement remove(db, sql);
        remove.bind(1, hash);
        remove.exec();
    }
    db.exec(
        "UPDATE sqlite_sequence SET seq = (SELECT COALESCE(MAX(seq), 0) FROM answer_history) "
        "WHERE name = 'answer_history'");
    SQLite::Statement head(db, "INSERT OR IGNORE INTO log_head (hash) VALUES (?)");
    for (const auto& parent : old.parents) {
        head.bind(1, parent);
        head.exec();
        head.reset();
    }
    return amended;
}

}  // namespace

void SetSessionSigner(std::shared_ptr<const Signer> signer) {
    const std::lock_guard lock(SignerMutex());
    SignerSlot() = std::move(signer);
}

std::shared_ptr<const Signer> SessionSigner() {
    const std::lock_guard lock(SignerMutex());
    return SignerSlot();
}

std::string WorkspaceId(SQLite::Database& db) {
    SQLite::Statement query(db, "SELECT value FROM meta WHERE key = 'workspace_id'");
    if (!query.executeStep()) {
        throw WorkspaceError(Tr("the workspace has no id: it was not made by this version of ZI Workbench"));
    }
    std::string id = query.getColumn(0).getString();
    if (!IsWorkspaceIdHex(id)) {
        throw WorkspaceError(Tr("the workspace's id is damaged"));
    }
    return id;
}

std::vector<std::string> LogHeads(SQLite::Database& db) {
    std::vector<std::string> heads;
    SQLite::Statement query(db, "SELECT hash FROM log_head ORDER BY hash");
    while (query.executeStep()) {
        heads.push_back(query.getColumn(0).getString());
    }
    return heads;
}

std::vector<std::string> RegisterVersions(SQLite::Database& db, const std::string& key) {
    std::vector<std::string> versions;
    SQLite::Statement query(db, "SELECT entry FROM log_register WHERE key = ? ORDER BY entry");
    query.bind(1, key);
    while (query.executeStep()) {
        versions.push_back(query.getColumn(0).getString());
    }
    return versions;
}

bool HasEntry(SQLite::Database& db, const std::string& hash) {
    StatementCache statements(db);
    return HasEntry(statements, hash);
}

bool HasEntry(StatementCache& statements, const std::string& hash) {
    SQLite::Statement& query = statements.Get("SELECT 1 FROM log_entry WHERE hash = ?");
    query.bind(1, hash);
    const bool held = query.executeStep();
    query.reset();
    return held;
}

void StoreEntry(SQLite::Database& db, const std::string& hash, const std::string& body, const std::string& signature) {
    StatementCache statements(db);
    StoreEntry(statements, hash, body, signature);
}

void StoreEntry(StatementCache& statements, const std::string& hash, const std::string& body,
                const std::string& signature) {
    SQLite::Statement& insert = statements.Get("INSERT INTO log_entry (hash, body, signature) VALUES (?, ?, ?)");
    insert.bind(1, hash);
    insert.bind(2, body.data(), static_cast<int>(body.size()));
    signature.empty() ? insert.bind(3) : insert.bind(3, signature.data(), static_cast<int>(signature.size()));
    insert.exec();
}

std::vector<StoredEntry> LoadLog(SQLite::Database& db) {
    return LoadLogAfter(db, 0);
}

std::vector<StoredEntry> LoadLogAfter(SQLite::Database& db, long long after_seq) {
    std::vector<StoredEntry> entries;
    SQLite::Statement query(db, "SELECT seq, hash, body, signature FROM log_entry WHERE seq > ? ORDER BY seq");
    query.bind(1, static_cast<std::int64_t>(after_seq));
    while (query.executeStep()) {
        StoredEntry stored;
        stored.seq = query.getColumn(0).getInt64();
        stored.hash = query.getColumn(1).getString();
        const auto body = query.getColumn(2);
        stored.body.assign(static_cast<const char*>(body.getBlob()), static_cast<std::size_t>(body.getBytes()));
        const auto signature = query.getColumn(3);
        if (!signature.isNull()) {
            stored.signature.assign(static_cast<const char*>(signature.getBlob()),
                                    static_cast<std::size_t>(signature.getBytes()));
        }
        entries.push_back(std::move(stored));
    }
    return entries;
}

std::vector<Conflict> LoadConflicts(SQLite::Database& db) {
    std::vector<Conflict> conflicts;
    SQLite::Statement query(db,
                            "SELECT key, entry FROM log_register WHERE key IN "
                            "(SELECT key FROM log_register GROUP BY key HAVING COUNT(*) > 1) ORDER BY key, entry");
    while (query.executeStep()) {
        const std::string key = query.getColumn(0).getString();
        if (conflicts.empty() || conflicts.back().key != key) {
            conflicts.push_back({key, {}});
        }
        conflicts.back().versions.push_back(query.getColumn(1).getString());
    }
    return conflicts;
}

std::string RecordChange(SQLite::Database& db, const Form& form, const ChangeDraft& draft,
                         const std::string& unsigned_author) {
    const auto signer = SessionSigner();
    LogEntry entry;
    entry.workspace_id = WorkspaceId(db);
    entry.time = NowUtc();
    entry.layer = draft.layer;
    entry.kind = draft.kind;
    entry.summary = draft.summary;
    entry.action = draft.action;
    const bool keyed = RegisterHasKeys(db);
    bool first_key = false;
    if (signer && !keyed && draft.writes.size() == 1 && draft.writes[0].second.is_object()) {
        const auto& person = draft.writes[0].second;
        first_key = person.value("public_key", "") == signer->public_key && person.value("role", "") == "koordinator";
    }
    if (signer && (keyed || first_key)) {
        SQLite::Statement role(db, "SELECT role FROM person WHERE public_key = ?");
        role.bind(1, signer->public_key);
        if (role.executeStep() && !signer->passphrase_protected &&
            (role.getColumn(0).getString() == "evaluator" || role.getColumn(0).getString() == "pimpinan")) {
            throw UserError(
                Tr("evaluators and leaders sign with a key protected by a passphrase: run ziwb key init "
                   "--replace with --passphrase-file, and have the koordinator accept the new key"));
        }
        entry.author_key = signer->public_key;
        entry.author_name = signer->name;
    } else if (keyed) {
        throw UserError(
            Tr("this workspace's changes are signed by its team: set up your key (ziwb key init --name "
               "NAME --nip NIP) and ask the koordinator to add you to the team"));
    } else {
        entry.author_name = signer ? signer->name : unsigned_author;
    }

    std::optional<Amended> amended;
    if (draft.amend_open_edit) {
        amended = TakeBackOpenEdit(db, draft, entry.author_key, entry.author_name, entry.time);
    }
    entry.parents = amended ? amended->parents : LogHeads(db);
    for (const auto& [key, value] : draft.writes) {
        std::vector<std::string> replaces;
        if (amended) {
            const auto at = std::find(amended->keys.begin(), amended->keys.end(), key);
            replaces = amended->replaces[static_cast<std::size_t>(at - amended->keys.begin())];
        } else {
            replaces = RegisterVersions(db, key);
        }
        entry.writes.push_back({key, value, std::move(replaces)});
    }
    ValidateWrites(form, entry);
    if (const auto refusal = RefusalReason(db, form, entry)) {
        throw UserError(Format(Tr("this change is not allowed: {0}"), {*refusal}));
    }
    const std::string body = EncodeEntry(entry);
    std::string hash = EntryHash(body);
    const std::string signature = entry.Signed() ? signer->sign(body) : std::string();
    StoreEntry(db, hash, body, signature);
    ProjectEntry(db, form, entry, hash);
    return hash;
}

}  // namespace ziwb::core
