// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/canonical_json.hpp"

#include <limits>

#include "common/text.hpp"
#include "log/log_entry.hpp"

namespace ziwb::core {
namespace {

using Json = nlohmann::json;

bool IsSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The bytes below 0x20 that dump() writes with a letter escape; the others it writes as \u00xx.
bool HasLetterEscape(int byte) {
    return byte == 0x08 || byte == 0x09 || byte == 0x0a || byte == 0x0c || byte == 0x0d;
}

}  // namespace

CanonicalJsonReader::CanonicalJsonReader(std::string_view text, int max_depth) : m_text(text), m_max_depth(max_depth) {}

void CanonicalJsonReader::NotJson() const {
    throw LogFormatError(Tr("the entry is not a JSON object"));
}

void CanonicalJsonReader::NotCanonical() const {
    throw LogFormatError(Tr("the entry is not in the canonical encoding (sorted keys, no spaces, no duplicates)"));
}

JsonKind CanonicalJsonReader::Peek() const {
    if (m_at >= m_text.size()) {
        NotJson();
    }
    const char c = m_text[m_at];
    switch (c) {
        case '{': return JsonKind::Object;
        case '[': return JsonKind::Array;
        case '"': return JsonKind::String;
        case 't':
        case 'f': return JsonKind::Boolean;
        case 'n': return JsonKind::Null;
        default: break;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
        return JsonKind::Number;
    }
    if (IsSpace(c)) {
        NotCanonical();
    }
    NotJson();
}

void CanonicalJsonReader::Expect(char c) {
    if (m_at < m_text.size() && m_text[m_at] == c) {
        ++m_at;
        return;
    }
    if (m_at < m_text.size() && IsSpace(m_text[m_at])) {
        NotCanonical();
    }
    NotJson();
}

void CanonicalJsonReader::Enter(char opening) {
    if (static_cast<int>(m_levels.size()) >= m_max_depth) {
        throw LogFormatError(Tr("the entry is nested too deeply"));
    }
    Expect(opening);
    m_levels.emplace_back();
}

void CanonicalJsonReader::EnterObject() {
    Enter('{');
}

void CanonicalJsonReader::EnterArray() {
    Enter('[');
}

void CanonicalJsonReader::Leave() {
    ++m_at;
    m_levels.pop_back();
}

void CanonicalJsonReader::Separator() {
    Level& level = m_levels.back();
    if (!level.first) {
        Expect(',');
    }
    level.first = false;
}

bool CanonicalJsonReader::NextKey(std::string& key) {
    if (m_at < m_text.size() && m_text[m_at] == '}') {
        Leave();
        return false;
    }
    const bool first = m_levels.back().first;
    Separator();
    ReadString(key);  // a key is a string
    Level& level = m_levels.back();
    // Sorted as std::map sorts them (bytes compared unsigned), strictly: a key twice is refused too.
    if (!first && !(level.last_key < key)) {
        NotCanonical();
    }
    level.last_key = key;
    Expect(':');
    return true;
}

bool CanonicalJsonReader::NextItem() {
    if (m_at < m_text.size() && m_text[m_at] == ']') {
        Leave();
        return false;
    }
    Separator();
    return true;
}

void CanonicalJsonReader::ReadString(std::string& out) {
    out.clear();
    Expect('"');
    for (;;) {
        const std::size_t start = m_at;
        while (m_at < m_text.size()) {
            const auto c = static_cast<unsigned char>(m_text[m_at]);
            if (c == '"' || c == '\\' || c < 0x20) {
                break;
            }
            ++m_at;
        }
        out.append(m_text.data() + start, m_at - start);
        if (m_at >= m_text.size() || static_cast<unsigned char>(m_text[m_at]) < 0x20) {
            NotJson();  // unterminated, or a control byte JSON wants escaped
        }
        if (m_text[m_at++] == '"') {
            return;
        }
        if (m_at >= m_text.size()) {
            NotJson();
        }
        const char escape = m_text[m_at++];
        switch (escape) {
            case '"':
            case '\\': out.push_back(escape); continue;
            case 'b': out.push_back('\b'); continue;
            case 'f': out.push_back('\f'); continue;
            case 'n': out.push_back('\n'); continue;
            case 'r': out.push_back('\r'); continue;
            case 't': out.push_back('\t'); continue;
            case '/': NotCanonical();  // valid JSON, but dump() writes '/' as it is
            case 'u': break;
            default: NotJson();
        }
        if (m_text.size() - m_at < 4) {
            NotJson();
        }
        int value = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = HexDigitValue(m_text[m_at + static_cast<std::size_t>(i)]);
            if (digit < 0) {
                NotJson();
            }
            value = value * 16 + digit;
        }
        const std::string_view digits = m_text.substr(m_at, 4);
        m_at += 4;
        // Only a control byte without a letter escape is written so, in lowercase hex; any other
        // \u escape (a letter, an accented letter, a surrogate pair) is a second spelling.
        const bool lowercase = digits.find_first_of("ABCDEF") == std::string_view::npos;
        if (value >= 0x20 || HasLetterEscape(value) || !lowercase) {
            NotCanonical();
        }
        out.push_back(static_cast<char>(value));
    }
}

void CanonicalJsonReader::ReadInteger(bool& negative, std::uint64_t& magnitude) {
    negative = m_at < m_text.size() && m_text[m_at] == '-';
    if (negative) {
        ++m_at;
    }
    const std::size_t start = m_at;
    magnitude = 0;
    bool too_large = false;
    while (m_at < m_text.size() && m_text[m_at] >= '0' && m_text[m_at] <= '9') {
        const auto digit = static_cast<std::uint64_t>(m_text[m_at] - '0');
        if (magnitude > (std::numeric_limits<std::uint64_t>::max() - digit) / 10) {
            too_large = true;
        }
        magnitude = magnitude * 10 + digit;
        ++m_at;
    }
    const std::size_t digits = m_at - start;
    if (digits == 0) {
        NotJson();
    }
    if (m_at < m_text.size() && (m_text[m_at] == '.' || m_text[m_at] == 'e' || m_text[m_at] == 'E')) {
        throw LogFormatError(Tr("the entry holds a fractional number, which the format does not allow"));
    }
    if (digits > 1 && m_text[start] == '0') {
        NotJson();  // a leading zero is not JSON
    }
    constexpr std::uint64_t kLowestMagnitude = std::uint64_t{1} << 63;  // of INT64_MIN
    if (too_large || (negative && magnitude > kLowestMagnitude)) {
        throw LogFormatError(Tr("the entry holds a number beyond 64 bits, which the format does not allow"));
    }
    if (negative && magnitude == 0) {
        NotCanonical();  // -0 is written 0
    }
}

std::string CanonicalJsonReader::String() {
    std::string text;
    ReadString(text);
    return text;
}

bool CanonicalJsonReader::Boolean() {
    const std::string_view rest = m_text.substr(m_at);
    if (rest.starts_with("true")) {
        m_at += 4;
        return true;
    }
    if (rest.starts_with("false")) {
        m_at += 5;
        return false;
    }
    NotJson();
}

Json CanonicalJsonReader::Value() {
    switch (Peek()) {
        case JsonKind::Object: {
            EnterObject();
            Json object = Json::object();
            auto& members = object.get_ref<Json::object_t&>();
            std::string key;
            while (NextKey(key)) {
                Json member = Value();
                members.emplace_hint(members.end(), std::move(key), std::move(member));
            }
            return object;
        }
        case JsonKind::Array: {
            EnterArray();
            Json array = Json::array();
            while (NextItem()) {
                array.push_back(Value());
            }
            return array;
        }
        case JsonKind::String: return String();
        case JsonKind::Number: {
            bool negative = false;
            std::uint64_t magnitude = 0;
            ReadInteger(negative, magnitude);
            // As nlohmann reads them: unsigned when not negative, signed otherwise (the two's complement
            // of the magnitude, INT64_MIN included).
            return negative ? Json(static_cast<std::int64_t>(0 - magnitude)) : Json(magnitude);
        }
        case JsonKind::Boolean: return Boolean();
        case JsonKind::Null:
            if (!m_text.substr(m_at).starts_with("null")) {
                NotJson();
            }
            m_at += 4;
            return nullptr;
    }
    NotJson();
}

void CanonicalJsonReader::Finish() const {
    if (m_at == m_text.size()) {
        return;
    }
    if (IsSpace(m_text[m_at])) {
        NotCanonical();
    }
    NotJson();
}

Json ParseCanonicalJson(std::string_view text, int max_depth) {
    CanonicalJsonReader reader(text, max_depth);
    Json value = reader.Value();
    reader.Finish();
    return value;
}

}  // namespace ziwb::core
