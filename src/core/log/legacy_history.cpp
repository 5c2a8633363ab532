#include "log/legacy_history.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <openssl/rand.h>

#include <array>
#include <map>

#include "common/error.hpp"
#include "common/sha256.hpp"
#include "common/utf8.hpp"
#include "log/change_log.hpp"
#include "log/log_entry.hpp"

namespace ziwb::core {
namespace {

using Json = nlohmann::json;

std::string Meta(SQLite::Database& db, const char* key) {
    SQLite::Statement query(db, "SELECT value FROM meta WHERE key = ?");
    query.bind(1, key);
    return query.executeStep() ? query.getColumn(0).getString() : std::string();
}

std::string RandomId() {
    std::array<unsigned char, 16> bytes{};
    if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1) {
        throw Error("no random numbers from OpenSSL");
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id;
    for (const unsigned char byte : bytes) {
        id += kHex[byte >> 4U];
        id += kHex[byte & 0x0fU];
    }
    return id;
}

std::string Clean(const std::string& text) {
    bool repaired = false;
    return RepairUtf8(text, repaired);
}

std::string CleanTime(const std::string& text) {
    // Times the program wrote are ISO 8601 UTC; anything else (a damaged file) is kept as "unknown".
    const bool iso = text.size() == 20 && text[4] == '-' && text[10] == 'T' && text[19] == 'Z';
    return iso ? text : "1970-01-01T00:00:00Z";
}

class LegacyChain {
public:
    LegacyChain(SQLite::Database& db, std::string workspace_id) : m_db(db), m_workspace_id(std::move(workspace_id)) {}

    void Add(LogEntry entry) {
        entry.workspace_id = m_workspace_id;
        entry.legacy = true;
        if (!m_last.empty()) {
            entry.parents = {m_last};
        }
        const std::string body = EncodeEntry(entry);
        m_last = EntryHash(body);
        StoreEntry(m_db, m_last, body, {});
        m_entries.emplace_back(m_last, std::move(entry));
    }
    [[nodiscard]] const std::string& Last() const { return m_last; }
    [[nodiscard]] const std::vector<std::pair<std::string, LogEntry>>& Entries() const { return m_entries; }

private:
    SQLite::Database& m_db;
    std::string m_workspace_id;
    std::string m_last;
    std::vector<std::pair<std::string, LogEntry>> m_entries;
};

}  // namespace

void ConvertLegacyHistory(SQLite::Database& db) {
    const std::string created_at = Meta(db, "created_at");
    if (created_at.empty()) {
        // A new file: its creation becomes its first entry, written by Workspace::Create.
        db.exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('workspace_id', '" + RandomId() + "')");
        return;
    }
    std::string form_sha256;
    {
        SQLite::Statement form(db, "SELECT sha256 FROM form_copy WHERE singleton = 1");
        if (form.executeStep()) {
            form_sha256 = form.getColumn(0).getString();
        }
    }
    const std::string id =
        Sha256::HexOf("ziwb-workspace\n" + created_at + "\n" + form_sha256 + "\n" + Meta(db, "created_with"))
            .substr(0, 32);
    SQLite::Statement set_id(db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('workspace_id', ?)");
    set_id.bind(1, id);
    set_id.exec();

    LegacyChain chain(db, id);
    LogEntry created;
    created.author_name = "";
    created.time = CleanTime(created_at);
    created.layer = "unit";
    created.kind = "workspace.create";
    created.summary = "Workspace dibuat";
    created.action = "create";
    for (const char* field : {"unit_name", "agency", "year", "current_predicate"}) {
        created.writes.push_back({std::string("unit/") + field, Clean(Meta(db, field)), {}});
    }
    chain.Add(created);

    // Every register's standing version, so that each legacy entry replaces the one before it.
    std::map<std::string, std::string> standing;
    for (const auto& write : created.writes) {
        standing[write.key] = chain.Last();
    }
    const auto replaces = [&](const std::string& key) {
        const auto found = standing.find(key);
        return found == standing.end() ? std::vector<std::string>{} : std::vector<std::string>{found->second};
    };

    SQLite::Statement history(db,
                              "SELECT seq, layer, code, value, note, author, changed_at, action FROM answer_history "
                              "ORDER BY seq");
    std::vector<std::pair<long long, std::string>> row_entries;
    while (history.executeStep()) {
        const std::string layer = Clean(history.getColumn(1).getString());
        const std::string code = Clean(history.getColumn(2).getString());
        LogEntry entry;
        entry.author_name = Clean(history.getColumn(5).getString());
        entry.time = CleanTime(history.getColumn(6).getString());
        entry.action = Clean(history.getColumn(7).getString());
        entry.layer = layer;
        std::string key;
        Json value;
        if (code.rfind("details:", 0) == 0) {
            key = "unit/" + code.substr(8);
            value = Clean(history.getColumn(3).getString());
            entry.kind = "unit.details";
            entry.summary = "Data unit diubah";
        } else {
            key = "answer/" + layer + "/" + code;
            const auto stored = history.getColumn(3);
            const std::string note = Clean(history.getColumn(4).getString());
            value = Json{{"value", stored.isNull() ? Json() : Json(Clean(stored.getString()))}, {"note", note}};
            entry.kind = "answer.set";
            entry.summary = "Jawaban " + code + " diubah";
        }
        entry.writes.push_back({key, value, replaces(key)});
        chain.Add(entry);
        standing[key] = chain.Last();
        row_entries.emplace_back(history.getColumn(0).getInt64(), chain.Last());
    }
    history.reset();
    SQLite::Statement link(db, "UPDATE answer_history SET entry = ? WHERE seq = ?");
    for (const auto& [seq, hash] : row_entries) {
        link.bind(1, hash);
        link.bind(2, static_cast<int64_t>(seq));
        link.exec();
        link.reset();
    }

    SQLite::Statement prerequisites(db, "SELECT id, met, note, author, updated_at FROM prerequisite ORDER BY id");
    while (prerequisites.executeStep()) {
        LogEntry entry;
        const std::string key = "prerequisite/" + Clean(prerequisites.getColumn(0).getString());
        entry.author_name = Clean(prerequisites.getColumn(3).getString());
        entry.time = CleanTime(prerequisites.getColumn(4).getString());
        entry.layer = "unit";
        entry.kind = "prerequisite.set";
        entry.summary = "Prasyarat diubah";
        entry.action = "prerequisite";
        entry.writes.push_back({key,
                                Json{{"met", prerequisites.getColumn(1).getInt() != 0},
                                     {"note", Clean(prerequisites.getColumn(2).getString())}},
                                replaces(key)});
        chain.Add(entry);
        standing[key] = chain.Last();
    }
    prerequisites.reset();

    // The registers and the head as the replay would leave them.
    for (const auto& [key, hash] : standing) {
        SQLite::Statement version(db, "INSERT INTO log_register (key, entry) VALUES (?, ?)");
        version.bind(1, key);
        version.bind(2, hash);
        version.exec();
    }
    SQLite::Statement head(db, "INSERT INTO log_head (hash) VALUES (?)");
    head.bind(1, chain.Last());
    head.exec();
}

}  // namespace ziwb::core
