// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation_report/evaluation_blocks.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>

#include "common/error.hpp"
#include "common/text.hpp"
#include "evaluation_report/evaluation_report.hpp"
#include "form/form.hpp"

namespace ziwb::core {
namespace {

std::string SignedFigure(double value) {
    return (value > 0.0 ? "+" : "") + ReportFigure(value);
}

std::string VerdictText(const ScoreReport& report, const std::string& predicate) {
    const auto* verdict = report.FindVerdict(predicate);
    if (verdict == nullptr) {
        return "-";
    }
    return verdict->eligible ? "memenuhi syarat" : "belum memenuhi syarat";
}

// "31 Januari 2026 pukul 10.15 UTC" for the log's "2026-01-31T10:15:00Z".
std::string SigningTime(const std::string& at) {
    if (at.size() < 16 || at[10] != 'T') {
        return at;
    }
    return IndonesianDate(at.substr(0, 10)) + " pukul " + at.substr(11, 2) + "." + at.substr(14, 2) + " UTC";
}

const EvaluationReportData& Data(const DocumentInput& input) {
    if (input.context.evaluation == nullptr || input.context.form == nullptr) {
        throw Error(Tr("the evaluation report is made from a review, and none was given"));
    }
    return *input.context.evaluation;
}

void Evaluators(PdfLayout& layout, const EvaluationReportData& data) {
    if (data.evaluators.empty()) {
        return;
    }
    PdfTable table{{{"No", 0.5, PdfAlign::Right}, {"Nama", 3.2}, {"NIP", 2.9}, {"Peran", 2.4}}, {}};
    for (std::size_t i = 0; i < data.evaluators.size(); ++i) {
        table.rows.push_back(
            {std::to_string(i + 1), data.evaluators[i].name, PrintedNip(data.evaluators[i].nip), data.levels[i]});
    }
    layout.Table(table);
}

void Scores(PdfLayout& layout, const Form& form, const EvaluationReportData& data) {
    PdfTable scores{{{"Komponen / area", 5},
                     {"Unit", 1.2, PdfAlign::Right},
                     {"Evaluator", 1.2, PdfAlign::Right},
                     {"Selisih", 1.2, PdfAlign::Right}},
                    {}};
    for (const ComparedScore& row : ComparedScores(form, data.comparison)) {
        scores.rows.push_back({(row.is_area ? "    " : "") + row.label, ReportFigure(row.unit),
                               ReportFigure(row.review), row.difference ? SignedFigure(*row.difference) : "-"});
    }
    layout.Table(scores);
}

void Verdicts(PdfLayout& layout, const Form& form, const EvaluationReportData& data) {
    const ScoreReport& unit = data.comparison.first_report;
    const ScoreReport& review = data.comparison.second_report;
    for (const auto& predicate : form.Predicates()) {
        layout.Paragraph("Predikat " + predicate.id + ": menurut penilaian mandiri unit " +
                         VerdictText(unit, predicate.id) + "; menurut hasil evaluasi " +
                         VerdictText(review, predicate.id) + ".");
        const auto* verdict = review.FindVerdict(predicate.id);
        if (verdict == nullptr || verdict->eligible) {
            continue;
        }
        PdfTable unmet{
            {{"Syarat yang belum terpenuhi", 5}, {"Capaian", 1.4, PdfAlign::Right}, {"Syarat", 1.4, PdfAlign::Right}},
            {}};
        const auto text = [](const ConditionValue& value) {
            const auto* number = std::get_if<double>(&value);
            return number != nullptr ? ReportFigure(*number) : std::get<std::string>(value);
        };
        for (const auto& condition : verdict->unmet) {
            unmet.rows.push_back({condition.condition, text(condition.actual), text(condition.required)});
        }
        layout.Table(unmet);
    }
}

void Differences(PdfLayout& layout, const TemplateBlock& block, const DocumentInput& input,
                 const EvaluationReportData& data) {
    if (data.comparison.differences.empty()) {
        layout.Paragraph(FillFields(block.empty, input));
        return;
    }
    PdfTable changed{
        {{"Kode", 1.6}, {"Unit", 1.2}, {"Evaluator", 1.2}, {"Dampak", 1, PdfAlign::Right}, {"Catatan evaluator", 4}},
        {}};
    for (const auto& difference : data.comparison.differences) {
        changed.rows.push_back({difference.code, difference.first_answer.value_or("-"),
                                difference.second_answer.value_or("-"), SignedFigure(difference.points),
                                difference.second_note});
    }
    layout.Table(changed);
}

void Rejected(PdfLayout& layout, const TemplateBlock& block, const DocumentInput& input,
              const EvaluationReportData& data) {
    if (data.rejected.empty()) {
        layout.Paragraph(FillFields(block.empty, input));
        return;
    }
    PdfTable rejected{{{"Kode", 1.6}, {"Bukti dukung", 3}, {"Alasan penolakan", 4}}, {}};
    for (const auto& line : data.rejected) {
        rejected.rows.push_back({line.code, line.title, line.reason});
    }
    layout.Table(rejected);
}

void Recommendations(PdfLayout& layout, const TemplateBlock& block, const DocumentInput& input,
                     const EvaluationReportData& data) {
    if (data.recommendations.empty()) {
        layout.Paragraph(FillFields(block.empty, input));
        return;
    }
    PdfTable advice{{{"Kode", 1.6}, {"Kriteria", 3}, {"Rekomendasi", 4}}, {}};
    for (const auto& recommendation : data.recommendations) {
        advice.rows.push_back({recommendation.code, recommendation.criterion, recommendation.text});
    }
    layout.Table(advice);
}

}  // namespace

std::string ReportFigure(std::optional<double> value) {
    if (!value) {
        return "-";
    }
    std::array<char, 32> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%.2f", *value);
    std::string text(buffer.data());
    std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

void DrawEvaluationBlock(PdfLayout& layout, const TemplateBlock& block, const DocumentInput& input) {
    const EvaluationReportData& data = Data(input);
    const Form& form = *input.context.form;
    switch (block.kind) {
        case BlockKind::Evaluators: Evaluators(layout, data); break;
        case BlockKind::Scores: Scores(layout, form, data); break;
        case BlockKind::Verdicts: Verdicts(layout, form, data); break;
        case BlockKind::Differences: Differences(layout, block, input, data); break;
        case BlockKind::RejectedEvidence: Rejected(layout, block, input, data); break;
        case BlockKind::Recommendations: Recommendations(layout, block, input, data); break;
        default: break;  // not an evaluation block: the caller draws it
    }
}

std::string EvaluationFieldValue(const std::string& field, const DocumentInput& input) {
    if (field == "unit.predicate") {
        return input.info.current_predicate.empty() ? std::string("belum ada") : input.info.current_predicate;
    }
    const EvaluationReportData* data = input.context.evaluation;
    if (data == nullptr) {
        return {};
    }
    const std::optional<ReviewClosing>& closing = data->closing;
    const bool closed = closing && closing->closed;
    if (field == "evaluation.layer") {
        return data->layer_name;
    }
    if (field == "evaluation.team") {
        // "Tim Penilai Internal (TPI)", not "Tim Tim ...": the form's name usually starts with "Tim".
        return data->layer_name.starts_with("Tim ") ? data->layer_name : "Tim " + data->layer_name;
    }
    if (field == "evaluation.unit_total") {
        return ReportFigure(data->comparison.first_report.Total());
    }
    if (field == "evaluation.review_total") {
        return ReportFigure(data->comparison.second_report.Total());
    }
    if (field == "evaluation.open_reviews") {
        return std::to_string(data->open_reviews.size());
    }
    if (field == "evaluation.closed_by") {
        return closed ? closing->author : std::string("-");
    }
    if (field == "evaluation.closed_at") {
        return closed ? SigningTime(closing->at) : std::string("-");
    }
    if (field == "evaluation.closed_head") {
        return closed ? closing->head.substr(0, 16) : std::string("-");
    }
    if (field == "evaluation.closed_total") {
        return closed ? ReportFigure(std::strtod(closing->total.c_str(), nullptr)) : std::string("-");
    }
    if (field == "evaluation.signoff") {
        return SignoffSentence(data->signoff);
    }
    return {};
}

bool EvaluationConditionHolds(const std::string& when, const DocumentInput& input) {
    if (when.empty()) {
        return true;
    }
    const EvaluationReportData* data = input.context.evaluation;
    const bool closed = data != nullptr && data->closing && data->closing->closed;
    if (when == "open-reviews") {
        return data != nullptr && !data->open_reviews.empty();
    }
    return when == "closed" ? closed : !closed;
}

}  // namespace ziwb::core
