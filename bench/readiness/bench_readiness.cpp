// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14's benchmark: the exact path over the full LKE for 1,000 random partial answer sets
// (worst case), and the pre-submission check in memory. Writes each path problem as an LP file so
// run.sh can time CBC, the solver the issue names, on the same problems.
// Usage: bench_readiness WORK_DIR
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <vector>

#include "demo/demo_workspace.hpp"
#include "form/form_catalog.hpp"
#include "form/form_loader.hpp"
#include "readiness/path_solver.hpp"
#include "readiness/readiness_check.hpp"
#include "readiness/readiness_path.hpp"

namespace {

using namespace ziwb::core;
using Clock = std::chrono::steady_clock;

double Ms(Clock::duration duration) {
    return std::chrono::duration<double, std::milli>(duration).count();
}

/// A partial answer set: a random share of the choice items answered (at random), every count and
/// survey item answered (a path cannot invent them) with values that often leave a path open.
AnswerSet RandomPartial(const Form& form, std::mt19937& random) {
    AnswerSet answers(form);
    const auto share = static_cast<unsigned>(random() % 101);
    for (const int index : form.Criteria()) {
        const FormNode& node = form.Node(index);
        if (node.answer_kind == AnswerKind::Index) {
            answers.Set(index, Answer{{}, {3.0 + static_cast<double>(random() % 101) / 100.0}});
        } else if (node.answer_kind == AnswerKind::Percentage) {
            std::vector<std::optional<double>> inputs;
            for (const auto& input : node.inputs) {
                inputs.emplace_back(static_cast<double>(input.raise != 0 ? random() % 10 : 10 + random() % 30));
            }
            answers.Set(index, Answer{{}, inputs});
        } else if (random() % 100 < share) {
            const auto& choices = form.ScaleOf(node).choices;
            answers.Set(index, Answer{choices[random() % choices.size()].key, {}});
        }
    }
    return answers;
}

void WriteLp(const PathProblem& problem, const std::filesystem::path& path) {
    std::ofstream out(path);
    out.precision(17);
    out << "Minimize\n obj:";
    for (std::size_t i = 0; i < problem.items.size(); ++i) {
        for (std::size_t l = 1; l < problem.items[i].gain.size(); ++l) {
            out << " + " << problem.items[i].cost[l] << " x" << i << "_" << l;
        }
    }
    out << "\nSubject To\n";
    for (std::size_t i = 0; i < problem.items.size(); ++i) {
        out << " one" << i << ":";
        for (std::size_t l = 1; l < problem.items[i].gain.size(); ++l) {
            out << " + x" << i << "_" << l;
        }
        out << " <= 1\n";
    }
    for (std::size_t c = 0; c < problem.constraints.size(); ++c) {
        if (problem.constraints[c].need <= 0) {
            continue;
        }
        out << " need" << c << ":";
        for (std::size_t i = 0; i < problem.items.size(); ++i) {
            const auto& item = problem.items[i];
            if (std::find(item.constraints.begin(), item.constraints.end(), static_cast<int>(c)) ==
                item.constraints.end()) {
                continue;
            }
            for (std::size_t l = 1; l < item.gain.size(); ++l) {
                out << " + " << item.gain[l] << " x" << i << "_" << l;
            }
        }
        out << " >= " << problem.constraints[c].need << "\n";
    }
    out << "Binaries\n";
    for (std::size_t i = 0; i < problem.items.size(); ++i) {
        for (std::size_t l = 1; l < problem.items[i].gain.size(); ++l) {
            out << " x" << i << "_" << l << "\n";
        }
    }
    out << "End\n";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_readiness WORK_DIR\n");
        return 2;
    }
    const std::filesystem::path work = argv[1];
    std::filesystem::create_directories(work / "lp");
    const auto form = LoadFormFile(std::string(ZIWB_SOURCE_DIR) + "/forms/lke-permenpanrb-90-2021.xml");
    std::mt19937 random(14);
    std::ofstream results(work / "paths.tsv");
    results << "case\tpredicate\tfound\tproven\tcost\tms\tnodes\n";
    for (int run = 0; run < 1000; ++run) {
        const AnswerSet answers = RandomPartial(*form, random);
        for (const char* predicate : {"WBK", "WBBM"}) {
            const UnitStanding standing{std::string(predicate) == "WBBM" ? "WBK" : ""};
            PathProblem problem;
            const auto start = Clock::now();
            const ReadinessPath path = FindPath(*form, answers, standing, predicate, {}, &problem);
            const double ms = Ms(Clock::now() - start);
            results << run << "\t" << predicate << "\t" << path.found << "\t" << path.proven_optimal << "\t"
                    << (path.found ? path.best.cost : -1) << "\t" << ms << "\t" << path.nodes << "\n";
            if (path.found && run < 100) {
                WriteLp(problem, work / "lp" / (std::to_string(run) + "-" + predicate + ".lp"));
            }
        }
    }

    // The check in memory, on the demo workspace (inputs loaded once), and with loading.
    auto workspace =
        CreateDemoWorkspace(work / "demo.ziwb", FormCatalog::Default(std::string(ZIWB_SOURCE_DIR) + "/build"),
                            std::string(ZIWB_SOURCE_DIR) + "/build");
    const CheckInputs inputs = LoadCheckInputs(workspace);
    std::ofstream check(work / "check.tsv");
    check << "what\tms\tfindings\n";
    for (int run = 0; run < 200; ++run) {
        auto start = Clock::now();
        const auto findings = RunCheck(inputs);
        check << "memory\t" << Ms(Clock::now() - start) << "\t" << findings.size() << "\n";
        start = Clock::now();
        const auto loaded = RunCheck(LoadCheckInputs(workspace));
        check << "loaded\t" << Ms(Clock::now() - start) << "\t" << loaded.size() << "\n";
    }
    return 0;
}
