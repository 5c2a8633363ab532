// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/eligibility.hpp"

#include "common/text.hpp"
#include "scoring/scoring_engine.hpp"

namespace ziwb::core {
namespace {

constexpr int kDecimals = 2;

std::string PercentText(double fraction) {
    return FormatNumber(fraction * 100.0, 0) + "%";
}

void JudgeAreas(const Form& form, const ScoreReport& report, const Predicate& predicate, Verdict& verdict) {
    if (predicate.area_minimum_fraction <= 0.0) {
        return;
    }
    for (const ChangeArea& area : form.ChangeAreas()) {
        double value = 0.0;
        double weight = 0.0;
        std::string target;
        for (const int index : form.AreaNodes(area.number)) {
            const NodeScore& score = report.nodes[static_cast<std::size_t>(index)];
            value += score.value.value_or(0.0);
            weight += score.weight.value_or(0.0);
            // Point to the part of the area that is furthest below its own weight.
            if (target.empty() ||
                score.Fraction().value_or(0.0) <
                    report.nodes[static_cast<std::size_t>(form.Find(target))].Fraction().value_or(0.0)) {
                target = form.Node(index).code;
            }
        }
        if (weight <= 0.0) {
            continue;
        }
        const double required = RoundHalfUp(predicate.area_minimum_fraction * weight, kDecimals);
        const double actual = RoundHalfUp(value, kDecimals);
        if (actual < required) {
            verdict.unmet.push_back(
                {Format(Tr("Area {0}: at least {1} of its weight {2}"),
                        {area.name, PercentText(predicate.area_minimum_fraction), FormatNumber(weight, 2)}),
                 actual, required, target});
        }
    }
}

}  // namespace

std::vector<Verdict> JudgeEligibility(const Form& form, const ScoreReport& report, const UnitStanding& standing) {
    std::vector<Verdict> verdicts;
    for (const Predicate& predicate : form.Predicates()) {
        Verdict verdict;
        verdict.predicate = predicate.id;
        if (!predicate.requires_predicate.empty() &&
            !form.StandingHolds(standing.current_predicate, predicate.requires_predicate)) {
            verdict.unmet.push_back(
                {Format(Tr("The unit already holds the {0} predicate"), {predicate.requires_predicate}),
                 standing.current_predicate.empty() ? std::string("-") : standing.current_predicate,
                 predicate.requires_predicate, std::string()});
        }
        // The official figure skips unanswered criteria (rule 3), so a half-filled LKE could look
        // like a passing one: an incomplete LKE is an unmet condition of its own.
        if (report.Completeness() < 1.0) {
            std::string first_unanswered;
            for (const int index : form.Criteria()) {
                if (!report.nodes[static_cast<std::size_t>(index)].value) {
                    first_unanswered = form.Node(index).code;
                    break;
                }
            }
            verdict.unmet.push_back({Tr("Every criterion of the LKE is answered"),
                                     RoundHalfUp(report.Completeness() * 100.0, kDecimals), 100.0, first_unanswered});
        }
        for (const Minimum& minimum : predicate.minimums) {
            const bool is_total = minimum.of == "total";
            const int index = is_total ? 0 : form.Find(minimum.of);
            const double actual =
                RoundHalfUp(report.nodes[static_cast<std::size_t>(index)].value.value_or(0.0), kDecimals);
            if (actual < minimum.value) {
                verdict.unmet.push_back(
                    {Format(Tr("{0}: at least {1}"), {minimum.label, FormatNumber(minimum.value, 2)}), actual,
                     minimum.value, is_total ? std::string() : minimum.of});
            }
        }
        JudgeAreas(form, report, predicate, verdict);
        verdict.eligible = verdict.unmet.empty();
        verdicts.push_back(std::move(verdict));
    }
    return verdicts;
}

}  // namespace ziwb::core
