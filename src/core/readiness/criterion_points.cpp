// SPDX-License-Identifier: GPL-3.0-or-later
#include "readiness/criterion_points.hpp"

namespace ziwb::core {

std::vector<double> CriterionPoints(const Form& form) {
    std::vector<double> points(form.Nodes().size(), 0.0);
    for (const int index : form.Criteria()) {
        const FormNode& criterion = form.Node(index);
        double factor = criterion.weight.value_or(1.0);
        if (criterion.parent >= 0) {
            const FormNode& parent = form.Node(criterion.parent);
            if (parent.kind == NodeKind::Subindicator && !parent.children.empty()) {
                factor *= parent.weight.value_or(0.0) / static_cast<double>(parent.children.size());
            }
        }
        points[static_cast<std::size_t>(index)] = factor;
    }
    return points;
}

}  // namespace ziwb::core
