// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/log_entry.hpp"

#include <algorithm>
#include <array>

#include "common/sha256.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "log/canonical_json.hpp"

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

[[noreturn]] void Refuse(const std::string& reason) {
    throw LogFormatError(reason);
}

enum class EntryPart : char { Entry, Author, Write };

[[noreturn]] void RefuseUnknownField(EntryPart part) {
    switch (part) {
        case EntryPart::Entry: Refuse(Tr("the entry has fields it should not have"));
        case EntryPart::Author: Refuse(Tr("the entry's author has fields it should not have"));
        case EntryPart::Write: break;
    }
    Refuse(Tr("a write of the entry has fields it should not have"));
}

// The fields of one object of the entry, in the order the canonical encoding has them (sorted).
template <std::size_t N>
class FieldSet {
public:
    FieldSet(const std::array<const char*, N>& names, EntryPart part) : m_names(names), m_part(part) {}

    /// The index of `key`; refuses a key that is not one of the fields.
    std::size_t Take(const std::string& key) {
        for (std::size_t i = 0; i < N; ++i) {
            if (key == m_names[i]) {
                m_seen[i] = true;
                return i;
            }
        }
        RefuseUnknownField(m_part);
    }
    /// Refuses when a field did not come.
    void ExpectAll() const {
        for (std::size_t i = 0; i < N; ++i) {
            if (!m_seen[i]) {
                Refuse(Format(Tr("the field '{0}' is missing"), {m_names[i]}));
            }
        }
    }

private:
    const std::array<const char*, N>& m_names;
    EntryPart m_part;
    std::array<bool, N> m_seen{};
};

void ExpectKind(const CanonicalJsonReader& reader, JsonKind kind, const std::string& name) {
    if (reader.Peek() != kind) {
        Refuse(Format(Tr("the field '{0}' has the wrong type"), {name}));
    }
}

std::string TextField(CanonicalJsonReader& reader, const std::string& name) {
    ExpectKind(reader, JsonKind::String, name);
    return reader.String();
}

std::vector<std::string> HashList(CanonicalJsonReader& reader, const std::string& name) {
    ExpectKind(reader, JsonKind::Array, name);
    std::vector<std::string> hashes;
    reader.EnterArray();
    while (reader.NextItem()) {
        if (reader.Peek() != JsonKind::String) {
            Refuse(Format(Tr("'{0}' holds something that is not an entry hash"), {name}));
        }
        hashes.push_back(reader.String());
        if (!IsHashHex(hashes.back())) {
            Refuse(Format(Tr("'{0}' holds something that is not an entry hash"), {name}));
        }
    }
    if (!std::is_sorted(hashes.begin(), hashes.end()) ||
        std::adjacent_find(hashes.begin(), hashes.end()) != hashes.end()) {
        Refuse(Format(Tr("'{0}' is not sorted or repeats a hash"), {name}));
    }
    return hashes;
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

void ReadAuthor(CanonicalJsonReader& reader, LogEntry& entry) {
    ExpectKind(reader, JsonKind::Object, "author");
    static constexpr std::array<const char*, 2> kAuthorFields = {"key", "name"};
    FieldSet fields(kAuthorFields, EntryPart::Author);
    reader.EnterObject();
    std::string key;
    while (reader.NextKey(key)) {
        (fields.Take(key) == 0 ? entry.author_key : entry.author_name) = TextField(reader, key);
    }
    fields.ExpectAll();
}

void ReadWrites(CanonicalJsonReader& reader, LogEntry& entry) {
    ExpectKind(reader, JsonKind::Array, "writes");
    reader.EnterArray();
    while (reader.NextItem()) {
        if (reader.Peek() != JsonKind::Object) {
            Refuse(Tr("a write is not an object"));
        }
        static constexpr std::array<const char*, 3> kWriteFields = {"key", "replaces", "value"};
        FieldSet fields(kWriteFields, EntryPart::Write);
        std::string written_key;
        std::vector<std::string> replaces;
        Json value;
        reader.EnterObject();
        std::string key;
        while (reader.NextKey(key)) {
            switch (fields.Take(key)) {
                case 0: written_key = TextField(reader, key); break;
                case 1: replaces = HashList(reader, key); break;
                default: value = reader.Value(); break;
            }
        }
        fields.ExpectAll();
        entry.writes.push_back({std::move(written_key), std::move(value), std::move(replaces)});
    }
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
    // Read in one pass that refuses any byte of another encoding of the same entry (sorted keys,
    // no spaces, no duplicates, no needless escapes, integers only): two encodings of one entry
    // would be two hashes of one change.
    CanonicalJsonReader reader(body, kMaxNesting);
    if (reader.Peek() != JsonKind::Object) {
        Refuse(Tr("the entry is not a JSON object"));
    }
    LogEntry entry;
    static constexpr std::array<const char*, 11> kEntryFields = {
        "action", "author", "kind", "layer", "legacy", "parents", "summary", "time", "v", "workspace", "writes"};
    FieldSet fields(kEntryFields, EntryPart::Entry);
    reader.EnterObject();
    std::string key;
    while (reader.NextKey(key)) {
        switch (fields.Take(key)) {
            case 0: entry.action = TextField(reader, key); break;
            case 1: ReadAuthor(reader, entry); break;
            case 2: entry.kind = TextField(reader, key); break;
            case 3: entry.layer = TextField(reader, key); break;
            case 4:
                ExpectKind(reader, JsonKind::Boolean, key);
                entry.legacy = reader.Boolean();
                break;
            case 5: entry.parents = HashList(reader, key); break;
            case 6: entry.summary = TextField(reader, key); break;
            case 7: entry.time = TextField(reader, key); break;
            case 8: {
                const Json version = reader.Value();
                if (!version.is_number_unsigned()) {
                    Refuse(Format(Tr("the field '{0}' has the wrong type"), {key}));
                }
                if (version.get<std::uint64_t>() != 1) {
                    Refuse(Tr("the entry is of a format version this program does not know"));
                }
                break;
            }
            case 9: entry.workspace_id = TextField(reader, key); break;
            default: ReadWrites(reader, entry); break;
        }
    }
    reader.Finish();
    fields.ExpectAll();
    if (!IsWorkspaceIdHex(entry.workspace_id)) {
        Refuse(Tr("the workspace id is not 32 hexadecimal digits"));
    }
    if (!entry.author_key.empty() && !IsHashHex(entry.author_key)) {
        Refuse(Tr("the author's key is not 64 hexadecimal digits"));
    }
    if (!IsIsoTime(entry.time)) {
        Refuse(Tr("the time is not written as 2026-01-31T09:30:00Z"));
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
