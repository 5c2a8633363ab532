// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/text.hpp"

#include <atomic>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>
#include <unordered_map>

#include "common/po_catalog.hpp"

namespace ziwb::core {
namespace {

std::atomic<int> g_language{-1};

bool StartsWithEnglish(const char* value) {
    return value != nullptr && value[0] == 'e' && value[1] == 'n' &&
           (value[2] == '\0' || value[2] == '_' || value[2] == '.' || value[2] == ':' || value[2] == '@');
}

const std::unordered_map<std::string, std::string>& IndonesianCatalog() {
    static const auto catalog = ParsePoCatalog(kIndonesianPo);
    return catalog;
}

}  // namespace

Language LanguageFromEnvironment() {
    // The first variable that is set and non-empty decides, as gettext does.
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (value != nullptr && value[0] != '\0') {
            return StartsWithEnglish(value) ? Language::English : Language::Indonesian;
        }
    }
    return Language::Indonesian;
}

Language CurrentLanguage() {
    int value = g_language.load();
    if (value < 0) {
        value = static_cast<int>(LanguageFromEnvironment());
        g_language.store(value);
    }
    return static_cast<Language>(value);
}

void SetLanguage(Language language) {
    g_language.store(static_cast<int>(language));
}

std::string Tr(std::string_view english) {
    if (CurrentLanguage() == Language::English) {
        return std::string(english);
    }
    const auto& catalog = IndonesianCatalog();
    const auto found = catalog.find(std::string(english));
    if (found == catalog.end() || found->second.empty()) {
        return std::string(english);
    }
    return found->second;
}

std::string Format(std::string_view pattern, std::initializer_list<std::string_view> args) {
    std::string out;
    out.reserve(pattern.size() + 32);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{') {
            const std::size_t close = pattern.find('}', i);
            if (close != std::string_view::npos && close > i + 1) {
                std::size_t index = 0;
                const auto digits = pattern.substr(i + 1, close - i - 1);
                const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
                if (ec == std::errc() && ptr == digits.data() + digits.size() && index < args.size()) {
                    out.append(*(args.begin() + index));
                    i = close;
                    continue;
                }
            }
        }
        out.push_back(pattern[i]);
    }
    return out;
}

double RoundHalfUp(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    // The small bias makes 74.995 (stored as 74.99499999...) round up, as a person reading the
    // decimal number expects; it is far below any difference a score can really have.
    const double scaled = std::fabs(value) * scale;
    const double rounded = std::floor(scaled + 0.5 + 1e-7) / scale;
    return value < 0 ? -rounded : rounded;
}

std::string BytesToHex(std::string_view bytes) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(bytes.size() * 2);
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        hex += kHex[byte >> 4U];
        hex += kHex[byte & 0x0fU];
    }
    return hex;
}

int HexDigitValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

std::string FormatNumber(double value, int decimals) {
    const double rounded = RoundHalfUp(value, decimals);
    std::string text(64, '\0');
    const auto [end, ec] =
        std::to_chars(text.data(), text.data() + text.size(), rounded, std::chars_format::fixed, decimals);
    text.resize(ec == std::errc() ? static_cast<std::size_t>(end - text.data()) : 0);
    // "-0.00" after rounding a tiny negative number reads as zero.
    if (text.starts_with('-') && text.find_first_not_of("-0.,") == std::string::npos) {
        text.erase(0, 1);
    }
    if (CurrentLanguage() == Language::Indonesian) {
        for (char& c : text) {
            if (c == '.') {
                c = ',';
            }
        }
    }
    return text;
}

std::string FormatMachineNumber(double value) {
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value == 0.0 ? 0.0 : value);
    return ec == std::errc() ? std::string(buffer, end) : std::string("0");
}

std::string AsciiLower(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

std::string_view TrimSpaces(std::string_view text) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; };
    for (;;) {
        if (!text.empty() && space(text.front())) {
            text.remove_prefix(1);
        } else if (text.starts_with("\xC2\xA0")) {
            text.remove_prefix(2);
        } else if (!text.empty() && space(text.back())) {
            text.remove_suffix(1);
        } else if (text.ends_with("\xC2\xA0")) {
            text.remove_suffix(2);
        } else {
            return text;
        }
    }
}

}  // namespace ziwb::core
