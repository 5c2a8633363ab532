// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/startup_heap.hpp"

#include "common/heap_thresholds.hpp"

#include <cstdint>
#include <cstdlib>  // defines __GLIBC__ where the C library is glibc
#include <memory>
#include <new>

#if defined(__linux__) && defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
#define ZIWB_STARTUP_HEAP 1
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace ziwb::gui {

#ifdef ZIWB_STARTUP_HEAP
namespace {

constexpr std::size_t kMiB = std::size_t{1} << 20;
constexpr std::uintptr_t kHugePage = 2 * kMiB;  // x86-64's and arm64's transparent huge page
// Room for the demo's launch (6 MB of heap) and a large workspace's: pages the launch never touches
// cost nothing, and a touched 2 MB page is zeroed once instead of faulting 512 times.
constexpr std::size_t kStartupHeap = 24 * kMiB;
constexpr std::size_t kLargestFromHeap = 32 * kMiB;  // glibc's ceiling for its mmap threshold (64-bit)

}  // namespace

void PrepareStartupHeap() noexcept {
    // Why not glibc's own `glibc.malloc.hugetlb=1`: it is read from the environment at exec, which a
    // program cannot set for itself. So the heap is grown here in one step and advised as a whole.
    // Fixed thresholds keep that room: without them glibc gives the top of the heap back to the
    // kernel as soon as 128 KB of it is free, and the next growth faults page by page again.
    // Setting them ends glibc's own rising mmap threshold, so it is set to that threshold's ceiling:
    // a buffer of a few MB (a 5 MB scan read for its preview, its decoded picture) then comes from
    // the heap and reuses what the last one freed. Mapped anew each time below a fixed 4 MB, every
    // such buffer faulted page by page: the next criterion with a scan previewed took 150 ms
    // instead of 75 (bench/review/preview.sh).
    core::RaiseHeapThresholds(2 * kStartupHeap, kLargestFromHeap);
    mallopt(M_TOP_PAD, static_cast<int>(kStartupHeap));
    // More than the free top of the heap holds (operator new asks malloc), so the heap grows, by the
    // pad, at once. Freed at the end, into the room it made. Should even this fail, the program
    // starts as it did before: ending it is not this function's to decide.
    const std::unique_ptr<char[]> first(new (std::nothrow) char[mallinfo2().keepcost + kMiB]);
    const auto top = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const auto start = (reinterpret_cast<std::uintptr_t>(first.get()) + kHugePage - 1) & ~(kHugePage - 1);
    const std::uintptr_t end = top & ~(kHugePage - 1);
    if (first != nullptr && end > start) {
        // Only advice: where transparent huge pages are off, the heap stays as it was. An address range
        // of the heap, not an object, hence the cast.
        madvise(reinterpret_cast<void*>(start), end - start, MADV_HUGEPAGE);  // NOLINT(performance-no-int-to-ptr)
    }
    mallopt(M_TOP_PAD, 128 * 1024);  // glibc's default: later growth as usual
}
#else
void PrepareStartupHeap() noexcept {}
#endif

}  // namespace ziwb::gui
