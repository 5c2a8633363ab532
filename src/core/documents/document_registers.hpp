// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "log/log_entry.hpp"

namespace SQLite {
class Database;
}

namespace ziwb::core {

class Form;
class Workspace;

/// The registers of the documents module (docs/log-format.md):
///   letterhead/unit                {"lines": [text], "logo": null or {"sha256", "size", "media_type"}}
///   signature/<template>/<NIP>     null or {"state": "signed", "how": "ink"|"electronic",
///                                           "evidence": item uid or "", "date": YYYY-MM-DD}
[[nodiscard]] bool IsDocumentFamily(const std::string& family);
void ValidateDocumentWrite(const LogEntry& entry, const RegisterWrite& write);
void ProjectDocumentState(SQLite::Database& db, const std::string& key, const nlohmann::json& value,
                          const LogEntry& shown);

/// The schema version that added the letterhead and signature tables.
inline constexpr int kFirstSchemaWithDocuments = 6;

inline constexpr const char* kLetterheadKey = "letterhead/unit";
[[nodiscard]] std::string SignatureKey(const std::string& template_id, const std::string& nip);

/// At most this many lines in the kop surat: the authority, the unit, an address and contacts.
inline constexpr std::size_t kMaxLetterheadLines = 6;

/// One person's signature of one document, as the register holds it.
struct DocumentSignature {
    std::string template_id;
    std::string nip;
    std::string how;               ///< "ink" (a scan is attached) or "electronic"
    std::string evidence;          ///< the evidence item's uid, "" when none
    std::int64_t evidence_id = 0;  ///< its local number (ziwb evidence list), 0 when none
    std::string date;              ///< YYYY-MM-DD
    std::string author;
    std::string updated_at;
};

/// Every recorded signature, by template then NIP. An older workspace (before schema 6) has none.
[[nodiscard]] std::vector<DocumentSignature> LoadSignatures(Workspace& workspace);

}  // namespace ziwb::core
