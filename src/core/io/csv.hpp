// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace ziwb::core {

struct CsvRow {
    int line = 0;  ///< 1-based line where the row starts, for messages
    std::vector<std::string> fields;
};

/// Parses RFC 4180 CSV: comma or semicolon separated (detected from the header line, as
/// Indonesian Excel writes semicolons), quoted fields with doubled quotes and line breaks, CRLF or
/// LF, an optional UTF-8 byte order mark. Throws UserError for an unterminated quote.
[[nodiscard]] std::vector<CsvRow> ParseCsv(std::string_view text, const std::string& display_name);

/// One field of a CSV the product writes. Text that a spreadsheet would run as a formula (it starts
/// with "=", "+", "-", "@", a tab or a carriage return) gets an apostrophe in front, as OWASP's
/// "CSV Injection" page advises, so Excel and LibreOffice show it as plain text; a field holding a
/// comma, a quote or a line break is quoted with doubled quotes (RFC 4180); invalid UTF-8 from a
/// stored workspace becomes U+FFFD.
[[nodiscard]] std::string CsvField(std::string_view text);

/// A whole record: the fields through CsvField, separated by commas, ending with a line feed.
[[nodiscard]] std::string CsvRecord(std::initializer_list<std::string_view> fields);

}  // namespace ziwb::core
