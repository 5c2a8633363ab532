// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/evidence_projection.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "common/error.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "evidence/evidence_vault.hpp"
#include "form/form.hpp"
#include "log/ids.hpp"
#include "scoring/answer.hpp"

namespace ziwb::core {
namespace {

using Json = nlohmann::json;

[[noreturn]] void Refuse(const std::string& key, const std::string& reason) {
    throw LogFormatError(Format(Tr("'{0}': {1}"), {OneLine(key), reason}));
}

struct Parts {
    std::string family;
    std::string first;   // uid, layer or line
    std::string second;  // "file", "criterion", item uid, line
    std::string third;   // criterion code
};

Parts Split(const std::string& key) {
    Parts parts;
    const auto a = key.find('/');
    parts.family = key.substr(0, a);
    if (a == std::string::npos) {
        return parts;
    }
    if (parts.family == "review" || parts.family == "itemreview") {
        const auto b = key.find('/', a + 1);
        parts.first = key.substr(a + 1, b == std::string::npos ? std::string::npos : b - a - 1);
        parts.second = b == std::string::npos ? std::string() : key.substr(b + 1);
        return parts;
    }
    if (parts.family == "attach") {
        const auto b = key.rfind('/');
        parts.first = key.substr(a + 1, b - a - 1);
        parts.second = b == a ? std::string() : key.substr(b + 1);
        return parts;
    }
    const auto b = key.find('/', a + 1);
    parts.first = key.substr(a + 1, b == std::string::npos ? std::string::npos : b - a - 1);
    if (b != std::string::npos) {
        const auto c = key.find('/', b + 1);
        parts.second = key.substr(b + 1, c == std::string::npos ? std::string::npos : c - b - 1);
        if (c != std::string::npos) {
            parts.third = key.substr(c + 1);
        }
    }
    return parts;
}

void Text(const std::string& key, const Json& value, const char* field, const TextLimit& limit) {
    if (!value.contains(field) || !value.at(field).is_string()) {
        Refuse(key, Format(Tr("'{0}' is missing or not text"), {field}));
    }
    try {
        CheckUserText(value.at(field).get_ref<const std::string&>(), field, limit);
    } catch (const UserError& error) {
        Refuse(key, error.what());
    }
}

void Fields(const std::string& key, const Json& value, std::size_t count) {
    if (!value.is_object() || value.size() != count) {
        Refuse(key, Tr("the value does not have the fields this kind of change has"));
    }
}

void ValidateLine(const Form& form, const std::string& key, const std::string& line) {
    if (line.starts_with("form:")) {
        const auto last = line.rfind(':');
        const std::string code = line.substr(5, last - 5);
        const int index = form.Find(code);
        if (index < 0 || !form.Node(index).IsCriterion()) {
            Refuse(key, Tr("the form has no such criterion"));
        }
        const std::string number = line.substr(last + 1);
        const auto count = form.Node(index).evidence_suggestions.size();
        if (number.empty() || number.size() > 3 || number.find_first_not_of("0123456789") != std::string::npos ||
            std::stoul(number) < 1 || std::stoul(number) > count) {
            Refuse(key, Tr("the form has no such checklist line"));
        }
    } else if (!line.starts_with("team:") || !IsUid(line.substr(5))) {
        Refuse(key, Tr("not a checklist line"));
    }
}

std::int64_t RequireItem(SQLite::Database& db, const std::string& key, const std::string& uid) {
    const auto item = LocalEvidenceId(db, uid);
    if (!item) {
        Refuse(key, Tr("it names an evidence item no earlier entry made"));
    }
    return *item;
}

void Bind(SQLite::Statement& statement, int index, const std::string& text, bool null_when_empty) {
    null_when_empty&& text.empty() ? statement.bind(index) : statement.bind(index, text);
}

}  // namespace

bool IsEvidenceFamily(const std::string& family) {
    return family == "evidence" || family == "checklist" || family == "attach" || family == "review" ||
           family == "itemreview";
}

void ValidateEvidenceWrite(const Form& form, const LogEntry& entry, const RegisterWrite& write) {
    const Parts parts = Split(write.key);
    const Json& value = write.value;
    if (parts.family == "review" || parts.family == "itemreview") {
        if (form.FindLayer(parts.first) == nullptr) {
            Refuse(write.key, Tr("unknown layer"));
        }
        if (entry.layer != parts.first) {
            Refuse(write.key, Tr("the entry's layer is not the review's layer"));
        }
        if (parts.family == "review") {
            ValidateLine(form, write.key, parts.second);
        } else if (form.FindLayer(parts.first)->is_unit || !IsUid(parts.second)) {
            Refuse(write.key, Tr("an evaluator reviews an evidence item, named by its id, in a review layer"));
        }
        if (value.is_null()) {
            return;
        }
        Fields(write.key, value, 2);
        Text(write.key, value, "reason", kLongTextLimit);
        const auto state = value.value("state", "");
        if (state != "accepted" && state != "rejected") {
            Refuse(write.key, Tr("a review is accepted or rejected"));
        }
        if (state == "rejected" && value.at("reason").get_ref<const std::string&>().empty()) {
            Refuse(write.key, Tr("a rejection needs its reason"));
        }
        return;
    }
    if (entry.layer != "unit") {
        Refuse(write.key, Tr("evidence and the checklist are in the unit layer"));
    }
    if (parts.family == "attach") {
        ValidateLine(form, write.key, parts.first);
        if (!IsUid(parts.second) || !value.is_boolean()) {
            Refuse(write.key, Tr("an attachment names an item and is true or false"));
        }
        return;
    }
    if (!IsUid(parts.first)) {
        Refuse(write.key, Tr("not an id of 32 hexadecimal digits"));
    }
    if (parts.family == "checklist") {
        Fields(write.key, value, 2);
        Text(write.key, value, "title", kTitleLimit);
        Text(write.key, value, "code", kNameLimit);
        const int index = form.Find(value.at("code").get_ref<const std::string&>());
        if (index < 0 || !form.Node(index).IsCriterion() || value.at("title").get_ref<const std::string&>().empty()) {
            Refuse(write.key, Tr("a checklist line names a criterion of the form and has a title"));
        }
        return;
    }
    if (parts.second.empty()) {
        Fields(write.key, value, 6);
        const auto kind = value.value("kind", "");
        if (kind != "file" && kind != "link") {
            Refuse(write.key, Tr("an item is a file or a link"));
        }
        Text(write.key, value, "title", kTitleLimit);
        Text(write.key, value, "description", kLongTextLimit);
        Text(write.key, value, "document_date", kNameLimit);
        Text(write.key, value, "url", kWebAddressLimit);
        if (!value.contains("removed") || !value.at("removed").is_boolean()) {
            Refuse(write.key, Tr("'removed' is missing or not true/false"));
        }
        try {
            const auto& date = value.at("document_date").get_ref<const std::string&>();
            if (!date.empty()) {
                CheckDocumentDate(date);
            }
            if (kind == "link") {
                CheckEvidenceUrl(value.at("url").get_ref<const std::string&>());
            }
        } catch (const UserError& error) {
            Refuse(write.key, error.what());
        }
        return;
    }
    if (parts.second == "file" && parts.third.empty()) {
        Fields(write.key, value, 4);
        Text(write.key, value, "file_name", kFileNameLimit);
        Text(write.key, value, "media_type", kNameLimit);
        const auto sha = value.value("sha256", "");
        if (!IsHashHex(sha) || !value.contains("size") || !value.at("size").is_number_integer() ||
            value.at("size").get<std::int64_t>() < 0) {
            Refuse(write.key, Tr("a file names its SHA-256 and size"));
        }
        return;
    }
    if (parts.second == "criterion") {
        const int index = form.Find(parts.third);
        if (index < 0 || !form.Node(index).IsCriterion() || !value.is_boolean()) {
            Refuse(write.key, Tr("an item backs a criterion of the form: true or false"));
        }
        return;
    }
    Refuse(write.key, Tr("unknown kind of record"));
}

std::optional<std::int64_t> LocalEvidenceId(SQLite::Database& db, const std::string& uid) {
    SQLite::Statement query(db, "SELECT id FROM evidence_item WHERE uid = ?");
    query.bind(1, uid);
    if (!query.executeStep()) {
        return std::nullopt;
    }
    return query.getColumn(0).getInt64();
}

std::string EvidenceUid(SQLite::Database& db, std::int64_t item) {
    SQLite::Statement query(db, "SELECT uid FROM evidence_item WHERE id = ?");
    query.bind(1, item);
    if (!query.executeStep() || query.getColumn(0).isNull()) {
        throw UserError(Format(Tr("there is no evidence item {0} (see 'ziwb evidence list')"), {std::to_string(item)}));
    }
    return query.getColumn(0).getString();
}

std::string LineForLog(SQLite::Database& db, const std::string& local_key) {
    if (!local_key.starts_with("team:")) {
        return local_key;
    }
    SQLite::Statement query(db, "SELECT uid FROM checklist_item WHERE id = ?");
    try {
        query.bind(1, static_cast<std::int64_t>(std::stoll(local_key.substr(5))));
    } catch (const std::exception&) {
        query.bind(1, -1);
    }
    if (!query.executeStep()) {
        throw UserError(Format(Tr("there is no checklist line '{0}' (see 'ziwb evidence checklist WS CODE')"),
                               {OneLine(local_key)}));
    }
    return "team:" + query.getColumn(0).getString();
}

std::optional<std::string> LineForTables(SQLite::Database& db, const std::string& log_line) {
    if (!log_line.starts_with("team:")) {
        return log_line;
    }
    SQLite::Statement query(db, "SELECT id FROM checklist_item WHERE uid = ?");
    query.bind(1, log_line.substr(5));
    if (!query.executeStep()) {
        return std::nullopt;
    }
    return "team:" + std::to_string(query.getColumn(0).getInt64());
}

bool BlobReceived(SQLite::Database& db, const std::string& sha256) {
    SQLite::Statement query(db, "SELECT size = 0 OR chunks > 0 FROM blob WHERE sha256 = ?");
    query.bind(1, sha256);
    return query.executeStep() && query.getColumn(0).getInt() != 0;
}

void ProjectEvidenceState(SQLite::Database& db, const std::string& key, const Json& value, const LogEntry& shown) {
    const Parts parts = Split(key);
    if (parts.family == "evidence" && parts.second.empty()) {
        const auto existing = LocalEvidenceId(db, parts.first);
        const bool removed = value.at("removed").get<bool>();
        if (!existing) {
            SQLite::Statement insert(db,
                                     "INSERT INTO evidence_item (kind, title, description, document_date, url, "
                                     "added_by, added_at, removed_by, removed_at, uid) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                     "?, ?, ?)");
            insert.bind(1, value.at("kind").get<std::string>());
            insert.bind(2, value.at("title").get<std::string>());
            insert.bind(3, value.at("description").get<std::string>());
            Bind(insert, 4, value.at("document_date").get<std::string>(), true);
            Bind(insert, 5, value.at("url").get<std::string>(), true);
            insert.bind(6, shown.author_name);
            insert.bind(7, shown.time);
            Bind(insert, 8, removed ? shown.author_name : std::string(), !removed);
            Bind(insert, 9, removed ? shown.time : std::string(), !removed);
            insert.bind(10, parts.first);
            insert.exec();
            return;
        }
        SQLite::Statement update(db,
                                 "UPDATE evidence_item SET kind = ?, title = ?, description = ?, document_date = ?, "
                                 "url = ?, removed_by = ?, removed_at = ? WHERE id = ?");
        update.bind(1, value.at("kind").get<std::string>());
        update.bind(2, value.at("title").get<std::string>());
        update.bind(3, value.at("description").get<std::string>());
        Bind(update, 4, value.at("document_date").get<std::string>(), true);
        Bind(update, 5, value.at("url").get<std::string>(), true);
        Bind(update, 6, removed ? shown.author_name : std::string(), !removed);
        Bind(update, 7, removed ? shown.time : std::string(), !removed);
        update.bind(8, *existing);
        update.exec();
    } else if (parts.family == "evidence" && parts.second == "criterion") {
        const std::int64_t item = RequireItem(db, key, parts.first);
        SQLite::Statement change(db, value.get<bool>()
                                         ? "INSERT OR IGNORE INTO evidence_criterion (item_id, code) VALUES (?, ?)"
                                         : "DELETE FROM evidence_criterion WHERE item_id = ? AND code = ?");
        change.bind(1, item);
        change.bind(2, parts.third);
        change.exec();
    } else if (parts.family == "checklist") {
        SQLite::Statement exists(db, "SELECT id FROM checklist_item WHERE uid = ?");
        exists.bind(1, parts.first);
        if (exists.executeStep()) {
            SQLite::Statement update(db, "UPDATE checklist_item SET code = ?, title = ? WHERE id = ?");
            update.bind(1, value.at("code").get<std::string>());
            update.bind(2, value.at("title").get<std::string>());
            update.bind(3, exists.getColumn(0).getInt64());
            exists.reset();
            update.exec();
            return;
        }
        exists.reset();
        SQLite::Statement insert(
            db, "INSERT INTO checklist_item (code, title, added_by, added_at, uid) VALUES (?, ?, ?, ?, ?)");
        insert.bind(1, value.at("code").get<std::string>());
        insert.bind(2, value.at("title").get<std::string>());
        insert.bind(3, shown.author_name);
        insert.bind(4, shown.time);
        insert.bind(5, parts.first);
        insert.exec();
    } else if (parts.family == "attach") {
        const std::int64_t item = RequireItem(db, key, parts.second);
        const auto line = LineForTables(db, parts.first);
        if (!line) {
            Refuse(key, Tr("it names a checklist line no earlier entry made"));
        }
        SQLite::Statement change(db, value.get<bool>() ? "INSERT OR IGNORE INTO checklist_evidence (checklist_key, "
                                                         "item_id) VALUES (?, ?)"
                                                       : "DELETE FROM checklist_evidence WHERE checklist_key = ? AND "
                                                         "item_id = ?");
        change.bind(1, *line);
        change.bind(2, item);
        change.exec();
    } else if (parts.family == "itemreview") {
        const std::int64_t item = RequireItem(db, key, parts.second);
        if (value.is_null()) {
            SQLite::Statement remove(db, "DELETE FROM evidence_review WHERE item_id = ? AND layer = ?");
            remove.bind(1, item);
            remove.bind(2, parts.first);
            remove.exec();
            return;
        }
        SQLite::Statement upsert(db,
                                 "INSERT INTO evidence_review (item_id, layer, state, reason, author, at) "
                                 "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (item_id, layer) DO UPDATE SET "
                                 "state = excluded.state, reason = excluded.reason, author = excluded.author, "
                                 "at = excluded.at");
        upsert.bind(1, item);
        upsert.bind(2, parts.first);
        upsert.bind(3, value.at("state").get<std::string>());
        upsert.bind(4, value.at("reason").get<std::string>());
        upsert.bind(5, shown.author_name);
        upsert.bind(6, shown.time);
        upsert.exec();
    } else if (parts.family == "review") {
        const auto line = LineForTables(db, parts.second);
        if (!line) {
            Refuse(key, Tr("it names a checklist line no earlier entry made"));
        }
        if (value.is_null()) {
            SQLite::Statement remove(db, "DELETE FROM checklist_review WHERE checklist_key = ? AND layer = ?");
            remove.bind(1, *line);
            remove.bind(2, parts.first);
            remove.exec();
            return;
        }
        SQLite::Statement upsert(db,
                                 "INSERT INTO checklist_review (checklist_key, layer, state, reason, author, at) "
                                 "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (checklist_key, layer) DO UPDATE SET "
                                 "state = excluded.state, reason = excluded.reason, author = excluded.author, "
                                 "at = excluded.at");
        upsert.bind(1, *line);
        upsert.bind(2, parts.first);
        upsert.bind(3, value.at("state").get<std::string>());
        upsert.bind(4, value.at("reason").get<std::string>());
        upsert.bind(5, shown.author_name);
        upsert.bind(6, shown.time);
        upsert.exec();
    }
}

void AppendEvidenceEffects(SQLite::Database& db, const RegisterWrite& write, const LogEntry& entry) {
    const Parts parts = Split(write.key);
    if (parts.family != "evidence" || parts.second != "file") {
        return;
    }
    const std::int64_t item = RequireItem(db, write.key, parts.first);
    const Json& value = write.value;
    const std::string sha = value.at("sha256").get<std::string>();
    // A file an entry names may arrive later than the entry: a row without its content stands for
    // it until then ("not received yet", which is not damage).
    SQLite::Statement placeholder(db,
                                  "INSERT OR IGNORE INTO blob (sha256, size, chunks, created_at) VALUES (?, ?, 0, ?)");
    placeholder.bind(1, sha);
    placeholder.bind(2, value.at("size").get<std::int64_t>());
    placeholder.bind(3, entry.time);
    placeholder.exec();
    SQLite::Statement insert(db,
                             "INSERT INTO evidence_revision (item_id, revision, blob_id, file_name, media_type, "
                             "added_by, added_at) VALUES (?1, (SELECT COALESCE(MAX(revision), 0) + 1 FROM "
                             "evidence_revision WHERE item_id = ?1), (SELECT id FROM blob WHERE sha256 = ?2), ?3, ?4, "
                             "?5, ?6)");
    insert.bind(1, item);
    insert.bind(2, sha);
    insert.bind(3, value.at("file_name").get<std::string>());
    insert.bind(4, value.at("media_type").get<std::string>());
    insert.bind(5, entry.author_name);
    insert.bind(6, entry.time);
    insert.exec();
}

}  // namespace ziwb::core
