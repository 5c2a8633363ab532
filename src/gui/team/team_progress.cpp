// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/team_progress.hpp"

#include "form/form.hpp"
#include "scoring/score_report.hpp"

namespace ziwb::gui {

AreaProgress ProgressOfAreas(const core::Form& form, const core::ScoreReport& report, const std::vector<int>& areas) {
    AreaProgress progress;
    for (const int area : areas) {
        for (const int node : form.AreaNodes(area)) {
            const auto& counts = report.nodes[static_cast<std::size_t>(node)];
            progress.answered += counts.answered;
            progress.criteria += counts.criteria;
        }
    }
    return progress;
}

}  // namespace ziwb::gui
