// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace opener: the bytes are written to a .ziwb file and opened read-only as `ziwb info`
// and `ziwb score` do. A file that is not a sound workspace is refused with an error; one that
// opens is read and scored. Never a crash, whatever the SQLite file, its schema or its form copy.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>

#include "report/score_output.hpp"
#include "scoring/scoring_engine.hpp"
#include "workspace/prerequisites.hpp"
#include "workspace/workspace.hpp"

namespace {

std::filesystem::path ScratchFile() {
    return std::filesystem::temp_directory_path() / ("ziwb-fuzz-" + std::to_string(getpid()) + ".ziwb");
}

void RemoveWithCompanions(const std::filesystem::path& path) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::filesystem::remove(path.string() + suffix, ignored);
    }
}

void ReadLikeInfoAndScore(const std::filesystem::path& path) {
    using namespace ziwb::core;
    auto workspace = Workspace::Open(path, Workspace::Access::ReadOnly);
    const Form& form = workspace.FormInUse();
    const auto prerequisites = LoadPrerequisites(workspace);
    for (const Layer& layer : {Layer::Unit(), Layer::Tpi()}) {
        const AnswerSet answers = workspace.LoadAnswers(layer);
        const ScoreReport report = Score(form, answers, UnitStanding{workspace.Info().current_predicate});
        const ScoreContext context{&workspace.Info(), layer, &prerequisites};
        (void)ScoreJson(form, answers, report, context);
        (void)ScoreTable(form, answers, report, context, true);
        (void)workspace.History(layer);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::filesystem::path path = ScratchFile();
    RemoveWithCompanions(path);
    {
        std::ofstream out(path, std::ios::binary);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    try {
        ReadLikeInfoAndScore(path);
    } catch (const std::exception&) {
        // Refused: a front end shows the message. What must never happen is a crash or a hang.
    }
    RemoveWithCompanions(path);
    return 0;
}
