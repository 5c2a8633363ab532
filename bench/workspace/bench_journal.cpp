// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9's cost of the whole-copy guarantee: a burst of 1,000 answers, each its own transaction
// as in the workbench, on a workspace in its normal journal (rollback journal, PERSIST: every
// commit is in the main file) and on the same workspace switched to wave 1's WAL (commits stay in
// the -wal file until a checkpoint). Prints one line per journal and the ratio.
#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "form/form_catalog.hpp"
#include "scoring/answer.hpp"
#include "workspace/workspace.hpp"

namespace {

enum class Journal { Persist, Wal, WalCheckpointEachCommit };

double Burst(const std::filesystem::path& path, Journal journal, int answers) {
    using namespace ziwb::core;
    auto workspace = Workspace::Open(path, Workspace::Access::ReadWrite);
    if (journal != Journal::Persist) {
        workspace.Database().exec("PRAGMA journal_mode = WAL");
        // Wave 1's WAL committed durably: one sync of the log per commit.
        workspace.Database().exec("PRAGMA synchronous = FULL");
        workspace.Database().exec(journal == Journal::Wal ? "PRAGMA wal_autocheckpoint = 1000"
                                                          : "PRAGMA wal_autocheckpoint = 1");
    }
    // The yes/no criteria, answered Ya and Tidak in turn.
    const Form& form = workspace.FormInUse();
    std::vector<int> yes_no;
    for (const int index : form.Criteria()) {
        try {
            (void)ParseAnswer(form, form.Node(index), "Ya");
            yes_no.push_back(index);
        } catch (const UserError&) {
        }
    }
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < answers; ++i) {
        const FormNode& node = form.Node(yes_no[static_cast<std::size_t>(i) % yes_no.size()]);
        AnswerChange change{
            node.code, ParseAnswer(form, node, i % 2 == 0 ? "Ya" : "Tidak"), false, "catatan " + std::to_string(i), {}};
        workspace.Apply(Layer::Unit(), {change}, "bench", "answer");
    }
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

double Median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace ziwb::core;
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_journal WORK_DIR [ANSWERS]\n");
        return 2;
    }
    const std::filesystem::path work = argv[1];
    const int answers = argc > 2 ? std::stoi(argv[2]) : 1000;
    const auto catalog = FormCatalog::Default(std::filesystem::path(ZIWB_SOURCE_DIR) / "build");
    const auto form = catalog.Find("lke-permenpanrb-90-2021");
    WorkspaceInfo info;
    info.unit_name = "Bench";
    info.agency = "Bench";
    info.year = 2026;
    // Alternate the three, round after round, so that none always runs on a warmer disk; fsync
    // times wander by tens of percent between runs here, so report medians and the spread of the
    // per-round ratio rather than one sum.
    constexpr int kRounds = 11;
    std::vector<double> persist;
    std::vector<double> wal;
    std::vector<double> wal_checkpoint;
    std::vector<double> ratio;
    for (int round = 0; round < kRounds; ++round) {
        for (const Journal journal : {Journal::Persist, Journal::Wal, Journal::WalCheckpointEachCommit}) {
            const auto path =
                work / ("journal-" + std::to_string(round) + "-" + std::to_string(static_cast<int>(journal)) + ".ziwb");
            (void)Workspace::Create(path, info, form);
            const double ms = Burst(path, journal, answers);
            (journal == Journal::Persist ? persist : journal == Journal::Wal ? wal : wal_checkpoint).push_back(ms);
            std::filesystem::remove(path);
        }
        ratio.push_back(persist.back() / wal.back());
    }
    const double persist_ms = Median(persist);
    const double wal_ms = Median(wal);
    const double checkpoint_ms = Median(wal_checkpoint);
    std::printf("| journal | %d answers, one transaction each (median of %d rounds) | per answer |\n|---|---|---|\n",
                answers, kRounds);
    std::printf("| WAL (wave 1; a copy of the .ziwb alone misses commits) | %.0f ms | %.2f ms |\n", wal_ms,
                wal_ms / answers);
    std::printf(
        "| WAL, checkpoint after every commit (copy holds them unless a reader blocks it) | %.0f ms | %.2f ms |\n",
        checkpoint_ms, checkpoint_ms / answers);
    std::printf("| rollback journal, PERSIST, chosen (the copy holds every commit) | %.0f ms | %.2f ms |\n", persist_ms,
                persist_ms / answers);
    std::sort(ratio.begin(), ratio.end());
    std::printf(
        "\ncost of the guarantee: %.1f%% (median of medians; target: at most 10%%); per-round ratio %.2f to "
        "%.2f, median %.2f; WAL with checkpoints: %.1f%%\n",
        (persist_ms / wal_ms - 1.0) * 100.0, ratio.front(), ratio.back(), Median(ratio),
        (checkpoint_ms / wal_ms - 1.0) * 100.0);
    return 0;
}
