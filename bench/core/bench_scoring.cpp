// SPDX-License-Identifier: GPL-3.0-or-later
// Scoring the complete LKE from answers held in memory: the work behind every screen update.
#include <benchmark/benchmark.h>

#include <random>

#include "form/form_loader.hpp"
#include "scoring/scoring_engine.hpp"

namespace {

using namespace ziwb::core;

/// A complete, realistic answer set: random choices, counts and indexes for every criterion.
AnswerSet RandomAnswers(const Form& form, unsigned seed) {
    std::mt19937 random(seed);
    AnswerSet answers(form);
    for (const int index : form.Criteria()) {
        const FormNode& node = form.Node(index);
        Answer answer;
        if (node.answer_kind == AnswerKind::Choice) {
            const auto& choices = form.ScaleOf(node).choices;
            answer.choice = choices[random() % choices.size()].key;
        } else {
            for (const auto& input : node.inputs) {
                answer.inputs.emplace_back(input.max ? static_cast<double>(random() % 401) / 100.0
                                                     : static_cast<double>(1 + random() % 40));
            }
        }
        answers.Set(index, answer);
    }
    return answers;
}

void ScoreFullLke(benchmark::State& state) {
    const auto form = LoadFormFile(std::string(ZIWB_SOURCE_DIR) + "/forms/lke-permenpanrb-90-2021.xml");
    const AnswerSet answers = RandomAnswers(*form, 7);
    for (auto _ : state) {
        ScoreReport report = Score(*form, answers, UnitStanding{"WBK"});
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(ScoreFullLke)->Unit(benchmark::kMicrosecond);

void LoadForm(benchmark::State& state) {
    for (auto _ : state) {
        auto form = LoadFormFile(std::string(ZIWB_SOURCE_DIR) + "/forms/lke-permenpanrb-90-2021.xml");
        benchmark::DoNotOptimize(form);
    }
}
BENCHMARK(LoadForm)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
