// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <vector>

#include "form/expression.hpp"

namespace ziwb::core {
namespace {

const std::vector<std::string> kInputs = {"a", "b", "c"};

EvaluationResult Eval(const std::string& text, std::vector<double> values) {
    return Expression::Parse(text, kInputs).Evaluate(values);
}

TEST(Expression, ArithmeticFollowsPrecedence) {
    EXPECT_DOUBLE_EQ(Eval("a + b * c", {1, 2, 3}).value, 7.0);
    EXPECT_DOUBLE_EQ(Eval("(a + b) * c", {1, 2, 3}).value, 9.0);
    EXPECT_DOUBLE_EQ(Eval("a - b - c", {10, 2, 3}).value, 5.0);
    EXPECT_DOUBLE_EQ(Eval("-a + 0.5", {2, 0, 0}).value, -1.5);
    EXPECT_DOUBLE_EQ(Eval("a / b / c", {12, 2, 3}).value, 2.0);
}

TEST(Expression, ComparisonsAndLogic) {
    EXPECT_EQ(Eval("a == 0 and b == 0", {0, 0, 0}).value, 1.0);
    EXPECT_EQ(Eval("a == 0 and b == 0", {0, 1, 0}).value, 0.0);
    EXPECT_EQ(Eval("a > 1 or b >= 2", {0, 2, 0}).value, 1.0);
    EXPECT_EQ(Eval("not a != 1", {1, 0, 0}).value, 1.0);
    EXPECT_EQ(Eval("a <= b", {2, 1, 0}).value, 0.0);
}

TEST(Expression, FunctionsTakeSeveralArguments) {
    EXPECT_EQ(Eval("min(1, a / b)", {9, 3, 0}).value, 1.0);
    EXPECT_EQ(Eval("max(a, b, c)", {1, 7, 3}).value, 7.0);
    EXPECT_EQ(Eval("if(a, b, c)", {0, 7, 3}).value, 3.0);
}

TEST(Expression, DivisionByZeroIsNotComputableAndNamesTheDenominatorInputs) {
    const auto result = Eval("min(1, a / (b + c))", {4, 0, 0});
    EXPECT_FALSE(result.computable);
    EXPECT_EQ(result.zero_denominator_inputs, (std::vector<int>{1, 2}));
}

TEST(Expression, IfEvaluatesOnlyTheChosenBranch) {
    // The discipline formula guards its division; the guard must keep it computable.
    const auto result = Eval("if(a == 0, 1, b / a)", {0, 5, 0});
    EXPECT_TRUE(result.computable);
    EXPECT_EQ(result.value, 1.0);
}

TEST(Expression, RatioAboveOneIsFlagged) {
    EXPECT_TRUE(Eval("min(1, a / b)", {5, 4, 0}).ratio_above_one);
    EXPECT_FALSE(Eval("min(1, a / b)", {4, 4, 0}).ratio_above_one);
}

TEST(Expression, UsedInputsAreCollected) {
    EXPECT_EQ(Expression::Parse("c / a", kInputs).UsedInputs(), (std::vector<int>{0, 2}));
}

TEST(Expression, ErrorsNameThePosition) {
    try {
        (void)Expression::Parse("min(1, a / d)", kInputs);
        FAIL() << "an undeclared input must be refused";
    } catch (const ExpressionError& error) {
        EXPECT_EQ(error.Position(), 11u);
        EXPECT_NE(std::string(error.what()).find("'d'"), std::string::npos);
    }
    EXPECT_THROW((void)Expression::Parse("a +", kInputs), ExpressionError);
    EXPECT_THROW((void)Expression::Parse("(a + b", kInputs), ExpressionError);
    EXPECT_THROW((void)Expression::Parse("sqrt(a)", kInputs), ExpressionError);
    EXPECT_THROW((void)Expression::Parse("if(a, b)", kInputs), ExpressionError);
    EXPECT_THROW((void)Expression::Parse("a $ b", kInputs), ExpressionError);
    EXPECT_THROW((void)Expression::Parse("min(a)", kInputs), ExpressionError);
    EXPECT_THROW((void)Expression::Parse("a < b < c", kInputs), ExpressionError) << "comparisons do not chain";
}

TEST(Expression, WordOperatorsNeedWordBoundaries) {
    const std::vector<std::string> inputs = {"order", "android"};
    EXPECT_EQ(Expression::Parse("order + android", inputs).Evaluate(std::vector<double>{1, 2}).value, 3.0);
}

}  // namespace
}  // namespace ziwb::core

namespace ziwb::core {
namespace {

TEST(Expression, TranslatesToSpreadsheetFormulas) {
    const std::vector<std::string> inputs = {"lalu", "ini"};
    const auto expression =
        Expression::Parse("if(lalu == 0 and ini == 0, 1, if(lalu != 0, max(0, (lalu - ini) / lalu), -0.5))", inputs);
    const std::string cells[] = {"K1", "K2"};
    EXPECT_EQ(expression.ToSpreadsheet([&](int input) { return cells[input]; }),
              "IF(AND((K1=0),(K2=0)),1,IF((K1<>0),MAX(0,((K1-K2)/K1)),(-0.5)))");
    EXPECT_EQ(Expression::Parse("min(1, ini / (lalu + ini))", inputs).ToSpreadsheet([&](int i) { return cells[i]; }),
              "MIN(1,(K2/(K1+K2)))");
}

}  // namespace
}  // namespace ziwb::core
