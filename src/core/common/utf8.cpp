// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/utf8.hpp"

#include <atomic>

#include "common/error.hpp"
#include "common/text.hpp"

namespace ziwb::core {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

std::atomic<std::size_t> g_stored_repairs{0};

/// One step of a strict UTF-8 decoder at `i`. Returns the length of a valid sequence, or
/// -(length of the maximal invalid subpart) (at least 1), as the Unicode standard's "best practice"
/// for U+FFFD substitution counts it.
int Step(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) {
        return 1;
    }
    int length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;   // no overlong forms
        high = lead == 0xED ? 0x9F : 0xBF;  // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;   // no overlong forms
        high = lead == 0xF4 ? 0x8F : 0xBF;  // nothing above U+10FFFF
    } else {
        return -1;
    }
    for (int k = 1; k < length; ++k) {
        if (i + static_cast<std::size_t>(k) >= text.size()) {
            return -k;
        }
        const unsigned char next = byte(i + static_cast<std::size_t>(k));
        const unsigned char from = k == 1 ? low : 0x80;
        const unsigned char to = k == 1 ? high : 0xBF;
        if (next < from || next > to) {
            return -k;
        }
    }
    return length;
}

}  // namespace

std::size_t FindInvalidUtf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const int step = Step(text, i);
        if (step < 0) {
            return i;
        }
        i += static_cast<std::size_t>(step);
    }
    return std::string_view::npos;
}

bool IsValidUtf8(std::string_view text) {
    return FindInvalidUtf8(text) == std::string_view::npos;
}

std::size_t CountCodePoints(std::string_view text) {
    std::size_t count = 0;
    for (const char c : text) {
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return count;
}

std::string RepairUtf8(std::string_view text, bool& repaired) {
    if (IsValidUtf8(text)) {
        return std::string(text);
    }
    repaired = true;
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size();) {
        const int step = Step(text, i);
        if (step > 0) {
            out.append(text.substr(i, static_cast<std::size_t>(step)));
            i += static_cast<std::size_t>(step);
        } else {
            out.append(kReplacement);
            i += static_cast<std::size_t>(-step);
        }
    }
    return out;
}

std::string StoredText(std::string_view text) {
    bool repaired = false;
    std::string valid = RepairUtf8(text, repaired);
    if (repaired) {
        g_stored_repairs.fetch_add(1);
    }
    return valid;
}

std::size_t StoredTextRepairs() {
    return g_stored_repairs.load();
}

void CheckUserText(std::string_view text, std::string_view what, const TextLimit& limit) {
    if (const std::size_t bad = FindInvalidUtf8(text); bad != std::string_view::npos) {
        throw UserError(Format(Tr("{0} is not valid UTF-8 text (byte {1}); save it as UTF-8 and try again"),
                               {what, std::to_string(bad + 1)}));
    }
    for (const char c : text) {
        const auto code = static_cast<unsigned char>(c);
        const bool allowed_break = limit.multi_line && (c == '\n' || c == '\r' || c == '\t');
        if ((code < 0x20 || code == 0x7F) && !allowed_break) {
            throw UserError(Format(limit.multi_line
                                       ? Tr("{0} holds a control character (code {1}); remove it")
                                       : Tr("{0} must be one line without tabs or control characters (code {1})"),
                                   {what, std::to_string(code)}));
        }
    }
    if (const std::size_t length = CountCodePoints(text); length > limit.max_characters) {
        throw UserError(Format(Tr("{0} is {1} characters long; the limit is {2}: shorten it"),
                               {what, std::to_string(length), std::to_string(limit.max_characters)}));
    }
}

std::string OneLine(std::string_view text) {
    bool ignored = false;
    std::string out = RepairUtf8(text, ignored);
    for (char& c : out) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
            c = ' ';
        }
    }
    return out;
}

std::string OneLineList(const std::vector<std::string>& problems, std::size_t shown) {
    std::string line;
    for (std::size_t i = 0; i < problems.size() && i < shown; ++i) {
        line += (i == 0 ? "" : " | ") + OneLine(problems[i]);
    }
    if (problems.size() > shown) {
        line += " | " + Format(Tr("and {0} more"), {std::to_string(problems.size() - shown)});
    }
    return line;
}

}  // namespace ziwb::core
