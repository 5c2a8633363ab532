// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ziwb::gui {

class MainFrame;

/// Answers a choice criterion `count` times through its real radio buttons and prints how long each
/// took from the click to the repainted score panel (median, 95th percentile, maximum), for
/// bench/gui. Each answer is written to the workspace as usual.
void RunAnswerBenchmark(MainFrame& frame, int count);

}  // namespace ziwb::gui
