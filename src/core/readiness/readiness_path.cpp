// SPDX-License-Identifier: GPL-3.0-or-later
#include "readiness/readiness_path.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "common/error.hpp"
#include "common/text.hpp"
#include "io/csv.hpp"
#include "readiness/criterion_points.hpp"
#include "readiness/path_solver.hpp"

namespace ziwb::core {
namespace {

/// The most count steps tried on one input: far beyond any real unit's counts.
constexpr int kMaxCountSteps = 10000;

/// One answer a criterion can be raised to, with its 0..1 value and what reaching it costs.
struct Candidate {
    Answer answer;
    double value = 0.0;
    double cost = 0.0;
};

/// Where a criterion stands (level 0) and every better answer worth considering, values rising.
std::vector<Candidate> Candidates(const Form& form, const FormNode& node, const std::optional<Answer>& answer,
                                  double unit_cost, bool can_change) {
    CriterionFinding finding;
    const auto value = CriterionValue(form, node, answer, finding);
    std::vector<Candidate> out;
    if (node.answer_kind == AnswerKind::Choice) {
        std::vector<ScaleChoice> choices = form.ScaleOf(node).choices;
        std::stable_sort(choices.begin(), choices.end(),
                         [](const ScaleChoice& a, const ScaleChoice& b) { return a.value < b.value; });
        std::size_t position = 0;  // unanswered: the lowest answer, as it must be answered anyway
        for (std::size_t i = 0; i < choices.size(); ++i) {
            if (value && answer && choices[i].key == answer->choice) {
                position = i;
            }
        }
        out.push_back({Answer{choices[position].key, {}}, choices[position].value, 0.0});
        for (std::size_t i = position + 1; can_change && i < choices.size(); ++i) {
            if (choices[i].value > out.back().value) {
                out.push_back(
                    {Answer{choices[i].key, {}}, choices[i].value, static_cast<double>(i - position) * unit_cost});
            }
        }
        return out;
    }
    out.push_back({answer.value_or(Answer{}), value.value_or(0.0), 0.0});
    if (!value || !can_change || node.answer_kind != AnswerKind::Percentage) {
        return out;  // index items are external surveys; counts not entered cannot be stepped
    }
    std::vector<Candidate> found;
    std::vector<double> values(node.inputs.size());
    for (std::size_t i = 0; i < node.inputs.size(); ++i) {
        values[i] = answer->inputs[i].value_or(0.0);
    }
    for (std::size_t i = 0; i < node.inputs.size(); ++i) {
        const FormulaInput& input = node.inputs[i];
        if (input.raise == 0 || !input.used_in_formula) {
            continue;
        }
        std::vector<double> moved = values;
        double last = out.front().value;
        for (int step = 1; step <= kMaxCountSteps && last < 1.0 - 1e-12; ++step) {
            moved[i] = values[i] + input.raise * step;
            if (moved[i] < input.min || (input.max && moved[i] > *input.max)) {
                break;
            }
            const EvaluationResult result = node.formula.Evaluate(moved);
            if (result.computable && result.value > last + 1e-12) {
                last = result.value;
                Answer raised = *answer;
                raised.inputs[i] = moved[i];
                found.push_back({std::move(raised), result.value, step * unit_cost});
            }
        }
    }
    // Several inputs may be moved: keep, by cost, only what beats everything cheaper.
    std::stable_sort(found.begin(), found.end(),
                     [](const Candidate& a, const Candidate& b) { return a.cost < b.cost; });
    for (Candidate& candidate : found) {
        if (candidate.value > out.back().value + 1e-12) {
            out.push_back(std::move(candidate));
        }
    }
    return out;
}

/// A minimum of the predicate as a set of nodes whose summed value must reach `required`.
struct Condition {
    std::string label;
    std::vector<int> nodes;
    double required = 0.0;
};

std::vector<Condition> Conditions(const Form& form, const Predicate& predicate) {
    std::vector<Condition> out;
    for (const Minimum& minimum : predicate.minimums) {
        const int index = minimum.of == "total" ? 0 : form.Find(minimum.of);
        if (index < 0) {
            continue;
        }
        out.push_back(
            {Format(Tr("{0}: at least {1}"), {minimum.label, FormatNumber(minimum.value, 2)}), {index}, minimum.value});
    }
    if (predicate.area_minimum_fraction > 0.0) {
        for (const ChangeArea& area : form.ChangeAreas()) {
            Condition condition;
            double weight = 0.0;
            for (const int index : form.AreaNodes(area.number)) {
                condition.nodes.push_back(index);
                weight += form.Node(index).weight.value_or(0.0);
            }
            if (weight <= 0.0) {
                continue;
            }
            condition.required = RoundHalfUp(predicate.area_minimum_fraction * weight, 2);
            condition.label = Format(
                Tr("Area {0}: at least {1} of its weight {2}"),
                {area.name, FormatNumber(predicate.area_minimum_fraction * 100.0, 0) + "%", FormatNumber(weight, 2)});
            out.push_back(std::move(condition));
        }
    }
    return out;
}

/// The lowest value that rounds half-up (2 decimals, as the engine compares) to at least `required`.
double RoundingThreshold(double required) {
    const double hundredths = std::ceil(required * 100.0 - 1e-9);
    return (hundredths - 0.5 - 1e-7) / 100.0;
}

bool IsUnder(const Form& form, int index, const std::vector<int>& roots) {
    for (int at = index; at >= 0; at = form.Node(at).parent) {
        if (std::find(roots.begin(), roots.end(), at) != roots.end()) {
            return true;
        }
    }
    return false;
}

std::string AnswerText(const FormNode& node, const std::optional<Answer>& answer, bool answered) {
    return answered && answer ? FormatAnswer(node, *answer) : std::string("-");
}

}  // namespace

PathCosts ParsePathCosts(std::string_view csv, const Form& form, const std::string& display_name) {
    PathCosts costs;
    for (const CsvRow& row : ParseCsv(csv, display_name)) {
        if (row.fields.empty() || (row.fields.size() == 1 && row.fields[0].empty())) {
            continue;
        }
        const std::string where = display_name + ":" + std::to_string(row.line);
        const std::string code = row.fields[0];
        if (row.line == 1 && (code == "code" || code == "kode")) {
            continue;
        }
        if (row.fields.size() < 2) {
            throw UserError(
                Format(Tr("{0}: a row is code,cost (a cost per step, or 'tetap' when it cannot change)"), {where}));
        }
        const FormNode* node = form.FindNode(code);
        if (node == nullptr || !node->IsCriterion()) {
            throw UserError(Format(Tr("{0}: '{1}' is not a criterion of this form"), {where, code}));
        }
        std::string cost = row.fields[1];
        if (cost == "tetap" || cost == "fixed") {
            costs.fixed.insert(code);
            continue;
        }
        if (node->answer_kind == AnswerKind::Index) {
            throw UserError(
                Format(Tr("{0}: {1} is an external survey result: the team cannot raise it"), {where, code}));
        }
        // Whole units of work: the optimiser counts costs exactly, as integers.
        char* end = nullptr;
        const long value = std::strtol(cost.c_str(), &end, 10);
        if (cost.empty() || end != cost.c_str() + cost.size() || value < 1 || value > 1000000) {
            throw UserError(
                Format(Tr("{0}: the cost of {1} must be a whole number of at least 1 or 'tetap', not '{2}'"),
                       {where, code, row.fields[1]}));
        }
        costs.per_step[code] = static_cast<double>(value);
    }
    return costs;
}

ReadinessPath FindPath(const Form& form, const AnswerSet& answers, const UnitStanding& standing,
                       std::string_view predicate_id, const PathCosts& costs, PathProblem* problem_out) {
    const auto& predicates = form.Predicates();
    const auto found =
        std::find_if(predicates.begin(), predicates.end(), [&](const Predicate& p) { return p.id == predicate_id; });
    if (found == predicates.end()) {
        std::string known;
        for (const Predicate& p : predicates) {
            known += (known.empty() ? "" : ", ") + p.id;
        }
        throw UserError(
            Format(Tr("'{0}' is not a predicate of this form; its predicates are {1}"), {predicate_id, known}));
    }
    const Predicate& predicate = *found;
    ReadinessPath path;
    path.predicate = predicate.id;
    if (!predicate.requires_predicate.empty() &&
        !form.StandingHolds(standing.current_predicate, predicate.requires_predicate)) {
        path.outside.push_back(Format(Tr("The unit already holds the {0} predicate"), {predicate.requires_predicate}));
    }

    const std::vector<double> points = CriterionPoints(form);
    const std::vector<Condition> conditions = Conditions(form, predicate);
    PathProblem problem;
    problem.constraints.resize(conditions.size());
    std::vector<double> current(conditions.size(), 0.0);
    std::vector<double> reachable(conditions.size(), 0.0);
    std::vector<int> item_node;
    std::vector<std::vector<Candidate>> item_candidates;
    for (const int index : form.Criteria()) {
        const FormNode& node = form.Node(index);
        const auto& answer = answers.Get(index);
        CriterionFinding finding;
        const bool answered = CriterionValue(form, node, answer, finding).has_value();
        if (!answered) {
            path.assumed_lowest.push_back(node.code);
        }
        const auto cost = costs.per_step.find(node.code);
        std::vector<Candidate> candidates =
            Candidates(form, node, answered ? answer : std::nullopt, cost == costs.per_step.end() ? 1.0 : cost->second,
                       !costs.fixed.contains(node.code));
        const double weight = points[static_cast<std::size_t>(index)];
        PathProblem::Item item;
        for (std::size_t c = 0; c < conditions.size(); ++c) {
            if (IsUnder(form, index, conditions[c].nodes)) {
                item.constraints.push_back(static_cast<int>(c));
                current[c] += candidates.front().value * weight;
                reachable[c] += candidates.back().value * weight;
            }
        }
        if (candidates.size() < 2) {
            continue;
        }
        for (const Candidate& candidate : candidates) {
            item.gain.push_back((candidate.value - candidates.front().value) * weight);
            item.cost.push_back(candidate.cost);
        }
        problem.items.push_back(std::move(item));
        item_node.push_back(index);
        item_candidates.push_back(std::move(candidates));
    }
    for (std::size_t c = 0; c < conditions.size(); ++c) {
        problem.constraints[c].need = RoundingThreshold(conditions[c].required) - current[c];
    }

    if (problem_out != nullptr) {
        *problem_out = problem;
    }
    const PathSolverResult solved = SolvePath(problem, 2);
    path.nodes = solved.nodes;
    path.proven_optimal = solved.proven_optimal;
    for (const int c : solved.blocking) {
        const auto& condition = conditions[static_cast<std::size_t>(c)];
        path.blocking.push_back(Format(Tr("{0} (at most {1} can be reached)"),
                                       {condition.label, FormatNumber(reachable[static_cast<std::size_t>(c)], 2)}));
    }
    std::vector<PathOption> options;
    for (const PathSolution& solution : solved.solutions) {
        PathOption option;
        option.cost = solution.cost;
        for (std::size_t i = 0; i < problem.items.size(); ++i) {
            const int level = solution.levels[i];
            if (level == 0) {
                continue;
            }
            const int index = item_node[i];
            const FormNode& node = form.Node(index);
            const auto& candidates = item_candidates[i];
            CriterionFinding finding;
            const auto& answer = answers.Get(index);
            const bool answered = CriterionValue(form, node, answer, finding).has_value();
            PathStep step;
            step.node = index;
            step.code = node.code;
            step.from = AnswerText(node, answer, answered);
            step.answer = candidates[static_cast<std::size_t>(level)].answer;
            step.to = FormatAnswer(node, step.answer);
            step.points = problem.items[i].gain[static_cast<std::size_t>(level)];
            step.cost = problem.items[i].cost[static_cast<std::size_t>(level)];
            step.area = node.change_area;
            option.points += step.points;
            option.steps.push_back(std::move(step));
        }
        options.push_back(std::move(option));
    }
    path.found = !options.empty();
    if (path.found) {
        path.best = std::move(options.front());
        path.alternatives.assign(std::make_move_iterator(options.begin() + 1), std::make_move_iterator(options.end()));
    }
    return path;
}

AnswerSet ApplyPath(const Form& form, const AnswerSet& answers, const PathOption& path) {
    AnswerSet applied = answers;
    for (const int index : form.Criteria()) {
        const FormNode& node = form.Node(index);
        if (node.answer_kind == AnswerKind::Choice && !answers.Get(index)) {
            const auto& choices = form.ScaleOf(node).choices;
            const auto lowest = std::min_element(choices.begin(), choices.end(),
                                                 [](const auto& a, const auto& b) { return a.value < b.value; });
            applied.Set(index, Answer{lowest->key, {}});
        }
    }
    for (const PathStep& step : path.steps) {
        applied.Set(step.node, step.answer);
    }
    return applied;
}

}  // namespace ziwb::core
