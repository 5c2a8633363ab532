// SPDX-License-Identifier: GPL-3.0-or-later
#include "leader/leader_summary.hpp"

#include <algorithm>

#include "common/text.hpp"
#include "documents/document_signatures.hpp"
#include "people/team_register.hpp"
#include "proposal/proposal_rules.hpp"
#include "scoring/scoring_engine.hpp"

namespace ziwb::core {
std::string VerdictLine(const Verdict& verdict) {
    return verdict.eligible ? Format(Tr("{0}: meets every condition"), {verdict.predicate})
                            : Format(Tr("{0}: not yet - {1} condition(s) unmet"),
                                     {verdict.predicate, std::to_string(verdict.unmet.size())});
}

std::string DeadlineLine(const LeaderSummary& summary) {
    if (summary.deadline.empty()) {
        return {};
    }
    std::string line = Format(Tr("Proposal deadline: {0}"), {summary.deadline});
    if (summary.days_to_deadline) {
        const int days = *summary.days_to_deadline;
        line += days >= 0 ? " (" + Format(Tr("{0} day(s) left"), {std::to_string(days)}) + ")"
                          : " (" + Format(Tr("passed {0} day(s) ago"), {std::to_string(-days)}) + ")";
    }
    return line;
}

LeaderSummary CollectLeaderSummary(Workspace& workspace, const std::string& today, const std::string& leader_nip) {
    const Form& form = workspace.FormInUse();
    LeaderSummary summary;
    summary.info = workspace.Info();
    summary.today = today;
    const ScoreReport report = workspace.Score(Layer::Unit());
    summary.total = report.Total();
    summary.completeness = report.Completeness();
    summary.verdicts = report.verdicts;
    summary.proposal = JudgeProposability(form, report, LoadPrerequisites(workspace), summary.info);
    summary.deadline = ProposalDeadline(form, summary.info);
    summary.days_to_deadline = DaysToDeadline(summary.deadline, today);
    // The check's inputs hold who signed what and the sign-off: read once for both.
    const CheckInputs inputs = LoadCheckInputs(workspace);
    for (auto& finding : RunCheck(inputs)) {
        if (finding.kind == FindingKind::PrerequisiteOpen) {
            ++summary.open_prerequisites;
        } else if (finding.kind == FindingKind::DocumentUnsigned || finding.kind == FindingKind::NotSignedOff) {
            continue;  // the page lists the signatures and the sign-off in sections of their own
        } else {
            ++summary.missing_count;
            if (summary.missing.size() < kLeaderFindings) {
                summary.missing.push_back(std::move(finding));
            }
        }
    }
    summary.signoff = inputs.signoff;
    const std::vector<SignerStatus>& rows = inputs.signatures;
    summary.signatures = SignatureProgressOf(rows);

    // The leader the page is for: this machine's person when a pimpinan, else the first pimpinan.
    const auto team = LoadTeam(workspace);
    const Person* leader = nullptr;
    for (const auto& person : team) {
        if (person.role == "pimpinan" && (leader == nullptr || (!leader_nip.empty() && person.nip == leader_nip))) {
            leader = &person;
        }
    }
    if (leader != nullptr) {
        summary.leader_name = leader->name;
    }
    if (summary.signoff.state == SignoffState::None) {
        summary.awaiting.push_back(Tr("Sign off the submission: ziwb signoff WS, or Team > Sign Off in the workbench"));
    } else if (summary.signoff.state == SignoffState::ChangedAfter) {
        summary.awaiting.push_back(Format(Tr("Sign off again: {0} criteria changed since your sign-off"),
                                          {std::to_string(summary.signoff.changes.criteria.size())}));
    }
    if (leader != nullptr) {
        std::string documents;  // one line: "Sign: Komitmen Bersama, Pakta Integritas, ..."
        for (const auto& row : rows) {
            if (row.expected && !row.is_signed && row.nip == leader->nip) {
                documents += (documents.empty() ? "" : ", ") + row.template_name;
            }
        }
        if (!documents.empty()) {
            summary.awaiting.push_back(Format(Tr("Sign: {0}"), {documents}));
        }
    }
    for (const auto& judged : summary.proposal) {
        if (judged.Proposable() && judged.self_evaluation == nullptr && summary.days_to_deadline &&
            *summary.days_to_deadline >= 0) {
            summary.awaiting.push_back(Format(Tr("Send the Surat Pengajuan Evaluasi and the SPTJM for {0} to the "
                                                 "TPN by {1}"),
                                              {judged.predicate, summary.deadline}));
        }
    }
    return summary;
}

std::string LeaderText(const Form& form, const LeaderSummary& summary) {
    (void)form;
    std::string out;
    out += summary.info.unit_name + " - " + summary.info.agency + " (" + std::to_string(summary.info.year) + ")\n\n";
    out += Format(Tr("Total {0} of 100, {1}% of the criteria answered"),
                  {FormatNumber(summary.total, 2), FormatNumber(summary.completeness * 100.0, 0)}) +
           "\n";
    for (const auto& verdict : summary.verdicts) {
        out += "  " + VerdictLine(verdict) + "\n";
    }
    for (const auto& judged : summary.proposal) {
        out += "  " + ProposalLine(judged) + "\n";
    }
    if (const std::string deadline = DeadlineLine(summary); !deadline.empty()) {
        out += "  " + deadline + "\n";
    }
    out += "\n" + Tr("What is missing (most points first):") + "\n";
    if (summary.open_prerequisites > 0) {
        out += "  - " +
               Format(Tr("{0} prerequisite(s) not confirmed met"), {std::to_string(summary.open_prerequisites)}) + "\n";
    }
    for (const auto& finding : summary.missing) {
        out += "  - " + finding.code + ": " + finding.problem + " (" + FormatNumber(finding.points, 2) + ")\n";
    }
    if (summary.missing_count > summary.missing.size()) {
        out += "  " +
               Format(Tr("and {0} more: ziwb check WS"),
                      {std::to_string(summary.missing_count - summary.missing.size())}) +
               "\n";
    }
    out += "\n" + Tr("Who has not signed:") + "\n";
    for (const auto& progress : summary.signatures) {
        out += "  " +
               Format(Tr("{0}: {1} of {2} signed"), {progress.template_name, std::to_string(progress.signed_count),
                                                     std::to_string(progress.expected)}) +
               "\n";
    }
    out += "\n" + Tr("Waiting for your signature:") + "\n";
    if (summary.awaiting.empty()) {
        out += "  " + Tr("Nothing now.") + "\n";
    }
    for (const auto& action : summary.awaiting) {
        out += "  - " + action + "\n";
    }
    out += "\n" + SignoffLine(summary.signoff) + "\n";
    return out;
}

}  // namespace ziwb::core
