// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ziwb::core {

/// What the next value is, seen from its first byte.
enum class JsonKind : char { Object, Array, String, Number, Boolean, Null };

/// Reads JSON that must be exactly its canonical encoding, the bytes a log entry is hashed and signed
/// as (docs/log-format.md): what nlohmann::json's dump() writes with its keys sorted. That is no
/// white space, object keys in strictly increasing byte order (so none twice), integers with no sign
/// but a needed minus and no leading zero, no fractions or exponents, and strings escaped exactly
/// where they must be (\" \\ \b \f \n \r \t, and \u00xx in lowercase for the other bytes below
/// 0x20). Two encodings of one entry would be two hashes of one change.
///
/// It reads in one pass, so that an entry is decoded without first building, then dumping and
/// comparing, a whole document (the log's verify decodes every entry). The caller walks the
/// structure it expects (EnterObject, NextKey, String, ...), and Value() reads any value whole.
/// Every refusal throws LogFormatError saying what is wrong; the text must be valid UTF-8 (the
/// caller checks it once for the whole).
class CanonicalJsonReader {
public:
    CanonicalJsonReader(std::string_view text, int max_depth);

    /// The kind of the next value; refuses when there is none.
    [[nodiscard]] JsonKind Peek() const;
    /// Reads '{'. Then NextKey gives each key in turn and false after the closing '}'.
    void EnterObject();
    /// The next key of the object entered last, its ':' read; false (and the '}' read) at its end.
    /// Refuses a key not after the one before it.
    [[nodiscard]] bool NextKey(std::string& key);
    /// Reads '['. Then NextItem says whether another item follows, false after the closing ']'.
    void EnterArray();
    [[nodiscard]] bool NextItem();
    [[nodiscard]] std::string String();
    [[nodiscard]] bool Boolean();
    /// Any value, read whole: integers as nlohmann reads them (unsigned when not negative).
    [[nodiscard]] nlohmann::json Value();
    /// Refuses anything after the value read.
    void Finish() const;

private:
    struct Level {
        bool first = true;
        std::string last_key;
    };
    [[noreturn]] void NotJson() const;
    [[noreturn]] void NotCanonical() const;
    void Expect(char c);
    /// Reads '{' or '[' one level deeper, refusing a level beyond the bound before it recurses.
    void Enter(char opening);
    void Leave();
    void Separator();
    void ReadString(std::string& out);
    /// An integer: `negative` says which of the two results holds it.
    void ReadInteger(bool& negative, std::uint64_t& magnitude);

    std::string_view m_text;
    std::size_t m_at = 0;
    int m_max_depth;
    std::vector<Level> m_levels;
};

/// The whole text as one canonical JSON value (CanonicalJsonReader), nested at most `max_depth` deep.
[[nodiscard]] nlohmann::json ParseCanonicalJson(std::string_view text, int max_depth);

}  // namespace ziwb::core
