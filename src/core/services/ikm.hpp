// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "services/service_records.hpp"
#include "services/service_rules.hpp"

namespace ziwb::core {

/// The Indeks Kepuasan Masyarakat of a set of responses, computed as PermenPANRB 14/2017 (Lampiran,
/// "Pengolahan data") states it, with every intermediate figure kept so that a report can show the
/// arithmetic an evaluator redoes by hand.
struct IkmResult {
    std::size_t respondents = 0;  ///< 0: no responses; then every figure below is 0 and grade is empty
    /// The sum of the scores per element, in the rules' order: what several surveys are pooled by
    /// (PoolIkm) without keeping their responses.
    std::vector<std::int64_t> element_sums;
    std::vector<double> element_means;  ///< NRR per element: sum of scores / respondents
    std::vector<double> weighted;       ///< NRR tertimbang: NRR x IkmElementWeight
    double index = 0;                   ///< IKM: the sum of the weighted NRRs, 1..4
    double score = 0;                   ///< IKM unit pelayanan: index x the conversion factor, 25..100
    std::string grade;                  ///< mutu pelayanan, "A" to "D", from the conversion table
    std::string performance;            ///< kinerja unit pelayanan, "Sangat baik" to "Tidak baik"

    [[nodiscard]] bool Empty() const { return respondents == 0; }
};

/// The weight of each element: exactly 1 / the number of elements. The regulation prints it as
/// 1/9 = 0,11; whether the rounded 0,11 is meant is an open question, so this is the one place
/// the weight is decided.
[[nodiscard]] double IkmElementWeight(const ServiceRules& rules);

/// The band of the conversion table for a converted score: the score rounded half-up to 2 decimals
/// (as the table states its bands), in the highest band whose score-from it reaches. A score between
/// two bands' printed limits (64,995) thus goes to the band it rounds into (65,00: C). nullptr
/// below the lowest band.
[[nodiscard]] const IkmGrade* IkmGradeForScore(const ServiceRules& rules, double score);

/// The IKM of one survey's responses (one score per element in the rules' order, as ParseSkmCsv
/// gives them). No responses give an empty result, never NaN. Throws UserError for a response of
/// the wrong length or a score outside the scale (a stored survey from elsewhere).
[[nodiscard]] IkmResult ComputeIkm(const ServiceRules& rules, std::span<const SkmResponse> responses);

/// The unit's IKM over several surveys (its services, or several periods): the respondents pooled,
/// as if all responses were one survey. Pooled rather than the mean of the surveys' indices because
/// the regulation computes the unit's index from its respondents' answers: a service surveyed with
/// 12 respondents must not weigh as much as one with 400, and pooling gives the same figures as
/// ComputeIkm over all the responses. Empty surveys add nothing.
[[nodiscard]] IkmResult PoolIkm(const ServiceRules& rules, std::span<const IkmResult> surveys);

/// Krejcie and Morgan's minimum sample for `population` users (the regulation's sample table):
/// s = X2 N P (1-P) / (d2 (N-1) + X2 P (1-P)) rounded to the nearest whole number, which gives every
/// entry of their published table (100 -> 80, 500 -> 217, 1,000 -> 278, 10,000 -> 370); rounding up
/// would not. 0 when the population is not known (0 or less).
[[nodiscard]] std::int64_t RequiredSample(const ServiceRules& rules, std::int64_t population);

}  // namespace ziwb::core
