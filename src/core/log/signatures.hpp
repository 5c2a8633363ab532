// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "log/change_log.hpp"
#include "log/log_entry.hpp"

namespace ziwb::core {

/// Whether each entry's signature holds: a signed entry's by its author's key, and an unsigned one
/// carries none. Ed25519 verification is most of the time of checking a log or an exchange file, so
/// the entries are spread over the cores. `stored[i]` and `entries[i]` are one entry.
[[nodiscard]] std::vector<char> SignaturesHold(const std::vector<const StoredEntry*>& stored,
                                               const std::vector<const LogEntry*>& entries);

}  // namespace ziwb::core
