// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <xlsxwriter.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace ziwb::core {
class SafeFile;
}

namespace ziwb::core::xlsx {

/// "A1"-style reference of a zero-based row and column; `absolute` gives "$A$1".
[[nodiscard]] std::string Cell(int row, int column, bool absolute = false);
[[nodiscard]] std::string ColumnName(int column);

/// One number or a text, for the cached result of a formula.
struct Cached {
    bool is_number = false;
    double number = 0.0;
    std::string text;
    static Cached Number(double value) { return {true, value, {}}; }
    static Cached Text(std::string value) { return {false, 0.0, std::move(value)}; }
};

/// Owns a libxlsxwriter workbook: checks every call, closes exactly once, and on failure removes
/// the half-written file. The file is written to a temporary name and renamed when complete, so an
/// existing workbook is never left damaged by a failed export.
class Book {
public:
    Book(const std::filesystem::path& path, std::time_t created);
    Book(const Book&) = delete;
    Book& operator=(const Book&) = delete;
    ~Book();

    [[nodiscard]] lxw_workbook* Raw() { return m_workbook; }
    [[nodiscard]] lxw_worksheet* AddSheet(const std::string& name);
    /// Describes a cell format (a function of cell_styles.hpp or of the sheet's own file).
    using Describe = void (*)(lxw_format*);
    /// The format `describe` makes, created once per book: the function itself is the key, so two
    /// sheets can never get each other's format by choosing the same name.
    [[nodiscard]] lxw_format* Style(Describe describe);
    void SetProperties(const std::string& title, const std::string& subject, const std::string& author,
                       const std::string& company, const std::string& keywords, const std::string& comments);
    void SetCustomProperty(const std::string& name, const std::string& value);
    /// Writes the file. Throws Error (with the path) if libxlsxwriter fails.
    void Close();

    /// Throws an Error naming `what` when `error` is not LXW_NO_ERROR.
    static void Check(lxw_error error, std::string_view what);

private:
    std::filesystem::path m_path;
    std::unique_ptr<SafeFile> m_file;  ///< the temporary file libxlsxwriter writes, renamed by Close()
    std::time_t m_created;
    lxw_workbook* m_workbook = nullptr;
    std::map<Describe, lxw_format*> m_formats;
};

/// `text` as libxlsxwriter can write it into a cell, a merged range, a link or a property: valid
/// UTF-8 (U+FFFD for invalid bytes) and at most 32,767 characters (cut, ending with "…").
[[nodiscard]] std::string CellText(std::string_view text);

/// Writes text as text, never as a formula, whatever it starts with ("=", "+", "-", "@"): a string
/// cell is never evaluated. Text read from a workspace may come from a stranger, so invalid UTF-8
/// becomes U+FFFD and text over the cell limit of 32,767 characters is cut (ending with "…"); the
/// XML parts stay well-formed and the export never fails on them.
void WriteText(lxw_worksheet* sheet, int row, int column, const std::string& text, lxw_format* format);
void WriteNumber(lxw_worksheet* sheet, int row, int column, double value, lxw_format* format);
/// A live formula with the engine's value as its cached result, so the file shows the right
/// numbers before any recalculation.
void WriteFormula(lxw_worksheet* sheet, int row, int column, const std::string& formula, const Cached& cached,
                  lxw_format* format);

}  // namespace ziwb::core::xlsx
