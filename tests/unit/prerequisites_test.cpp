// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <algorithm>

#include "common/error.hpp"
#include "scoring/scoring_engine.hpp"
#include "test_support.hpp"
#include "workspace/prerequisites.hpp"

namespace ziwb::core {
namespace {

TEST(Prerequisites, AUnitMayBeProposedOnlyWhenScoreAndPrerequisitesAgree) {
    const test::TempDir dir;
    auto workspace = test::NewWorkspace(dir / "ws.ziwb", "WBK");
    const Form& form = workspace.FormInUse();
    ScoreReport report;
    report.verdicts = {{"WBK", true, {}}, {"WBBM", false, {}}};

    auto states = LoadPrerequisites(workspace);
    ASSERT_EQ(states.size(), form.Prerequisites().size());
    auto judged = JudgeProposability(form, report, states, workspace.Info());
    EXPECT_FALSE(judged[0].Proposable());
    // While the agency type is not set, both Indeks RB thresholds bind: 5 agency (WBK) + 5 unit.
    EXPECT_EQ(judged[0].open_prerequisites.size(), 10u);
    WorkspaceInfo pemda = workspace.Info();
    pemda.agency_type = "pemda";
    EXPECT_EQ(JudgeProposability(form, report, states, pemda)[0].open_prerequisites.size(), 9u);

    for (const auto& state : states) {
        SetPrerequisite(workspace, state.prerequisite->id, true, "", "budi");
    }
    SetPrerequisite(workspace, "agency-wbbm-2", false, "SAKIP 2025: B", "budi");
    states = LoadPrerequisites(workspace);
    judged = JudgeProposability(form, report, states, workspace.Info());
    EXPECT_TRUE(judged[0].Proposable());
    EXPECT_FALSE(judged[1].Proposable());
    EXPECT_EQ(judged[1].open_prerequisites, (std::vector<std::string>{"agency-wbbm-2"}));

    SetPrerequisite(workspace, "unit-4", std::nullopt, "", "budi");
    const auto after = LoadPrerequisites(workspace);
    const auto unit4 =
        std::find_if(after.begin(), after.end(), [](const auto& s) { return s.prerequisite->id == "unit-4"; });
    ASSERT_NE(unit4, after.end());
    EXPECT_FALSE(unit4->met.has_value());
    EXPECT_THROW(SetPrerequisite(workspace, "unit-99", true, "", "budi"), UserError);
}

}  // namespace
}  // namespace ziwb::core
