// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/evidence_sheet.hpp"

#include "common/text.hpp"
#include "evidence/bundle_export.hpp"
#include "evidence/checklist.hpp"
#include "export/cell_styles.hpp"

namespace ziwb::core {
namespace {

using xlsx::ColumnHeader;
using xlsx::SheetTitle;
using xlsx::WrappedText;

void Link(lxw_format* f) {
    WrappedText(f);
    format_set_font_color(f, LXW_COLOR_BLUE);
    format_set_underline(f, LXW_UNDERLINE_SINGLE);
}
void Number(lxw_format* f) {
    WrappedText(f);
    format_set_num_format(f, "#,##0");
}

}  // namespace

EvidenceRows PlanEvidenceRows(Workspace& workspace, const std::vector<EvidenceItem>& items) {
    const Form& form = workspace.FormInUse();
    EvidenceRows plan;
    int row = kEvidenceFirstRow;
    for (const int index : form.Criteria()) {
        const FormNode& criterion = form.Node(index);
        std::vector<ChecklistEntry> checklist;
        for (const auto& item : items) {
            if (std::find(item.codes.begin(), item.codes.end(), criterion.code) == item.codes.end()) {
                continue;
            }
            if (checklist.empty()) {
                checklist = LoadChecklist(workspace, criterion.code);
            }
            // The most decisive state of the checklist lines the item is attached to.
            std::string state = "tidak pada daftar periksa";
            for (const auto& entry : checklist) {
                if (std::find(entry.items.begin(), entry.items.end(), item.id) == entry.items.end()) {
                    continue;
                }
                if (entry.state == "rejected") {
                    state = "ditolak: " + entry.reason;
                    break;
                }
                state = entry.state == "accepted" ? "diterima" : (state.starts_with("diterima") ? state : "terlampir");
            }
            auto [entry, added] = plan.by_code.try_emplace(criterion.code, row, 0);
            entry->second.second += 1;
            plan.rows.push_back({&criterion, &item, state});
            ++row;
        }
    }
    return plan;
}

void WriteEvidenceSheet(xlsx::Book& book, const Form& form, const EvidenceRows& rows,
                        const std::string& bundle_folder) {
    lxw_worksheet* sheet = book.AddSheet(kEvidenceSheet);
    xlsx::WriteText(sheet, 0, 0,
                    "BUKTI DUKUNG - tautan berkas berlaku bila folder '" + bundle_folder +
                        "' (ziwb evidence export) berada di samping buku kerja ini",
                    book.Style(SheetTitle));
    const char* headers[] = {"Kode",          "Kriteria",        "No.",
                             "Judul bukti",   "Berkas / tautan", "SHA-256",
                             "Ukuran (byte)", "Tanggal dokumen", "Ditambahkan oleh",
                             "Ditambahkan"};
    const double widths[] = {12, 40, 6, 30, 40, 24, 12, 12, 16, 20};
    for (int c = 0; c < 10; ++c) {
        xlsx::WriteText(sheet, 1, c, headers[c], book.Style(ColumnHeader));
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c], nullptr);
    }
    lxw_format* text = book.Style(WrappedText);
    int row = kEvidenceFirstRow;
    for (const auto& [criterion, item, state] : rows.rows) {
        xlsx::WriteText(sheet, row, 0, criterion->code, text);
        xlsx::WriteText(sheet, row, 1, criterion->name, text);
        xlsx::WriteNumber(sheet, row, 2, static_cast<double>(item->id), text);
        xlsx::WriteText(sheet, row, 3, item->title, text);
        const std::string target = xlsx::CellText(
            item->kind == "link" ? item->url : bundle_folder + "/" + BundlePath(form, *criterion, *item));
        const std::string shown = xlsx::CellText(item->kind == "link" ? item->url : item->file_name);
        // External links must be web addresses or files; anything else is written as plain text.
        const lxw_error linked = worksheet_write_url_opt(sheet, static_cast<lxw_row_t>(row), 4,
                                                         (item->kind == "link" ? target : "external:" + target).c_str(),
                                                         book.Style(Link), shown.c_str(), nullptr);
        if (linked != LXW_NO_ERROR) {
            xlsx::WriteText(sheet, row, 4, shown, text);
        }
        xlsx::WriteText(sheet, row, 5, item->sha256, text);
        if (item->kind == "file") {
            xlsx::WriteNumber(sheet, row, 6, static_cast<double>(item->size), book.Style(Number));
        } else {
            xlsx::WriteText(sheet, row, 6, "", text);
        }
        xlsx::WriteText(sheet, row, 7, item->document_date, text);
        xlsx::WriteText(sheet, row, 8, item->added_by, text);
        xlsx::WriteText(sheet, row, 9, item->added_at, text);
        xlsx::WriteText(sheet, row, 10, state, text);
        ++row;
    }
    worksheet_freeze_panes(sheet, kEvidenceFirstRow, 0);
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9);
    worksheet_fit_to_pages(sheet, 1, 0);
    xlsx::Book::Check(worksheet_repeat_rows(sheet, 1, 1), "repeat rows");
}

}  // namespace ziwb::core
