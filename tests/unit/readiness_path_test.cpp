// SPDX-License-Identifier: GPL-3.0-or-later
// The readiness path against brute force on reduced forms, and against the engine on the full LKE.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <sstream>

#include "common/error.hpp"
#include "form/form_loader.hpp"
#include "readiness/path_solver.hpp"
#include "readiness/readiness_path.hpp"
#include "scoring/scoring_engine.hpp"
#include "test_support.hpp"

namespace ziwb::core {
namespace {

const char* const kScales[] = {"yes_no", "abc", "abcd", "abcde"};

/// A small LKE of the same shape as the real one: two change areas, each in Pemenuhan and Reform,
/// a few choice criteria, one percentage item, and the three Hasil items; random weights and
/// thresholds.
std::string ReducedForm(std::mt19937& random) {
    std::ostringstream xml;
    xml << R"(<form id="reduced" version="1" format="1" language="id"><title>t</title><legal-basis>b</legal-basis>
<scales>
 <scale id="yes_no" label="Ya/Tidak"><choice key="Ya" value="1"/><choice key="Tidak" value="0"/></scale>
 <scale id="abc" label="A/B/C"><choice key="A" value="1"/><choice key="B" value="0.5"/><choice key="C" value="0"/></scale>
 <scale id="abcd" label="A/B/C/D"><choice key="A" value="1"/><choice key="B" value="0.67"/><choice key="C" value="0.33"/><choice key="D" value="0"/></scale>
 <scale id="abcde" label="A/B/C/D/E"><choice key="A" value="1"/><choice key="B" value="0.75"/><choice key="C" value="0.5"/><choice key="D" value="0.25"/><choice key="E" value="0"/></scale>
</scales>
<change-areas><change-area number="1" name="Satu"/><change-area number="2" name="Dua"/></change-areas>
<component code="A" role="pengungkit" name="P" weight="60">)";
    const char* parts[] = {"I", "II"};
    for (const char* part : parts) {
        xml << "<part code=\"A." << part << "\" name=\"p\" weight=\"30\">";
        for (int area = 1; area <= 2; ++area) {
            const std::string code = std::string("A.") + part + "." + std::to_string(area);
            xml << "<area code=\"" << code << "\" change-area=\"" << area << "\" name=\"a\" weight=\"15\">";
            const int subs = 1 + static_cast<int>(random() % 2);
            const double first = subs == 1 ? 15.0 : std::vector<double>{5, 7.5, 10}[random() % 3];
            for (int sub = 0; sub < subs; ++sub) {
                const std::string sub_code = code + "." + (sub == 0 ? "i" : "ii");
                xml << "<subindicator code=\"" << sub_code << "\" name=\"s\" weight=\""
                    << (sub == 0 ? first : 15 - first) << "\">";
                const int criteria = 1 + static_cast<int>(random() % 2);
                for (int c = 0; c < criteria; ++c) {
                    const std::string criterion = sub_code + "." + static_cast<char>('a' + c);
                    const std::string scale = kScales[random() % 3];
                    xml << "<criterion code=\"" << criterion << "\" answer=\"" << scale << "\"><question>q</question>";
                    if (scale == "yes_no") {
                        xml << "<option key=\"Ya\">y</option><option key=\"Tidak\">t</option>";
                    } else {
                        for (char key = 'A'; key < 'A' + static_cast<char>(scale.size()); ++key) {
                            xml << "<option key=\"" << key << "\">o</option>";
                        }
                    }
                    xml << "</criterion>";
                }
                if (std::string(part) == "II" && area == 2 && sub == 0) {
                    xml << "<criterion code=\"" << sub_code << ".z\" answer=\"percentage\"><question>q</question>"
                        << "<input id=\"total\" label=\"t\"/><input id=\"done\" raise=\"up\" label=\"d\"/>"
                        << "<formula>min(1, done / total)</formula></criterion>";
                }
                xml << "</subindicator>";
            }
            xml << "</area>";
        }
        xml << "</part>";
    }
    const auto pick = [&](std::vector<double> values) { return values[random() % values.size()]; };
    xml << R"(</component>
<component code="B" role="hasil" name="H" weight="40">
 <part code="B.I" name="b" weight="22.5">
  <criterion code="B.I.a" answer="index" weight="17.5"><question>q</question><input id="index" label="i" kind="decimal" min="0" max="4"/><formula>index / 4</formula></criterion>
  <criterion code="B.I.b" answer="abcde" weight="5"><question>q</question><option key="A">a</option><option key="B">b</option><option key="C">c</option><option key="D">d</option><option key="E">e</option></criterion>
 </part>
 <part code="B.II" name="c" weight="17.5">
  <criterion code="B.II.a" answer="index" weight="17.5"><question>q</question><input id="index" label="i" kind="decimal" min="0" max="4"/><formula>index / 4</formula></criterion>
 </part>
</component>
<predicates>
 <predicate id="WBK" name="w">
  <minimum of="total" value=")"
        << pick({40, 55, 60, 65, 70, 72.5, 75, 80}) << R"(" label="total"/>
  <minimum of="A" value=")"
        << pick({0, 25, 30, 35, 40, 42.5}) << R"(" label="A"/>
  <minimum of="B.I.b" value=")"
        << pick({0, 2.5, 3.75}) << R"(" label="capaian"/>
  <minimum of="B.I.a" value=")"
        << pick({0, 0, 0, 15.75}) << R"(" label="IPAK"/>
 )" <<
        [&] {
            const double fraction = pick({0, 0.5, 0.6, 0.75});
            return fraction == 0 ? std::string() : "<area-minimum fraction=\"" + std::to_string(fraction) + "\"/>";
        }()
        << R"(
 </predicate>
 <predicate id="WBBM" name="m" requires-predicate="WBK">
  <minimum of="total" value=")"
        << pick({60, 75, 85}) << R"(" label="total"/>
  <area-minimum fraction="0.75"/>
 </predicate>
</predicates>
</form>)";
    return xml.str();
}

/// Every answer a criterion may be raised to (its own first), with the cost of getting there.
struct Choice {
    std::optional<Answer> answer;
    double cost = 0.0;
};

std::vector<Choice> Raises(const Form& form, const FormNode& node, const std::optional<Answer>& current) {
    std::vector<Choice> out;
    if (node.answer_kind == AnswerKind::Index) {
        return {{current, 0.0}};
    }
    if (node.answer_kind == AnswerKind::Percentage) {
        const double total = *current->inputs[0];
        for (double done = *current->inputs[1]; done <= total; done += 1.0) {
            out.push_back({Answer{{}, {total, done}}, done - *current->inputs[1]});
        }
        return out;
    }
    auto choices = form.ScaleOf(node).choices;
    std::sort(choices.begin(), choices.end(), [](const auto& a, const auto& b) { return a.value < b.value; });
    std::size_t from = 0;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (current && current->choice == choices[i].key) {
            from = i;
        }
    }
    for (std::size_t i = from; i < choices.size(); ++i) {
        out.push_back({Answer{choices[i].key, {}}, static_cast<double>(i - from)});
    }
    return out;
}

/// The costs of the cheapest minimal raises, by trying every combination through the engine.
std::vector<double> BruteForce(const Form& form, const AnswerSet& answers, const UnitStanding& standing,
                               const std::string& predicate, std::size_t keep) {
    std::vector<int> criteria = form.Criteria();
    std::vector<std::vector<Choice>> raises;
    std::vector<std::size_t> stride;
    std::size_t combinations = 1;
    for (const int index : criteria) {
        raises.push_back(Raises(form, form.Node(index), answers.Get(index)));
        stride.push_back(combinations);
        combinations *= raises.back().size();
    }
    std::vector<char> feasible(combinations, 0);
    std::vector<double> cost(combinations, 0.0);
    AnswerSet trial(form);
    for (std::size_t combination = 0; combination < combinations; ++combination) {
        for (std::size_t c = 0; c < criteria.size(); ++c) {
            const Choice& choice = raises[c][combination / stride[c] % raises[c].size()];
            cost[combination] += choice.cost;
            if (choice.answer) {
                trial.Set(criteria[c], *choice.answer);
            } else {
                trial.Clear(criteria[c]);
            }
        }
        feasible[combination] = Score(form, trial, standing).FindVerdict(predicate)->eligible ? 1 : 0;
    }
    std::vector<double> minimal;
    for (std::size_t combination = 0; combination < combinations; ++combination) {
        if (feasible[combination] == 0) {
            continue;
        }
        bool is_minimal = true;
        for (std::size_t c = 0; c < criteria.size() && is_minimal; ++c) {
            if (combination / stride[c] % raises[c].size() > 0 && feasible[combination - stride[c]] != 0) {
                is_minimal = false;
            }
        }
        if (is_minimal) {
            minimal.push_back(cost[combination]);
        }
    }
    std::sort(minimal.begin(), minimal.end());
    minimal.resize(std::min(minimal.size(), keep));
    return minimal;
}

TEST(ReadinessPath, MatchesBruteForceOnThousandsOfReducedForms) {
    std::mt19937 random(20261130);
    int compared = 0;
    int with_path = 0;
    int blocked = 0;
    while (compared < 2000) {
        const auto form = LoadFormText(ReducedForm(random), "reduced.xml");
        AnswerSet answers(*form);
        std::size_t combinations = 1;
        for (const int index : form->Criteria()) {
            const FormNode& node = form->Node(index);
            if (node.answer_kind == AnswerKind::Index) {
                answers.Set(index, Answer{{}, {2.5 + static_cast<double>(random() % 151) / 100.0}});
            } else if (node.answer_kind == AnswerKind::Percentage) {
                const double total = 1.0 + static_cast<double>(random() % 4);
                answers.Set(index, Answer{{}, {total, static_cast<double>(random() % (static_cast<int>(total) + 1))}});
            } else if (random() % 4 != 0) {
                const auto& choices = form->ScaleOf(node).choices;
                answers.Set(index, Answer{choices[random() % choices.size()].key, {}});
            }
            combinations *= Raises(*form, node, answers.Get(index)).size();
        }
        if (combinations > 1000) {
            continue;  // keep brute force quick
        }
        const bool wbbm = random() % 4 == 0;
        const std::string predicate = wbbm ? "WBBM" : "WBK";
        const UnitStanding standing{wbbm ? "WBK" : ""};
        const auto expected = BruteForce(*form, answers, standing, predicate, 3);
        const auto path = FindPath(*form, answers, standing, predicate, {});
        ASSERT_TRUE(path.proven_optimal);
        std::vector<double> got;
        if (path.found) {
            got.push_back(path.best.cost);
            for (const auto& alternative : path.alternatives) {
                got.push_back(alternative.cost);
            }
            // Applied, every path clears the verdict as the engine reports it.
            for (const PathOption* option = &path.best; option != nullptr;) {
                const auto applied = ApplyPath(*form, answers, *option);
                ASSERT_TRUE(Score(*form, applied, standing).FindVerdict(predicate)->eligible) << compared;
                option = option == &path.best && !path.alternatives.empty() ? &path.alternatives.front() : nullptr;
            }
            ++with_path;
        } else {
            EXPECT_FALSE(path.blocking.empty());
            ++blocked;
        }
        ASSERT_EQ(got.size(), expected.size()) << "case " << compared;
        for (std::size_t i = 0; i < got.size(); ++i) {
            EXPECT_NEAR(got[i], expected[i], 1e-9) << "case " << compared << " solution " << i;
        }
        ++compared;
    }
    // The random cases cover both outcomes in earnest.
    EXPECT_GT(with_path, 500);
    EXPECT_GT(blocked, 100);
}

/// A random partial answer set over the full LKE: every percentage and index item answered (the
/// path cannot invent counts or survey results), most choice items answered.
AnswerSet RandomLkeAnswers(const Form& form, std::mt19937& random, double index_low) {
    AnswerSet answers(form);
    for (const int index : form.Criteria()) {
        const FormNode& node = form.Node(index);
        if (node.answer_kind == AnswerKind::Index) {
            answers.Set(index, Answer{{}, {index_low + static_cast<double>(random() % 100) / 100.0 * (4 - index_low)}});
        } else if (node.answer_kind == AnswerKind::Percentage) {
            std::vector<std::optional<double>> inputs;
            for (std::size_t i = 0; i < node.inputs.size(); ++i) {
                inputs.push_back(static_cast<double>(1 + random() % 12));
            }
            answers.Set(index, Answer{{}, inputs});
            CriterionFinding finding;
            if (!CriterionValue(form, node, answers.Get(index), finding) || finding.ratio_above_one) {
                // Counts that do not compute or exceed their totals: use totals above every count.
                for (std::size_t i = 0; i < node.inputs.size(); ++i) {
                    inputs[i] = node.inputs[i].raise != 0 ? 1.0 : 20.0;
                }
                answers.Set(index, Answer{{}, inputs});
            }
        } else if (random() % 5 != 0) {
            const auto& choices = form.ScaleOf(node).choices;
            answers.Set(index, Answer{choices[random() % choices.size()].key, {}});
        }
    }
    return answers;
}

TEST(ReadinessPath, OnTheFullLkeEveryPathClearsTheVerdict) {
    const auto form = test::LkeForm();
    std::mt19937 random(7);
    int found = 0;
    for (int round = 0; round < 25; ++round) {
        const auto answers = RandomLkeAnswers(*form, random, 3.6);
        for (const std::string predicate : {"WBK", "WBBM"}) {
            const UnitStanding standing{predicate == "WBBM" ? "WBK" : ""};
            const auto path = FindPath(*form, answers, standing, predicate, {});
            ASSERT_TRUE(path.proven_optimal);
            if (!path.found) {
                EXPECT_FALSE(path.blocking.empty());
                continue;
            }
            ++found;
            EXPECT_LE(path.alternatives.size(), 2u);
            double previous = path.best.cost;
            for (const auto& alternative : path.alternatives) {
                EXPECT_GE(alternative.cost, previous - 1e-9);
                previous = alternative.cost;
            }
            const auto before = Score(*form, answers, standing);
            const auto after = Score(*form, ApplyPath(*form, answers, path.best), standing);
            EXPECT_TRUE(after.FindVerdict(predicate)->eligible) << predicate << " round " << round;
            EXPECT_NEAR(after.TotalIfUnansweredZero() - before.TotalIfUnansweredZero(), path.best.points, 1e-6);
        }
    }
    EXPECT_GT(found, 25);
}

TEST(ReadinessPath, SurveyResultsTooLowBlockThePathAndSaySo) {
    const auto form = test::LkeForm();
    AnswerSet answers(*form);
    answers.Set("B.I.a", Answer{{}, {2.0}});  // IPAK 2.0 -> 8.75 of the 15.75 WBK needs
    answers.Set("B.II.a", Answer{{}, {3.9}});
    const auto path = FindPath(*form, answers, {}, "WBK", {});
    EXPECT_FALSE(path.found);
    EXPECT_TRUE(path.proven_optimal);
    ASSERT_FALSE(path.blocking.empty());
    bool names_ipak = false;
    for (const auto& blocking : path.blocking) {
        names_ipak = names_ipak || blocking.find("IPAK") != std::string::npos;
    }
    EXPECT_TRUE(names_ipak);
}

TEST(ReadinessPath, CostsFromCsvChangeThePathAndFixedCriteriaStayPut) {
    const auto form = test::LkeForm();
    std::mt19937 random(11);
    const auto answers = RandomLkeAnswers(*form, random, 3.7);
    const auto path = FindPath(*form, answers, {}, "WBK", {});
    ASSERT_TRUE(path.found);
    ASSERT_FALSE(path.best.steps.empty());
    // Forbid every criterion of the optimum: the new path avoids them and costs no less.
    std::string csv = "code,cost\n";
    for (const auto& step : path.best.steps) {
        csv += step.code + ",tetap\n";
    }
    const auto costs = ParsePathCosts(csv, *form, "costs.csv");
    const auto detour = FindPath(*form, answers, {}, "WBK", costs);
    if (detour.found) {
        EXPECT_GE(detour.best.cost, path.best.cost - 1e-9);
        for (const auto& step : detour.best.steps) {
            EXPECT_FALSE(costs.fixed.contains(step.code)) << step.code;
        }
    }
    EXPECT_THROW((void)ParsePathCosts("A.I.1.i.a,0\n", *form, "c.csv"), UserError);
    EXPECT_THROW((void)ParsePathCosts("Z.9,1\n", *form, "c.csv"), UserError);
    EXPECT_THROW((void)ParsePathCosts("B.I.a,2\n", *form, "c.csv"), UserError);
    EXPECT_EQ(ParsePathCosts("A.I.1.i.a;3\n", *form, "c.csv").per_step.at("A.I.1.i.a"), 3);
    EXPECT_THROW((void)ParsePathCosts("A.I.1.i.a,2.5\n", *form, "c.csv"), UserError);  // whole units of work
}

TEST(ReadinessPath, SolverOnHandMadeProblems) {
    // Two items, one constraint needing 1.5: item 0 two steps, or item 1 alone. Item 0 one step
    // plus item 1 also meets it, but item 0's step is needless there: not an alternative.
    PathProblem problem;
    problem.constraints = {{1.5}};
    problem.items = {{{0, 1, 2}, {0, 1, 2}, {0}}, {{0, 2}, {0, 5}, {0}}};
    auto result = SolvePath(problem);
    EXPECT_TRUE(result.proven_optimal);
    ASSERT_EQ(result.solutions.size(), 2u);
    EXPECT_EQ(result.solutions[0].cost, 2);
    EXPECT_EQ(result.solutions[0].levels, (std::vector<int>{2, 0}));
    EXPECT_EQ(result.solutions[1].cost, 5);
    EXPECT_EQ(result.solutions[1].levels, (std::vector<int>{0, 1}));
    // Met already: the empty path, and no alternative (any raise would be needless).
    problem.constraints = {{-0.1}};
    result = SolvePath(problem);
    ASSERT_EQ(result.solutions.size(), 1u);
    EXPECT_EQ(result.solutions[0].cost, 0);
    // Out of reach: the constraint is named.
    problem.constraints = {{10}};
    result = SolvePath(problem);
    EXPECT_TRUE(result.solutions.empty());
    EXPECT_EQ(result.blocking, (std::vector<int>{0}));
}

}  // namespace
}  // namespace ziwb::core
