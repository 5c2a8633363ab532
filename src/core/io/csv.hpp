#pragma once

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

}  // namespace ziwb::core
