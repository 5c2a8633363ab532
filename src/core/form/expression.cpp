// SPDX-License-Identifier: GPL-3.0-or-later
#include "form/expression.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <span>

#include "common/text.hpp"

namespace ziwb::core {

ExpressionError::ExpressionError(std::size_t position, const std::string& reason)
    : std::runtime_error(reason), m_position(position) {}

enum class Op {
    Number,
    Input,
    Negate,
    Not,
    Add,
    Subtract,
    Multiply,
    Divide,
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    And,
    Or,
    Min,
    Max,
    If
};

struct Expression::Node {
    Op op = Op::Number;
    double number = 0.0;
    int input = -1;
    std::vector<std::unique_ptr<Node>> args;
};

namespace {

using NodePtr = std::unique_ptr<Expression::Node>;

NodePtr MakeNode(Op op, std::vector<NodePtr> args = {}) {
    auto node = std::make_unique<Expression::Node>();
    node->op = op;
    node->args = std::move(args);
    return node;
}

void CollectInputs(const Expression::Node& node, std::vector<int>& out) {
    if (node.op == Op::Input && std::find(out.begin(), out.end(), node.input) == out.end()) {
        out.push_back(node.input);
    }
    for (const auto& arg : node.args) {
        CollectInputs(*arg, out);
    }
}

class Parser {
public:
    Parser(std::string_view text, std::span<const std::string> inputs) : m_text(text), m_inputs(inputs) {}

    NodePtr ParseAll() {
        if (m_text.size() > kMaxFormulaLength) {
            Fail(Format(Tr("the formula is {0} characters long; at most {1} are allowed"),
                        {std::to_string(m_text.size()), std::to_string(kMaxFormulaLength)}));
        }
        auto node = ParseOr();
        SkipSpace();
        if (m_pos != m_text.size()) {
            Fail(Format(Tr("unexpected '{0}'"), {m_text.substr(m_pos, 1)}));
        }
        return node;
    }

private:
    [[noreturn]] void Fail(const std::string& reason) const { throw ExpressionError(m_pos, reason); }

    void SkipSpace() {
        while (m_pos < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_pos])) != 0) {
            ++m_pos;
        }
    }

    bool Accept(std::string_view token) {
        SkipSpace();
        if (m_text.substr(m_pos).starts_with(token)) {
            // A word operator must not be the start of a longer name ("order" is not "or").
            const bool word = std::isalpha(static_cast<unsigned char>(token.front())) != 0;
            const std::size_t after = m_pos + token.size();
            if (word && after < m_text.size() &&
                (std::isalnum(static_cast<unsigned char>(m_text[after])) != 0 || m_text[after] == '_')) {
                return false;
            }
            m_pos = after;
            return true;
        }
        return false;
    }

    void Expect(std::string_view token) {
        if (!Accept(token)) {
            Fail(Format(Tr("expected '{0}'"), {token}));
        }
    }

    using OperatorTable = std::span<const std::pair<std::string_view, Op>>;
    using Level = NodePtr (Parser::*)();

    /// Every node is made here, so the node limit holds however the formula is shaped (a flat
    /// "1+1+...+1" nests nothing but still builds a tree as deep as it is long).
    NodePtr Make(Op op, std::vector<NodePtr> args = {}) {
        if (++m_nodes > kMaxFormulaNodes) {
            Fail(Format(Tr("the formula has more than {0} numbers, inputs and operators"),
                        {std::to_string(kMaxFormulaNodes)}));
        }
        return MakeNode(op, std::move(args));
    }

    NodePtr Binary(Op op, NodePtr left, NodePtr right) {
        std::vector<NodePtr> args;
        args.push_back(std::move(left));
        args.push_back(std::move(right));
        return Make(op, std::move(args));
    }

    /// Counts how deep brackets, calls and unary operators sit inside each other while one is being
    /// parsed: the parser recurses once per level, so the limit keeps the stack small.
    class NestingGuard {
    public:
        explicit NestingGuard(Parser& parser) : m_parser(parser) {
            if (++m_parser.m_nesting > kMaxFormulaNesting) {
                m_parser.Fail(Format(Tr("the formula is nested more than {0} levels deep"),
                                     {std::to_string(kMaxFormulaNesting)}));
            }
        }
        ~NestingGuard() { --m_parser.m_nesting; }
        NestingGuard(const NestingGuard&) = delete;
        NestingGuard& operator=(const NestingGuard&) = delete;

    private:
        Parser& m_parser;
    };

    /// One precedence level of left-associative operators over the next, tighter level.
    NodePtr ParseLevel(OperatorTable operators, Level next) {
        auto left = (this->*next)();
        for (;;) {
            const auto matched = std::find_if(operators.begin(), operators.end(),
                                              [&](const auto& entry) { return Accept(entry.first); });
            if (matched == operators.end()) {
                return left;
            }
            left = Binary(matched->second, std::move(left), (this->*next)());
        }
    }

    NodePtr ParseOr() {
        static constexpr std::pair<std::string_view, Op> kOps[] = {{"or", Op::Or}};
        return ParseLevel(kOps, &Parser::ParseAnd);
    }

    NodePtr ParseAnd() {
        static constexpr std::pair<std::string_view, Op> kOps[] = {{"and", Op::And}};
        return ParseLevel(kOps, &Parser::ParseComparison);
    }

    /// Comparisons do not chain: "a < b < c" is refused rather than read as (a < b) < c.
    NodePtr ParseComparison() {
        // Two-character operators first, so "<=" is not read as "<" followed by "=".
        static constexpr std::pair<std::string_view, Op> kOps[] = {{"==", Op::Equal},     {"!=", Op::NotEqual},
                                                                   {"<=", Op::LessEqual}, {">=", Op::GreaterEqual},
                                                                   {"<", Op::Less},       {">", Op::Greater}};
        auto left = ParseSum();
        for (const auto& [token, op] : kOps) {
            if (Accept(token)) {
                return Binary(op, std::move(left), ParseSum());
            }
        }
        return left;
    }

    NodePtr ParseSum() {
        static constexpr std::pair<std::string_view, Op> kOps[] = {{"+", Op::Add}, {"-", Op::Subtract}};
        return ParseLevel(kOps, &Parser::ParseProduct);
    }

    NodePtr ParseProduct() {
        static constexpr std::pair<std::string_view, Op> kOps[] = {{"*", Op::Multiply}, {"/", Op::Divide}};
        return ParseLevel(kOps, &Parser::ParseUnary);
    }

    NodePtr ParseUnary() {
        const NestingGuard guard(*this);
        if (Accept("-")) {
            std::vector<NodePtr> args;
            args.push_back(ParseUnary());
            return Make(Op::Negate, std::move(args));
        }
        if (Accept("not")) {
            std::vector<NodePtr> args;
            args.push_back(ParseUnary());
            return Make(Op::Not, std::move(args));
        }
        return ParsePrimary();
    }

    NodePtr ParsePrimary() {
        SkipSpace();
        if (m_pos >= m_text.size()) {
            Fail(Tr("the formula ends where a value is expected"));
        }
        if (Accept("(")) {
            auto inner = ParseOr();
            Expect(")");
            return inner;
        }
        const char c = m_text[m_pos];
        if (std::isdigit(static_cast<unsigned char>(c)) != 0 || c == '.') {
            return ParseNumber();
        }
        if (std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_') {
            return ParseName();
        }
        Fail(Format(Tr("unexpected '{0}'"), {m_text.substr(m_pos, 1)}));
    }

    NodePtr ParseNumber() {
        double value = 0.0;
        const char* begin = m_text.data() + m_pos;
        const auto [end, ec] = std::from_chars(begin, m_text.data() + m_text.size(), value);
        if (ec != std::errc()) {
            Fail(Tr("malformed number"));
        }
        m_pos += static_cast<std::size_t>(end - begin);
        auto node = Make(Op::Number);
        node->number = value;
        return node;
    }

    NodePtr ParseName() {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() &&
               (std::isalnum(static_cast<unsigned char>(m_text[m_pos])) != 0 || m_text[m_pos] == '_')) {
            ++m_pos;
        }
        const std::string_view name = m_text.substr(start, m_pos - start);
        SkipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '(') {
            return ParseCall(name, start);
        }
        const auto found = std::find(m_inputs.begin(), m_inputs.end(), name);
        if (found == m_inputs.end()) {
            m_pos = start;
            Fail(Format(Tr("'{0}' is not a declared input of this item"), {name}));
        }
        auto node = Make(Op::Input);
        node->input = static_cast<int>(found - m_inputs.begin());
        return node;
    }

    NodePtr ParseCall(std::string_view name, std::size_t start) {
        Op op{};
        if (name == "min") {
            op = Op::Min;
        } else if (name == "max") {
            op = Op::Max;
        } else if (name == "if") {
            op = Op::If;
        } else {
            m_pos = start;
            Fail(Format(Tr("unknown function '{0}' (known: min, max, if)"), {name}));
        }
        Expect("(");
        std::vector<NodePtr> args;
        args.push_back(ParseOr());
        while (Accept(",")) {
            args.push_back(ParseOr());
        }
        Expect(")");
        if (op == Op::If && args.size() != 3) {
            m_pos = start;
            Fail(Tr("if() takes three arguments: condition, value if true, value if false"));
        }
        if (op != Op::If && args.size() < 2) {
            m_pos = start;
            Fail(Format(Tr("{0}() takes at least two arguments"), {name}));
        }
        return Make(op, std::move(args));
    }

    std::string_view m_text;
    std::span<const std::string> m_inputs;
    std::size_t m_pos = 0;
    int m_nesting = 0;
    int m_nodes = 0;
};

class Evaluator {
public:
    Evaluator(std::span<const double> inputs, EvaluationResult& result) : m_inputs(inputs), m_result(result) {}

    double Eval(const Expression::Node& node) {
        if (!m_result.computable) {
            return 0.0;
        }
        const auto& a = node.args;
        switch (node.op) {
            case Op::Number: return node.number;
            case Op::Input: return m_inputs[static_cast<std::size_t>(node.input)];
            case Op::Negate: return -Eval(*a[0]);
            case Op::Not: return Truth(Eval(*a[0])) ? 0.0 : 1.0;
            case Op::Add: return Eval(*a[0]) + Eval(*a[1]);
            case Op::Subtract: return Eval(*a[0]) - Eval(*a[1]);
            case Op::Multiply: return Eval(*a[0]) * Eval(*a[1]);
            case Op::Divide: return Divide(*a[0], *a[1]);
            case Op::Equal: return Eval(*a[0]) == Eval(*a[1]) ? 1.0 : 0.0;
            case Op::NotEqual: return Eval(*a[0]) != Eval(*a[1]) ? 1.0 : 0.0;
            case Op::Less: return Eval(*a[0]) < Eval(*a[1]) ? 1.0 : 0.0;
            case Op::LessEqual: return Eval(*a[0]) <= Eval(*a[1]) ? 1.0 : 0.0;
            case Op::Greater: return Eval(*a[0]) > Eval(*a[1]) ? 1.0 : 0.0;
            case Op::GreaterEqual: return Eval(*a[0]) >= Eval(*a[1]) ? 1.0 : 0.0;
            // and/or/if evaluate only what decides the result, so a guarded division by zero
            // (the discipline formula's "last year 0") is never reached.
            case Op::And: return Truth(Eval(*a[0])) && Truth(Eval(*a[1])) ? 1.0 : 0.0;
            case Op::Or: return Truth(Eval(*a[0])) || Truth(Eval(*a[1])) ? 1.0 : 0.0;
            case Op::If: return Truth(Eval(*a[0])) ? Eval(*a[1]) : Eval(*a[2]);
            case Op::Min:
            case Op::Max: {
                double best = Eval(*a[0]);
                for (std::size_t i = 1; i < a.size(); ++i) {
                    const double v = Eval(*a[i]);
                    best = node.op == Op::Min ? std::min(best, v) : std::max(best, v);
                }
                return best;
            }
        }
        return 0.0;
    }

private:
    static bool Truth(double v) { return v != 0.0; }

    double Divide(const Expression::Node& numerator, const Expression::Node& denominator) {
        const double top = Eval(numerator);
        const double bottom = Eval(denominator);
        if (!m_result.computable) {
            return 0.0;
        }
        if (bottom == 0.0) {
            m_result.computable = false;
            CollectInputs(denominator, m_result.zero_denominator_inputs);
            return 0.0;
        }
        const double quotient = top / bottom;
        if (quotient > 1.0) {
            m_result.ratio_above_one = true;
        }
        return quotient;
    }

    std::span<const double> m_inputs;
    EvaluationResult& m_result;
};

std::string Spreadsheet(const Expression::Node& node, const std::function<std::string(int)>& cell_of) {
    const auto& a = node.args;
    const auto binary = [&](const char* op) {
        return "(" + Spreadsheet(*a[0], cell_of) + op + Spreadsheet(*a[1], cell_of) + ")";
    };
    const auto call = [&](const char* name) {
        std::string text = std::string(name) + "(";
        for (std::size_t i = 0; i < a.size(); ++i) {
            text += (i == 0 ? "" : ",") + Spreadsheet(*a[i], cell_of);
        }
        return text + ")";
    };
    switch (node.op) {
        case Op::Number: return FormatMachineNumber(node.number);
        case Op::Input: return cell_of(node.input);
        case Op::Negate: return "(-" + Spreadsheet(*a[0], cell_of) + ")";
        case Op::Not: return call("NOT");
        case Op::Add: return binary("+");
        case Op::Subtract: return binary("-");
        case Op::Multiply: return binary("*");
        case Op::Divide: return binary("/");
        case Op::Equal: return binary("=");
        case Op::NotEqual: return binary("<>");
        case Op::Less: return binary("<");
        case Op::LessEqual: return binary("<=");
        case Op::Greater: return binary(">");
        case Op::GreaterEqual: return binary(">=");
        case Op::And: return call("AND");
        case Op::Or: return call("OR");
        case Op::Min: return call("MIN");
        case Op::Max: return call("MAX");
        case Op::If: return call("IF");
    }
    return "0";
}

}  // namespace

std::string Expression::ToSpreadsheet(const std::function<std::string(int)>& cell_of) const {
    return m_root ? Spreadsheet(*m_root, cell_of) : std::string("0");
}

Expression::Expression() = default;
Expression::Expression(Expression&&) noexcept = default;
Expression& Expression::operator=(Expression&&) noexcept = default;
Expression::~Expression() = default;

Expression Expression::Parse(std::string_view text, std::span<const std::string> inputs) {
    Expression expression;
    expression.m_text = std::string(text);
    Parser parser(text, inputs);
    expression.m_root = parser.ParseAll();
    CollectInputs(*expression.m_root, expression.m_used_inputs);
    std::sort(expression.m_used_inputs.begin(), expression.m_used_inputs.end());
    return expression;
}

EvaluationResult Expression::Evaluate(std::span<const double> input_values) const {
    EvaluationResult result;
    if (m_root) {
        Evaluator evaluator(input_values, result);
        result.value = evaluator.Eval(*m_root);
        if (!result.computable) {
            result.value = 0.0;
        }
    }
    return result;
}

}  // namespace ziwb::core
