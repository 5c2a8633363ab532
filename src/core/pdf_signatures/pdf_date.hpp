// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ctime>
#include <optional>
#include <string>
#include <string_view>

namespace ziwb::core::pdf_signatures {

/// A PDF date string (PDF 32000-1 7.9.4: D:YYYYMMDDHHmmSSOHH'mm', every part after the year
/// optional) as UTC seconds; nullopt when it is not one.
[[nodiscard]] std::optional<std::time_t> ParsePdfDate(std::string_view text);

/// UTC seconds as 2026-01-30T03:15:00Z.
[[nodiscard]] std::string IsoUtc(std::time_t time);

}  // namespace ziwb::core::pdf_signatures
