// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/recap_workbook.hpp"

#include <algorithm>
#include <ctime>
#include <string>
#include <utility>

#include "common/platform.hpp"
#include "export/cell_styles.hpp"
#include "export/xlsx_book.hpp"

namespace ziwb::core {
namespace {

void TwoDecimals(lxw_format* f) {
    xlsx::WrappedText(f);
    format_set_num_format(f, "0.00");
}

void ProblemText(lxw_format* f) {
    xlsx::WrappedText(f);
    format_set_font_color(f, 0x9C0006);
}

/// Every predicate any unit's form judges, in the order first met (WBK, WBBM).
std::vector<std::string> Predicates(const std::vector<UnitSummary>& units) {
    std::vector<std::string> predicates;
    for (const UnitSummary& unit : units) {
        for (const auto& [predicate, eligible] : unit.unit.verdicts) {
            if (std::find(predicates.begin(), predicates.end(), predicate) == predicates.end()) {
                predicates.push_back(predicate);
            }
        }
    }
    return predicates;
}

std::string VerdictText(const LayerFigures& figures, const std::string& predicate) {
    for (const auto& [name, eligible] : figures.verdicts) {
        if (name == predicate) {
            return eligible ? "memenuhi" : "tidak memenuhi";
        }
    }
    return "-";
}

class RecapWriter {
public:
    RecapWriter(xlsx::Book& book, std::vector<std::string> predicates)
        : m_book(book), m_predicates(std::move(predicates)), m_sheet(book.AddSheet(kRecapSheet)) {}

    void Header(const std::string& review_layer, RecapSource source) {
        const std::string layer = review_layer.empty() ? std::string("tpi") : review_layer;
        std::vector<std::pair<std::string, double>> columns = {
            {"No.", 5},        {source == RecapSource::Hub ? "Kode unit" : "Berkas", 24},
            {"Unit", 32},      {"Instansi", 26},
            {"Tahun", 7},      {"Predikat saat ini", 10},
            {"Nilai unit", 9}, {"Pengungkit unit", 10},
            {"Hasil unit", 9}, {"Kelengkapan unit (%)", 11}};
        for (const std::string& predicate : m_predicates) {
            columns.emplace_back(predicate + " (unit)", 12);
        }
        for (const char* name : {"Nilai ", "Pengungkit ", "Hasil ", "Kelengkapan (%) "}) {
            columns.emplace_back(name + layer, 10);
        }
        for (const std::string& predicate : m_predicates) {
            columns.emplace_back(std::string(predicate).append(" (").append(layer).append(")"), 12);
        }
        for (const char* name :
             {"Selisih nilai", "Belum dicek", "Sedang dicek", "Perlu revisi", "Siap dicek ulang", "Selesai",
              "Reviu ditutup", "Perubahan terakhir", "Hari sejak perubahan", "Keterangan"}) {
            columns.emplace_back(name, name == std::string("Keterangan") ? 40 : 11);
        }
        xlsx::WriteText(m_sheet, 0, 0, "REKAPITULASI PENILAIAN ZONA INTEGRITAS PER UNIT (" + layer + ")",
                        m_book.Style(xlsx::SheetTitle));
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const auto column = static_cast<lxw_col_t>(c);
            xlsx::WriteText(m_sheet, 1, static_cast<int>(c), columns[c].first, m_book.Style(xlsx::ColumnHeader));
            worksheet_set_column(m_sheet, column, column, columns[c].second, nullptr);
        }
        worksheet_freeze_panes(m_sheet, 2, 3);
        worksheet_set_landscape(m_sheet);
        worksheet_set_paper(m_sheet, 9);
        worksheet_fit_to_pages(m_sheet, 1, 0);
        xlsx::Book::Check(worksheet_repeat_rows(m_sheet, 1, 1), "repeat rows");
        xlsx::Book::Check(worksheet_autofilter(m_sheet, 1, 0, 1, static_cast<lxw_col_t>(columns.size() - 1)),
                          "autofilter");
    }

    void Row(int number, const UnitSummary& unit) {
        lxw_format* text = m_book.Style(xlsx::WrappedText);
        lxw_format* figure = m_book.Style(TwoDecimals);
        m_column = 0;
        Number(number, text);
        Text(PathToUtf8(unit.path.filename()), text);
        if (!unit.problem.empty()) {
            xlsx::WriteText(m_sheet, m_row, LastColumn(), unit.problem, m_book.Style(ProblemText));
            ++m_row;
            return;
        }
        Text(unit.info.unit_name, text);
        Text(unit.info.agency, text);
        Number(unit.info.year, text);
        Text(unit.info.current_predicate.empty() ? std::string("-") : unit.info.current_predicate, text);
        Figures(unit.unit, figure, text);
        Figures(unit.review, figure, text);
        Number(unit.review.total - unit.unit.total, figure);
        const ReviewProgress& progress = unit.progress;
        for (const int count : {progress.not_checked, progress.checking, progress.needs_revision,
                                progress.ready_for_recheck, progress.done}) {
            Number(count, text);
        }
        Text(progress.closed ? "ya, " + progress.closed_by + " " + progress.closed_at : std::string("belum"), text);
        Text(unit.last_change.empty() ? std::string("-") : unit.last_change, text);
        if (unit.days_since_change) {
            Number(*unit.days_since_change, text);
        } else {
            Text("-", text);
        }
        ++m_row;
    }

private:
    [[nodiscard]] int LastColumn() const { return 10 + 4 + static_cast<int>(m_predicates.size()) * 2 + 10 - 1; }

    void Figures(const LayerFigures& figures, lxw_format* figure, lxw_format* text) {
        Number(figures.total, figure);
        Number(figures.pengungkit, figure);
        Number(figures.hasil, figure);
        Number(figures.completeness, figure);
        for (const std::string& predicate : m_predicates) {
            Text(VerdictText(figures, predicate), text);
        }
    }
    void Number(double value, lxw_format* format) { xlsx::WriteNumber(m_sheet, m_row, m_column++, value, format); }
    void Text(const std::string& value, lxw_format* format) {
        xlsx::WriteText(m_sheet, m_row, m_column++, value, format);
    }

    xlsx::Book& m_book;
    std::vector<std::string> m_predicates;
    lxw_worksheet* m_sheet;
    int m_row = 2;
    int m_column = 0;
};

}  // namespace

void ExportRecap(const std::vector<UnitSummary>& units, const std::filesystem::path& path,
                 std::optional<std::time_t> created, RecapSource source) {
    xlsx::Book book(path, created.value_or(std::time(nullptr)));
    book.SetProperties("Rekapitulasi Penilaian Zona Integritas", "Rekap unit untuk pimpinan instansi", "ZI Workbench",
                       "", "Zona Integritas, WBK, WBBM, rekap", "");
    RecapWriter writer(book, Predicates(units));
    writer.Header(units.empty() ? std::string() : units.front().review_layer, source);
    int number = 1;
    for (const UnitSummary& unit : units) {
        writer.Row(number++, unit);
    }
    book.Close();
}

}  // namespace ziwb::core
