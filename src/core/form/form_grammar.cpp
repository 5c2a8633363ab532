// SPDX-License-Identifier: GPL-3.0-or-later
#include "form/form_grammar.hpp"

#include <algorithm>

namespace ziwb::core {

namespace {

bool IsAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
bool IsAsciiDigit(char c) {
    return c >= '0' && c <= '9';
}

}  // namespace

bool IsWellFormedCode(std::string_view code) {
    if (code.empty() || code.size() > kMaxCodeLength || code.front() == '.' || code.back() == '.') {
        return false;
    }
    char previous = '.';
    return std::all_of(code.begin(), code.end(), [&](char c) {
        const bool ok = IsAsciiLetter(c) || IsAsciiDigit(c) || (c == '.' && previous != '.');
        previous = c;
        return ok;
    });
}

bool IsWellFormedChoiceKey(std::string_view key) {
    return !key.empty() && key.size() <= kMaxChoiceKeyLength && IsAsciiLetter(key.front()) &&
           std::all_of(key.begin(), key.end(), [](char c) { return IsAsciiLetter(c) || IsAsciiDigit(c) || c == '_'; });
}

std::string Excerpt(std::string_view text, std::size_t length) {
    if (text.size() <= length) {
        return std::string(text);
    }
    // Step back over UTF-8 continuation bytes (10xxxxxx) so no character is cut in half.
    while (length > 0 && (static_cast<unsigned char>(text[length]) & 0xC0U) == 0x80U) {
        --length;
    }
    return std::string(text.substr(0, length)) + "...";
}

}  // namespace ziwb::core
