// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation_report/evaluation_report.hpp"

#include <algorithm>
#include <array>

#include "common/error.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "documents/document_make.hpp"
#include "documents/document_render.hpp"
#include "documents/document_signatures.hpp"
#include "evidence/checklist.hpp"
#include "evidence/evidence_review.hpp"
#include "evidence/evidence_vault.hpp"
#include "io/safe_file.hpp"
#include "pdf/pdf_fonts.hpp"
#include "portfolio/unit_summary.hpp"

namespace ziwb::core {
namespace {

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

std::vector<ComparedScore> ComparedScores(const Form& form, const ScoreComparison& comparison) {
    const ScoreReport& unit = comparison.first_report;
    const ScoreReport& review = comparison.second_report;
    std::vector<ComparedScore> rows;
    rows.push_back({"NILAI TOTAL", false, unit.Total(), review.Total(), review.Total() - unit.Total()});
    for (std::size_t i = 1; i < form.Nodes().size(); ++i) {
        const FormNode& node = form.Nodes()[i];
        if (node.kind != NodeKind::Component && node.kind != NodeKind::Area) {
            continue;
        }
        const auto& a = unit.nodes[i].value;
        const auto& b = review.nodes[i].value;
        std::optional<double> difference;
        if (a || b) {
            difference = b.value_or(0.0) - a.value_or(0.0);
        }
        rows.push_back({node.code + " " + node.name, node.kind == NodeKind::Area, a, b, difference});
    }
    return rows;
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
    const std::vector<Person> team = LoadTeam(workspace);
    data.leaders = Leaders(team);
    for (const Person& person : team) {
        if (person.role == "evaluator" && person.review_layer == layer.Id()) {
            data.evaluators.push_back(person);
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
    data.log_head = DocumentLogHead(workspace);
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

void WriteEvaluationPdf(const Form& form, const EvaluationReportData& data, const DocumentTemplate& document,
                        const EvaluationReportSigning& signing, const std::filesystem::path& program_dir,
                        const std::filesystem::path& target, bool overwrite) {
    if (document.scope != TemplateScope::Evaluation) {
        throw UserError(Format(Tr("the template '{0}' is not an evaluation report: its for= is '{1}', and an "
                                  "evaluation report's is 'evaluation'"),
                               {OneLine(document.id), TemplateScopeName(document.scope)}));
    }
    CheckUserText(signing.place, Tr("the place"), kNameLimit);
    DocumentInput input;
    input.info = data.info;
    input.leaders = data.leaders;
    input.people = data.evaluators;
    input.place = signing.place;
    input.date = signing.date;
    // The code names the layer and the state of the workspace: the report of the same review made
    // again after a change gets another code.
    input.code = DocumentCode(document, data.comparison.second.Id(), data.log_head);
    // The report is signed by the evaluator of the level that closes the review (the team's head);
    // without one, a dotted line to write the name on.
    const auto head = std::find_if(data.evaluators.begin(), data.evaluators.end(), [&](const Person& person) {
        return form.LevelRank(person.level) == form.ClosingRank();
    });
    if (head != data.evaluators.end()) {
        input.person = *head;
    } else {
        input.person.name = "(.......................................)";
    }
    input.context.form = &form;
    input.context.evaluation = &data;
    const std::string bytes = RenderDocument(document, input, FindPdfFonts(program_dir));
    WriteFileSafely(target, bytes, overwrite ? Overwrite::Allowed : Overwrite::Refused);
}

}  // namespace ziwb::core
