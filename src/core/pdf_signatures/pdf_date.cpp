// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf_signatures/pdf_date.hpp"

#include <array>
#include <ctime>

#include "common/platform.hpp"

namespace ziwb::core::pdf_signatures {

namespace {

/// Reads `digits` decimal digits at `position`, or leaves `value` alone when the text ends there.
/// False when something other than a digit is found.
bool Digits(std::string_view text, std::size_t& position, std::size_t digits, int& value) {
    if (position >= text.size()) {
        return true;
    }
    if (text.size() - position < digits) {
        return false;
    }
    int read = 0;
    for (std::size_t i = 0; i < digits; ++i) {
        const char c = text[position + i];
        if (c < '0' || c > '9') {
            return false;
        }
        read = read * 10 + (c - '0');
    }
    value = read;
    position += digits;
    return true;
}

}  // namespace

std::optional<std::time_t> ParsePdfDate(std::string_view text) {
    if (text.starts_with("D:")) {
        text.remove_prefix(2);
    }
    if (text.size() < 4 || text.size() > 40) {
        return std::nullopt;
    }
    std::size_t position = 0;
    int year = 0;
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (!Digits(text, position, 4, year) || !Digits(text, position, 2, month) || !Digits(text, position, 2, day) ||
        !Digits(text, position, 2, hour) || !Digits(text, position, 2, minute) || !Digits(text, position, 2, second)) {
        return std::nullopt;
    }
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59 || year < 1970) {
        return std::nullopt;
    }
    int offset_minutes = 0;
    if (position < text.size()) {
        const char sign = text[position++];
        if (sign == 'Z') {
            // UTC; an apostrophe-separated offset of zero may follow
        } else if (sign == '+' || sign == '-') {
            int offset_hours = 0;
            int offset_rest = 0;
            if (!Digits(text, position, 2, offset_hours) || offset_hours > 23) {
                return std::nullopt;
            }
            if (position < text.size() && text[position] == '\'') {
                ++position;
            }
            if (!Digits(text, position, 2, offset_rest) || offset_rest > 59) {
                return std::nullopt;
            }
            offset_minutes = (offset_hours * 60 + offset_rest) * (sign == '-' ? -1 : 1);
        } else {
            return std::nullopt;
        }
    }
    std::tm parts{};
    parts.tm_year = year - 1900;
    parts.tm_mon = month - 1;
    parts.tm_mday = day;
    parts.tm_hour = hour;
    parts.tm_min = minute;
    parts.tm_sec = second;
    const std::time_t local = TimeFromUtcCalendar(parts);
    return local - static_cast<std::time_t>(offset_minutes) * 60;
}

std::string IsoUtc(std::time_t time) {
    const std::tm parts = UtcCalendarTime(time);
    // strftime rather than snprintf of each field: the compiler cannot bound an int's digits, and
    // warns (an error here) that the text may be cut.
    std::array<char, 64> text{};
    const std::size_t length = std::strftime(text.data(), text.size(), "%Y-%m-%dT%H:%M:%SZ", &parts);
    return {text.data(), length};
}

}  // namespace ziwb::core::pdf_signatures
