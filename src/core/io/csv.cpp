// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv.hpp"

#include "common/error.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"

namespace ziwb::core {

std::vector<CsvRow> ParseCsv(std::string_view text, const std::string& display_name) {
    if (text.starts_with("\xEF\xBB\xBF")) {
        text.remove_prefix(3);
    }
    const std::size_t first_line_end = text.find('\n');
    const std::string_view header = text.substr(0, first_line_end);
    const char separator =
        header.find(',') == std::string_view::npos && header.find(';') != std::string_view::npos ? ';' : ',';

    std::vector<CsvRow> rows;
    CsvRow row;
    std::string field;
    int line = 1;
    row.line = 1;
    bool quoted = false;
    bool field_started = false;
    int quote_line = 0;
    auto end_field = [&] {
        row.fields.push_back(std::move(field));
        field.clear();
        field_started = false;
    };
    auto end_row = [&] {
        end_field();
        const bool blank = row.fields.size() == 1 && row.fields[0].empty();
        if (!blank) {
            rows.push_back(std::move(row));
        }
        row = CsvRow{};
        row.line = line;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field.push_back('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n') {
                    ++line;
                }
                field.push_back(c);
            }
            continue;
        }
        if (c == '"' && !field_started) {
            quoted = true;
            field_started = true;
            quote_line = line;
        } else if (c == separator) {
            end_field();
        } else if (c == '\n') {
            ++line;
            end_row();
        } else if (c == '\r') {
            // part of CRLF
        } else {
            field.push_back(c);
            field_started = true;
        }
    }
    if (quoted) {
        throw UserError(Format(Tr("{0}:{1}: a quoted field is never closed (a \" is missing)"),
                               {display_name, std::to_string(quote_line)}));
    }
    if (field_started || !row.fields.empty() || !field.empty()) {
        end_row();
    }
    return rows;
}

std::string CsvField(std::string_view text) {
    bool repaired = false;
    std::string field = RepairUtf8(text, repaired);
    if (!field.empty() && std::string_view("=+-@\t\r").find(field.front()) != std::string_view::npos) {
        field.insert(field.begin(), '\'');
    }
    if (field.find_first_of(",;\"\n\r") == std::string::npos) {
        return field;
    }
    std::string quoted = "\"";
    for (const char c : field) {
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return quoted + "\"";
}

std::string CsvRecord(std::initializer_list<std::string_view> fields) {
    std::string record;
    bool first = true;
    for (const auto field : fields) {
        record += (first ? "" : ",") + CsvField(field);
        first = false;
    }
    return record + "\n";
}

}  // namespace ziwb::core
