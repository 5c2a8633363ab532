// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "form/form.hpp"

namespace ziwb::core {

/// The points each criterion adds to the total at full value once every criterion is answered
/// (indexed like the form's nodes; 0 for other nodes): its own weight, or its subindicator's weight
/// shared among the subindicator's criteria. Every node's value is then the sum of its criteria's
/// value x points, which is what makes the readiness path a linear problem.
[[nodiscard]] std::vector<double> CriterionPoints(const Form& form);

}  // namespace ziwb::core
