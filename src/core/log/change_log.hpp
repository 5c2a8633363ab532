// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "log/log_entry.hpp"

namespace SQLite {
class Database;
}

namespace ziwb::core {

class Form;
class StatementCache;

/// Who signs this process's changes: the person set up on this machine (people/identity). `sign`
/// may ask for the passphrase the first time and throw UserError when it is wrong.
struct Signer {
    std::string name;
    std::string nip;
    std::string public_key;             ///< 64 hex
    bool passphrase_protected = false;  ///< evaluators and leaders must protect their key
    std::function<std::string(std::string_view)> sign;
};

/// The signer of every change this process records; none until a front end sets one.
void SetSessionSigner(std::shared_ptr<const Signer> signer);
[[nodiscard]] std::shared_ptr<const Signer> SessionSigner();

/// One user action, as the entry it becomes: several writes that belong together are one entry.
struct ChangeDraft {
    std::string kind;     ///< "answer.set", "prerequisite.set", "unit.details", "person.set", ...
    std::string layer;    ///< "unit", "tpi", "team"
    std::string summary;  ///< "Catatan A.I.1.i.a diubah"
    std::string action;   ///< the answer history's action ("set", "import", "details", ...)
    std::vector<std::pair<std::string, nlohmann::json>> writes;  ///< register key, whole new value
    /// Replace the latest entry instead of adding one when it is this author's open edit of the same
    /// registers (typing with pauses is one entry), not shared yet and younger than ten minutes.
    bool amend_open_edit = false;
};

/// Records one change in the caller's transaction: the entry follows the current heads, replaces
/// the versions of each register this copy holds, is signed when the workspace's team has keys,
/// checked against the form and the team register, stored, and projected into the tables. Returns
/// the entry's hash. Throws UserError (nothing changed once the caller rolls back) when the change
/// is not allowed or the key cannot sign.
std::string RecordChange(SQLite::Database& db, const Form& form, const ChangeDraft& draft,
                         const std::string& unsigned_author);

/// The assessment's id (32 hex), the same in every copy of it.
[[nodiscard]] std::string WorkspaceId(SQLite::Database& db);

/// One stored entry, in the order this copy applied it.
struct StoredEntry {
    long long seq = 0;
    std::string hash;
    std::string body;
    std::string signature;  ///< 64 raw bytes, empty when unsigned
};

[[nodiscard]] std::vector<StoredEntry> LoadLog(SQLite::Database& db);
/// The entries this copy stored after `after_seq` (what a sync has not offered yet).
[[nodiscard]] std::vector<StoredEntry> LoadLogAfter(SQLite::Database& db, long long after_seq);
[[nodiscard]] std::vector<std::string> LogHeads(SQLite::Database& db);
[[nodiscard]] bool HasEntry(SQLite::Database& db, const std::string& hash);
/// Stores an entry that has been checked (caller's transaction); its projection is separate.
void StoreEntry(SQLite::Database& db, const std::string& hash, const std::string& body, const std::string& signature);
/// The same two, with the statements of a batch that checks or applies many entries.
[[nodiscard]] bool HasEntry(StatementCache& statements, const std::string& hash);
void StoreEntry(StatementCache& statements, const std::string& hash, const std::string& body,
                const std::string& signature);

/// Registers that hold more than one standing version: the conflicts the coordinator resolves.
struct Conflict {
    std::string key;
    std::vector<std::string> versions;  ///< entry hashes, sorted
};
[[nodiscard]] std::vector<Conflict> LoadConflicts(SQLite::Database& db);
/// The standing versions of one register (entry hashes).
[[nodiscard]] std::vector<std::string> RegisterVersions(SQLite::Database& db, const std::string& key);

}  // namespace ziwb::core
