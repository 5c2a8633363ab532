// SPDX-License-Identifier: GPL-3.0-or-later
// The proposal rules of PermenPANRB 5/2024 Bab II, through the engine: agency types, the Stranas PK
// exception, the self-evaluation standing and the yearly deadline.
#include <gtest/gtest.h>

#include <algorithm>

#include "common/error.hpp"
#include "form/form_loader.hpp"
#include "proposal/proposal_rules.hpp"
#include "scoring/scoring_engine.hpp"
#include "test_support.hpp"
#include "workspace/prerequisites.hpp"
#include "workspace/unit_details.hpp"

namespace ziwb::core {
namespace {

std::string Replace(std::string text, const std::string& from, const std::string& to) {
    const auto pos = text.find(from);
    EXPECT_NE(pos, std::string::npos) << from;
    return text.replace(pos, from.size(), to);
}

std::string LoadError(const std::string& xml) {
    try {
        (void)LoadFormText(xml, "broken.xml");
    } catch (const FormError& error) {
        return error.what();
    }
    ADD_FAILURE() << "the form loaded although it is broken";
    return {};
}

class ProposalRules : public ::testing::Test {
protected:
    /// A score that meets every condition of both predicates, so that only the proposal rules decide.
    static ScoreReport Eligible() {
        ScoreReport report;
        report.verdicts = {{"WBK", true, {}}, {"WBBM", true, {}}};
        return report;
    }
    std::vector<Proposability> Judge(const WorkspaceInfo& info) {
        return JudgeProposability(m_workspace.FormInUse(), Eligible(), LoadPrerequisites(m_workspace), info);
    }
    test::TempDir m_dir;
    Workspace m_workspace = test::NewWorkspace(m_dir / "ws.ziwb", "WBK");
};

TEST_F(ProposalRules, TheFormDeclaresTheRulesOfPermenPanRb5Of2024) {
    const auto& rules = m_workspace.FormInUse().Proposal();
    ASSERT_EQ(rules.agency_types.size(), 2u);
    EXPECT_EQ(rules.agency_types[0].id, "pemda");
    EXPECT_EQ(rules.agency_types[1].id, "kl");
    ASSERT_EQ(rules.exemptions.size(), 1u);
    EXPECT_EQ(rules.exemptions[0].service_types,
              (std::vector<std::string>{"rsud", "dukcapil", "samsat", "ptsp", "pendidikan", "ketenagakerjaan"}));
    EXPECT_EQ(rules.deadline_month, 5);
    EXPECT_EQ(rules.deadline_day, 31);
    EXPECT_TRUE(m_workspace.FormInUse().StandingHolds("WBK-mandiri", "WBK"));
    EXPECT_FALSE(m_workspace.FormInUse().StandingHolds("WBK-mandiri", "WBBM"));
    EXPECT_FALSE(m_workspace.FormInUse().IsStanding("WBBM"));  // nothing requires it
}

TEST_F(ProposalRules, TheIndeksRbThresholdFollowsTheAgencyType) {
    WorkspaceInfo info = m_workspace.Info();
    const auto open = [&](const std::string& type) {
        info.agency_type = type;
        return Judge(info)[0].open_prerequisites;
    };
    const auto has = [](const std::vector<std::string>& ids, const std::string& id) {
        return std::find(ids.begin(), ids.end(), id) != ids.end();
    };
    EXPECT_TRUE(has(open("pemda"), "agency-wbk-3-pemda"));
    EXPECT_FALSE(has(open("pemda"), "agency-wbk-3-kl"));
    EXPECT_TRUE(has(open("kl"), "agency-wbk-3-kl"));
    EXPECT_FALSE(has(open("kl"), "agency-wbk-3-pemda"));
    // Not set: both bind, so nothing is waived because a detail was left out.
    EXPECT_TRUE(has(open(""), "agency-wbk-3-kl") && has(open(""), "agency-wbk-3-pemda"));
}

TEST_F(ProposalRules, AStranasPkUnitOfAPemdaMayBeProposedWhileMeetingTabel5) {
    WorkspaceInfo info = m_workspace.Info();
    info.agency_type = "pemda";
    info.service_type = "ketenagakerjaan";
    auto judged = Judge(info);
    EXPECT_TRUE(judged[0].Proposable());
    ASSERT_NE(judged[0].exemption, nullptr);
    EXPECT_EQ(judged[0].exemption->id, "stranas-pk");
    EXPECT_EQ(judged[0].open_prerequisites.size(), 9u);  // still listed: the team still works on them
    EXPECT_NE(ProposalLine(judged[0]).find("stranas-pk"), std::string::npos);

    // The same service in a ministry, a service outside the list, or no agency type: no exemption.
    for (const auto& [agency, service] : std::vector<std::pair<std::string, std::string>>{
             {"kl", "ketenagakerjaan"}, {"pemda", "lainnya"}, {"", "ketenagakerjaan"}, {"pemda", ""}}) {
        info.agency_type = agency;
        info.service_type = service;
        judged = Judge(info);
        EXPECT_FALSE(judged[0].Proposable()) << agency << "/" << service;
        EXPECT_EQ(judged[0].exemption, nullptr) << agency << "/" << service;
    }

    // The exemption waives prerequisites, never the score.
    info.agency_type = "pemda";
    info.service_type = "rsud";
    ScoreReport failing;
    failing.verdicts = {{"WBK", false, {}}, {"WBBM", false, {}}};
    EXPECT_FALSE(
        JudgeProposability(m_workspace.FormInUse(), failing, LoadPrerequisites(m_workspace), info)[0].Proposable());
}

TEST_F(ProposalRules, WbkFromTheAgencysOwnEvaluationCountsForWbbm) {
    m_workspace.SetCurrentPredicate("WBK-mandiri");
    const ScoreReport report = m_workspace.Score(Layer::Unit());
    const Verdict* wbbm = report.FindVerdict("WBBM");
    ASSERT_NE(wbbm, nullptr);
    // The "already holds WBK" condition is the one whose required value is the predicate's name.
    EXPECT_TRUE(std::none_of(wbbm->unmet.begin(), wbbm->unmet.end(), [](const UnmetCondition& unmet) {
        const auto* required = std::get_if<std::string>(&unmet.required);
        return required != nullptr && *required == "WBK";
    }));
    EXPECT_THROW(m_workspace.SetCurrentPredicate("WBBM-mandiri"), UserError);

    WorkspaceInfo info = m_workspace.Info();
    info.self_evaluation = "WBK";
    const auto judged = Judge(info);
    ASSERT_NE(judged[0].self_evaluation, nullptr);
    EXPECT_EQ(judged[0].self_evaluation->standing, "WBK-mandiri");
    EXPECT_EQ(judged[1].self_evaluation, nullptr);
}

TEST_F(ProposalRules, DetailsAreCheckedAgainstTheFormAndRecorded) {
    UnitDetailsChange change;
    change.agency_type = "provinsi";
    EXPECT_THROW((void)ChangeUnitDetails(m_workspace, change, "budi"), UserError);
    change.agency_type = "kl";
    change.service_type = "samsat";
    change.proposal_deadline = "2026-06-30";
    const auto fields = ChangeUnitDetails(m_workspace, change, "budi");
    EXPECT_EQ(fields.size(), 3u);
    const auto reopened = Workspace::Open(m_workspace.Path(), Workspace::Access::ReadOnly);
    EXPECT_EQ(reopened.Info().agency_type, "kl");
    EXPECT_EQ(reopened.Info().service_type, "samsat");
    EXPECT_EQ(ProposalDeadline(reopened.FormInUse(), reopened.Info()), "2026-06-30");
    change = {};
    change.proposal_deadline = "2026-02-30";
    EXPECT_THROW((void)ChangeUnitDetails(m_workspace, change, "budi"), UserError);
    change.proposal_deadline = "";
    EXPECT_EQ(ChangeUnitDetails(m_workspace, change, "budi").size(), 1u);
    const auto cleared = Workspace::Open(m_workspace.Path(), Workspace::Access::ReadOnly);
    EXPECT_EQ(ProposalDeadline(cleared.FormInUse(), cleared.Info()),
              std::to_string(cleared.Info().year) + "-05-31");  // the yearly date again
}

TEST(ProposalDeadlines, DaysAreCountedOnTheCalendar) {
    EXPECT_EQ(DaysToDeadline("2026-05-31", "2026-05-01"), 30);
    EXPECT_EQ(DaysToDeadline("2026-05-31", "2026-05-31"), 0);
    EXPECT_EQ(DaysToDeadline("2024-03-01", "2024-02-28"), 2);  // a leap year
    EXPECT_EQ(DaysToDeadline("2026-05-31", "2026-12-01"), -184);
    EXPECT_FALSE(DaysToDeadline("2026-02-30", "2026-01-01").has_value());
    EXPECT_FALSE(DaysToDeadline("31-05-2026", "2026-01-01").has_value());
}

TEST(ProposalForm, BrokenProposalRulesAreRefusedWithTheirLine) {
    const std::string xml = test::ReadFile(test::FormPath());
    EXPECT_NE(LoadError(Replace(xml, R"(agency-type="pemda">Indeks RB minimal CC)", R"(agency-type="provinsi">x)"))
                  .find("provinsi"),
              std::string::npos);
    EXPECT_NE(LoadError(Replace(xml, "service-type=\"rsud dukcapil", "service-type=\"rs dukcapil")).find("'rs'"),
              std::string::npos);
    EXPECT_NE(LoadError(Replace(xml, R"(<deadline month="5" day="31">)", R"(<deadline month="2" day="30">)"))
                  .find("deadline"),
              std::string::npos);
    EXPECT_NE(LoadError(Replace(xml, R"(standing="WBK-mandiri")", R"(standing="WBK")")).find("standing"),
              std::string::npos);
    EXPECT_NE(LoadError(Replace(xml, "<proposal>", "<proposal><quota n=\"3\"/>")).find("quota"), std::string::npos);
    EXPECT_NE(LoadError(Replace(xml, R"(<agency-type id="kl")", R"(<agency-type id="pemda")")).find("twice"),
              std::string::npos);
}

}  // namespace
}  // namespace ziwb::core
