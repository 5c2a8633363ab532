// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/legacy_history.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <array>
#include <map>

#include "common/error.hpp"
#include "common/sha256.hpp"
#include "common/utf8.hpp"
#include "log/change_log.hpp"
#include "log/ids.hpp"
#include "log/log_entry.hpp"

namespace ziwb::core {
namespace {

using Json = nlohmann::json;

std::string Meta(SQLite::Database& db, const char* key) {
    SQLite::Statement query(db, "SELECT value FROM meta WHERE key = ?");
    query.bind(1, key);
    return query.executeStep() ? query.getColumn(0).getString() : std::string();
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

using Standing = std::map<std::string, std::string>;

std::vector<std::string> Replaces(const Standing& standing, const std::string& key) {
    const auto found = standing.find(key);
    return found == standing.end() ? std::vector<std::string>{} : std::vector<std::string>{found->second};
}

// Adds an entry of legacy writes and records each as its register's standing version.
void AddLegacy(LegacyChain& chain, Standing& standing, LogEntry entry) {
    for (auto& write : entry.writes) {
        write.replaces = Replaces(standing, write.key);
    }
    chain.Add(entry);
    for (const auto& write : entry.writes) {
        standing[write.key] = chain.Last();
    }
}

LogEntry LegacyEntry(const std::string& author, const std::string& time, const char* kind, const char* action,
                     const std::string& summary) {
    LogEntry entry;
    entry.author_name = Clean(author);
    entry.time = CleanTime(time);
    entry.layer = "unit";
    entry.kind = kind;
    entry.action = action;
    entry.summary = summary;
    return entry;
}

std::string Text(const SQLite::Column& column) {
    return column.isNull() ? std::string() : Clean(column.getString());
}

// Evidence items with their revisions, criteria and removal; the team's checklist lines, what is
// attached to each line, and the reviews. Ids derive from the workspace id and the row.
void ConvertLegacyEvidence(SQLite::Database& db, const std::string& workspace_id, LegacyChain& chain,
                           Standing& standing) {
    SQLite::Statement items(db,
                            "SELECT id, kind, title, description, document_date, url, added_by, added_at, "
                            "removed_by, removed_at FROM evidence_item ORDER BY id");
    SQLite::Statement revisions(db,
                                "SELECT b.sha256, b.size, r.file_name, r.media_type, r.added_by, r.added_at "
                                "FROM evidence_revision r JOIN blob b ON b.id = r.blob_id WHERE r.item_id = ? "
                                "ORDER BY r.revision");
    SQLite::Statement codes(db, "SELECT code FROM evidence_criterion WHERE item_id = ? ORDER BY code");
    SQLite::Statement set_uid(db, "UPDATE evidence_item SET uid = ? WHERE id = ?");
    while (items.executeStep()) {
        const std::int64_t item = items.getColumn(0).getInt64();
        const std::string uid = DerivedUid(workspace_id, "evidence", item);
        const std::string key = "evidence/" + uid;
        Json value{{"kind", Text(items.getColumn(1))},        {"title", Text(items.getColumn(2))},
                   {"description", Text(items.getColumn(3))}, {"document_date", Text(items.getColumn(4))},
                   {"url", Text(items.getColumn(5))},         {"removed", false}};
        LogEntry added = LegacyEntry(Text(items.getColumn(6)), Text(items.getColumn(7)), "evidence.add", "add",
                                     "Bukti dukung ditambahkan");
        added.writes.push_back({key, value, {}});
        revisions.bind(1, item);
        std::vector<LogEntry> revised;
        bool first = true;
        while (revisions.executeStep()) {
            Json file{{"sha256", revisions.getColumn(0).getString()},
                      {"size", revisions.getColumn(1).getInt64()},
                      {"file_name", Text(revisions.getColumn(2))},
                      {"media_type", Text(revisions.getColumn(3))}};
            if (first) {
                added.writes.push_back({key + "/file", file, {}});
                first = false;
            } else {
                LogEntry revision = LegacyEntry(Text(revisions.getColumn(4)), Text(revisions.getColumn(5)),
                                                "evidence.revise", "revise", "Bukti dukung direvisi");
                revision.writes.push_back({key + "/file", file, {}});
                revised.push_back(std::move(revision));
            }
        }
        revisions.reset();
        codes.bind(1, item);
        while (codes.executeStep()) {
            added.writes.push_back({key + "/criterion/" + Clean(codes.getColumn(0).getString()), true, {}});
        }
        codes.reset();
        set_uid.bind(1, uid);
        set_uid.bind(2, item);
        set_uid.exec();
        set_uid.reset();
        AddLegacy(chain, standing, std::move(added));
        for (auto& revision : revised) {
            AddLegacy(chain, standing, std::move(revision));
        }
        if (!items.getColumn(9).isNull()) {
            LogEntry removed = LegacyEntry(Text(items.getColumn(8)), Text(items.getColumn(9)), "evidence.remove",
                                           "remove", "Bukti dukung dihapus");
            value["removed"] = true;
            removed.writes.push_back({key, value, {}});
            AddLegacy(chain, standing, std::move(removed));
        }
    }

    const auto line_for_log = [&](const std::string& local) -> std::string {
        if (!local.starts_with("team:")) {
            return local;
        }
        SQLite::Statement query(db, "SELECT uid FROM checklist_item WHERE id = ?");
        try {
            query.bind(1, static_cast<std::int64_t>(std::stoll(local.substr(5))));
        } catch (const std::exception&) {
            query.bind(1, -1);
        }
        return query.executeStep() ? "team:" + query.getColumn(0).getString() : local;
    };
    SQLite::Statement lines(db, "SELECT id, code, title, added_by, added_at FROM checklist_item ORDER BY id");
    SQLite::Statement set_line_uid(db, "UPDATE checklist_item SET uid = ? WHERE id = ?");
    while (lines.executeStep()) {
        const std::int64_t line = lines.getColumn(0).getInt64();
        const std::string uid = DerivedUid(workspace_id, "checklist", line);
        set_line_uid.bind(1, uid);
        set_line_uid.bind(2, line);
        set_line_uid.exec();
        set_line_uid.reset();
        LogEntry entry = LegacyEntry(Text(lines.getColumn(3)), Text(lines.getColumn(4)), "checklist.add", "checklist",
                                     "Baris daftar bukti ditambahkan");
        entry.writes.push_back(
            {"checklist/" + uid, Json{{"code", Text(lines.getColumn(1))}, {"title", Text(lines.getColumn(2))}}, {}});
        AddLegacy(chain, standing, std::move(entry));
    }
    SQLite::Statement attached(db,
                               "SELECT c.checklist_key, i.uid, i.added_by, i.added_at FROM checklist_evidence c "
                               "JOIN evidence_item i ON i.id = c.item_id ORDER BY c.item_id, c.checklist_key");
    while (attached.executeStep()) {
        LogEntry entry = LegacyEntry(Text(attached.getColumn(2)), Text(attached.getColumn(3)), "checklist.attach",
                                     "checklist", "Bukti dilampirkan pada daftar");
        entry.writes.push_back(
            {"attach/" + line_for_log(Text(attached.getColumn(0))) + "/" + attached.getColumn(1).getString(),
             true,
             {}});
        AddLegacy(chain, standing, std::move(entry));
    }
    SQLite::Statement reviews(db,
                              "SELECT checklist_key, layer, state, reason, author, at FROM checklist_review "
                              "ORDER BY at, checklist_key, layer");
    while (reviews.executeStep()) {
        LogEntry entry = LegacyEntry(Text(reviews.getColumn(4)), Text(reviews.getColumn(5)), "checklist.review",
                                     "review", "Bukti direviu");
        entry.layer = Text(reviews.getColumn(1));
        entry.writes.push_back({"review/" + entry.layer + "/" + line_for_log(Text(reviews.getColumn(0))),
                                Json{{"state", Text(reviews.getColumn(2))}, {"reason", Text(reviews.getColumn(3))}},
                                {}});
        AddLegacy(chain, standing, std::move(entry));
    }
}

void ConvertLegacyPlan(SQLite::Database& db, const std::string& workspace_id, LegacyChain& chain, Standing& standing) {
    SQLite::Statement tasks(db,
                            "SELECT id, code, task, person, due_date, status, target, created_by, created_at, "
                            "updated_by, updated_at FROM plan_task ORDER BY id");
    SQLite::Statement set_uid(db, "UPDATE plan_task SET uid = ? WHERE id = ?");
    while (tasks.executeStep()) {
        const std::int64_t task = tasks.getColumn(0).getInt64();
        const std::string uid = DerivedUid(workspace_id, "plan", task);
        set_uid.bind(1, uid);
        set_uid.bind(2, task);
        set_uid.exec();
        set_uid.reset();
        const Json value{{"code", Text(tasks.getColumn(1))},   {"task", Text(tasks.getColumn(2))},
                         {"person", Text(tasks.getColumn(3))}, {"due_date", Text(tasks.getColumn(4))},
                         {"status", Text(tasks.getColumn(5))}, {"target", Text(tasks.getColumn(6))}};
        LogEntry created = LegacyEntry(Text(tasks.getColumn(7)), Text(tasks.getColumn(8)), "plan.add", "plan",
                                       "Rencana aksi ditambahkan");
        created.writes.push_back({"plan/" + uid, value, {}});
        AddLegacy(chain, standing, std::move(created));
        if (Text(tasks.getColumn(9)) != Text(tasks.getColumn(7)) ||
            Text(tasks.getColumn(10)) != Text(tasks.getColumn(8))) {
            LogEntry updated = LegacyEntry(Text(tasks.getColumn(9)), Text(tasks.getColumn(10)), "plan.update", "plan",
                                           "Rencana aksi diubah");
            updated.writes.push_back({"plan/" + uid, value, {}});
            AddLegacy(chain, standing, std::move(updated));
        }
    }
}

}  // namespace

void ConvertLegacyHistory(SQLite::Database& db) {
    const std::string created_at = Meta(db, "created_at");
    if (created_at.empty()) {
        // A new file: its creation becomes its first entry, written by Workspace::Create.
        db.exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('workspace_id', '" + NewUid() + "')");
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
            key = std::string("answer/").append(layer).append("/").append(code);
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

    ConvertLegacyEvidence(db, id, chain, standing);
    ConvertLegacyPlan(db, id, chain, standing);

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
