// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <map>

#include "common/error.hpp"
#include "scoring/scoring_engine.hpp"
#include "test_support.hpp"

namespace ziwb::core {
namespace {

const Form& F() {
    return *test::LkeForm();
}

AnswerSet Answers(const std::map<std::string, std::string>& texts) {
    AnswerSet answers(F());
    for (const auto& [code, text] : texts) {
        answers.Set(code, ParseAnswer(F(), *F().FindNode(code), text));
    }
    return answers;
}

/// Counts that make each percentage item score 1 (best) or 0 (worst).
const std::map<std::string, std::pair<std::string, std::string>> kExtremeCounts = {
    {"A.II.1.i.a", {"agen=10;perubahan=10", "agen=10;perubahan=0"}},
    {"A.II.1.i.b", {"perubahan=10;terintegrasi=10", "perubahan=10;terintegrasi=0"}},
    {"A.II.3.iii.a",
     {"pelanggaran_lalu=10;pelanggaran_ini=0;disanksi=0", "pelanggaran_lalu=10;pelanggaran_ini=12;disanksi=12"}},
    {"A.II.4.i.a", {"sasaran=10;tercapai=10", "sasaran=10;tercapai=0"}},
    {"A.II.5.ii.a", {"harus=10;diproses=0;selesai=10", "harus=10;diproses=3;selesai=0"}},
    {"A.II.5.iii.a", {"kepala=1;pejabat=4;lainnya=5;sudah=10", "kepala=1;pejabat=4;lainnya=5;sudah=0"}},
    {"A.II.5.iii.b", {"eselon3=2;eselon4=3;fungsional=5;sudah=10", "eselon3=2;eselon4=3;fungsional=5;sudah=0"}},
    {"A.II.6.i.b", {"terdata=10;dipermudah=10", "terdata=10;dipermudah=0"}},
};

/// The best (or worst) answer to every criterion.
AnswerSet Extreme(bool best) {
    AnswerSet answers(F());
    for (const int index : F().Criteria()) {
        const FormNode& node = F().Node(index);
        std::string text;
        if (node.answer_kind == AnswerKind::Choice) {
            const auto& choices = F().ScaleOf(node).choices;
            text = best ? choices.front().key : choices.back().key;
        } else if (node.answer_kind == AnswerKind::Index) {
            text = best ? "4" : "0";
        } else {
            const auto& counts = kExtremeCounts.at(node.code);
            text = best ? counts.first : counts.second;
        }
        answers.Set(index, ParseAnswer(F(), node, text));
    }
    return answers;
}

double Value(const ScoreReport& report, const std::string& code) {
    return report.nodes[static_cast<std::size_t>(F().Find(code))].value.value();
}

bool HasValue(const ScoreReport& report, const std::string& code) {
    return report.nodes[static_cast<std::size_t>(F().Find(code))].value.has_value();
}

const CriterionFinding& Finding(const ScoreReport& report, const std::string& code) {
    return report.findings[static_cast<std::size_t>(F().Find(code))];
}

TEST(Scoring, EveryBestAnswerScores100AndEveryWorstScores0) {
    const auto best = Score(F(), Extreme(true));
    EXPECT_NEAR(best.Total(), 100.0, 1e-9);
    EXPECT_NEAR(Value(best, "A"), 60.0, 1e-9);
    EXPECT_NEAR(Value(best, "B"), 40.0, 1e-9);
    EXPECT_DOUBLE_EQ(best.Completeness(), 1.0);
    const auto worst = Score(F(), Extreme(false));
    EXPECT_NEAR(worst.Total(), 0.0, 1e-12);
    EXPECT_DOUBLE_EQ(worst.Completeness(), 1.0);
}

TEST(Scoring, ScaleValuesAreTheOfficialConstants) {
    // A-D uses the literal 0.67 and 0.33, not 2/3 and 1/3.
    const auto report = Score(F(), Answers({{"A.I.1.iii.a", "B"}, {"A.I.1.iii.b", "C"}, {"A.I.2.i.b", "D"}}));
    EXPECT_DOUBLE_EQ(Value(report, "A.I.1.iii.a"), 0.67);
    EXPECT_DOUBLE_EQ(Value(report, "A.I.1.iii.b"), 0.33);
    EXPECT_DOUBLE_EQ(Value(report, "A.I.2.i.b"), 0.25);
    EXPECT_DOUBLE_EQ(Value(report, "A.I.1.iii"), (0.67 + 0.33) / 2 * 1.0);
}

TEST(Scoring, UnansweredCriteriaAreLeftOutOfTheAverage) {
    const auto report = Score(F(), Answers({{"A.I.1.i.a", "Ya"}}));  // b unanswered
    EXPECT_DOUBLE_EQ(Value(report, "A.I.1.i"), 0.5);                 // 1 x weight 0.5
    EXPECT_DOUBLE_EQ(Value(report, "A.I.1"), 0.5);
    EXPECT_FALSE(HasValue(report, "A.I.1.ii"));
    EXPECT_DOUBLE_EQ(report.Total(), 0.5);
    // Rule 3: beside the official figure, the figure with unanswered counted as 0 and completeness.
    EXPECT_DOUBLE_EQ(report.TotalIfUnansweredZero(), 0.25);
    EXPECT_DOUBLE_EQ(report.nodes[static_cast<std::size_t>(F().Find("A.I.1.i"))].Completeness(), 0.5);
    EXPECT_NEAR(report.Completeness(), 1.0 / 113.0, 1e-12);
}

TEST(Scoring, AZeroDenominatorMakesTheItemNotComputableAndNamesTheInput) {
    const auto report = Score(F(), Answers({{"A.II.4.i.a", "sasaran=0;tercapai=0"},
                                            {"A.II.5.iii.a", "kepala=0;pejabat=0;lainnya=0;sudah=0"}}));
    EXPECT_FALSE(HasValue(report, "A.II.4.i.a"));
    EXPECT_EQ(Finding(report, "A.II.4.i.a").status, CriterionStatus::NotComputable);
    EXPECT_EQ(Finding(report, "A.II.4.i.a").zero_denominator_inputs, (std::vector<std::string>{"sasaran"}));
    EXPECT_EQ(Finding(report, "A.II.5.iii.a").zero_denominator_inputs,
              (std::vector<std::string>{"kepala", "pejabat", "lainnya"}));
    EXPECT_FALSE(HasValue(report, "A.II.4.i"));
    EXPECT_DOUBLE_EQ(report.Completeness(), 0.0);
}

TEST(Scoring, TheDisciplineItemFollowsTheOfficialException) {
    auto value = [](const std::string& counts) {
        const auto report = Score(F(), Answers({{"A.II.3.iii.a", counts + ";disanksi=0"}}));
        return Value(report, "A.II.3.iii.a");
    };
    EXPECT_DOUBLE_EQ(value("pelanggaran_lalu=0;pelanggaran_ini=0"), 1.0);
    EXPECT_DOUBLE_EQ(value("pelanggaran_lalu=0;pelanggaran_ini=3"), 0.0);
    EXPECT_DOUBLE_EQ(value("pelanggaran_lalu=4;pelanggaran_ini=6"), 0.0);
    EXPECT_DOUBLE_EQ(value("pelanggaran_lalu=4;pelanggaran_ini=1"), 0.75);
}

TEST(Scoring, ANumeratorAboveItsDenominatorIsCappedAndFlagged) {
    const auto report =
        Score(F(), Answers({{"A.II.1.i.a", "agen=3;perubahan=9"}, {"A.II.1.i.b", "perubahan=9;terintegrasi=3"}}));
    EXPECT_DOUBLE_EQ(Value(report, "A.II.1.i.a"), 1.0);
    EXPECT_TRUE(Finding(report, "A.II.1.i.a").ratio_above_one);
    EXPECT_NEAR(Value(report, "A.II.1.i.b"), 1.0 / 3.0, 1e-15);
    EXPECT_FALSE(Finding(report, "A.II.1.i.b").ratio_above_one);
}

TEST(Scoring, MissingInputsLeaveTheItemIncomplete) {
    AnswerSet answers(F());
    Answer partial;
    partial.inputs = {5.0, std::nullopt};
    answers.Set("A.II.4.i.a", partial);
    const auto report = Score(F(), answers);
    EXPECT_EQ(Finding(report, "A.II.4.i.a").status, CriterionStatus::Incomplete);
    EXPECT_EQ(Finding(report, "A.II.4.i.a").missing_inputs, (std::vector<std::string>{"tercapai"}));
    EXPECT_FALSE(HasValue(report, "A.II.4.i.a"));
}

TEST(Scoring, HasilIsTheIndexOverFourTimesItsWeight) {
    const auto report = Score(F(), Answers({{"B.I.a", "3.6"}, {"B.I.b", "B"}, {"B.II.a", "3,2"}}));
    EXPECT_DOUBLE_EQ(Value(report, "B.I.a"), 3.6 / 4 * 17.5);
    EXPECT_DOUBLE_EQ(Value(report, "B.I.b"), 0.75 * 5);
    EXPECT_DOUBLE_EQ(Value(report, "B.II.a"), 3.2 / 4 * 17.5);
    EXPECT_DOUBLE_EQ(Value(report, "B"), 3.6 / 4 * 17.5 + 3.75 + 3.2 / 4 * 17.5);
}

TEST(Scoring, AnswersAreCheckedAgainstTheCriterion) {
    const FormNode& yes_no = *F().FindNode("A.I.1.i.a");
    EXPECT_EQ(ParseAnswer(F(), yes_no, " ya ").choice, "Ya");
    EXPECT_THROW((void)ParseAnswer(F(), yes_no, "A"), UserError);
    EXPECT_THROW((void)ParseAnswer(F(), *F().FindNode("B.I.a"), "4.5"), UserError);
    EXPECT_THROW((void)ParseAnswer(F(), *F().FindNode("B.I.a"), "tinggi"), UserError);
    const FormNode& counts = *F().FindNode("A.II.4.i.a");
    EXPECT_THROW((void)ParseAnswer(F(), counts, "sasaran=2.5;tercapai=1"), UserError);
    EXPECT_THROW((void)ParseAnswer(F(), counts, "sasaran=-1;tercapai=1"), UserError);
    EXPECT_THROW((void)ParseAnswer(F(), counts, "target=2;tercapai=1"), UserError);
    EXPECT_THROW((void)ParseAnswer(F(), counts, "sasaran=2;sasaran=1"), UserError);
    EXPECT_EQ(FormatAnswer(counts, ParseAnswer(F(), counts, "tercapai=1; sasaran=2")), "sasaran=2;tercapai=1");
    EXPECT_THROW((void)RequireCriterion(F(), "A.I.1"), UserError);
    EXPECT_THROW((void)RequireCriterion(F(), "Z.9"), UserError);
}

std::vector<std::string> UnmetCodes(const Verdict& verdict) {
    std::vector<std::string> codes;
    for (const auto& unmet : verdict.unmet) {
        codes.push_back(unmet.target_code);
    }
    return codes;
}

TEST(Eligibility, AFullScoreMeetsWbkButWbbmNeedsTheWbkPredicateFirst) {
    const auto report = Score(F(), Extreme(true));
    EXPECT_TRUE(report.FindVerdict("WBK")->eligible);
    const Verdict& wbbm = *report.FindVerdict("WBBM");
    EXPECT_FALSE(wbbm.eligible);
    ASSERT_EQ(wbbm.unmet.size(), 1u);
    EXPECT_EQ(std::get<std::string>(wbbm.unmet[0].required), "WBK");
    EXPECT_TRUE(Score(F(), Extreme(true), UnitStanding{"WBK"}).FindVerdict("WBBM")->eligible);
}

TEST(Eligibility, EachAreaMustReachItsShareAcrossPemenuhanAndReform) {
    // Everything best except the SDM area (3), whose Pemenuhan and Reform score 0: the total still
    // passes, only the per-area rule fails, and it points into that area.
    AnswerSet answers = Extreme(true);
    const AnswerSet worst = Extreme(false);
    for (const int index : F().Criteria()) {
        if (F().Node(index).change_area == 3) {
            answers.Set(index, *worst.Get(index));
        }
    }
    const auto report = Score(F(), answers);
    EXPECT_NEAR(report.Total(), 90.0, 1e-9);
    const Verdict& wbk = *report.FindVerdict("WBK");
    ASSERT_EQ(wbk.unmet.size(), 1u);
    EXPECT_DOUBLE_EQ(std::get<double>(wbk.unmet[0].actual), 0.0);
    EXPECT_DOUBLE_EQ(std::get<double>(wbk.unmet[0].required), 6.0);
    EXPECT_TRUE(wbk.unmet[0].target_code == "A.I.3" || wbk.unmet[0].target_code == "A.II.3");
}

TEST(Eligibility, AnIncompleteLkeIsNeverEligibleAndEveryUnmetConditionIsListed) {
    AnswerSet answers = Extreme(true);
    answers.Clear(F().Find("B.II.a"));
    const auto report = Score(F(), answers);
    const Verdict& wbk = *report.FindVerdict("WBK");
    EXPECT_FALSE(wbk.eligible);
    const auto codes = UnmetCodes(wbk);
    // Incomplete (pointing at the unanswered item), total 82.5 passes, Pelayanan prima 0 < 14 fails.
    EXPECT_EQ(codes, (std::vector<std::string>{"B.II.a", "B.II"}));
}

TEST(Eligibility, ThresholdsCompareValuesRoundedHalfUp) {
    // IPAK 3.5999 gives 15.7496 -> rounds to 15.75, which meets the 15.75 minimum;
    // 3.5985 gives 15.7434 -> 15.74, which does not.
    AnswerSet answers = Extreme(true);
    answers.Set("B.I.a", ParseAnswer(F(), *F().FindNode("B.I.a"), "3.5999"));
    EXPECT_TRUE(Score(F(), answers).FindVerdict("WBK")->eligible);
    answers.Set("B.I.a", ParseAnswer(F(), *F().FindNode("B.I.a"), "3.5985"));
    const auto codes = UnmetCodes(*Score(F(), answers).FindVerdict("WBK"));
    EXPECT_EQ(codes, (std::vector<std::string>{"B.I.a"}));
}

}  // namespace
}  // namespace ziwb::core
