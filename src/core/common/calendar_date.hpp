// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace ziwb::core {

/// The year, month and day of `text` written YYYY-MM-DD (ten characters, digits in their places),
/// whether or not the calendar has that day (2026-02-30 reads, and is not ok()); nothing for any
/// other shape.
[[nodiscard]] std::optional<std::chrono::year_month_day> ReadIsoDate(std::string_view text);

/// A day of the calendar written YYYY-MM-DD, as days since the epoch; nothing for another shape or
/// a day the calendar does not have.
[[nodiscard]] std::optional<std::chrono::sys_days> ParseIsoDate(std::string_view text);

/// YYYY-MM-DD for a day of the calendar.
[[nodiscard]] std::string FormatIsoDate(std::chrono::year_month_day day);

}  // namespace ziwb::core
