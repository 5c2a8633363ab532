// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/log_entry.hpp"

#include <algorithm>

#include "common/sha256.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"

namespace ziwb::core {
namespace {

using Json = nlohmann::json;  // keys sorted: the canonical order

constexpr std::size_t kMaxEntryBytes = std::size_t{16} * 1024 * 1024;
constexpr int kMaxNesting = 12;

bool IsLowerHex(std::string_view text, std::size_t length) {
    return text.size() == length && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

// The JSON parser recurses per level: a crafted body nested thousands deep must be refused before
// it is parsed, not crash the program.
bool NestingWithin(std::string_view text, int limit) {
    int depth = 0;
    bool in_string = false;
    bool escaped = false;
    for (const char c : text) {
        if (in_string) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                in_string = false;
            }
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit) {
                return false;
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return true;
}

bool HasFloat(const Json& value) {
    if (value.is_number_float()) {
        return true;
    }
    if (value.is_structured()) {
        return std::any_of(value.begin(), value.end(), [](const Json& child) { return HasFloat(child); });
    }
    return false;
}

[[noreturn]] void Refuse(const std::string& reason) {
    throw LogFormatError(reason);
}

const Json& Field(const Json& object, const char* name, Json::value_t type) {
    const auto found = object.find(name);
    if (found == object.end()) {
        Refuse(Format(Tr("the field '{0}' is missing"), {name}));
    }
    if (found->type() != type) {
        Refuse(Format(Tr("the field '{0}' has the wrong type"), {name}));
    }
    return *found;
}

std::string TextField(const Json& object, const char* name) {
    return Field(object, name, Json::value_t::string).get<std::string>();
}

std::vector<std::string> HashList(const Json& object, const char* name) {
    std::vector<std::string> hashes;
    for (const Json& item : Field(object, name, Json::value_t::array)) {
        if (!item.is_string() || !IsHashHex(item.get_ref<const std::string&>())) {
            Refuse(Format(Tr("'{0}' holds something that is not an entry hash"), {name}));
        }
        hashes.push_back(item.get<std::string>());
    }
    if (!std::is_sorted(hashes.begin(), hashes.end()) ||
        std::adjacent_find(hashes.begin(), hashes.end()) != hashes.end()) {
        Refuse(Format(Tr("'{0}' is not sorted or repeats a hash"), {name}));
    }
    return hashes;
}

void ExpectExactly(const Json& object, std::initializer_list<const char*> names, const char* what) {
    if (object.size() != names.size()) {
        Refuse(Format(Tr("{0} has fields it should not have"), {what}));
    }
}

bool IsIsoTime(std::string_view text) {
    // YYYY-MM-DDTHH:MM:SSZ
    if (text.size() != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
        text[16] != ':' || text[19] != 'Z') {
        return false;
    }
    for (const std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U, 11U, 12U, 14U, 15U, 17U, 18U}) {
        if (text[i] < '0' || text[i] > '9') {
            return false;
        }
    }
    return true;
}

Json WritesToJson(const std::vector<RegisterWrite>& writes) {
    Json list = Json::array();
    for (const auto& write : writes) {
        list.push_back(Json{{"key", write.key}, {"value", write.value}, {"replaces", write.replaces}});
    }
    return list;
}

}  // namespace

bool IsHashHex(std::string_view text) {
    return IsLowerHex(text, 64);
}

bool IsWorkspaceIdHex(std::string_view text) {
    return IsLowerHex(text, 32);
}

std::string ShortHash(std::string_view hash) {
    return std::string(hash.substr(0, 12));
}

std::string EncodeEntry(const LogEntry& entry) {
    const Json body{
        {"v", 1},
        {"workspace", entry.workspace_id},
        {"parents", entry.parents},
        {"author", Json{{"key", entry.author_key}, {"name", entry.author_name}}},
        {"time", entry.time},
        {"layer", entry.layer},
        {"kind", entry.kind},
        {"summary", entry.summary},
        {"action", entry.action},
        {"legacy", entry.legacy},
        {"writes", WritesToJson(entry.writes)},
    };
    // Throws on invalid UTF-8 (strict handler): callers check text before it reaches an entry.
    return body.dump();
}

std::string EntryHash(std::string_view body) {
    return Sha256::HexOf(body);
}

LogEntry DecodeEntry(std::string_view body) {
    if (body.size() > kMaxEntryBytes) {
        Refuse(Tr("the entry is larger than 16 MiB"));
    }
    if (!IsValidUtf8(body)) {
        Refuse(Tr("the entry is not valid UTF-8"));
    }
    if (!NestingWithin(body, kMaxNesting)) {
        Refuse(Tr("the entry is nested too deeply"));
    }
    Json parsed = Json::parse(body, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) {
        Refuse(Tr("the entry is not a JSON object"));
    }
    if (HasFloat(parsed)) {
        Refuse(Tr("the entry holds a fractional number, which the format does not allow"));
    }
    // Exactly its own canonical encoding: no spaces, sorted keys, no duplicate keys, no escapes
    // where none are needed. Two encodings of one entry would be two hashes of one change.
    if (parsed.dump() != body) {
        Refuse(Tr("the entry is not in the canonical encoding (sorted keys, no spaces, no duplicates)"));
    }
    ExpectExactly(
        parsed,
        {"v", "workspace", "parents", "author", "time", "layer", "kind", "summary", "action", "legacy", "writes"},
        "the entry");
    if (Field(parsed, "v", Json::value_t::number_unsigned).get<int>() != 1) {
        Refuse(Tr("the entry is of a format version this program does not know"));
    }
    LogEntry entry;
    entry.workspace_id = TextField(parsed, "workspace");
    if (!IsWorkspaceIdHex(entry.workspace_id)) {
        Refuse(Tr("the workspace id is not 32 hexadecimal digits"));
    }
    entry.parents = HashList(parsed, "parents");
    const Json& author = Field(parsed, "author", Json::value_t::object);
    ExpectExactly(author, {"key", "name"}, "the author");
    entry.author_key = TextField(author, "key");
    entry.author_name = TextField(author, "name");
    if (!entry.author_key.empty() && !IsHashHex(entry.author_key)) {
        Refuse(Tr("the author's key is not 64 hexadecimal digits"));
    }
    entry.time = TextField(parsed, "time");
    if (!IsIsoTime(entry.time)) {
        Refuse(Tr("the time is not written as 2026-01-31T09:30:00Z"));
    }
    entry.layer = TextField(parsed, "layer");
    entry.kind = TextField(parsed, "kind");
    entry.summary = TextField(parsed, "summary");
    entry.action = TextField(parsed, "action");
    entry.legacy = Field(parsed, "legacy", Json::value_t::boolean).get<bool>();
    for (const Json& write : Field(parsed, "writes", Json::value_t::array)) {
        if (!write.is_object()) {
            Refuse(Tr("a write is not an object"));
        }
        ExpectExactly(write, {"key", "value", "replaces"}, "a write");
        if (!write.contains("value")) {
            Refuse(Tr("a write has no value"));
        }
        entry.writes.push_back({TextField(write, "key"), write.at("value"), HashList(write, "replaces")});
    }
    if (entry.writes.empty()) {
        Refuse(Tr("the entry changes nothing"));
    }
    for (std::size_t i = 1; i < entry.writes.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if (entry.writes[i].key == entry.writes[j].key) {
                Refuse(Format(Tr("the entry writes '{0}' twice"), {OneLine(entry.writes[i].key)}));
            }
        }
    }
    return entry;
}

}  // namespace ziwb::core
