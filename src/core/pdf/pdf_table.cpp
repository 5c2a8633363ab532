// SPDX-License-Identifier: GPL-3.0-or-later
// PdfLayout::Table: a ruled table over as many pages as its rows need.
#include <algorithm>
#include <cmath>

#include "pdf/pdf_layout.hpp"

namespace ziwb::core {
namespace {

constexpr double kCellSize = 9.5;
constexpr double kCellLeading = 1.3;
constexpr double kPadding = 3;
constexpr double kRule = 0.5;
constexpr double kHeaderFill = 0.88;
// A header is a few words; hostile header text must not leave no room for the rows.
constexpr std::size_t kMaxHeaderLines = 4;

double CellLineHeight() {
    return kCellSize * kCellLeading;
}

}  // namespace

void PdfLayout::DrawTableHeader(const PdfTable& table, const std::vector<double>& widths,
                                const std::vector<std::vector<PdfLine>>& header) {
    std::size_t lines = 1;
    for (const auto& cell : header) {
        lines = std::max(lines, cell.size());
    }
    const double height = static_cast<double>(lines) * CellLineHeight() + 2 * kPadding;
    double x = m_margins.left;
    for (std::size_t column = 0; column < widths.size(); ++column) {
        m_document.DrawRectangle(*m_page, x, m_y - height, widths[column], height, kRule, kHeaderFill);
        double top = m_y - kPadding;
        for (const PdfLine& line : header[column]) {
            const double saved = m_y;
            m_y = top;
            DrawLine(line, x + kPadding, widths[column] - 2 * kPadding, PdfFont::Bold, kCellSize,
                     table.columns[column].align == PdfAlign::Justify ? PdfAlign::Left : table.columns[column].align);
            m_y = saved;
            top -= CellLineHeight();
        }
        x += widths[column];
    }
    m_y -= height;
}

void PdfLayout::Table(const PdfTable& table) {
    if (table.columns.empty()) {
        return;
    }
    double total_weight = 0;
    for (const PdfTableColumn& column : table.columns) {
        total_weight += std::max(column.weight, 0.0);
    }
    std::vector<double> widths;
    for (const PdfTableColumn& column : table.columns) {
        widths.push_back(total_weight > 0 ? TextWidth() * std::max(column.weight, 0.0) / total_weight
                                          : TextWidth() / static_cast<double>(table.columns.size()));
    }
    const auto wrap_cell = [&](std::string_view text, std::size_t column, PdfFont font) {
        return Wrap(text, std::max(widths[column] - 2 * kPadding, 1.0), font, kCellSize);
    };
    std::vector<std::vector<PdfLine>> header;
    std::size_t header_lines = 1;
    for (std::size_t column = 0; column < table.columns.size(); ++column) {
        header.push_back(wrap_cell(table.columns[column].header, column, PdfFont::Bold));
        header.back().resize(std::min(header.back().size(), kMaxHeaderLines));
        header_lines = std::max(header_lines, header.back().size());
    }
    const double header_height = static_cast<double>(header_lines) * CellLineHeight() + 2 * kPadding;
    const double line_height = CellLineHeight();
    // The lines of one row that fit below the cursor (a cell's padding above and below included).
    const auto lines_that_fit = [&]() {
        const double free = Room() - 2 * kPadding;
        return free < line_height ? std::size_t{0} : static_cast<std::size_t>(std::floor(free / line_height));
    };
    const auto new_page_with_header = [&]() {
        NewPage();
        DrawTableHeader(table, widths, header);
    };

    // The header goes with at least the first line of the first row.
    Need(header_height + line_height + 2 * kPadding);
    DrawTableHeader(table, widths, header);
    bool rows_on_page = false;
    for (const std::vector<std::string>& row : table.rows) {
        std::vector<std::vector<PdfLine>> cells;
        std::size_t row_lines = std::clamp<std::size_t>(table.min_row_lines, 1, 8);
        for (std::size_t column = 0; column < table.columns.size(); ++column) {
            cells.push_back(wrap_cell(column < row.size() ? std::string_view(row[column]) : std::string_view(), column,
                                      PdfFont::Regular));
            row_lines = std::max(row_lines, cells.back().size());
        }
        std::size_t done = 0;
        while (done < row_lines) {
            const std::size_t remaining = row_lines - done;
            std::size_t fit = lines_that_fit();
            if (fit < remaining && (fit == 0 || rows_on_page)) {
                // A row that would fit on a fresh page moves there whole rather than being split.
                new_page_with_header();
                fit = std::max<std::size_t>(lines_that_fit(), 1);
            }
            const std::size_t count = std::min(remaining, fit);
            const double height = static_cast<double>(count) * line_height + 2 * kPadding;
            double x = m_margins.left;
            for (std::size_t column = 0; column < cells.size(); ++column) {
                m_document.DrawRectangle(*m_page, x, m_y - height, widths[column], height, kRule, -1);
                const double saved = m_y;
                m_y -= kPadding;
                for (std::size_t i = done; i < std::min(done + count, cells[column].size()); ++i) {
                    DrawLine(cells[column][i], x + kPadding, widths[column] - 2 * kPadding, PdfFont::Regular, kCellSize,
                             table.columns[column].align == PdfAlign::Justify ? PdfAlign::Left
                                                                              : table.columns[column].align);
                    m_y -= line_height;
                }
                m_y = saved;
                x += widths[column];
            }
            m_y -= height;
            done += count;
            rows_on_page = true;
            if (done < row_lines) {
                new_page_with_header();
                rows_on_page = false;
            }
        }
    }
    Space(CellLineHeight());
}

}  // namespace ziwb::core
