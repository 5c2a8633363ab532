// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/xlsx_book.hpp"

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "io/file_primitives.hpp"
#include "io/safe_file.hpp"

namespace ziwb::core::xlsx {
namespace {

constexpr std::size_t kCellLimit = 32767;  // characters in one cell (Excel's and libxlsxwriter's limit)

}  // namespace

std::string CellText(std::string_view text) {
    bool repaired = false;
    std::string valid = RepairUtf8(text, repaired);
    if (CountCodePoints(valid) <= kCellLimit) {
        return valid;
    }
    std::size_t characters = 0;
    std::size_t end = 0;
    for (; end < valid.size(); ++end) {
        if ((static_cast<unsigned char>(valid[end]) & 0xC0) != 0x80 && ++characters == kCellLimit) {
            break;  // room for the ellipsis
        }
    }
    valid.resize(end);
    return valid + "\xE2\x80\xA6";
}

std::string ColumnName(int column) {
    std::string name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
        name.insert(name.begin(), static_cast<char>('A' + (c - 1) % 26));
    }
    return name;
}

std::string Cell(int row, int column, bool absolute) {
    const std::string dollar = absolute ? "$" : "";
    return dollar + ColumnName(column) + dollar + std::to_string(row + 1);
}

void Book::Check(lxw_error error, std::string_view what) {
    if (error != LXW_NO_ERROR) {
        throw Error(Format(Tr("writing the workbook failed ({0}): {1}"), {what, lxw_strerror(error)}));
    }
}

Book::Book(const std::filesystem::path& path, std::time_t created)
    : m_path(path), m_file(std::make_unique<SafeFile>(path, Overwrite::Allowed)), m_created(created) {
    RefuseDeviceName(path);
    lxw_workbook_options options{};
    options.constant_memory = 0;
    options.use_zip64 = 0;
    // libxlsxwriter opens its file with fopen, which on Windows reads the name in the ANSI code page:
    // it gets a name it can open (the short 8.3 form where the path has other letters).
    const std::string name = file_primitives::NarrowNameForCLibrary(m_file->TemporaryPath());
    if (name.empty()) {
        throw UserError(Format(Tr("cannot write {0}: this disk keeps no short names for the letters in its folder "
                                  "names; choose a folder whose path has only ASCII letters"),
                               {PathToUtf8(path)}));
    }
    m_workbook = workbook_new_opt(name.c_str(), &options);
    if (m_workbook == nullptr) {
        throw UserError(
            Format(Tr("cannot write {0}: check that the folder exists and you may write in it"), {PathToUtf8(path)}));
    }
}

Book::~Book() {
    if (m_workbook != nullptr) {
        // Closing is the only way to free the workbook; the file it writes is not wanted (m_file
        // removes it).
        workbook_close(m_workbook);
    }
}

lxw_worksheet* Book::AddSheet(const std::string& name) {
    lxw_worksheet* sheet = workbook_add_worksheet(m_workbook, name.c_str());
    if (sheet == nullptr) {
        throw Error("cannot add worksheet " + name);
    }
    return sheet;
}

lxw_format* Book::Style(Describe describe) {
    const auto found = m_formats.find(describe);
    if (found != m_formats.end()) {
        return found->second;
    }
    lxw_format* format = workbook_add_format(m_workbook);
    describe(format);
    m_formats.emplace(describe, format);
    return format;
}

void Book::SetProperties(const std::string& title, const std::string& subject, const std::string& author,
                         const std::string& company, const std::string& keywords, const std::string& comments) {
    // libxlsxwriter copies the strings; the buffers only need to live for this call.
    std::string t = CellText(title), s = CellText(subject), a = CellText(author), c = CellText(company),
                k = CellText(keywords), m = CellText(comments);
    lxw_doc_properties properties{};
    properties.title = t.data();
    properties.subject = s.data();
    properties.author = a.data();
    properties.company = c.data();
    properties.keywords = k.data();
    properties.comments = m.data();
    properties.created = m_created;
    Check(workbook_set_properties(m_workbook, &properties), "properties");
}

void Book::SetCustomProperty(const std::string& name, const std::string& value) {
    Check(workbook_set_custom_property_string(m_workbook, name.c_str(), CellText(value).c_str()), "custom property");
}

void Book::Close() {
    lxw_workbook* workbook = m_workbook;
    m_workbook = nullptr;
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR) {
        std::string reason = lxw_strerror(error);
        while (!reason.empty() && reason.back() == '.') {
            reason.pop_back();
        }
        throw UserError(
            Format(Tr("cannot write {0}: {1}. The earlier file, if any, is unchanged"), {PathToUtf8(m_path), reason}));
    }
    m_file->Commit();
}

void WriteText(lxw_worksheet* sheet, int row, int column, const std::string& text, lxw_format* format) {
    if (text.empty()) {
        Book::Check(worksheet_write_blank(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), format),
                    "blank cell");
        return;
    }
    Book::Check(worksheet_write_string(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column),
                                       CellText(text).c_str(), format),
                "text cell");
}

void WriteNumber(lxw_worksheet* sheet, int row, int column, double value, lxw_format* format) {
    Book::Check(
        worksheet_write_number(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), value, format),
        "number cell");
}

void WriteFormula(lxw_worksheet* sheet, int row, int column, const std::string& formula, const Cached& cached,
                  lxw_format* format) {
    const auto r = static_cast<lxw_row_t>(row);
    const auto c = static_cast<lxw_col_t>(column);
    const std::string text = "=" + formula;
    Book::Check(cached.is_number
                    ? worksheet_write_formula_num(sheet, r, c, text.c_str(), format, cached.number)
                    : worksheet_write_formula_str(sheet, r, c, text.c_str(), format, CellText(cached.text).c_str()),
                "formula cell");
}

}  // namespace ziwb::core::xlsx
