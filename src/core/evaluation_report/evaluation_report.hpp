// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "documents/document_template.hpp"
#include "people/team_register.hpp"
#include "review/review_status.hpp"
#include "review/score_compare.hpp"
#include "signoff/signoff.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

/// A checklist line, or an evidence item itself, that the evaluators rejected, with their reason.
struct RejectedEvidence {
    std::string code;
    std::string title;
    std::string reason;
    std::string reviewed_by;
};

/// What the evaluators ask the unit to improve: their note on a criterion that does not reach its
/// full points in their layer (the reason of a "perlu revisi" first, else their answer's note).
struct Recommendation {
    std::string code;
    std::string criterion;
    std::string text;
};

/// Everything the evaluation report (Laporan Hasil Evaluasi) states, gathered from one workspace:
/// the PDF and the workbook sheet print the same data.
struct EvaluationReportData {
    WorkspaceInfo info;
    std::string layer_name;           ///< the reviewing layer as the form names it
    std::vector<Person> evaluators;   ///< of that layer, the highest level first
    std::vector<std::string> levels;  ///< each evaluator's level as the form names it (same order)
    ScoreComparison comparison;       ///< unit against the reviewing layer
    std::vector<RejectedEvidence> rejected;
    std::vector<Recommendation> recommendations;
    std::vector<CriterionReview> open_reviews;  ///< criteria not yet "selesai" with a status
    std::optional<ReviewClosing> closing;
    SignoffStatus signoff;        ///< the unit leader's sign-off of the submission that was evaluated
    std::vector<Person> leaders;  ///< the unit's pimpinan, for {leader.*}
    std::string log_head;         ///< the workspace's log head, which the report's code is made from
};

/// One row of the report's score table: the total, a component or an area, by the unit and by the
/// evaluators, and the difference (none when neither has a value).
struct ComparedScore {
    std::string label;  ///< "NILAI TOTAL", or the node's code and name
    bool is_area = false;
    std::optional<double> unit;
    std::optional<double> review;
    std::optional<double> difference;
};

/// The score table the PDF and the workbook sheet print: the total, then each component and area
/// in form order.
[[nodiscard]] std::vector<ComparedScore> ComparedScores(const Form& form, const ScoreComparison& comparison);

[[nodiscard]] EvaluationReportData CollectEvaluation(Workspace& workspace, const Layer& layer);

/// Where and when the report is signed.
struct EvaluationReportSigning {
    std::string place;
    std::string date;  ///< YYYY-MM-DD
};

/// The shipped template of the Laporan Hasil Evaluasi (templates/documents/).
inline constexpr const char* kEvaluationTemplate = "laporan-hasil-evaluasi";

/// Writes the Laporan Hasil Evaluasi as a PDF from `document` (a template for="evaluation", such
/// as the shipped kEvaluationTemplate) with the installation's fonts (FindPdfFonts): every page
/// numbered and carrying the report's code and QR code. Throws UserError for a template of another
/// scope or a bad place; refuses to replace an existing file unless `overwrite`.
void WriteEvaluationPdf(const Form& form, const EvaluationReportData& data, const DocumentTemplate& document,
                        const EvaluationReportSigning& signing, const std::filesystem::path& program_dir,
                        const std::filesystem::path& target, bool overwrite);

/// "31 Januari 2026" for a YYYY-MM-DD date (the text itself when it is not one).
[[nodiscard]] std::string IndonesianDate(const std::string& date);

}  // namespace ziwb::core
