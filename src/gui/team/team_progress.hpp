// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace ziwb::core {
class Form;
struct ScoreReport;
}  // namespace ziwb::core

namespace ziwb::gui {

/// Criteria answered in the unit layer out of the criteria of some change areas.
struct AreaProgress {
    int answered = 0;
    int criteria = 0;
};

/// The progress over the change areas `areas` (numbers 1-6), from the score report's counts.
[[nodiscard]] AreaProgress ProgressOfAreas(const core::Form& form, const core::ScoreReport& report,
                                           const std::vector<int>& areas);

}  // namespace ziwb::gui
