// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace ziwb::core {

/// A PostgreSQL text[] literal of `items` ({"a","b\"c"}), sent as one parameter: a batch of
/// entries is one statement instead of one round trip each.
[[nodiscard]] std::string TextArray(const std::vector<std::string>& items);

}  // namespace ziwb::core
