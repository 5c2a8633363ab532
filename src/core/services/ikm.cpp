// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ikm.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "common/error.hpp"
#include "common/text.hpp"

namespace ziwb::core {
namespace {

// Every figure from the sums of the scores: ComputeIkm and PoolIkm give the same result for the same
// responses, however they are grouped.
IkmResult FromSums(const ServiceRules& rules, std::vector<std::int64_t> sums, std::size_t respondents) {
    IkmResult result;
    result.respondents = respondents;
    result.element_sums = std::move(sums);
    const std::size_t elements = rules.skm_elements.size();
    result.element_means.assign(elements, 0.0);
    result.weighted.assign(elements, 0.0);
    if (respondents == 0 || elements == 0) {
        result.respondents = 0;
        return result;
    }
    const double weight = IkmElementWeight(rules);
    for (std::size_t i = 0; i < elements; ++i) {
        result.element_means[i] = static_cast<double>(result.element_sums[i]) / static_cast<double>(respondents);
        result.weighted[i] = result.element_means[i] * weight;
        result.index += result.weighted[i];
    }
    result.score = result.index * rules.skm_conversion_factor;
    if (const IkmGrade* band = IkmGradeForScore(rules, result.score)) {
        result.grade = band->grade;
        result.performance = band->performance;
    }
    return result;
}

}  // namespace

double IkmElementWeight(const ServiceRules& rules) {
    return rules.skm_elements.empty() ? 0.0 : 1.0 / static_cast<double>(rules.skm_elements.size());
}

const IkmGrade* IkmGradeForScore(const ServiceRules& rules, double score) {
    const double rounded = RoundHalfUp(score, 2);
    const IkmGrade* found = nullptr;
    for (const IkmGrade& band : rules.ikm_grades) {
        // The limits are printed with 2 decimals too; the tolerance only absorbs their binary form.
        if (rounded >= band.score_from - 1e-9 && (found == nullptr || band.score_from >= found->score_from)) {
            found = &band;
        }
    }
    return found;
}

IkmResult ComputeIkm(const ServiceRules& rules, std::span<const SkmResponse> responses) {
    const std::size_t elements = rules.skm_elements.size();
    std::vector<std::int64_t> sums(elements, 0);
    for (std::size_t row = 0; row < responses.size(); ++row) {
        const SkmResponse& response = responses[row];
        if (response.size() != elements) {
            throw UserError(
                Format(Tr("response {0} has {1} scores; the survey has {2} elements"),
                       {std::to_string(row + 1), std::to_string(response.size()), std::to_string(elements)}));
        }
        for (std::size_t i = 0; i < elements; ++i) {
            const int value = response[i];
            if (value < rules.skm_scale_min || value > rules.skm_scale_max) {
                throw UserError(Format(Tr("response {0}, element {1}: the score {2} is not from {3} to {4}"),
                                       {std::to_string(row + 1), rules.skm_elements[i].id, std::to_string(value),
                                        std::to_string(rules.skm_scale_min), std::to_string(rules.skm_scale_max)}));
            }
            sums[i] += value;
        }
    }
    return FromSums(rules, std::move(sums), responses.size());
}

IkmResult PoolIkm(const ServiceRules& rules, std::span<const IkmResult> surveys) {
    const std::size_t elements = rules.skm_elements.size();
    std::vector<std::int64_t> sums(elements, 0);
    std::size_t respondents = 0;
    for (const IkmResult& survey : surveys) {
        if (survey.Empty()) {
            continue;
        }
        if (survey.element_sums.size() != elements) {
            throw UserError(Format(Tr("a survey has {0} elements; these rules have {1}"),
                                   {std::to_string(survey.element_sums.size()), std::to_string(elements)}));
        }
        for (std::size_t i = 0; i < elements; ++i) {
            sums[i] += survey.element_sums[i];
        }
        respondents += survey.respondents;
    }
    return FromSums(rules, std::move(sums), respondents);
}

std::int64_t RequiredSample(const ServiceRules& rules, std::int64_t population) {
    if (population <= 0) {
        return 0;
    }
    const auto n = static_cast<double>(population);
    const double spread = rules.sample_chi_square * rules.sample_proportion * (1.0 - rules.sample_proportion);
    const double sample = spread * n / (rules.sample_margin * rules.sample_margin * (n - 1.0) + spread);
    // Rounded to the nearest whole number, halves up: that is how Krejcie and Morgan's published table
    // (the one the regulation reproduces) was made. Rounding up would differ from it for 45 of its 90
    // entries (500 -> 218 where the table says 217) and call a survey short that the table accepts.
    const auto rounded = static_cast<std::int64_t>(std::floor(sample + 0.5));
    return std::min(rounded, population);
}

}  // namespace ziwb::core
