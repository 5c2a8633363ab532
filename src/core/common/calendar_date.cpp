// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/calendar_date.hpp"

#include <algorithm>
#include <cstdio>

namespace ziwb::core {

std::optional<std::chrono::year_month_day> ReadIsoDate(std::string_view text) {
    const bool shape = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                       std::all_of(text.begin(), text.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
    if (!shape) {
        return std::nullopt;
    }
    const auto number = [&](std::size_t from, std::size_t length) {
        int value = 0;
        for (std::size_t i = from; i < from + length; ++i) {
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    return std::chrono::year_month_day{std::chrono::year(number(0, 4)),
                                       std::chrono::month(static_cast<unsigned>(number(5, 2))),
                                       std::chrono::day(static_cast<unsigned>(number(8, 2)))};
}

std::optional<std::chrono::sys_days> ParseIsoDate(std::string_view text) {
    const auto day = ReadIsoDate(text);
    if (!day || !day->ok()) {
        return std::nullopt;
    }
    return std::chrono::sys_days(*day);
}

std::string FormatIsoDate(std::chrono::year_month_day day) {
    // Room for any value, so that no compiler sees a possible truncation.
    char text[48];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(day.year()), static_cast<unsigned>(day.month()),
                  static_cast<unsigned>(day.day()));
    return text;
}

}  // namespace ziwb::core
