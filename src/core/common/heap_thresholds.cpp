// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/heap_thresholds.hpp"

#include <algorithm>
#include <climits>
#include <cstdlib>  // defines __GLIBC__ where the C library is glibc
#include <mutex>

#if defined(__GLIBC__)
#include <malloc.h>
#define ZIWB_HEAP_THRESHOLDS 1
#endif

namespace ziwb::core {

void RaiseHeapThresholds(std::size_t keep, std::size_t largest_from_heap) noexcept {
#ifdef ZIWB_HEAP_THRESHOLDS
    // glibc cannot be asked for its thresholds, so the ones set here are remembered.
    static std::mutex guard;
    static std::size_t kept = 0;
    static std::size_t largest = 0;
    constexpr std::size_t kGlibcCeiling = std::size_t{32} << 20;  // what glibc accepts for the mmap threshold
    const std::scoped_lock lock(guard);
    if (keep > kept) {
        kept = std::min<std::size_t>(keep, INT_MAX);
        (void)mallopt(M_TRIM_THRESHOLD, static_cast<int>(kept));
    }
    if (largest_from_heap > largest) {
        largest = std::min(largest_from_heap, kGlibcCeiling);
        (void)mallopt(M_MMAP_THRESHOLD, static_cast<int>(largest));
    }
#else
    (void)keep;
    (void)largest_from_heap;
#endif
}

}  // namespace ziwb::core
