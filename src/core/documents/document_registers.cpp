// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/document_registers.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "documents/document_template.hpp"
#include "evidence/evidence_vault.hpp"
#include "log/ids.hpp"
#include "people/nip.hpp"
#include "workspace/sqlite_errors.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {
namespace {

using Json = nlohmann::json;

[[noreturn]] void Refuse(const std::string& key, const std::string& reason) {
    throw LogFormatError(Format(Tr("'{0}': {1}"), {OneLine(key), reason}));
}

void ValidateLetterhead(const RegisterWrite& write) {
    const Json& value = write.value;
    if (!value.is_object() || value.size() != 2 || !value.contains("lines") || !value.contains("logo")) {
        Refuse(write.key, Tr("the value does not have the fields this kind of change has"));
    }
    const Json& lines = value.at("lines");
    if (!lines.is_array() || lines.empty() || lines.size() > kMaxLetterheadLines) {
        Refuse(write.key, Format(Tr("a letterhead has one to {0} lines"), {std::to_string(kMaxLetterheadLines)}));
    }
    for (const Json& line : lines) {
        if (!line.is_string() || line.get_ref<const std::string&>().empty()) {
            Refuse(write.key, Tr("a line of the letterhead is empty or not text"));
        }
        try {
            CheckUserText(line.get_ref<const std::string&>(), Tr("a line of the letterhead"), kNameLimit);
        } catch (const UserError& error) {
            Refuse(write.key, error.what());
        }
    }
    const Json& logo = value.at("logo");
    if (logo.is_null()) {
        return;
    }
    if (!logo.is_object() || logo.size() != 3 || !logo.contains("sha256") || !logo.at("sha256").is_string() ||
        !IsHashHex(logo.at("sha256").get_ref<const std::string&>()) || !logo.contains("size") ||
        !logo.at("size").is_number_integer() || logo.at("size").get<std::int64_t>() <= 0 ||
        !logo.contains("media_type") || !logo.at("media_type").is_string()) {
        Refuse(write.key, Tr("the logo is named by its sha256, size and media_type"));
    }
    const auto& type = logo.at("media_type").get_ref<const std::string&>();
    if (type != "image/png" && type != "image/jpeg") {
        Refuse(write.key, Tr("the logo is a PNG or JPEG image"));
    }
}

void ValidateSignature(const RegisterWrite& write) {
    const std::string rest = write.key.substr(write.key.find('/') + 1);
    const auto slash = rest.find('/');
    if (slash == std::string::npos || !IsWellFormedTemplateId(rest.substr(0, slash)) ||
        !IsValidNip(rest.substr(slash + 1)) || rest.substr(slash + 1).size() != 18) {
        Refuse(write.key, Tr("a signature is signature/<template>/<NIP of 18 digits>"));
    }
    const Json& value = write.value;
    if (value.is_null()) {
        return;
    }
    if (!value.is_object() || value.size() != 4) {
        Refuse(write.key, Tr("the value does not have the fields this kind of change has"));
    }
    for (const char* field : {"state", "how", "evidence", "date"}) {
        if (!value.contains(field) || !value.at(field).is_string()) {
            Refuse(write.key, Format(Tr("'{0}' is missing or not text"), {field}));
        }
    }
    const auto& how = value.at("how").get_ref<const std::string&>();
    const auto& evidence = value.at("evidence").get_ref<const std::string&>();
    if (value.at("state").get_ref<const std::string&>() != "signed" || (how != "ink" && how != "electronic")) {
        Refuse(write.key, Tr("a signature is \"signed\", in ink or electronic"));
    }
    if (!evidence.empty() && !IsUid(evidence)) {
        Refuse(write.key, Tr("'evidence' is not an id of 32 hexadecimal digits"));
    }
    try {
        CheckDocumentDate(value.at("date").get_ref<const std::string&>());
    } catch (const UserError& error) {
        Refuse(write.key, error.what());
    }
}

}  // namespace

bool IsDocumentFamily(const std::string& family) {
    return family == "letterhead" || family == "signature";
}

std::string SignatureKey(const std::string& template_id, const std::string& nip) {
    return "signature/" + template_id + "/" + nip;
}

void ValidateDocumentWrite(const LogEntry& entry, const RegisterWrite& write) {
    if (entry.layer != "unit") {
        Refuse(write.key, Tr("the unit's documents are in the unit layer"));
    }
    if (write.key == kLetterheadKey) {
        ValidateLetterhead(write);
    } else if (write.key.starts_with("signature/")) {
        ValidateSignature(write);
    } else {
        Refuse(write.key, Tr("unknown kind of record"));
    }
}

void ProjectDocumentState(SQLite::Database& db, const std::string& key, const nlohmann::json& value,
                          const LogEntry& shown) {
    if (key == kLetterheadKey) {
        SQLite::Statement upsert(db,
                                 "INSERT INTO letterhead (id, lines, logo_sha256, logo_type, author, updated_at) "
                                 "VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET lines = excluded.lines, "
                                 "logo_sha256 = excluded.logo_sha256, logo_type = excluded.logo_type, "
                                 "author = excluded.author, updated_at = excluded.updated_at");
        upsert.bind(1, value.at("lines").dump());
        const Json& logo = value.at("logo");
        upsert.bind(2, logo.is_null() ? std::string() : logo.at("sha256").get<std::string>());
        upsert.bind(3, logo.is_null() ? std::string() : logo.at("media_type").get<std::string>());
        upsert.bind(4, shown.author_name);
        upsert.bind(5, shown.time);
        upsert.exec();
        return;
    }
    const std::string rest = key.substr(key.find('/') + 1);
    const auto slash = rest.find('/');
    SQLite::Statement remove(db, "DELETE FROM document_signature WHERE template = ? AND nip = ?");
    remove.bind(1, rest.substr(0, slash));
    remove.bind(2, rest.substr(slash + 1));
    remove.exec();
    if (value.is_null()) {
        return;
    }
    SQLite::Statement insert(db,
                             "INSERT INTO document_signature (template, nip, state, how, evidence, signed_on, "
                             "author, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, rest.substr(0, slash));
    insert.bind(2, rest.substr(slash + 1));
    int column = 3;
    for (const char* field : {"state", "how", "evidence", "date"}) {
        insert.bind(column++, value.at(field).get<std::string>());
    }
    insert.bind(column++, shown.author_name);
    insert.bind(column, shown.time);
    insert.exec();
}

std::vector<DocumentSignature> LoadSignatures(Workspace& workspace) {
    std::vector<DocumentSignature> signatures;
    if (workspace.SchemaVersion() < kFirstSchemaWithDocuments) {
        return signatures;  // an older file read as it is: nobody has signed through it yet
    }
    return GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Statement query(workspace.Database(),
                                "SELECT s.template, s.nip, s.how, s.evidence, COALESCE(e.id, 0), s.signed_on, "
                                "s.author, s.updated_at FROM document_signature s "
                                "LEFT JOIN evidence_item e ON e.uid = s.evidence AND s.evidence <> '' "
                                "ORDER BY s.template, s.nip");
        while (query.executeStep()) {
            signatures.push_back({query.getColumn(0).getString(), query.getColumn(1).getString(),
                                  query.getColumn(2).getString(), query.getColumn(3).getString(),
                                  query.getColumn(4).getInt64(), query.getColumn(5).getString(),
                                  query.getColumn(6).getString(), query.getColumn(7).getString()});
        }
        return signatures;
    });
}

}  // namespace ziwb::core
