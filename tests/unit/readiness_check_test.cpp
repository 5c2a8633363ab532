// SPDX-License-Identifier: GPL-3.0-or-later
// The pre-submission check, each finding asserted on a crafted workspace.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "common/text.hpp"
#include "evidence/checklist.hpp"
#include "evidence/evidence_files.hpp"
#include "evidence/evidence_review.hpp"
#include "evidence/evidence_vault.hpp"
#include "readiness/readiness_check.hpp"
#include "test_support.hpp"
#include "workspace/prerequisites.hpp"

namespace ziwb::core {
namespace {

class ReadinessCheck : public ::testing::Test {
protected:
    ReadinessCheck() : m_workspace(test::NewWorkspace(m_dir / "ws.ziwb")) {}

    void Answer(const std::string& code, const std::string& text, const std::string& note = "",
                const Layer& layer = Layer::Unit()) {
        const Form& form = m_workspace.FormInUse();
        m_workspace.Apply(layer, {{code, ParseAnswer(form, RequireCriterion(form, code), text), false, note, {}}},
                          "budi", "answer");
    }

    std::int64_t AddFile(const std::string& code, const std::string& name, std::size_t size,
                         const std::string& date = "") {
        test::WriteFile(m_dir / name, std::string(size, 'x'));
        NoProgress progress;
        return EvidenceVault(m_workspace)
            .AddFile({code}, CheckEvidenceFile(m_dir / name, {}), {name, "", date}, "budi", progress);
    }

    std::vector<ReadinessFinding> Findings() { return RunCheck(LoadCheckInputs(m_workspace)); }

    /// The findings of one kind about one code.
    std::vector<ReadinessFinding> Of(FindingKind kind, const std::string& code) {
        std::vector<ReadinessFinding> out;
        for (auto& finding : Findings()) {
            if (finding.kind == kind && finding.code == code) {
                out.push_back(finding);
            }
        }
        return out;
    }

    test::TempDir m_dir;
    Workspace m_workspace;
};

TEST_F(ReadinessCheck, AFreshWorkspaceHasEveryCriterionUnansweredAndEveryPrerequisiteOpen) {
    const auto findings = Findings();
    const auto count = [&](FindingKind kind) {
        return std::count_if(findings.begin(), findings.end(), [&](const auto& f) { return f.kind == kind; });
    };
    EXPECT_EQ(count(FindingKind::Unanswered), static_cast<long>(m_workspace.FormInUse().Criteria().size()));
    EXPECT_EQ(count(FindingKind::PrerequisiteOpen), static_cast<long>(m_workspace.FormInUse().Prerequisites().size()));
    // A fresh workspace does not know its agency type yet: one finding says so.
    EXPECT_EQ(count(FindingKind::AgencyTypeUnset), 1);
    // Nobody has signed off; with no team register, no document is expected to be signed yet.
    EXPECT_EQ(count(FindingKind::NotSignedOff), 1);
    EXPECT_EQ(count(FindingKind::DocumentUnsigned), 0);
    EXPECT_EQ(static_cast<long>(findings.size()),
              count(FindingKind::Unanswered) + count(FindingKind::PrerequisiteOpen) +
                  count(FindingKind::AgencyTypeUnset) + count(FindingKind::NotSignedOff));
    // Ranked by points at stake: prerequisites (the whole score) first, then IPAK and IPKP (17.5).
    EXPECT_TRUE(std::is_sorted(findings.begin(), findings.end(),
                               [](const auto& a, const auto& b) { return a.points > b.points; }));
    EXPECT_EQ(findings.front().kind, FindingKind::PrerequisiteOpen);
    EXPECT_DOUBLE_EQ(findings.front().points, 100.0);
    const auto ipak = Of(FindingKind::Unanswered, "B.I.a");
    ASSERT_EQ(ipak.size(), 1u);
    EXPECT_DOUBLE_EQ(ipak[0].points, 17.5);
    EXPECT_NE(ipak[0].action.find("B.I.a"), std::string::npos);
}

TEST_F(ReadinessCheck, AnsweredWithoutEvidenceAndBestWithoutNote) {
    Answer("A.I.1.i.a", "Ya");
    EXPECT_TRUE(Of(FindingKind::Unanswered, "A.I.1.i.a").empty());
    const auto no_evidence = Of(FindingKind::NoEvidence, "A.I.1.i.a");
    ASSERT_EQ(no_evidence.size(), 1u);
    EXPECT_DOUBLE_EQ(no_evidence[0].points, 0.25);  // subindicator weight 0.5 over its 2 criteria
    ASSERT_EQ(Of(FindingKind::BestWithoutNote, "A.I.1.i.a").size(), 1u);

    Answer("A.I.1.i.a", "Ya", "SK Kepala Dinas 800/112/2026");
    EXPECT_TRUE(Of(FindingKind::BestWithoutNote, "A.I.1.i.a").empty());
    // A lower answer is not "the best option".
    Answer("A.I.1.i.b", "B");
    EXPECT_TRUE(Of(FindingKind::BestWithoutNote, "A.I.1.i.b").empty());
    // Tidak scores 0: nothing to lose, nothing to back.
    Answer("A.I.1.ii.a", "Tidak");
    EXPECT_TRUE(Of(FindingKind::NoEvidence, "A.I.1.ii.a").empty());

    (void)AddFile("A.I.1.i.a", "sk.txt", 10, "2026-01-06");
    EXPECT_TRUE(Of(FindingKind::NoEvidence, "A.I.1.i.a").empty());
    EXPECT_TRUE(Of(FindingKind::EvidenceOutOfPeriod, "A.I.1.i.a").empty());
}

TEST_F(ReadinessCheck, EvidenceOutsideTheYearAndPdfsOverTheLimit) {
    Answer("A.I.1.i.a", "Ya", "SK");
    const auto old = AddFile("A.I.1.i.a", "sk-lama.txt", 10, "2024-03-01");
    const auto dated = Of(FindingKind::EvidenceOutOfPeriod, "A.I.1.i.a");
    ASSERT_EQ(dated.size(), 1u);
    EXPECT_EQ(dated[0].evidence, old);
    EXPECT_DOUBLE_EQ(dated[0].points, 0.25);

    Answer("A.I.1.i.b", "B", "notulen");
    const auto big = AddFile("A.I.1.i.b", "notulen.pdf", (2U << 20) + 1);
    (void)AddFile("A.I.1.i.b", "kecil.pdf", 2U << 20);  // exactly 2 MB is accepted
    const auto pdf = Of(FindingKind::PdfTooLarge, "A.I.1.i.b");
    ASSERT_EQ(pdf.size(), 1u);
    EXPECT_EQ(pdf[0].evidence, big);
    EXPECT_DOUBLE_EQ(pdf[0].points, 0.125);  // B = 0.5 of 0.25
    EXPECT_NE(pdf[0].action.find("revise"), std::string::npos);
}

TEST_F(ReadinessCheck, PercentageDataErrors) {
    Answer("A.II.4.i.a", "sasaran=0;tercapai=0");
    auto errors = Of(FindingKind::DataError, "A.II.4.i.a");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_NE(errors[0].problem.find("sasaran"), std::string::npos);
    Answer("A.II.4.i.a", "sasaran=3;tercapai=5");
    errors = Of(FindingKind::DataError, "A.II.4.i.a");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].problem, Tr("a count is above its total (capped at 100%): likely a data error"));
    Answer("A.II.4.i.a", "sasaran=6;tercapai=5");
    EXPECT_TRUE(Of(FindingKind::DataError, "A.II.4.i.a").empty());
}

TEST_F(ReadinessCheck, AnswersTheEvaluatorChanged) {
    Answer("A.I.1.i.b", "A", "mekanisme");
    Answer("A.I.1.i.b", "C", "tidak ada seleksi", Layer::Tpi());
    const auto changed = Of(FindingKind::EvaluatorChanged, "A.I.1.i.b");
    ASSERT_EQ(changed.size(), 1u);
    EXPECT_DOUBLE_EQ(changed[0].points, 0.25);  // A (1) against C (0) of 0.25
    Answer("A.I.1.i.b", "C", "tidak ada seleksi");
    EXPECT_TRUE(Of(FindingKind::EvaluatorChanged, "A.I.1.i.b").empty());
}

TEST_F(ReadinessCheck, RejectedEvidenceUntilSomethingNewIsAttached) {
    Answer("A.I.1.i.a", "Ya", "SK");
    const auto first = AddFile("A.I.1.i.a", "sk.txt", 10, "2026-01-06");
    AttachToChecklist(m_workspace, "form:A.I.1.i.a:1", first, "budi");
    // The document was there before the evaluator looked at it.
    m_workspace.Database().exec("UPDATE evidence_item SET added_at = '2026-01-06T08:00:00Z'");
    m_workspace.Database().exec("UPDATE evidence_revision SET added_at = '2026-01-06T08:00:00Z'");
    ReviewChecklist(m_workspace, "form:A.I.1.i.a:1", Layer::Tpi(), "rejected", "SK belum ditandatangani", "tpi");
    const auto rejected = Of(FindingKind::EvidenceRejected, "A.I.1.i.a");
    ASSERT_EQ(rejected.size(), 1u);
    EXPECT_NE(rejected[0].problem.find("SK belum ditandatangani"), std::string::npos);
    EXPECT_NE(rejected[0].action.find("form:A.I.1.i.a:1"), std::string::npos);
    EXPECT_DOUBLE_EQ(rejected[0].points, 0.25);

    const auto signed_copy = AddFile("A.I.1.i.a", "sk-ttd.txt", 12, "2026-01-07");
    AttachToChecklist(m_workspace, "form:A.I.1.i.a:1", signed_copy, "budi");
    EXPECT_TRUE(Of(FindingKind::EvidenceRejected, "A.I.1.i.a").empty());
}

TEST_F(ReadinessCheck, ARejectedDocumentUntilItsRevision) {
    Answer("A.I.1.i.a", "Ya", "SK");
    const auto scan = AddFile("A.I.1.i.a", "sk-scan.txt", 10, "2026-01-06");
    m_workspace.Database().exec("UPDATE evidence_revision SET added_at = '2026-01-06T08:00:00Z'");
    ReviewEvidenceItem(m_workspace, scan, Layer::Tpi(), "rejected", "Pindaian terpotong", "tpi");
    const auto rejected = Of(FindingKind::EvidenceRejected, "A.I.1.i.a");
    ASSERT_EQ(rejected.size(), 1u);
    EXPECT_NE(rejected[0].problem.find("Pindaian terpotong"), std::string::npos);
    EXPECT_NE(rejected[0].action.find("evidence revise WS " + std::to_string(scan)), std::string::npos)
        << rejected[0].action;

    test::WriteFile(m_dir / "sk-scan-2.txt", "a whole scan");
    NoProgress progress;
    (void)EvidenceVault(m_workspace)
        .AddRevision(scan, CheckEvidenceFile(m_dir / "sk-scan-2.txt", {}), "budi", progress);
    EXPECT_TRUE(Of(FindingKind::EvidenceRejected, "A.I.1.i.a").empty());
}

TEST_F(ReadinessCheck, PrerequisitesConfirmedLeaveTheList) {
    for (const auto& state : LoadPrerequisites(m_workspace)) {
        SetPrerequisite(m_workspace, state.prerequisite->id, true, "", "budi");
    }
    EXPECT_TRUE(Of(FindingKind::PrerequisiteOpen, "unit-2").empty());
    SetPrerequisite(m_workspace, "unit-2", false, "TLHP 80%", "budi");
    const auto open = Of(FindingKind::PrerequisiteOpen, "unit-2");
    ASSERT_EQ(open.size(), 1u);
    EXPECT_NE(open[0].action.find("ziwb prerequisite WS unit-2 met"), std::string::npos);
}

}  // namespace
}  // namespace ziwb::core
