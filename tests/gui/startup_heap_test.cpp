// SPDX-License-Identifier: GPL-3.0-or-later
// The launch's heap (app/startup_heap.cpp): grown at once, advised for huge pages, and kept. Built
// without the sanitizers, whose allocator would replace the one the code prepares (see CMakeLists).
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "app/startup_heap.hpp"
#include "common/heap_thresholds.hpp"

namespace {

constexpr std::uintptr_t kMiB = std::uintptr_t{1} << 20;

std::uintptr_t BreakNow() {
    return reinterpret_cast<std::uintptr_t>(sbrk(0));
}

struct Mapping {
    std::uintptr_t begin = 0;
    std::uintptr_t end = 0;
    std::string flags;  // the kernel's VmFlags line
    bool heap = false;  // the program break's mapping, "[heap]"
};

std::vector<Mapping> MappingsOfThisProcess() {
    std::ifstream smaps("/proc/self/smaps");
    std::vector<Mapping> mappings;
    std::string line;
    while (std::getline(smaps, line)) {
        std::uintptr_t begin = 0;
        std::uintptr_t end = 0;
        char dash = 0;
        std::istringstream head(line);
        if (head >> std::hex >> begin >> dash >> end && dash == '-') {
            mappings.push_back({begin, end, {}, line.ends_with("[heap]")});
        } else if (line.starts_with("VmFlags:") && !mappings.empty()) {
            mappings.back().flags = line;
        }
    }
    return mappings;
}

// One run of the whole process: the heap can be prepared once, before anything else allocated much.
class StartupHeap : public testing::Test {
protected:
    static void SetUpTestSuite() {
        before_ = BreakNow();
        ziwb::gui::PrepareStartupHeap();
        after_ = BreakNow();
    }
    static inline std::uintptr_t before_ = 0;
    static inline std::uintptr_t after_ = 0;
};

TEST_F(StartupHeap, GrowsTheHeapAtOnceByTheLaunchsRoom) {
    EXPECT_GE(after_ - before_, 24 * kMiB) << "the heap grew by " << (after_ - before_) / 1024 << " KB";
}

TEST_F(StartupHeap, AdvisesTheRoomForHugePages) {
    if (!std::filesystem::exists("/sys/kernel/mm/transparent_hugepage/enabled")) {
        GTEST_SKIP() << "this kernel has no transparent huge pages; the advice is refused and changes nothing";
    }
    // The advised range starts at the first 2 MB boundary above the block that made the heap grow,
    // and that block may start below the heap's old top: what counts is the advice inside the room.
    std::uintptr_t advised = 0;
    for (const Mapping& mapping : MappingsOfThisProcess()) {
        const std::uintptr_t begin = std::max(mapping.begin, before_);
        const std::uintptr_t end = std::min(mapping.end, after_);
        if (begin < end && mapping.flags.find(" hg") != std::string::npos) {
            advised += end - begin;
        }
    }
    // All of the room but at most 2 MB at each end.
    EXPECT_GE(advised, 20 * kMiB) << "huge pages were advised for " << advised / 1024 << " KB of the heap";
}

TEST_F(StartupHeap, KeepsTheRoomWhenMemoryIsFreed) {
    // Making documents asks glibc to keep 8 MB (core/documents): the thresholds only rise, so the
    // launch's room stays too.
    ziwb::core::RaiseHeapThresholds(std::size_t{8} << 20, std::size_t{8} << 20);
    std::vector<std::unique_ptr<char[]>> blocks(8000);
    for (auto& block : blocks) {
        block = std::make_unique<char[]>(1000);  // written: zeroed
    }
    blocks.clear();
    EXPECT_EQ(BreakNow(), after_) << "glibc gave the top of the heap back: the next growth faults page by page";
}

TEST_F(StartupHeap, LeavesLaterGrowthAsUsual) {
    // Past the prepared room the heap grows by what is asked plus glibc's usual pad, not by 24 MB again.
    std::vector<std::unique_ptr<char[]>> blocks;
    while (BreakNow() == after_) {
        blocks.push_back(std::make_unique_for_overwrite<char[]>(std::size_t{64} * 1024));
    }
    EXPECT_LT(BreakNow() - after_, 4 * kMiB);
}

// Last: it uses up the room.
TEST_F(StartupHeap, TakesBuffersOfSomeMegabytesFromTheHeap) {
    // A scan read for its preview is some 5 MB, 12 MB here (more than documents ask to keep). Once
    // the heap's free top is too small for it, glibc either grows the heap, where it reuses what the
    // last one freed, or maps it by itself, faulting it page by page each time
    // (bench/review/preview.sh).
    std::vector<std::unique_ptr<char[]>> room;
    const std::uintptr_t start = BreakNow();
    while (BreakNow() == start) {
        room.push_back(std::make_unique_for_overwrite<char[]>(std::size_t{64} * 1024));
    }
    const auto buffer = std::make_unique_for_overwrite<char[]>(std::size_t{12} << 20);
    const auto at = reinterpret_cast<std::uintptr_t>(buffer.get());
    const auto mappings = MappingsOfThisProcess();
    const bool in_heap = std::ranges::any_of(
        mappings, [at](const Mapping& mapping) { return mapping.heap && mapping.begin <= at && at < mapping.end; });
    EXPECT_TRUE(in_heap) << "a 12 MB buffer was mapped by itself, outside the heap";
}

}  // namespace
