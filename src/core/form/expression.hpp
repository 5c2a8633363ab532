// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ziwb::core {

/// What evaluating a formula found besides its value.
struct EvaluationResult {
    double value = 0.0;
    /// False when a division by zero was reached: the item is not computable (product rule 1).
    bool computable = true;
    /// The inputs of the denominator that was zero, so the user is told which count to change.
    std::vector<int> zero_denominator_inputs;
    /// A division gave more than 1 (a numerator above its denominator): capped by the formula,
    /// but likely a data error (product rule 2).
    bool ratio_above_one = false;
};

/// Limits on a formula, which may come from a stranger's workspace: within them, parsing,
/// evaluating and converting a formula stay small and cannot exhaust the stack (forms/README.md).
inline constexpr std::size_t kMaxFormulaLength = 2000;  ///< characters
inline constexpr int kMaxFormulaNesting = 32;           ///< brackets, calls and unary operators inside each other
inline constexpr int kMaxFormulaNodes = 500;            ///< numbers, inputs, operators and calls

/// A formula of the form file: numbers, input names, + - * /, comparisons (== != < <= > >=),
/// `and`, `or`, `not`, and the functions min(a, b, ...), max(a, b, ...) and if(condition, then, else).
/// Truth values are numbers: 0 is false, anything else true. Input names are resolved when the
/// formula is parsed, so evaluation is a walk over a small tree with no lookups.
class Expression {
public:
    /// Parses `text`. `inputs` are the names the formula may use, in the order their values will be
    /// passed to Evaluate(). Throws ExpressionError naming the position and the problem, also for a
    /// formula over the limits above.
    static Expression Parse(std::string_view text, std::span<const std::string> inputs);

    Expression();
    Expression(Expression&&) noexcept;
    Expression& operator=(Expression&&) noexcept;
    Expression(const Expression&) = delete;
    Expression& operator=(const Expression&) = delete;
    ~Expression();

    [[nodiscard]] EvaluationResult Evaluate(std::span<const double> input_values) const;
    /// The formula in spreadsheet syntax (Excel, LibreOffice), with each input replaced by the
    /// reference `cell_of(input index)` returns. Operators map one to one (`==` is `=`, `!=` is
    /// `<>`, and/or/not/min/max/if become AND/OR/NOT/MIN/MAX/IF); a division by zero gives #DIV/0!,
    /// which the caller wraps (the exporter turns it into "Blm Diisi", as product rule 1 asks).
    [[nodiscard]] std::string ToSpreadsheet(const std::function<std::string(int)>& cell_of) const;
    [[nodiscard]] const std::string& Text() const { return m_text; }
    [[nodiscard]] bool Empty() const { return m_root == nullptr; }
    /// Indices of the inputs the formula reads.
    [[nodiscard]] const std::vector<int>& UsedInputs() const { return m_used_inputs; }

    struct Node;

private:
    std::string m_text;
    std::unique_ptr<Node> m_root;
    std::vector<int> m_used_inputs;
};

/// A formula that does not parse; `Position()` is the 0-based character offset in the formula.
class ExpressionError : public std::runtime_error {
public:
    ExpressionError(std::size_t position, const std::string& reason);
    [[nodiscard]] std::size_t Position() const { return m_position; }

private:
    std::size_t m_position;
};

}  // namespace ziwb::core
