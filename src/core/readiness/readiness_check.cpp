// SPDX-License-Identifier: GPL-3.0-or-later
#include "readiness/readiness_check.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <cmath>

#include "common/data_dirs.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "documents/document_template.hpp"
#include "evidence/evidence_files.hpp"
#include "proposal/proposal_rules.hpp"
#include "readiness/action_plan.hpp"
#include "readiness/criterion_points.hpp"
#include "scoring/scoring_engine.hpp"
#include "services/service_store.hpp"
#include "workspace/sqlite_errors.hpp"

namespace ziwb::core {
namespace {

/// The evaluator's rejected checklist lines, with whether anything was attached to the line (or a
/// corrected revision of an attached file added) at or after the rejection.
std::vector<RejectedLine> LoadRejectedLines(Workspace& workspace) {
    const Form& form = workspace.FormInUse();
    return GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        std::vector<RejectedLine> lines;
        SQLite::Statement query(
            workspace.Database(),
            "SELECT r.checklist_key, r.reason, COALESCE(t.code, ''), COALESCE(t.title, ''), "
            "  EXISTS (SELECT 1 FROM checklist_evidence c JOIN evidence_item i ON i.id = c.item_id "
            "          WHERE c.checklist_key = r.checklist_key AND i.removed_at IS NULL AND "
            "          (i.added_at >= r.at OR EXISTS (SELECT 1 FROM evidence_revision v "
            "                                         WHERE v.item_id = i.id AND v.added_at >= r.at))) "
            "FROM checklist_review r "
            "LEFT JOIN checklist_item t ON r.checklist_key = 'team:' || t.id "
            "WHERE r.layer = 'tpi' AND r.state = 'rejected' ORDER BY r.checklist_key");
        while (query.executeStep()) {
            RejectedLine line;
            line.key = query.getColumn(0).getString();
            line.reason = query.getColumn(1).getString();
            line.code = query.getColumn(2).getString();
            line.title = query.getColumn(3).getString();
            line.replaced = query.getColumn(4).getInt() != 0;
            if (line.key.starts_with("form:")) {
                // "form:<code>:<n>": the n-th suggestion of the form.
                const auto last = line.key.rfind(':');
                line.code = line.key.substr(5, last - 5);
                const FormNode* node = form.FindNode(line.code);
                const std::string number = line.key.substr(last + 1);
                const bool digits = !number.empty() && std::all_of(number.begin(), number.end(),
                                                                   [](char c) { return c >= '0' && c <= '9'; });
                const std::size_t n = digits && number.size() < 6 ? std::stoul(number) : 0;
                if (node == nullptr || n < 1 || n > node->evidence_suggestions.size()) {
                    continue;  // a line of another form version: nothing to check against
                }
                line.title = node->evidence_suggestions[n - 1];
            }
            if (!line.code.empty()) {
                lines.push_back(std::move(line));
            }
        }
        if (workspace.SchemaVersion() < 9) {
            return lines;  // a file of a format before item reviews, read as it is
        }
        // Documents the evaluator rejected themselves: a new revision of the file answers them.
        SQLite::Statement items(
            workspace.Database(),
            "SELECT r.item_id, r.reason, i.title, "
            "  COALESCE((SELECT MIN(c.code) FROM evidence_criterion c WHERE c.item_id = i.id), ''), "
            "  EXISTS (SELECT 1 FROM evidence_revision v WHERE v.item_id = i.id AND "
            "          v.added_at >= r.at) "
            "FROM evidence_review r JOIN evidence_item i ON i.id = r.item_id "
            "WHERE r.layer = 'tpi' AND r.state = 'rejected' AND i.removed_at IS NULL "
            "ORDER BY r.item_id");
        while (items.executeStep()) {
            RejectedLine line;
            line.key = "item:" + std::to_string(items.getColumn(0).getInt64());
            line.reason = items.getColumn(1).getString();
            line.title = items.getColumn(2).getString();
            line.code = items.getColumn(3).getString();
            line.replaced = items.getColumn(4).getInt() != 0;
            if (form.FindNode(line.code) != nullptr) {
                lines.push_back(std::move(line));
            }
        }
        return lines;
    });
}

bool IsPdf(const EvidenceItem& item) {
    if (item.media_type == "application/pdf") {
        return true;
    }
    std::string name = item.file_name;
    std::transform(name.begin(), name.end(), name.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return name.size() > 4 && name.ends_with(".pdf");
}

std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const std::string& part : parts) {
        out += (out.empty() ? "" : std::string(separator)) + part;
    }
    return out;
}

/// The highest value any option of a choice criterion scores.
double BestChoiceValue(const Form& form, const FormNode& criterion) {
    double best = 0.0;
    for (const ScaleChoice& choice : form.ScaleOf(criterion).choices) {
        best = std::max(best, choice.value);
    }
    return best;
}

class CheckRun {
public:
    explicit CheckRun(const CheckInputs& inputs)
        : m_in(inputs),
          m_form(*inputs.form),
          m_points(CriterionPoints(m_form)),
          m_unit(Score(m_form, *inputs.unit, UnitStanding{inputs.info.current_predicate})) {}

    std::vector<ReadinessFinding> Run() {
        CheckAnswers();
        CheckEvidence();
        CheckRejected();
        CheckPrerequisites();
        CheckServices();
        CheckDocuments();
        CheckSignoff();
        std::stable_sort(m_found.begin(), m_found.end(),
                         [](const ReadinessFinding& a, const ReadinessFinding& b) { return a.points > b.points; });
        return std::move(m_found);
    }

private:
    void Add(FindingKind kind, const std::string& code, double points, std::string problem, std::string action,
             std::int64_t evidence = 0) {
        m_found.push_back(
            {kind, code, RoundHalfUp(points, 4), std::move(problem), std::move(action), evidence, {}, {}});
    }

    [[nodiscard]] double PointsOf(int index) const { return m_points[static_cast<std::size_t>(index)]; }
    [[nodiscard]] double ValueOf(int index) const {
        const NodeScore& score = m_unit.nodes[static_cast<std::size_t>(index)];
        const FormNode& node = m_form.Node(index);
        return score.value.value_or(0.0) / node.weight.value_or(1.0);
    }

    void CheckAnswers() {
        // Which criteria have evidence: one pass over the items.
        m_backed.assign(m_form.Nodes().size(), false);
        for (const EvidenceItem& item : m_in.evidence) {
            for (const std::string& code : item.codes) {
                const int index = m_form.Find(code);
                if (index >= 0) {
                    m_backed[static_cast<std::size_t>(index)] = true;
                }
            }
        }
        for (const int index : m_form.Criteria()) {
            const FormNode& node = m_form.Node(index);
            const CriterionFinding& finding = m_unit.findings[static_cast<std::size_t>(index)];
            const auto& answer = m_in.unit->Get(index);
            const double points = PointsOf(index);
            if (finding.status == CriterionStatus::NotComputable) {
                Add(FindingKind::DataError, node.code, points,
                    Format(Tr("a total is 0, so the percentage cannot be computed ({0})"),
                           {Join(finding.zero_denominator_inputs, ", ")}),
                    Tr("enter the real total, or check the counts against their source"));
            } else if (finding.status != CriterionStatus::Answered) {
                Add(FindingKind::Unanswered, node.code, points,
                    finding.status == CriterionStatus::Incomplete
                        ? Format(Tr("counts still empty: {0}"), {Join(finding.missing_inputs, ", ")})
                        : Tr("not answered"),
                    Format(Tr("answer it: ziwb answer WS {0} ..."), {node.code}));
                continue;
            }
            if (finding.ratio_above_one) {
                Add(FindingKind::DataError, node.code, points,
                    Tr("a count is above its total (capped at 100%): likely a data error"),
                    Tr("correct the counts so none exceeds its total"));
            }
            if (finding.status != CriterionStatus::Answered) {
                continue;
            }
            const double value = ValueOf(index);
            if (!m_backed[static_cast<std::size_t>(index)] && value > 0.0) {
                Add(FindingKind::NoEvidence, node.code, value * points,
                    Tr("answered without evidence: the evaluator will not accept it"),
                    Format(Tr("attach the evidence: ziwb evidence add WS {0} FILE"), {node.code}));
            }
            if (node.answer_kind == AnswerKind::Choice && answer &&
                std::fabs(value - BestChoiceValue(m_form, node)) < 1e-9 &&
                m_in.notes[static_cast<std::size_t>(index)].empty()) {
                Add(FindingKind::BestWithoutNote, node.code, points,
                    Format(Tr("the best option ({0}) is chosen with no note explaining it"), {answer->choice}),
                    Format(Tr("write a note naming the document that proves it: ziwb answer WS {0} {1} --note ..."),
                           {node.code, answer->choice}));
            }
            CheckEvaluator(index, value);
        }
    }

    void CheckEvaluator(int index, double unit_value) {
        const auto& theirs = m_in.tpi->Get(index);
        const auto& ours = m_in.unit->Get(index);
        if (!theirs || !ours || *theirs == *ours) {
            return;
        }
        const FormNode& node = m_form.Node(index);
        CriterionFinding finding;
        const double tpi_value = CriterionValue(m_form, node, theirs, finding).value_or(0.0);
        Add(FindingKind::EvaluatorChanged, node.code, std::fabs(unit_value - tpi_value) * PointsOf(index),
            Format(Tr("the evaluator answered {0} where the unit answered {1}"),
                   {FormatAnswer(node, *theirs), FormatAnswer(node, *ours)}),
            Tr("read the evaluator's note; bring the missing evidence or accept the evaluator's answer"));
    }

    /// The most points any criterion an item backs is worth now.
    [[nodiscard]] double PointsBacked(const EvidenceItem& item) const {
        double most = 0.0;
        for (const std::string& code : item.codes) {
            const int index = m_form.Find(code);
            if (index >= 0 && m_form.Node(index).IsCriterion()) {
                most = std::max(most, ValueOf(index) * PointsOf(index));
            }
        }
        return most;
    }

    void CheckEvidence() {
        const std::string year = std::to_string(m_in.info.year);
        const std::uint64_t limit = EvidenceLimits{}.portal_pdf_limit;
        for (const EvidenceItem& item : m_in.evidence) {
            if (item.removed || item.codes.empty()) {
                continue;
            }
            const std::string& code = item.codes.front();
            if (!item.document_date.empty() && m_in.info.year > 0 && !item.document_date.starts_with(year)) {
                Add(FindingKind::EvidenceOutOfPeriod, code, PointsBacked(item),
                    Format(Tr("evidence {0} '{1}' is dated {2}, outside the assessment year {3}"),
                           {std::to_string(item.id), item.title, item.document_date, year}),
                    Tr("attach the document of the assessment year, or correct its date"), item.id);
            }
            if (item.kind == "file" && IsPdf(item) && item.size > limit) {
                Add(FindingKind::PdfTooLarge, code, PointsBacked(item),
                    Format(Tr("evidence {0} '{1}' is {2} MB; the portal accepts PDFs up to 2 MB"),
                           {std::to_string(item.id), item.title,
                            FormatNumber(static_cast<double>(item.size) / (1024.0 * 1024.0), 1)}),
                    Format(Tr("compress the PDF and add it as a revision: ziwb evidence revise WS {0} FILE"),
                           {std::to_string(item.id)}),
                    item.id);
            }
        }
    }

    void CheckRejected() {
        for (const RejectedLine& line : m_in.rejected) {
            const int index = m_form.Find(line.code);
            if (line.replaced || index < 0) {
                continue;
            }
            Add(FindingKind::EvidenceRejected, line.code, ValueOf(index) * PointsOf(index),
                Format(Tr("the evaluator rejected '{0}': {1}"), {line.title, line.reason}),
                line.key.starts_with("item:")
                    ? Format(Tr("add the corrected document as a revision: ziwb evidence revise WS {0} FILE"),
                             {line.key.substr(5)})
                    : Format(Tr("attach a corrected document to checklist line {0}"), {line.key}));
        }
    }

    void CheckPrerequisites() {
        const WorkspaceInfo& info = m_in.info;
        if (info.agency_type.empty() && !m_form.Proposal().agency_types.empty()) {
            Add(FindingKind::AgencyTypeUnset, std::string(kAgencyTypeField), 0.0,
                Tr("the agency type is not set, so which Indeks RB threshold of Tabel 5 binds the unit is not known"),
                Tr("set it: ziwb details WS --agency-type pemda (Pemerintah Daerah) or kl (Kementerian/Lembaga)"));
        }
        // Under an exemption (Stranas PK) an open prerequisite does not stop the proposal: it is
        // still listed, with no points at stake.
        const ProposalExemption* exemption = ApplicableExemption(m_form, info);
        const double whole = exemption != nullptr ? 0.0 : m_form.Root().weight.value_or(100.0);
        for (const PrerequisiteState& state : m_in.prerequisites) {
            if (state.met == true || !PrerequisiteApplies(*state.prerequisite, info.agency_type)) {
                continue;
            }
            std::string problem = state.met == false
                                      ? Format(Tr("prerequisite not met: {0}"), {state.prerequisite->text})
                                      : Format(Tr("prerequisite not confirmed: {0}"), {state.prerequisite->text});
            if (exemption != nullptr) {
                problem += " (" + Format(Tr("still being met under exemption {0}"), {exemption->id}) + ")";
            }
            Add(FindingKind::PrerequisiteOpen, state.prerequisite->id, whole, problem,
                Format(Tr("confirm it with its document: ziwb prerequisite WS {0} met --note ..."),
                       {state.prerequisite->id}));
        }
    }

    /// A gap of the service records puts at stake what its criterion claims, or, unanswered, what
    /// it could earn.
    void CheckServices() {
        for (const ServiceFinding& finding : m_in.services) {
            const int index = m_form.Find(finding.criterion);
            if (index < 0 || !m_form.Node(index).IsCriterion()) {
                continue;  // a form without the criterion: the gap costs nothing here
            }
            Add(FindingKind::Service, finding.criterion, AtStake(index), finding.problem, finding.action);
            m_found.back().gap = std::string(ServiceGapId(finding.gap));
        }
    }

    /// What a criterion puts at stake when its evidence falls short: what it claims now, or,
    /// unanswered, what it could earn.
    [[nodiscard]] double AtStake(int index) const {
        const bool answered = m_unit.nodes[static_cast<std::size_t>(index)].value.has_value();
        return answered ? ValueOf(index) * PointsOf(index) : PointsOf(index);
    }

    /// One finding per document that someone expected to sign has not signed, naming them. An
    /// unsigned Pakta Integritas is no evidence for the criterion it backs (the form's <documents>).
    void CheckDocuments() {
        const auto& documents = m_form.Documents();
        for (const SignatureProgress& progress : SignatureProgressOf(m_in.signatures)) {
            const auto& missing = progress.not_signed;
            if (missing.empty()) {
                continue;
            }
            const std::string& id = progress.template_id;
            std::string code = id;
            double points = 0.0;
            const auto document = std::find_if(documents.begin(), documents.end(),
                                               [&](const FormDocument& d) { return d.template_id == id; });
            if (document != documents.end()) {
                const int index = m_form.Find(document->criterion);
                if (index >= 0 && m_form.Node(index).IsCriterion()) {
                    code = document->criterion;
                    points = AtStake(index);
                }
            }
            constexpr std::size_t kNamed = 3;
            const std::vector<std::string> named(missing.begin(),
                                                 missing.begin() + static_cast<long>(std::min(kNamed, missing.size())));
            std::string who = Join(named, ", ");
            if (missing.size() > kNamed) {
                who += " " + Format(Tr("and {0} more"), {std::to_string(missing.size() - kNamed)});
            }
            Add(FindingKind::DocumentUnsigned, code, points,
                Format(
                    Tr("{0}: {1} of {2} have not signed yet ({3})"),
                    {progress.template_name, std::to_string(missing.size()), std::to_string(progress.expected), who}),
                Format(Tr("print it (ziwb document make WS {0} OUTDIR --all), collect the signatures and file the "
                          "scans: ziwb document signed WS DIR --template {0}"),
                       {id}));
            m_found.back().template_id = id;
        }
    }

    /// The submission goes out signed off by the leader, who answers for it (issue 12). No points
    /// hang on the sign-off itself, so it ranks with the details.
    void CheckSignoff() {
        const SignoffStatus& status = m_in.signoff;
        if (status.state == SignoffState::None) {
            Add(FindingKind::NotSignedOff, "signoff", 0.0, Tr("the leader has not signed off the submission"),
                Tr("when the answers are final, the pimpinan signs off: ziwb signoff WS, or Team > Sign Off in the "
                   "workbench"));
        } else if (status.state == SignoffState::ChangedAfter) {
            Add(FindingKind::NotSignedOff, "signoff", 0.0,
                Format(Tr("{0} criteria changed after the leader signed off"),
                       {std::to_string(status.changes.criteria.size())}),
                Tr("the pimpinan signs off again: ziwb signoff WS, or Team > Sign Off in the workbench"));
        }
    }

    const CheckInputs& m_in;
    const Form& m_form;
    std::vector<double> m_points;
    ScoreReport m_unit;
    std::vector<bool> m_backed;
    std::vector<ReadinessFinding> m_found;
};

}  // namespace

std::string_view FindingKindId(FindingKind kind) {
    switch (kind) {
        case FindingKind::Unanswered: return "unanswered";
        case FindingKind::NoEvidence: return "no-evidence";
        case FindingKind::EvidenceRejected: return "evidence-rejected";
        case FindingKind::EvaluatorChanged: return "evaluator-changed";
        case FindingKind::DataError: return "data-error";
        case FindingKind::BestWithoutNote: return "best-without-note";
        case FindingKind::EvidenceOutOfPeriod: return "evidence-out-of-period";
        case FindingKind::PdfTooLarge: return "pdf-too-large";
        case FindingKind::PrerequisiteOpen: return "prerequisite-open";
        case FindingKind::AgencyTypeUnset: return "agency-type";
        case FindingKind::Service: return "service";
        case FindingKind::DocumentUnsigned: return "document-unsigned";
        case FindingKind::NotSignedOff: return "not-signed-off";
    }
    return "unknown";
}

CheckInputs LoadCheckInputs(Workspace& workspace) {
    CheckInputs inputs;
    inputs.form = &workspace.FormInUse();
    inputs.info = workspace.Info();
    inputs.unit = workspace.LoadAnswers(Layer::Unit());
    inputs.tpi = workspace.LoadAnswers(Layer::Tpi());
    inputs.notes.assign(inputs.form->Nodes().size(), std::string());
    for (StoredAnswer& stored : workspace.StoredAnswers(Layer::Unit())) {
        const int index = inputs.form->Find(stored.code);
        if (index >= 0) {
            inputs.notes[static_cast<std::size_t>(index)] = std::move(stored.note);
        }
    }
    inputs.evidence = EvidenceVault(workspace).List();
    inputs.rejected = LoadRejectedLines(workspace);
    inputs.prerequisites = LoadPrerequisites(workspace);
    ServiceData services{LoadServices(workspace), {}, {}};
    if (!services.services.empty()) {
        services.sessions = LoadFkpSessions(workspace);
        services.surveys = LoadSkmSurveys(workspace);
        inputs.services = FindServiceGaps(InstalledServiceRules(), services, TodayDate(),
                                          inputs.info.year > 0 ? std::to_string(inputs.info.year) : std::string());
    }
    inputs.signatures = DocumentStatus(workspace, LoadShippedTemplates(ProgramDir(nullptr)));
    inputs.signoff = CheckSignoff(workspace);
    return inputs;
}

std::vector<ReadinessFinding> RunCheck(const CheckInputs& inputs) {
    return CheckRun(inputs).Run();
}

}  // namespace ziwb::core
