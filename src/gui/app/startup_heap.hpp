// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ziwb::gui {

/// Prepares the heap for the launch, before wxWidgets and GTK start: with glibc on Linux, the
/// first megabytes the launch allocates are asked of the kernel as huge pages. The launch touches
/// some 6 MB of fresh heap, and each 4 KB page of it was one page fault: about 2,400 of the launch's
/// 6,500 (docs/launch.md). Elsewhere, and under the sanitizers (which bring their own allocator), it does nothing.
void PrepareStartupHeap() noexcept;

}  // namespace ziwb::gui
