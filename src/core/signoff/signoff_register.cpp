// SPDX-License-Identifier: GPL-3.0-or-later
#include "signoff/signoff_register.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>

#include "common/error.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "form/form.hpp"

namespace ziwb::core {
namespace {

using Json = nlohmann::json;

constexpr std::size_t kShortDigest = 16;

[[noreturn]] void Refuse(const std::string& key, const std::string& reason) {
    throw LogFormatError(Format(Tr("'{0}': {1}"), {OneLine(key), reason}));
}

bool IsShortDigest(const Json& value) {
    if (!value.is_string()) {
        return false;
    }
    const auto& text = value.get_ref<const std::string&>();
    return text.size() == kShortDigest && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

bool IsText(const Json& value, const char* field) {
    return value.contains(field) && value.at(field).is_string();
}

}  // namespace

bool IsSignoffFamily(const std::string& family) {
    return family == "signoff";
}

void ValidateSignoffWrite(const Form& form, const LogEntry& entry, const RegisterWrite& write) {
    if (write.key != kSignoffKey || entry.layer != "unit") {
        Refuse(write.key, Tr("a sign-off is of the unit layer, written in it"));
    }
    const Json& value = write.value;
    if (!value.is_object() || value.size() != 7 || !IsText(value, "head") || !IsText(value, "total") ||
        !IsText(value, "digest") || !value.contains("criteria") || !value.at("criteria").is_object() ||
        !value.contains("prerequisites") || !value.contains("details") || !IsText(value, "note")) {
        Refuse(write.key, Tr("the value does not have the fields this kind of change has"));
    }
    const auto& head = value.at("head").get_ref<const std::string&>();
    if (!head.empty() && !IsHashHex(head)) {
        Refuse(write.key, Tr("'head' is not an entry hash"));
    }
    if (!IsHashHex(value.at("digest").get_ref<const std::string&>())) {
        Refuse(write.key, Tr("'digest' is not a SHA-256"));
    }
    if (value.at("total").get_ref<const std::string&>().size() > 16) {
        Refuse(write.key, Tr("'total' is not a score"));
    }
    if (!IsShortDigest(value.at("prerequisites")) || !IsShortDigest(value.at("details"))) {
        Refuse(write.key, Tr("a digest of the snapshot is not 16 hex digits"));
    }
    const Json& criteria = value.at("criteria");
    if (criteria.size() > form.Criteria().size()) {
        Refuse(write.key, Tr("the snapshot names more criteria than the form has"));
    }
    for (const auto& [code, digest] : criteria.items()) {
        const int index = form.Find(code);
        if (index < 0 || !form.Node(index).IsCriterion() || !IsShortDigest(digest)) {
            Refuse(write.key,
                   Format(Tr("the snapshot's entry '{0}' is not a criterion with its digest"), {OneLine(code)}));
        }
    }
    try {
        CheckUserText(value.at("note").get_ref<const std::string&>(), Tr("the note"), kLongTextLimit);
    } catch (const UserError& error) {
        Refuse(write.key, error.what());
    }
}

void ProjectSignoffState(SQLite::Database& db, const nlohmann::json& value, const LogEntry& shown) {
    SQLite::Statement remove(db, "DELETE FROM signoff WHERE layer = 'unit'");
    remove.exec();
    const Json snapshot = {{"criteria", value.at("criteria")},
                           {"prerequisites", value.at("prerequisites")},
                           {"details", value.at("details")}};
    SQLite::Statement insert(db,
                             "INSERT INTO signoff (layer, head, total, digest, snapshot, note, author, author_key, "
                             "signed_at) VALUES ('unit', ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, value.at("head").get<std::string>());
    insert.bind(2, value.at("total").get<std::string>());
    insert.bind(3, value.at("digest").get<std::string>());
    insert.bind(4, snapshot.dump());
    insert.bind(5, value.at("note").get<std::string>());
    insert.bind(6, shown.author_name);
    insert.bind(7, shown.author_key);
    insert.bind(8, shown.time);
    insert.exec();
}

}  // namespace ziwb::core
