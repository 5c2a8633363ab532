// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

namespace ziwb::core {

/// Asks glibc to keep up to `keep` bytes of freed memory at the top of its heap for reuse, rather
/// than give it back to the kernel as soon as 128 KB is free, and to serve blocks of up to
/// `largest_from_heap` bytes from the heap rather than map each on its own. Memory given back and
/// asked for again is paid for in page faults: a fifth of the time of making 500 letters
/// (docs/pdf-library.md). The workbench's start keeps the room it grows for huge pages this way
/// (gui/app/startup_heap).
///
/// The settings are the process's, and each only ever rises: the parts that raise them (the
/// workbench's start, making documents) do not undo each other. Where the C library is not glibc it
/// does nothing.
void RaiseHeapThresholds(std::size_t keep, std::size_t largest_from_heap) noexcept;

}  // namespace ziwb::core
