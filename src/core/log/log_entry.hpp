// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"

namespace ziwb::core {

/// One register written by an entry: the new value of `key` ("answer/unit/A.I.1.i.a",
/// "prerequisite/pakta", "unit/agency", "person/<NIP>"), and the versions of that key the author had
/// before (the entries it replaces). Two versions that do not replace each other are a conflict.
struct RegisterWrite {
    std::string key;
    nlohmann::json value;               ///< the whole new state of the register; null removes it
    std::vector<std::string> replaces;  ///< entry hashes, sorted
};

/// One entry of the change log, as signed. Nothing in it depends on SQLite row ids or on the order
/// in which one machine applied entries: an entry is named by the SHA-256 of its body.
struct LogEntry {
    std::string workspace_id;          ///< 32 hex digits: entries of another assessment are refused
    std::vector<std::string> parents;  ///< hashes of the entries it follows, sorted; several after a merge
    std::string author_key;            ///< Ed25519 public key (64 hex), empty for an unsigned entry
    std::string author_name;
    std::string time;     ///< ISO 8601 UTC, as the author's clock said
    std::string layer;    ///< "unit", "tpi", "team"
    std::string kind;     ///< "answer.set", "prerequisite.set", "unit.details", "person.set", ...
    std::string summary;  ///< for people: "Catatan A.I.1.i.a diubah"
    std::string action;   ///< recorded in the answer history ("set", "import", "details", ...)
    bool legacy = false;  ///< history from before the log, migrated unsigned
    std::vector<RegisterWrite> writes;

    [[nodiscard]] bool Signed() const { return !author_key.empty(); }
};

/// The exact bytes that are hashed and signed: the entry as JSON with keys sorted, no spaces, UTF-8
/// as it is (docs/log-format.md).
[[nodiscard]] std::string EncodeEntry(const LogEntry& entry);
/// SHA-256 of the body, 64 lowercase hex digits: the entry's id.
[[nodiscard]] std::string EntryHash(std::string_view body);

/// Parses a body strictly: valid UTF-8 JSON that is exactly its own canonical encoding, with every
/// field present and of its type, and nothing else. Throws LogFormatError saying what is wrong.
[[nodiscard]] LogEntry DecodeEntry(std::string_view body);

/// A received entry that does not follow the format; the message says why (the caller adds its id).
class LogFormatError : public UserError {
public:
    using UserError::UserError;
};

[[nodiscard]] bool IsHashHex(std::string_view text);
[[nodiscard]] bool IsWorkspaceIdHex(std::string_view text);

/// The first characters of an entry id, as people read it.
[[nodiscard]] std::string ShortHash(std::string_view hash);

}  // namespace ziwb::core
