// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation_report/evaluation_report.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

#include "common/error.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "evidence/checklist.hpp"
#include "evidence/evidence_review.hpp"
#include "evidence/evidence_vault.hpp"
#include "io/safe_file.hpp"
#include "pdf/pdf_document.hpp"
#include "pdf/pdf_fonts.hpp"
#include "pdf/pdf_layout.hpp"
#include "portfolio/unit_summary.hpp"

namespace ziwb::core {
namespace {

/// The report is an Indonesian official document: its words are Indonesian whatever the
/// interface language, and numbers carry the decimal comma.
std::string Figure(std::optional<double> value) {
    if (!value) {
        return "-";
    }
    std::array<char, 32> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%.2f", *value);
    std::string text(buffer.data());
    std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

std::string SignedFigure(double value) {
    return (value > 0.0 ? "+" : "") + Figure(value);
}

std::string VerdictText(const ScoreReport& report, const std::string& predicate) {
    const auto* verdict = report.FindVerdict(predicate);
    if (verdict == nullptr) {
        return "-";
    }
    return verdict->eligible ? "memenuhi syarat" : "belum memenuhi syarat";
}

bool FullPoints(const ScoreReport& report, int index) {
    const auto fraction = report.nodes[static_cast<std::size_t>(index)].Fraction();
    return fraction && *fraction >= 1.0 - 1e-9;
}

}  // namespace

std::string IndonesianDate(const std::string& date) {
    static const std::array<const char*, 12> months = {"Januari",   "Februari", "Maret",    "April",
                                                       "Mei",       "Juni",     "Juli",     "Agustus",
                                                       "September", "Oktober",  "November", "Desember"};
    if (!DaysBetween(date, date) || date.size() != 10) {
        return date;
    }
    const int month = std::stoi(date.substr(5, 2));
    const int day = std::stoi(date.substr(8, 2));
    return std::to_string(day) + " " + months.at(static_cast<std::size_t>(month - 1)) + " " + date.substr(0, 4);
}

EvaluationReportData CollectEvaluation(Workspace& workspace, const Layer& layer) {
    const Form& form = workspace.FormInUse();
    const ReviewLayer* declared = form.FindLayer(layer.Id());
    if (declared == nullptr || declared->is_unit) {
        throw UserError(Format(Tr("'{0}' is not a review layer: this form's review layers are {1}"),
                               {OneLine(layer.Id()), form.LayerList(true)}));
    }
    EvaluationReportData data;
    data.info = workspace.Info();
    data.layer_name = declared->name.empty() ? layer.Id() : declared->name;
    for (Person& person : LoadTeam(workspace)) {
        if (person.role == "evaluator" && person.review_layer == layer.Id()) {
            data.evaluators.push_back(std::move(person));
        }
    }
    std::stable_sort(data.evaluators.begin(), data.evaluators.end(), [&](const Person& a, const Person& b) {
        return form.LevelRank(a.level) > form.LevelRank(b.level);
    });
    for (const Person& person : data.evaluators) {
        const auto level = std::find_if(form.Levels().begin(), form.Levels().end(),
                                        [&](const ReviewLevel& known) { return known.id == person.level; });
        data.levels.push_back(level == form.Levels().end() ? person.level : level->name);
    }
    data.comparison = CompareLayers(workspace, Layer::Unit(), layer);
    data.signoff = CheckSignoff(workspace);
    const auto reviewed = workspace.LoadAnswers(layer);
    const std::vector<CriterionReview> reviews =
        workspace.SchemaVersion() >= 5 ? LoadReviews(workspace, layer) : std::vector<CriterionReview>();
    // Documents rejected themselves, each once, under the first criterion it backs.
    const auto item_reviews = LoadEvidenceReviews(workspace, layer);
    std::vector<EvidenceItem> rejected_items;
    if (!item_reviews.empty()) {
        for (EvidenceItem& item : EvidenceVault(workspace).List()) {
            const auto review = item_reviews.find(item.id);
            if (review != item_reviews.end() && review->second.state == "rejected") {
                rejected_items.push_back(std::move(item));
            }
        }
    }
    for (const int index : form.Criteria()) {
        const FormNode& node = form.Node(index);
        for (const ChecklistEntry& line : LoadChecklist(workspace, node.code, layer)) {
            if (line.state == "rejected") {
                data.rejected.push_back({node.code, line.title, line.reason, line.reviewed_by});
            }
        }
        for (auto item = rejected_items.begin(); item != rejected_items.end();) {
            if (std::find(item->codes.begin(), item->codes.end(), node.code) == item->codes.end()) {
                ++item;
                continue;
            }
            const EvidenceItemReview& review = item_reviews.at(item->id);
            data.rejected.push_back({node.code, item->title, review.reason, review.reviewed_by});
            item = rejected_items.erase(item);
        }
        const auto review = std::find_if(reviews.begin(), reviews.end(),
                                         [&](const CriterionReview& item) { return item.code == node.code; });
        std::string text;
        if (review != reviews.end() && review->state == ReviewState::NeedsRevision) {
            text = review->note;
        }
        if (text.empty()) {
            if (const auto stored = workspace.FindAnswer(layer, node.code)) {
                text = stored->note;
            }
        }
        if (!text.empty() && !FullPoints(data.comparison.second_report, index)) {
            data.recommendations.push_back({node.code, node.name, text});
        }
        if (review != reviews.end() && review->state != ReviewState::NotChecked && review->state != ReviewState::Done) {
            data.open_reviews.push_back(*review);
        }
    }
    data.closing = LoadClosing(workspace, layer);
    return data;
}

void WriteEvaluationPdf(const Form& form, const EvaluationReportData& data, const EvaluationReportSigning& signing,
                        const std::filesystem::path& program_dir, const std::filesystem::path& target, bool overwrite) {
    const ScoreReport& unit = data.comparison.first_report;
    const ScoreReport& review = data.comparison.second_report;
    PdfDocument document(FindPdfFonts(program_dir),
                         PdfMetadata{"Laporan Hasil Evaluasi Zona Integritas - " + OneLine(data.info.unit_name),
                                     "ZI Workbench", "Laporan Hasil Evaluasi (LHE) " + data.layer_name});
    PdfLayout layout(document);
    layout.Title("LAPORAN HASIL EVALUASI");
    layout.Title("PEMBANGUNAN ZONA INTEGRITAS");
    layout.Space(8);
    std::vector<PdfKeyValue> header = {
        {"Unit kerja", data.info.unit_name},
        {"Instansi", data.info.agency},
        {"Tahun penilaian", std::to_string(data.info.year)},
        {"Predikat saat ini",
         data.info.current_predicate.empty() ? std::string("belum ada") : data.info.current_predicate},
        {"Evaluator", data.layer_name}};
    for (std::size_t i = 0; i < data.evaluators.size(); ++i) {
        header.push_back({data.levels[i], data.evaluators[i].name + " (NIP " + data.evaluators[i].nip + ")"});
    }
    layout.KeyValues(header);

    layout.Heading("A. Nilai");
    layout.Paragraph("Nilai penilaian mandiri unit dan nilai hasil evaluasi " + data.layer_name +
                     ", per komponen dan area perubahan (LKE PermenPANRB 90/2021).");
    PdfTable scores{{{"Komponen / area", 5},
                     {"Unit", 1.2, PdfAlign::Right},
                     {"Evaluator", 1.2, PdfAlign::Right},
                     {"Selisih", 1.2, PdfAlign::Right}},
                    {}};
    scores.rows.push_back(
        {"NILAI TOTAL", Figure(unit.Total()), Figure(review.Total()), SignedFigure(review.Total() - unit.Total())});
    for (std::size_t i = 1; i < form.Nodes().size(); ++i) {
        const FormNode& node = form.Nodes()[i];
        if (node.kind != NodeKind::Component && node.kind != NodeKind::Area) {
            continue;
        }
        const auto& a = unit.nodes[i].value;
        const auto& b = review.nodes[i].value;
        scores.rows.push_back({(node.kind == NodeKind::Area ? "    " : "") + node.code + " " + node.name, Figure(a),
                               Figure(b), a || b ? SignedFigure(b.value_or(0.0) - a.value_or(0.0)) : "-"});
    }
    layout.Table(scores);

    layout.Heading("B. Simpulan");
    for (const auto& predicate : form.Predicates()) {
        layout.Paragraph("Predikat " + predicate.id + ": menurut penilaian mandiri unit " +
                         VerdictText(unit, predicate.id) + "; menurut hasil evaluasi " +
                         VerdictText(review, predicate.id) + ".");
        if (const auto* verdict = review.FindVerdict(predicate.id); verdict != nullptr && !verdict->eligible) {
            PdfTable unmet{{{"Syarat yang belum terpenuhi", 5},
                            {"Capaian", 1.4, PdfAlign::Right},
                            {"Syarat", 1.4, PdfAlign::Right}},
                           {}};
            for (const auto& condition : verdict->unmet) {
                const auto text = [](const ConditionValue& value) {
                    const auto* number = std::get_if<double>(&value);
                    return number != nullptr ? Figure(*number) : std::get<std::string>(value);
                };
                unmet.rows.push_back({condition.condition, text(condition.actual), text(condition.required)});
            }
            layout.Table(unmet);
        }
    }

    layout.Heading("C. Kriteria yang dinilai berbeda oleh evaluator");
    if (data.comparison.differences.empty()) {
        layout.Paragraph("Evaluator menjawab setiap kriteria sama dengan unit.");
    } else {
        PdfTable changed{{{"Kode", 1.6},
                          {"Unit", 1.2},
                          {"Evaluator", 1.2},
                          {"Dampak", 1, PdfAlign::Right},
                          {"Catatan evaluator", 4}},
                         {}};
        for (const auto& difference : data.comparison.differences) {
            changed.rows.push_back({difference.code, difference.first_answer.value_or("-"),
                                    difference.second_answer.value_or("-"), SignedFigure(difference.points),
                                    difference.second_note});
        }
        layout.Table(changed);
    }

    layout.Heading("D. Bukti dukung yang ditolak");
    if (data.rejected.empty()) {
        layout.Paragraph("Tidak ada bukti dukung yang ditolak.");
    } else {
        PdfTable rejected{{{"Kode", 1.6}, {"Bukti dukung", 3}, {"Alasan penolakan", 4}}, {}};
        for (const auto& line : data.rejected) {
            rejected.rows.push_back({line.code, line.title, line.reason});
        }
        layout.Table(rejected);
    }

    layout.Heading("E. Rekomendasi perbaikan");
    if (data.recommendations.empty()) {
        layout.Paragraph("Tidak ada rekomendasi perbaikan yang dicatat evaluator.");
    } else {
        PdfTable advice{{{"Kode", 1.6}, {"Kriteria", 3}, {"Rekomendasi", 4}}, {}};
        for (const auto& recommendation : data.recommendations) {
            advice.rows.push_back({recommendation.code, recommendation.criterion, recommendation.text});
        }
        layout.Table(advice);
    }
    if (!data.open_reviews.empty()) {
        layout.Paragraph(std::to_string(data.open_reviews.size()) +
                         " kriteria masih dalam proses reviu (sedang dicek, perlu revisi, atau siap dicek ulang).");
    }

    layout.Heading("F. Pengesahan");
    if (data.closing && data.closing->closed) {
        layout.Paragraph("Reviu " + data.layer_name + " ditutup dengan tanda tangan elektronik oleh " +
                         data.closing->author + " pada " + data.closing->at + " (kepala log " +
                         data.closing->head.substr(0, 16) + ", nilai " +
                         Figure(std::strtod(data.closing->total.c_str(), nullptr)) + ").");
    } else {
        layout.Paragraph("Reviu " + data.layer_name + " belum ditutup: laporan ini bersifat sementara.");
    }
    layout.Paragraph(SignoffSentence(data.signoff));
    const auto leader = std::find_if(data.evaluators.begin(), data.evaluators.end(), [&](const Person& person) {
        return form.LevelRank(person.level) == form.ClosingRank();
    });
    // "Ketua Tim Penilai Internal (TPI)", not "Ketua Tim Tim ...": the form's name usually starts with "Tim".
    const bool named_team = data.layer_name.rfind("Tim ", 0) == 0;
    PdfSignature signature{signing.place, IndonesianDate(signing.date),
                           (named_team ? "Ketua " : "Ketua Tim ") + data.layer_name,
                           "(.......................................)", ""};
    if (leader != data.evaluators.end()) {
        signature.name = leader->name;
        signature.nip = leader->nip;
    }
    layout.Signature(signature);
    layout.Finish(PdfFooter{"LHE-" + data.comparison.second.Id()});
    document.Save(target, overwrite ? Overwrite::Allowed : Overwrite::Refused);
}

}  // namespace ziwb::core
