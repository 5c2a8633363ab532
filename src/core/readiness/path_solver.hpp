// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace ziwb::core {

/// The readiness path as an optimisation problem, free of the form: items (criteria the team can
/// raise), each with levels above where it stands, and covering constraints (every minimum of a
/// predicate). Raising an item to level l adds gain[l] points to every constraint it belongs to and
/// costs cost[l]; level 0 is where it stands (gain 0, cost 0). Gains and costs rise with the level.
struct PathProblem {
    struct Item {
        std::vector<double> gain;
        std::vector<double> cost;
        std::vector<int> constraints;
    };
    struct Constraint {
        double need = 0.0;  ///< points still missing: the sum of the items' gains must reach it
    };
    std::vector<Item> items;
    std::vector<Constraint> constraints;
};

/// One way to meet every constraint: a level per item.
struct PathSolution {
    std::vector<int> levels;
    double cost = 0.0;
};

struct PathSolverResult {
    /// The cheapest minimal solutions, cheapest first: the optimum and up to `alternatives` more.
    /// A solution is minimal when lowering any raised item by one level breaks a constraint, so an
    /// alternative is never the optimum plus a needless step.
    std::vector<PathSolution> solutions;
    /// Constraints no raise can meet (each is out of reach even with every item at its top level).
    std::vector<int> blocking;
    /// The search ran to the end: no cheaper minimal solution exists than those listed.
    bool proven_optimal = false;
    std::size_t nodes = 0;
};

/// Exact branch and bound. The bound at each node is the linear relaxation of the remaining
/// problem (each item's levels relaxed to their lower convex hull), solved exactly by nested
/// greedy filling when the constraints are laminar (each pair disjoint or nested, as the LKE's
/// total, component and area minimums are); otherwise the largest single-constraint relaxation.
/// With integral costs the bound is rounded up. `node_limit` stops a pathological search; the
/// result then says it is not proven optimal.
[[nodiscard]] PathSolverResult SolvePath(const PathProblem& problem, int alternatives = 2,
                                         std::size_t node_limit = 5'000'000);

}  // namespace ziwb::core
