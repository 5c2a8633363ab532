// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "form/form.hpp"
#include "scoring/answer.hpp"
#include "scoring/scoring_engine.hpp"

namespace ziwb::core {

/// What raising a criterion costs: one unit per step of its scale (per count for percentage
/// items) unless the team says otherwise. Index items (external surveys) are never raised.
struct PathCosts {
    std::map<std::string, double, std::less<>> per_step;  ///< code -> cost of one step
    std::set<std::string, std::less<>> fixed;             ///< codes the team cannot change
};

/// Reads `code,cost` rows (a header is allowed): a positive cost per step, or "tetap"/"fixed"
/// for a criterion the team cannot change. Throws UserError naming the line of a bad row.
[[nodiscard]] PathCosts ParsePathCosts(std::string_view csv, const Form& form, const std::string& display_name);

/// One improvement of the path: a criterion raised from one answer to another.
struct PathStep {
    int node = -1;
    std::string code;
    std::string from;  ///< the answer now, "-" when unanswered
    std::string to;
    Answer answer;        ///< the answer to write
    double points = 0.0;  ///< points the total gains
    double cost = 0.0;
    int area = 0;  ///< change area, 0 outside Pengungkit
};

struct PathOption {
    std::vector<PathStep> steps;
    double cost = 0.0;
    double points = 0.0;
};

/// The cheapest set of answer improvements that meets every score condition of a predicate.
struct ReadinessPath {
    std::string predicate;
    bool found = false;           ///< a path exists
    bool proven_optimal = false;  ///< the search ran to the end
    PathOption best;
    std::vector<PathOption> alternatives;  ///< the next cheapest minimal paths, cheapest first
    /// Score conditions no answer change can meet (readable), e.g. an IPAK minimum.
    std::vector<std::string> blocking;
    /// Conditions outside the answers that still stand (the predicate the unit must already hold).
    std::vector<std::string> outside;
    /// Criteria the path counts at their lowest answer (0 for items without counts): answer them.
    std::vector<std::string> assumed_lowest;
    std::size_t nodes = 0;
};

struct PathProblem;

/// Finds the path for `predicate` from `answers` (criteria not answered count at their lowest
/// answer, as they must be answered before a proposal). Throws UserError for an unknown predicate.
/// `problem`, when given, receives the optimisation problem solved (the benchmark hands it to
/// another solver).
[[nodiscard]] ReadinessPath FindPath(const Form& form, const AnswerSet& answers, const UnitStanding& standing,
                                     std::string_view predicate, const PathCosts& costs,
                                     PathProblem* problem = nullptr);

/// The answers with the path written in, and every unanswered choice criterion at its lowest
/// answer (what the path assumes), for the engine to judge.
[[nodiscard]] AnswerSet ApplyPath(const Form& form, const AnswerSet& answers, const PathOption& path);

}  // namespace ziwb::core
