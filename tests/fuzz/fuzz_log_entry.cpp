// SPDX-License-Identifier: GPL-3.0-or-later
// A log entry as received from a stranger (an exchange file, a merged copy, the hub): DecodeEntry
// gives an entry or one LogFormatError, never a crash. And the one-pass canonical reader under it
// must accept exactly the texts its definition accepts, to the same value: what nlohmann::json
// parses, with no fractions and nesting at most 12 deep, and that its dump() writes back byte for
// byte (docs/log-format.md). A disagreement stops the run.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>

#include "common/utf8.hpp"
#include "log/canonical_json.hpp"
#include "log/log_entry.hpp"

namespace {

using Json = nlohmann::json;
constexpr int kDepth = 12;

int Depth(const Json& value) {
    int deepest = 0;
    for (const Json& child : value) {
        if (child.is_structured()) {
            deepest = std::max(deepest, Depth(child));
        }
    }
    return deepest + 1;
}

bool HasFloat(const Json& value) {
    return value.is_number_float() || (value.is_structured() && std::any_of(value.begin(), value.end(), HasFloat));
}

/// The same kind at every node: nlohmann compares 5 (unsigned) and 5 (signed) equal.
bool SameKinds(const Json& one, const Json& other) {
    if (one.type() != other.type() || one.size() != other.size()) {
        return false;
    }
    if (one.is_object()) {
        for (auto a = one.begin(), b = other.begin(); a != one.end(); ++a, ++b) {
            if (a.key() != b.key() || !SameKinds(*a, *b)) {
                return false;
            }
        }
    } else if (one.is_array()) {
        for (std::size_t i = 0; i < one.size(); ++i) {
            if (!SameKinds(one[i], other[i])) {
                return false;
            }
        }
    }
    return true;
}

std::optional<Json> Definition(const std::string& text) {
    Json parsed = Json::parse(text, nullptr, false);
    if (parsed.is_discarded() || HasFloat(parsed) || (parsed.is_structured() && Depth(parsed) > kDepth) ||
        parsed.dump() != text) {
        return std::nullopt;
    }
    return parsed;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        (void)ziwb::core::DecodeEntry(text);
    } catch (const ziwb::core::LogFormatError&) {
    }
    if (!ziwb::core::IsValidUtf8(text) || size > 4096) {
        return 0;  // the reader's callers check UTF-8 first; the definition recurses without a bound
    }
    std::optional<Json> read;
    try {
        read = ziwb::core::ParseCanonicalJson(text, kDepth);
    } catch (const ziwb::core::LogFormatError&) {
    }
    const std::optional<Json> defined = Definition(text);
    // Same acceptance, same value, and the same kind of number (5 unsigned, -5 signed).
    if (read.has_value() != defined.has_value() ||
        (read && (*read != *defined || !SameKinds(*read, *defined) || read->dump() != text))) {
        std::abort();
    }
    return 0;
}
