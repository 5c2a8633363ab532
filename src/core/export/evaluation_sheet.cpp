// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/evaluation_sheet.hpp"

#include <string>
#include <vector>

#include "export/cell_styles.hpp"

namespace ziwb::core {
namespace {

void Figure(lxw_format* f) {
    xlsx::WrappedText(f);
    format_set_num_format(f, "0.00");
}

void SectionTitle(lxw_format* f) {
    format_set_bold(f);
    format_set_font_size(f, 12);
}

/// Writes rows downwards; numbers stay numbers so the figures can be checked and summed.
class SheetRows {
public:
    SheetRows(xlsx::Book& book, lxw_worksheet* sheet) : m_book(book), m_sheet(sheet) {}

    void Section(const std::string& title) {
        ++m_row;
        xlsx::WriteText(m_sheet, m_row++, 0, title, m_book.Style(SectionTitle));
    }
    void Header(const std::vector<std::string>& cells) {
        for (std::size_t c = 0; c < cells.size(); ++c) {
            xlsx::WriteText(m_sheet, m_row, static_cast<int>(c), cells[c], m_book.Style(xlsx::ColumnHeader));
        }
        ++m_row;
    }
    /// A row of texts, then numbers (empty optional: "-"), then texts again.
    void Row(const std::vector<std::string>& texts, const std::vector<std::optional<double>>& numbers = {},
             const std::vector<std::string>& after = {}) {
        int column = 0;
        for (const std::string& text : texts) {
            xlsx::WriteText(m_sheet, m_row, column++, text, m_book.Style(xlsx::WrappedText));
        }
        for (const auto& number : numbers) {
            if (number) {
                xlsx::WriteNumber(m_sheet, m_row, column++, *number, m_book.Style(Figure));
            } else {
                xlsx::WriteText(m_sheet, m_row, column++, "-", m_book.Style(xlsx::WrappedText));
            }
        }
        for (const std::string& text : after) {
            xlsx::WriteText(m_sheet, m_row, column++, text, m_book.Style(xlsx::WrappedText));
        }
        ++m_row;
    }

private:
    xlsx::Book& m_book;
    lxw_worksheet* m_sheet;
    int m_row = 1;
};

std::string VerdictWords(const ScoreReport& report, const std::string& predicate) {
    const Verdict* verdict = report.FindVerdict(predicate);
    return verdict == nullptr ? std::string("-") : verdict->eligible ? "memenuhi syarat" : "belum memenuhi syarat";
}

}  // namespace

void WriteEvaluationSheet(xlsx::Book& book, const Form& form, const EvaluationReportData& data) {
    lxw_worksheet* sheet = book.AddSheet(kEvaluationSheet);
    for (const auto& [column, width] : {std::pair{0, 44.0}, {1, 16.0}, {2, 16.0}, {3, 12.0}, {4, 50.0}}) {
        worksheet_set_column(sheet, static_cast<lxw_col_t>(column), static_cast<lxw_col_t>(column), width, nullptr);
    }
    worksheet_set_paper(sheet, 9);
    worksheet_fit_to_pages(sheet, 1, 0);
    xlsx::WriteText(sheet, 0, 0, "LAPORAN HASIL EVALUASI PEMBANGUNAN ZONA INTEGRITAS - " + data.layer_name,
                    book.Style(xlsx::SheetTitle));
    SheetRows rows(book, sheet);
    rows.Row({"Unit kerja", data.info.unit_name});
    rows.Row({"Instansi", data.info.agency});
    rows.Row({"Tahun penilaian", std::to_string(data.info.year)});
    for (std::size_t i = 0; i < data.evaluators.size(); ++i) {
        rows.Row({data.levels[i], data.evaluators[i].name, data.evaluators[i].nip});
    }

    const ScoreReport& unit = data.comparison.first_report;
    const ScoreReport& review = data.comparison.second_report;
    rows.Section("A. Nilai");
    rows.Header({"Komponen / area", "Unit", "Evaluator", "Selisih"});
    for (const ComparedScore& row : ComparedScores(form, data.comparison)) {
        rows.Row({row.label}, {row.unit, row.review, row.difference});
    }

    rows.Section("B. Simpulan");
    rows.Header({"Predikat / syarat yang belum terpenuhi", "Unit", "Evaluator"});
    for (const auto& predicate : form.Predicates()) {
        rows.Row({predicate.id, VerdictWords(unit, predicate.id), VerdictWords(review, predicate.id)});
        if (const Verdict* verdict = review.FindVerdict(predicate.id); verdict != nullptr) {
            for (const auto& condition : verdict->unmet) {
                const auto value = [](const ConditionValue& v) -> std::optional<double> {
                    const auto* number = std::get_if<double>(&v);
                    return number != nullptr ? std::optional<double>(*number) : std::nullopt;
                };
                rows.Row({"    " + condition.condition}, {value(condition.actual), value(condition.required)});
            }
        }
    }

    rows.Section("C. Kriteria yang dinilai berbeda oleh evaluator");
    rows.Header({"Kode", "Unit", "Evaluator", "Dampak", "Catatan evaluator"});
    for (const auto& difference : data.comparison.differences) {
        rows.Row({difference.code, difference.first_answer.value_or("-"), difference.second_answer.value_or("-")},
                 {difference.points}, {difference.second_note});
    }

    rows.Section("D. Bukti dukung yang ditolak");
    rows.Header({"Kode", "Bukti dukung", "Alasan penolakan"});
    for (const auto& line : data.rejected) {
        rows.Row({line.code, line.title, line.reason});
    }

    rows.Section("E. Rekomendasi perbaikan");
    rows.Header({"Kode", "Kriteria", "Rekomendasi"});
    for (const auto& recommendation : data.recommendations) {
        rows.Row({recommendation.code, recommendation.criterion, recommendation.text});
    }

    rows.Section("F. Pengesahan");
    if (data.closing && data.closing->closed) {
        rows.Row({"Ditutup oleh", data.closing->author, data.closing->at});
    } else {
        rows.Row({"Reviu belum ditutup: laporan ini bersifat sementara."});
    }
}

}  // namespace ziwb::core
