// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/readiness_sheet.hpp"

#include "common/text.hpp"
#include "export/cell_styles.hpp"

namespace ziwb::core {
namespace {

void OverdueText(lxw_format* f) {
    xlsx::WrappedText(f);
    format_set_bg_color(f, 0xF8CBAD);
    format_set_font_color(f, 0x9C0006);
}

void PointsNumber(lxw_format* f) {
    xlsx::WrappedText(f);
    format_set_num_format(f, "0.00");
}

/// The sheet's title row and column headers, with the widths of the columns.
lxw_worksheet* StartSheet(xlsx::Book& book, const char* name, const std::string& title,
                          const std::vector<std::pair<std::string, double>>& columns) {
    lxw_worksheet* sheet = book.AddSheet(name);
    xlsx::WriteText(sheet, 0, 0, title, book.Style(xlsx::SheetTitle));
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const auto column = static_cast<lxw_col_t>(c);
        xlsx::WriteText(sheet, 1, static_cast<int>(c), columns[c].first, book.Style(xlsx::ColumnHeader));
        worksheet_set_column(sheet, column, column, columns[c].second, nullptr);
    }
    worksheet_freeze_panes(sheet, 2, 0);
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9);
    worksheet_fit_to_pages(sheet, 1, 0);
    xlsx::Book::Check(worksheet_repeat_rows(sheet, 1, 1), "repeat rows");
    return sheet;
}

}  // namespace

void WriteReadinessSheet(xlsx::Book& book, const std::vector<ReadinessFinding>& findings) {
    lxw_worksheet* sheet =
        StartSheet(book, kReadinessSheet,
                   "KESIAPAN - masalah yang akan ditemukan evaluator, nilai terbesar yang dipertaruhkan lebih dulu",
                   {{"No.", 6}, {"Nilai", 8}, {"Kode", 14}, {"Jenis", 20}, {"Masalah", 60}, {"Tindakan", 60}});
    lxw_format* text = book.Style(xlsx::WrappedText);
    int row = 2;
    for (const ReadinessFinding& finding : findings) {
        xlsx::WriteNumber(sheet, row, 0, row - 1, text);
        xlsx::WriteNumber(sheet, row, 1, finding.points, book.Style(PointsNumber));
        xlsx::WriteText(sheet, row, 2, finding.code, text);
        xlsx::WriteText(sheet, row, 3, finding.gap.empty() ? std::string(FindingKindId(finding.kind)) : finding.gap,
                        text);
        xlsx::WriteText(sheet, row, 4, finding.problem, text);
        xlsx::WriteText(sheet, row, 5, finding.action, text);
        ++row;
    }
    if (findings.empty()) {
        xlsx::WriteText(sheet, row, 4, "Tidak ada masalah yang ditemukan.", text);
    }
}

void WritePlanSheet(xlsx::Book& book, const Form& form, const std::vector<PlanTask>& tasks, const std::string& today) {
    lxw_worksheet* sheet =
        StartSheet(book, kPlanSheet, "RENCANA AKSI - tugas per kriteria; merah: lewat tenggat (per " + today + ")",
                   {{"No.", 6},
                    {"Kode", 14},
                    {"Kriteria", 40},
                    {"Tugas", 50},
                    {"Penanggung jawab", 20},
                    {"Tenggat", 12},
                    {"Status", 12},
                    {"Target", 16}});
    int row = 2;
    for (const PlanTask& task : tasks) {
        lxw_format* format = book.Style(task.Overdue(today) ? OverdueText : xlsx::WrappedText);
        const FormNode* node = form.FindNode(task.code);
        xlsx::WriteNumber(sheet, row, 0, static_cast<double>(task.id), format);
        xlsx::WriteText(sheet, row, 1, task.code, format);
        xlsx::WriteText(sheet, row, 2, node != nullptr ? node->name : std::string(), format);
        xlsx::WriteText(sheet, row, 3, task.task, format);
        xlsx::WriteText(sheet, row, 4, task.person, format);
        xlsx::WriteText(sheet, row, 5, task.due_date, format);
        xlsx::WriteText(sheet, row, 6,
                        task.status == "done"    ? "selesai"
                        : task.status == "doing" ? "berjalan"
                                                 : "belum mulai",
                        format);
        xlsx::WriteText(sheet, row, 7, task.target, format);
        ++row;
    }
}

}  // namespace ziwb::core
