// SPDX-License-Identifier: GPL-3.0-or-later
// The limits that keep a stranger's form copy from crashing or stalling the program, at their
// edges: one within the limit still loads, one beyond is refused with a position and a reason.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/error.hpp"
#include "form/expression.hpp"
#include "form/form_grammar.hpp"
#include "form/form_loader.hpp"
#include "test_support.hpp"

namespace ziwb::core {
namespace {

const std::vector<std::string> kInputs = {"a", "b"};

std::string Repeat(const std::string& text, int times) {
    std::string out;
    for (int i = 0; i < times; ++i) {
        out += text;
    }
    return out;
}

std::string RefusalOf(const std::string& formula) {
    try {
        (void)Expression::Parse(formula, kInputs);
    } catch (const ExpressionError& error) {
        return error.what();
    }
    return "";
}

TEST(FormLimits, NestingUpToTheLimitParsesAndOneMoreLevelIsRefused) {
    // Each bracket level passes the unary level once more: 31 brackets around `a` are 32 levels.
    const int brackets = kMaxFormulaNesting - 1;
    const auto deepest = Repeat("(", brackets) + "a" + Repeat(")", brackets);
    EXPECT_EQ(Expression::Parse(deepest, kInputs).Evaluate(std::vector<double>{3, 0}).value, 3.0);
    EXPECT_NE(RefusalOf("(" + deepest + ")").find("nested more than 32 levels"), std::string::npos);
    EXPECT_NE(RefusalOf(Repeat("-", 10000) + "a").find("characters long"), std::string::npos);
    EXPECT_NE(RefusalOf(Repeat("not ", 200) + "a").find("nested more than 32 levels"), std::string::npos);
    EXPECT_NE(RefusalOf(Repeat("min(a,", 100) + "b" + Repeat(")", 100)).find("nested"), std::string::npos);
}

TEST(FormLimits, NodeCountBoundsAFlatFormula) {
    // a+a+...: n inputs and n-1 operators, no nesting at all, yet a tree as deep as it is long.
    const auto sum_of = [](int terms) { return "a" + Repeat("+a", terms - 1); };
    const int fits = (kMaxFormulaNodes + 1) / 2;
    EXPECT_EQ(Expression::Parse(sum_of(fits), kInputs).Evaluate(std::vector<double>{1, 0}).value, fits);
    EXPECT_NE(RefusalOf(sum_of(fits + 1)).find("more than 500 numbers"), std::string::npos);
}

TEST(FormLimits, LengthIsCheckedBeforeParsing) {
    const std::string longest = "a" + Repeat(" ", static_cast<int>(kMaxFormulaLength) - 1);
    EXPECT_FALSE(Expression::Parse(longest, kInputs).Empty());
    try {
        (void)Expression::Parse(longest + " ", kInputs);
        FAIL() << "a formula over the length limit must be refused";
    } catch (const ExpressionError& error) {
        EXPECT_EQ(error.Position(), 0U);
        EXPECT_STREQ(error.what(), "the formula is 2001 characters long; at most 2000 are allowed");
    }
}

TEST(FormLimits, ChoiceKeyGrammarRefusesWhatAFormulaCouldRead) {
    for (const char* good : {"Ya", "Tidak", "A", "E", "Ya_2", "abcdefghijklmnop"}) {
        EXPECT_TRUE(IsWellFormedChoiceKey(good)) << good;
    }
    for (const char* bad : {"", "Ya\"", "=1+1", "+A", "-A", "@A", "A,B", "A B", "1", "_A", "Ya;", "abcdefghijklmnopq",
                            "\tA", "A\n", "Jawab\xC3\xA1"}) {
        EXPECT_FALSE(IsWellFormedChoiceKey(bad)) << bad;
    }
}

TEST(FormLimits, CodeGrammar) {
    for (const char* good : {"A", "A.I.1.i.a", "B.II.a", "x9.Y"}) {
        EXPECT_TRUE(IsWellFormedCode(good)) << good;
    }
    for (const char* bad : {"", ".A", "A.", "A..I", "A.I\"", "A.I)", "A I", "=A", "A.\xC3\xA1"}) {
        EXPECT_FALSE(IsWellFormedCode(bad)) << bad;
    }
    EXPECT_TRUE(IsWellFormedCode(std::string(kMaxCodeLength, 'A')));
    EXPECT_FALSE(IsWellFormedCode(std::string(kMaxCodeLength + 1, 'A')));
}

TEST(FormLimits, ExcerptCutsOnACharacterBoundary) {
    EXPECT_EQ(Excerpt("short"), "short");
    // "á" is two bytes; a cut after 3 bytes would split the second one.
    EXPECT_EQ(Excerpt("\xC3\xA1\xC3\xA1", 3), "\xC3\xA1...");
    EXPECT_EQ(Excerpt(std::string(100, 'x')).size(), 63U);
}

TEST(FormLimits, TheLkeStaysWithinEveryLimit) {
    const std::string xml = test::ReadFile(test::FormPath());
    EXPECT_LT(xml.size(), kMaxFormBytes / 10);
    EXPECT_EQ(LoadFormText(xml, "lke.xml")->Criteria().size(), 113U);
}

TEST(FormLimits, AFormOverTheSizeLimitIsRefusedBeforeParsing) {
    const std::string xml = test::ReadFile(test::FormPath());
    std::string padded = xml;
    padded.insert(padded.find("<form"), std::string(kMaxFormBytes, ' '));
    try {
        (void)LoadFormText(padded, "big.xml");
        FAIL() << "an oversized form must be refused";
    } catch (const FormError& error) {
        EXPECT_EQ(error.Line(), 1);
        EXPECT_NE(error.Reason().find("at most 4194304 bytes"), std::string::npos) << error.Reason();
    }
}

}  // namespace
}  // namespace ziwb::core
