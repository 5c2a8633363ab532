// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "documents/document_signatures.hpp"
#include "evidence/evidence_vault.hpp"
#include "form/form.hpp"
#include "scoring/answer.hpp"
#include "services/service_checks.hpp"
#include "signoff/signoff.hpp"
#include "workspace/prerequisites.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

/// A checklist line the evaluator rejected, and whether the team attached anything to it since.
struct RejectedLine {
    std::string key;
    std::string code;
    std::string title;
    std::string reason;
    bool replaced = false;
};

/// Everything the pre-submission check reads, loaded once so the check itself runs in memory.
struct CheckInputs {
    const Form* form = nullptr;
    WorkspaceInfo info;
    std::optional<AnswerSet> unit;
    std::optional<AnswerSet> tpi;
    std::vector<std::string> notes;  ///< the unit's note per node index
    std::vector<EvidenceItem> evidence;
    std::vector<RejectedLine> rejected;
    std::vector<PrerequisiteState> prerequisites;
    /// What the unit's service catalogue, forums and surveys still lack (issue 15); empty while the
    /// unit keeps no catalogue, since its standards may then be plain evidence files.
    std::vector<ServiceFinding> services;
    /// Who of the team register has signed each shipped document (templates/documents/); empty
    /// while the unit keeps no register.
    std::vector<SignerStatus> signatures;
    /// The leader's sign-off of the submission against the unit layer now.
    SignoffStatus signoff;
};

/// Reads what the check needs from a workspace (a handful of queries).
[[nodiscard]] CheckInputs LoadCheckInputs(Workspace& workspace);

/// The kinds of problem the check finds, in the order the issue lists them. Their ids are stable
/// (JSON, the workbook, tests).
enum class FindingKind {
    Unanswered,
    NoEvidence,
    EvidenceRejected,
    EvaluatorChanged,
    DataError,
    BestWithoutNote,
    EvidenceOutOfPeriod,
    PdfTooLarge,
    PrerequisiteOpen,
    AgencyTypeUnset,
    Service,           ///< a gap of the service standards, forums or surveys; `gap` says which
    DocumentUnsigned,  ///< people of the register who have not signed a document yet
    NotSignedOff,      ///< the leader has not signed off the submission, or it changed since
};
[[nodiscard]] std::string_view FindingKindId(FindingKind kind);

/// One problem an evaluator would find: where, how many points are at stake, and one action that
/// fixes it.
struct ReadinessFinding {
    FindingKind kind = FindingKind::Unanswered;
    std::string code;  ///< a criterion code, or a prerequisite id
    double points = 0.0;
    std::string problem;
    std::string action;
    std::int64_t evidence = 0;  ///< the evidence item concerned, or 0
    std::string gap;            ///< for FindingKind::Service: ServiceGapId ("standard-not-reviewed")
    std::string template_id;    ///< for FindingKind::DocumentUnsigned: the document's template
};

/// Lists every problem, most points at stake first (form order among equals). Prerequisites not
/// confirmed count as the whole score: without them the unit is not proposed at all.
[[nodiscard]] std::vector<ReadinessFinding> RunCheck(const CheckInputs& inputs);

}  // namespace ziwb::core
