// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/review_projection.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "common/error.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "form/form.hpp"
#include "log/ids.hpp"

namespace ziwb::core {
namespace {

using Json = nlohmann::json;

[[noreturn]] void Refuse(const std::string& key, const std::string& reason) {
    throw LogFormatError(Format(Tr("'{0}': {1}"), {OneLine(key), reason}));
}

struct ReviewKey {
    std::string family;
    std::string layer;
    std::string code;
};

ReviewKey SplitReviewKey(const std::string& key) {
    ReviewKey split;
    const auto first = key.find('/');
    split.family = key.substr(0, first);
    const auto second = key.find('/', first + 1);
    split.layer = key.substr(first + 1, second == std::string::npos ? std::string::npos : second - first - 1);
    if (second != std::string::npos) {
        split.code = key.substr(second + 1);
    }
    return split;
}

void Note(const std::string& key, const Json& value) {
    if (!value.contains("note") || !value.at("note").is_string()) {
        Refuse(key, Tr("'note' is missing or not text"));
    }
    try {
        CheckUserText(value.at("note").get_ref<const std::string&>(), "note", kLongTextLimit);
    } catch (const UserError& error) {
        Refuse(key, error.what());
    }
}

int Count(const std::string& key, const Json& value, const char* field) {
    if (!value.contains(field) || !value.at(field).is_number_integer() || value.at(field).get<long long>() < 0 ||
        value.at(field).get<long long>() > 10000) {
        Refuse(key, Format(Tr("'{0}' is not a count"), {field}));
    }
    return value.at(field).get<int>();
}

}  // namespace

bool IsReviewFamily(const std::string& family) {
    return family == "status" || family == "ready" || family == "close";
}

void ValidateReviewWrite(const Form& form, const LogEntry& entry, const RegisterWrite& write) {
    const ReviewKey key = SplitReviewKey(write.key);
    const ReviewLayer* layer = form.FindLayer(key.layer);
    if (layer == nullptr || layer->is_unit) {
        Refuse(write.key, Tr("not a review layer of the form"));
    }
    const Json& value = write.value;
    if (key.family == "close") {
        if (!key.code.empty() || entry.layer != key.layer) {
            Refuse(write.key, Tr("a review is closed in its own layer"));
        }
        if (!value.is_object() || value.size() != 4 || !value.contains("closed") || !value.at("closed").is_boolean() ||
            !value.contains("head") || !value.at("head").is_string() || !value.contains("total") ||
            !value.at("total").is_string()) {
            Refuse(write.key, Tr("the value does not have the fields this kind of change has"));
        }
        const auto& head = value.at("head").get_ref<const std::string&>();
        if (!head.empty() && !IsHashHex(head)) {
            Refuse(write.key, Tr("'head' is not an entry hash"));
        }
        if (value.at("total").get_ref<const std::string&>().size() > 16) {
            Refuse(write.key, Tr("'total' is not a score"));
        }
        Note(write.key, value);
        return;
    }
    const int index = form.Find(key.code);
    if (index < 0 || !form.Node(index).IsCriterion()) {
        Refuse(write.key, Tr("the form has no such criterion"));
    }
    if (key.family == "status") {
        if (entry.layer != key.layer) {
            Refuse(write.key, Tr("the entry's layer is not the review's layer"));
        }
        if (value.is_null()) {
            return;
        }
        if (!value.is_object() || value.size() != 3 || !value.contains("status") || !value.at("status").is_string()) {
            Refuse(write.key, Tr("the value does not have the fields this kind of change has"));
        }
        const auto& status = value.at("status").get_ref<const std::string&>();
        if (status != "sedang_dicek" && status != "perlu_revisi" && status != "selesai") {
            Refuse(write.key, Tr("unknown review status"));
        }
        Note(write.key, value);
        (void)Count(write.key, value, "revisions");
        return;
    }
    // ready: the unit answers a request for revision.
    if (entry.layer != "unit") {
        Refuse(write.key, Tr("the unit says a revision is ready, in the unit layer"));
    }
    if (value.is_null()) {
        return;
    }
    if (!value.is_object() || value.size() != 2) {
        Refuse(write.key, Tr("the value does not have the fields this kind of change has"));
    }
    (void)Count(write.key, value, "revision");
    Note(write.key, value);
}

void ProjectReviewState(SQLite::Database& db, const std::string& full_key, const nlohmann::json& value,
                        const LogEntry& shown) {
    const ReviewKey key = SplitReviewKey(full_key);
    if (key.family == "close") {
        SQLite::Statement remove(db, "DELETE FROM review_close WHERE layer = ?");
        remove.bind(1, key.layer);
        remove.exec();
        SQLite::Statement insert(db,
                                 "INSERT INTO review_close (layer, closed, head, total, note, author, author_key, "
                                 "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, key.layer);
        insert.bind(2, value.at("closed").get<bool>() ? 1 : 0);
        insert.bind(3, value.at("head").get<std::string>());
        insert.bind(4, value.at("total").get<std::string>());
        insert.bind(5, value.at("note").get<std::string>());
        insert.bind(6, shown.author_name);
        insert.bind(7, shown.author_key);
        insert.bind(8, shown.time);
        insert.exec();
        return;
    }
    const std::string table = key.family == "status" ? "review_status" : "review_ready";
    SQLite::Statement remove(db, "DELETE FROM " + table + " WHERE layer = ? AND code = ?");
    remove.bind(1, key.layer);
    remove.bind(2, key.code);
    remove.exec();
    if (value.is_null()) {
        return;
    }
    if (key.family == "status") {
        SQLite::Statement insert(db,
                                 "INSERT INTO review_status (layer, code, status, note, revisions, author, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, key.layer);
        insert.bind(2, key.code);
        insert.bind(3, value.at("status").get<std::string>());
        insert.bind(4, value.at("note").get<std::string>());
        insert.bind(5, value.at("revisions").get<int>());
        insert.bind(6, shown.author_name);
        insert.bind(7, shown.time);
        insert.exec();
    } else {
        SQLite::Statement insert(db,
                                 "INSERT INTO review_ready (layer, code, revision, note, author, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)");
        insert.bind(1, key.layer);
        insert.bind(2, key.code);
        insert.bind(3, value.at("revision").get<int>());
        insert.bind(4, value.at("note").get<std::string>());
        insert.bind(5, shown.author_name);
        insert.bind(6, shown.time);
        insert.exec();
    }
}

bool IsLayerClosed(SQLite::Database& db, const std::string& layer) {
    SQLite::Statement query(db, "SELECT closed FROM review_close WHERE layer = ?");
    query.bind(1, layer);
    return query.executeStep() && query.getColumn(0).getInt() != 0;
}

}  // namespace ziwb::core
