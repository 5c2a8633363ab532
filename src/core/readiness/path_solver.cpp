// SPDX-License-Identifier: GPL-3.0-or-later
#include "readiness/path_solver.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace ziwb::core {
namespace {

constexpr double kEps = 1e-9;
/// Sums of points are compared with what a constraint needs allowing for summation order; the
/// needs already carry the engine's rounding margin (1e-9), far above this.
constexpr double kTolerance = 1e-12;
constexpr double kInfinity = std::numeric_limits<double>::infinity();

/// One piece of an item's lower convex hull: raising it from the previous hull level to `to_level`
/// adds `gain` points for `cost`.
struct Segment {
    int item = 0;
    int to_level = 0;
    double gain = 0.0;
    double slope = 0.0;  ///< cost per point
};

class Solver {
public:
    Solver(const PathProblem& problem, int alternatives, std::size_t node_limit)
        : m_problem(problem), m_keep(static_cast<std::size_t>(std::max(0, alternatives)) + 1), m_limit(node_limit) {}

    PathSolverResult Run() {
        PathSolverResult result;
        const std::size_t items = m_problem.items.size();
        m_level.assign(items, 0);
        m_decided.assign(items, 0);
        m_gained.assign(m_problem.constraints.size(), 0.0);
        m_filled.assign(m_problem.constraints.size(), 0.0);
        SelectActive();
        for (const int c : m_active) {
            double capacity = 0.0;
            for (const int item : m_members[static_cast<std::size_t>(c)]) {
                capacity += m_problem.items[static_cast<std::size_t>(item)].gain.back();
            }
            if (capacity < Need(c) - kEps) {
                result.blocking.push_back(c);
            }
        }
        if (!result.blocking.empty()) {
            result.proven_optimal = true;  // out of reach whatever is raised: nothing to search
            return result;
        }
        BuildSegments();
        BuildTree();
        if (m_laminar && m_integral) {
            Enumerate();
        } else {
            Search(0);
        }
        result.solutions = std::move(m_best);
        result.proven_optimal = !m_stopped;
        result.nodes = m_nodes;
        return result;
    }

private:
    [[nodiscard]] double Need(int c) const { return m_problem.constraints[static_cast<std::size_t>(c)].need; }
    [[nodiscard]] const PathProblem::Item& ItemAt(int i) const { return m_problem.items[static_cast<std::size_t>(i)]; }

    /// Constraints still missing points, and the items that can raise at least one of them.
    void SelectActive() {
        m_members.assign(m_problem.constraints.size(), {});
        m_item_constraints.assign(m_problem.items.size(), {});
        for (std::size_t c = 0; c < m_problem.constraints.size(); ++c) {
            if (m_problem.constraints[c].need > kEps) {
                m_active.push_back(static_cast<int>(c));
            }
        }
        m_integral = true;
        for (std::size_t i = 0; i < m_problem.items.size(); ++i) {
            const auto& item = m_problem.items[i];
            if (item.gain.size() < 2) {
                continue;
            }
            for (const int c : item.constraints) {
                if (m_problem.constraints[static_cast<std::size_t>(c)].need > kEps) {
                    m_item_constraints[i].push_back(c);
                    m_members[static_cast<std::size_t>(c)].push_back(static_cast<int>(i));
                }
            }
            if (m_item_constraints[i].empty()) {
                continue;
            }
            m_items.push_back(static_cast<int>(i));
            for (const double cost : item.cost) {
                m_integral = m_integral && std::fabs(cost - std::round(cost)) < kEps;
            }
        }
    }

    /// Each item's lower convex hull (cost against gain), all pieces sorted by cost per point.
    void BuildSegments() {
        m_item_segments.assign(m_problem.items.size(), {});
        for (const int i : m_items) {
            const auto& item = ItemAt(i);
            int from = 0;
            const int top = static_cast<int>(item.gain.size()) - 1;
            while (from < top) {
                int best = -1;
                double best_slope = kInfinity;
                for (int l = from + 1; l <= top; ++l) {
                    const double gain =
                        item.gain[static_cast<std::size_t>(l)] - item.gain[static_cast<std::size_t>(from)];
                    if (gain <= kEps) {
                        continue;
                    }
                    const double slope =
                        (item.cost[static_cast<std::size_t>(l)] - item.cost[static_cast<std::size_t>(from)]) / gain;
                    if (slope <= best_slope + kEps) {  // on a tie the longer piece
                        best_slope = slope;
                        best = l;
                    }
                }
                if (best < 0) {
                    break;
                }
                m_segments.push_back(
                    {i, best, item.gain[static_cast<std::size_t>(best)] - item.gain[static_cast<std::size_t>(from)],
                     best_slope});
                from = best;
            }
        }
        std::vector<std::size_t> order(m_segments.size());
        for (std::size_t s = 0; s < order.size(); ++s) {
            order[s] = s;
        }
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return m_segments[a].slope < m_segments[b].slope; });
        std::vector<Segment> sorted;
        sorted.reserve(order.size());
        for (const std::size_t s : order) {
            sorted.push_back(m_segments[s]);
        }
        m_segments = std::move(sorted);
        m_remaining.assign(m_segments.size(), 0.0);
        m_constraint_segments.assign(m_problem.constraints.size(), {});
        for (std::size_t s = 0; s < m_segments.size(); ++s) {
            const int item = m_segments[s].item;
            m_item_segments[static_cast<std::size_t>(item)].push_back(static_cast<int>(s));
            for (const int c : m_item_constraints[static_cast<std::size_t>(item)]) {
                m_constraint_segments[static_cast<std::size_t>(c)].push_back(static_cast<int>(s));
            }
        }
        // Branch on the items that give points most cheaply first: the relaxation leans on them.
        m_order = m_items;
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) { return FirstSlope(a) < FirstSlope(b); });
    }

    [[nodiscard]] double FirstSlope(int item) const {
        double slope = kInfinity;
        for (const int s : m_item_segments[static_cast<std::size_t>(item)]) {
            slope = std::min(slope, m_segments[static_cast<std::size_t>(s)].slope);
        }
        return slope;
    }

    /// Orders the active constraints children first when they nest; notes when they do not.
    void BuildTree() {
        std::vector<std::vector<int>> sets;
        for (const int c : m_active) {
            auto members = m_members[static_cast<std::size_t>(c)];
            std::sort(members.begin(), members.end());
            sets.push_back(std::move(members));
        }
        m_laminar = true;
        for (std::size_t a = 0; a < sets.size() && m_laminar; ++a) {
            for (std::size_t b = a + 1; b < sets.size() && m_laminar; ++b) {
                std::vector<int> common;
                std::set_intersection(sets[a].begin(), sets[a].end(), sets[b].begin(), sets[b].end(),
                                      std::back_inserter(common));
                m_laminar = common.empty() || common.size() == sets[a].size() || common.size() == sets[b].size();
            }
        }
        // Smaller sets first (equal sets by index): every set then comes before the sets holding it.
        std::vector<std::size_t> order(m_active.size());
        for (std::size_t a = 0; a < order.size(); ++a) {
            order[a] = a;
        }
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return sets[a].size() < sets[b].size(); });
        m_children.assign(m_problem.constraints.size(), {});
        for (std::size_t position = 0; position < order.size(); ++position) {
            const std::size_t a = order[position];
            m_postorder.push_back(m_active[a]);
            for (std::size_t next = position + 1; next < order.size(); ++next) {
                const std::size_t b = order[next];
                if (std::includes(sets[b].begin(), sets[b].end(), sets[a].begin(), sets[a].end())) {
                    m_children[static_cast<std::size_t>(m_active[b])].push_back(m_active[a]);
                    break;  // the smallest set holding it is its parent
                }
            }
        }
    }

    /// Lower bound on the cost of any completion of the current partial assignment.
    [[nodiscard]] double Bound() {
        for (std::size_t s = 0; s < m_segments.size(); ++s) {
            m_remaining[s] = m_decided[static_cast<std::size_t>(m_segments[s].item)] != 0 ? 0.0 : m_segments[s].gain;
        }
        double extra = 0.0;
        if (m_laminar) {
            for (const int c : m_postorder) {
                double filled = 0.0;
                for (const int child : m_children[static_cast<std::size_t>(c)]) {
                    filled += m_filled[static_cast<std::size_t>(child)];
                }
                const double residual = Need(c) - m_gained[static_cast<std::size_t>(c)];
                extra += Fill(c, filled, residual);
                if (filled < residual - kEps) {
                    return kInfinity;
                }
                m_filled[static_cast<std::size_t>(c)] = filled;
            }
        } else {
            const std::vector<double> fresh = m_remaining;
            for (const int c : m_active) {
                m_remaining = fresh;
                double filled = 0.0;
                const double residual = Need(c) - m_gained[static_cast<std::size_t>(c)];
                const double cost = Fill(c, filled, residual);
                if (filled < residual - kEps) {
                    return kInfinity;
                }
                extra = std::max(extra, cost);
            }
        }
        double bound = m_cost + extra;
        if (m_integral) {
            bound = std::ceil(bound - 1e-6);
        }
        return bound;
    }

    /// Takes the cheapest remaining hull pieces of constraint c until `filled` reaches `target`.
    double Fill(int c, double& filled, double target) {
        double cost = 0.0;
        for (const int s : m_constraint_segments[static_cast<std::size_t>(c)]) {
            if (filled >= target - kEps) {
                break;
            }
            double& left = m_remaining[static_cast<std::size_t>(s)];
            if (left <= 0.0) {
                continue;
            }
            const double take = std::min(left, target - filled);
            left -= take;
            filled += take;
            cost += take * m_segments[static_cast<std::size_t>(s)].slope;
        }
        return cost;
    }

    /// The level the last relaxation raised `item` to (rounded up to a hull level).
    [[nodiscard]] int Suggested(int item) const {
        int level = 0;
        for (const int s : m_item_segments[static_cast<std::size_t>(item)]) {
            const Segment& segment = m_segments[static_cast<std::size_t>(s)];
            if (m_remaining[static_cast<std::size_t>(s)] < segment.gain - kEps) {
                level = std::max(level, segment.to_level);
            }
        }
        return level;
    }

    [[nodiscard]] bool AllMet() const {
        return std::all_of(m_active.begin(), m_active.end(),
                           [&](int c) { return m_gained[static_cast<std::size_t>(c)] >= Need(c) - kTolerance; });
    }

    [[nodiscard]] bool Prunable(double bound) const {
        return m_best.size() == m_keep && bound >= m_best.back().cost - kEps;
    }

    void Set(int item, int level, double sign) {
        const auto& it = ItemAt(item);
        const double gain = it.gain[static_cast<std::size_t>(level)] * sign;
        for (const int c : m_item_constraints[static_cast<std::size_t>(item)]) {
            m_gained[static_cast<std::size_t>(c)] += gain;
        }
        m_cost += it.cost[static_cast<std::size_t>(level)] * sign;
    }

    void Search(std::size_t depth) {
        if (m_stopped) {
            return;
        }
        if (++m_nodes > m_limit) {
            m_stopped = true;
            return;
        }
        if (AllMet()) {
            Record();  // the items not decided yet stay where they are: raising one would be needless
            return;
        }
        if (depth == m_order.size()) {
            return;
        }
        const double bound = Bound();
        if (bound == kInfinity || Prunable(bound)) {
            return;
        }
        const int item = m_order[depth];
        const int top = static_cast<int>(ItemAt(item).gain.size()) - 1;
        const int suggested = Suggested(item);
        std::vector<int> levels{suggested};
        for (int l = suggested - 1; l >= 0; --l) {
            levels.push_back(l);
        }
        for (int l = suggested + 1; l <= top; ++l) {
            levels.push_back(l);
        }
        m_decided[static_cast<std::size_t>(item)] = 1;
        for (const int level : levels) {
            m_level[static_cast<std::size_t>(item)] = level;
            Set(item, level, 1.0);
            Search(depth + 1);
            Set(item, level, -1.0);
            if (m_stopped || Prunable(bound)) {
                break;
            }
        }
        m_level[static_cast<std::size_t>(item)] = 0;
        m_decided[static_cast<std::size_t>(item)] = 0;
    }

    /// Keeps the assignment if it is minimal and among the cheapest found.
    void Record() {
        for (const int item : m_items) {
            const int level = m_level[static_cast<std::size_t>(item)];
            if (level == 0 || m_decided[static_cast<std::size_t>(item)] == 0) {
                continue;
            }
            const auto& it = ItemAt(item);
            const double loss = it.gain[static_cast<std::size_t>(level)] - it.gain[static_cast<std::size_t>(level - 1)];
            const auto& constraints = m_item_constraints[static_cast<std::size_t>(item)];
            const bool still_met = std::all_of(constraints.begin(), constraints.end(), [&](int c) {
                return m_gained[static_cast<std::size_t>(c)] - loss >= Need(c) - kTolerance;
            });
            if (still_met) {
                return;  // one step less would do: not minimal
            }
        }
        PathSolution solution;
        solution.cost = m_cost;
        solution.levels.assign(m_problem.items.size(), 0);
        for (const int item : m_items) {
            if (m_decided[static_cast<std::size_t>(item)] != 0) {
                solution.levels[static_cast<std::size_t>(item)] = m_level[static_cast<std::size_t>(item)];
            }
        }
        const auto at = std::upper_bound(m_best.begin(), m_best.end(), solution.cost + kEps,
                                         [](double cost, const PathSolution& s) { return cost < s.cost; });
        m_best.insert(at, std::move(solution));
        if (m_best.size() > m_keep) {
            m_best.pop_back();
        }
    }

    // ---- Exact dynamic programming over the nested thresholds (laminar constraints, whole costs) ----
    //
    // Every item sits in a chain of nested constraints; it is attached to the innermost. Walking the
    // constraints children first, a table per constraint gives, for each budget, the most points its
    // items can add within the budget while every constraint inside it is met (a multiple-choice
    // knapsack for the items, max-plus convolution for the nested constraints). The cheapest budget
    // at the top whose table is feasible is the optimum, exactly; the tables' choices rebuild it.
    // Alternatives come from Lawler's partition: the region of the solutions that do not contain the
    // one found (a solution containing it needlessly raises something) splits into boxes of level
    // bounds, each solved the same way; a solution that is not minimal is passed over.

    using Bounds = std::vector<int>;
    static constexpr double kNone = -1e300;

    /// One step of a constraint's table: an item or a nested constraint added to it. The table as
    /// it stood before the step is kept; which level or budget the step took is worked out again
    /// only for the one solution rebuilt, so filling the tables is a plain running maximum the
    /// compiler vectorises.
    struct Step {
        int item = -1;   ///< an item, or -1 for a nested constraint
        int child = -1;  ///< the nested constraint
        std::vector<double> before;
    };

    void PrepareDp() {
        m_node_items.assign(m_problem.constraints.size(), {});
        std::vector<int> position(m_problem.constraints.size(), 0);
        for (std::size_t p = 0; p < m_postorder.size(); ++p) {
            position[static_cast<std::size_t>(m_postorder[p])] = static_cast<int>(p);
        }
        for (const int item : m_items) {
            const auto& chain = m_item_constraints[static_cast<std::size_t>(item)];
            const int innermost = *std::min_element(chain.begin(), chain.end(), [&](int a, int b) {
                return position[static_cast<std::size_t>(a)] < position[static_cast<std::size_t>(b)];
            });
            m_node_items[static_cast<std::size_t>(innermost)].push_back(item);
        }
        std::vector<char> is_child(m_problem.constraints.size(), 0);
        for (const int c : m_active) {
            for (const int child : m_children[static_cast<std::size_t>(c)]) {
                is_child[static_cast<std::size_t>(child)] = 1;
            }
        }
        m_roots.clear();
        for (const int c : m_postorder) {
            if (is_child[static_cast<std::size_t>(c)] == 0) {
                m_roots.push_back(c);
            }
        }
    }

    /// A feasible solution within the bounds by greedy single steps (cheapest points first),
    /// innermost constraints first; its cost caps the tables. Empty when the bounds allow none.
    [[nodiscard]] std::optional<int> GreedyCost(const Bounds& lo, const Bounds& hi) const {
        std::vector<int> level = lo;
        std::vector<double> gained(m_problem.constraints.size(), 0.0);
        int cost = 0;
        for (const int item : m_items) {
            const auto& it = ItemAt(item);
            for (const int c : m_item_constraints[static_cast<std::size_t>(item)]) {
                gained[static_cast<std::size_t>(c)] +=
                    it.gain[static_cast<std::size_t>(level[static_cast<std::size_t>(item)])];
            }
            cost +=
                static_cast<int>(std::lround(it.cost[static_cast<std::size_t>(level[static_cast<std::size_t>(item)])]));
        }
        for (const int c : m_postorder) {
            while (gained[static_cast<std::size_t>(c)] < Need(c) - kTolerance) {
                int best = -1;
                double best_slope = kInfinity;
                for (const int item : m_members[static_cast<std::size_t>(c)]) {
                    const int l = level[static_cast<std::size_t>(item)];
                    if (l >= hi[static_cast<std::size_t>(item)]) {
                        continue;
                    }
                    const auto& it = ItemAt(item);
                    const double gain = it.gain[static_cast<std::size_t>(l) + 1] - it.gain[static_cast<std::size_t>(l)];
                    const double slope =
                        (it.cost[static_cast<std::size_t>(l) + 1] - it.cost[static_cast<std::size_t>(l)]) /
                        std::max(gain, kEps);
                    if (slope < best_slope) {
                        best_slope = slope;
                        best = item;
                    }
                }
                if (best < 0) {
                    return std::nullopt;
                }
                const auto& it = ItemAt(best);
                const int l = level[static_cast<std::size_t>(best)]++;
                for (const int up : m_item_constraints[static_cast<std::size_t>(best)]) {
                    gained[static_cast<std::size_t>(up)] +=
                        it.gain[static_cast<std::size_t>(l) + 1] - it.gain[static_cast<std::size_t>(l)];
                }
                cost += static_cast<int>(
                    std::lround(it.cost[static_cast<std::size_t>(l) + 1] - it.cost[static_cast<std::size_t>(l)]));
            }
        }
        return cost;
    }

    /// Adds one item to a table: for each budget, the best level within the bounds.
    void AddItem(std::vector<double>& table, std::vector<Step>& steps, int item, const Bounds& lo, const Bounds& hi,
                 int cap) const {
        const auto& it = ItemAt(item);
        std::vector<double> next(static_cast<std::size_t>(cap) + 1, kNone);
        const double* before = table.data();
        double* out = next.data();
        for (int l = lo[static_cast<std::size_t>(item)]; l <= hi[static_cast<std::size_t>(item)]; ++l) {
            const int cost = static_cast<int>(std::lround(it.cost[static_cast<std::size_t>(l)]));
            const double gain = it.gain[static_cast<std::size_t>(l)];
            // kNone plus a few points is still far below anything reachable: no test needed here.
            for (int budget = cost; budget <= cap; ++budget) {
                out[budget] = std::max(out[budget], before[budget - cost] + gain);
            }
        }
        steps.push_back({item, -1, std::move(table)});
        table = std::move(next);
    }

    /// Adds a nested constraint's table: for each budget, the best split between the two.
    static void AddChild(std::vector<double>& table, std::vector<Step>& steps, int child,
                         const std::vector<double>& inner, int cap) {
        std::vector<double> next(static_cast<std::size_t>(cap) + 1, kNone);
        const double* before = table.data();
        double* out = next.data();
        // Tables only grow with the budget, so giving the child a budget that buys it no more than
        // a smaller one did leaves less for the rest for nothing: only the budgets where the
        // child's points rise are tried.
        double frontier = kNone;
        for (int x = 0; x <= cap; ++x) {
            const double value = inner[static_cast<std::size_t>(x)];
            if (value <= frontier) {
                continue;
            }
            frontier = value;
            for (int budget = x; budget <= cap; ++budget) {
                out[budget] = std::max(out[budget], before[budget - x] + value);
            }
        }
        steps.push_back({-1, child, std::move(table)});
        table = std::move(next);
    }

    /// Whether a table entry holds something reachable (kNone plus points stays near kNone).
    [[nodiscard]] static bool Reachable(double value) { return value > kNone / 2; }

    /// The cheapest solution within the bounds, or none.
    std::optional<PathSolution> SolveBox(const Bounds& lo, const Bounds& hi) {
        ++m_nodes;
        const auto greedy = GreedyCost(lo, hi);
        if (!greedy) {
            return std::nullopt;
        }
        const int cap = *greedy;
        std::vector<std::vector<double>> tables(m_problem.constraints.size());
        std::vector<std::vector<Step>> steps(m_problem.constraints.size() + 1);
        for (const int c : m_postorder) {
            std::vector<double> table(static_cast<std::size_t>(cap) + 1, 0.0);
            auto& mine = steps[static_cast<std::size_t>(c)];
            for (const int item : m_node_items[static_cast<std::size_t>(c)]) {
                AddItem(table, mine, item, lo, hi, cap);
            }
            for (const int child : m_children[static_cast<std::size_t>(c)]) {
                AddChild(table, mine, child, tables[static_cast<std::size_t>(child)], cap);
            }
            for (double& value : table) {
                if (!Reachable(value) || value < Need(c) - kTolerance) {
                    value = kNone;
                }
            }
            tables[static_cast<std::size_t>(c)] = std::move(table);
        }
        std::vector<double> top(static_cast<std::size_t>(cap) + 1, 0.0);
        auto& root_steps = steps.back();
        for (const int root : m_roots) {
            AddChild(top, root_steps, root, tables[static_cast<std::size_t>(root)], cap);
        }
        int budget = 0;
        while (budget <= cap && !Reachable(top[static_cast<std::size_t>(budget)])) {
            ++budget;
        }
        if (budget > cap) {
            return std::nullopt;  // cannot happen: the greedy solution fits its own cost
        }
        PathSolution solution;
        solution.levels.assign(m_problem.items.size(), 0);
        Rebuild(steps, tables, root_steps, budget, lo, hi, solution.levels);
        for (std::size_t i = 0; i < m_problem.items.size(); ++i) {
            solution.cost += m_problem.items[i].cost[static_cast<std::size_t>(solution.levels[i])];
        }
        return solution;
    }

    /// Walks the steps back from `budget`, choosing at each the level (or the child's budget) that
    /// gave the table its value there: the first that reaches the best, as filling found it.
    void Rebuild(const std::vector<std::vector<Step>>& steps, const std::vector<std::vector<double>>& tables,
                 const std::vector<Step>& sequence, int budget, const Bounds& lo, const Bounds& hi,
                 std::vector<int>& levels) const {
        for (std::size_t index = sequence.size(); index-- > 0;) {
            const Step& step = sequence[index];
            const std::vector<double>& before = step.before;
            double best = kNone;
            int chosen = -1;
            int spent = 0;
            if (step.item >= 0) {
                const auto& it = ItemAt(step.item);
                for (int l = lo[static_cast<std::size_t>(step.item)]; l <= hi[static_cast<std::size_t>(step.item)];
                     ++l) {
                    const int cost = static_cast<int>(std::lround(it.cost[static_cast<std::size_t>(l)]));
                    if (cost > budget || !Reachable(before[static_cast<std::size_t>(budget - cost)])) {
                        continue;
                    }
                    const double value =
                        before[static_cast<std::size_t>(budget - cost)] + it.gain[static_cast<std::size_t>(l)];
                    if (value > best) {
                        best = value;
                        chosen = l;
                        spent = cost;
                    }
                }
                levels[static_cast<std::size_t>(step.item)] = chosen;
            } else {
                const std::vector<double>& inner = tables[static_cast<std::size_t>(step.child)];
                double frontier = kNone;
                for (int x = 0; x <= budget; ++x) {
                    const double value = inner[static_cast<std::size_t>(x)];
                    if (value <= frontier) {
                        continue;
                    }
                    frontier = value;
                    if (!Reachable(before[static_cast<std::size_t>(budget - x)])) {
                        continue;
                    }
                    if (before[static_cast<std::size_t>(budget - x)] + value > best) {
                        best = before[static_cast<std::size_t>(budget - x)] + value;
                        chosen = x;
                    }
                }
                spent = chosen;
                Rebuild(steps, tables, steps[static_cast<std::size_t>(step.child)], chosen, lo, hi, levels);
            }
            budget -= spent;
        }
    }

    /// Lowering any raised item one level breaks a constraint.
    [[nodiscard]] bool Minimal(const std::vector<int>& levels) const {
        std::vector<double> gained(m_problem.constraints.size(), 0.0);
        for (const int item : m_items) {
            for (const int c : m_item_constraints[static_cast<std::size_t>(item)]) {
                gained[static_cast<std::size_t>(c)] +=
                    ItemAt(item).gain[static_cast<std::size_t>(levels[static_cast<std::size_t>(item)])];
            }
        }
        for (const int item : m_items) {
            const int level = levels[static_cast<std::size_t>(item)];
            if (level == 0) {
                continue;
            }
            const auto& it = ItemAt(item);
            const double loss = it.gain[static_cast<std::size_t>(level)] - it.gain[static_cast<std::size_t>(level - 1)];
            const auto& chain = m_item_constraints[static_cast<std::size_t>(item)];
            if (std::all_of(chain.begin(), chain.end(), [&](int c) {
                    return gained[static_cast<std::size_t>(c)] - loss >= Need(c) - kTolerance;
                })) {
                return false;
            }
        }
        return true;
    }

    void Enumerate() {
        PrepareDp();
        struct Candidate {
            PathSolution solution;
            Bounds lo;
            Bounds hi;
        };
        Bounds lo(m_problem.items.size(), 0);
        Bounds hi(m_problem.items.size(), 0);
        for (const int item : m_items) {
            hi[static_cast<std::size_t>(item)] = static_cast<int>(ItemAt(item).gain.size()) - 1;
        }
        std::vector<Candidate> open;
        if (auto first = SolveBox(lo, hi)) {
            open.push_back({std::move(*first), lo, hi});
        }
        while (!open.empty() && m_best.size() < m_keep) {
            if (m_nodes > m_limit) {
                m_stopped = true;
                return;
            }
            const auto cheapest = std::min_element(
                open.begin(), open.end(),
                [](const Candidate& a, const Candidate& b) { return a.solution.cost < b.solution.cost; });
            Candidate taken = std::move(*cheapest);
            open.erase(cheapest);
            if (Minimal(taken.solution.levels)) {
                m_best.push_back(taken.solution);
            }
            // The rest of the box without the solutions holding this one: for the j-th item it raises,
            // the items before keep at least its levels and the j-th stays below its level.
            Bounds box_lo = taken.lo;
            for (const int item : m_items) {
                const int level = taken.solution.levels[static_cast<std::size_t>(item)];
                if (level <= box_lo[static_cast<std::size_t>(item)]) {
                    continue;
                }
                Bounds part_hi = taken.hi;
                part_hi[static_cast<std::size_t>(item)] = level - 1;
                if (auto found = SolveBox(box_lo, part_hi)) {
                    open.push_back({std::move(*found), box_lo, std::move(part_hi)});
                }
                box_lo[static_cast<std::size_t>(item)] = level;
            }
        }
    }

    std::vector<std::vector<int>> m_node_items;
    std::vector<int> m_roots;

    const PathProblem& m_problem;
    std::size_t m_keep;
    std::size_t m_limit;
    std::vector<int> m_active;
    std::vector<int> m_items;
    std::vector<std::vector<int>> m_members;
    std::vector<std::vector<int>> m_item_constraints;
    std::vector<Segment> m_segments;
    std::vector<std::vector<int>> m_item_segments;
    std::vector<std::vector<int>> m_constraint_segments;
    std::vector<std::vector<int>> m_children;
    std::vector<int> m_postorder;
    std::vector<int> m_order;
    bool m_laminar = true;
    bool m_integral = true;
    std::vector<int> m_level;
    std::vector<char> m_decided;
    std::vector<double> m_gained;
    std::vector<double> m_filled;
    std::vector<double> m_remaining;
    double m_cost = 0.0;
    std::vector<PathSolution> m_best;
    std::size_t m_nodes = 0;
    bool m_stopped = false;
};

}  // namespace

PathSolverResult SolvePath(const PathProblem& problem, int alternatives, std::size_t node_limit) {
    return Solver(problem, alternatives, node_limit).Run();
}

}  // namespace ziwb::core
