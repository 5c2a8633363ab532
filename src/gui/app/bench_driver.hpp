// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ziwb::gui {

class MainFrame;

/// Answers a choice criterion `count` times through its real radio buttons and prints how long each
/// took from the click to the repainted score panel (median, 95th percentile, maximum), for
/// bench/gui. Each answer is written to the workspace as usual.
void RunAnswerBenchmark(MainFrame& frame, int count);

/// Gives the `count` criteria after the first a scanned PDF each (one JPEG page of 2480 x 3508
/// pixels, some 5 MB, made here), then moves to each next criterion as the evaluator does, the
/// first evidence item previewed, and prints how long each move took to the repainted page; then
/// the same moves without the preview. The workspace is changed: give it a copy.
void RunNextCriterionBenchmark(MainFrame& frame, int count);

}  // namespace ziwb::gui
