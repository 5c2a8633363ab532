// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <vector>

#include "log/change_log.hpp"
#include "log/log_entry.hpp"

namespace ziwb::core {

/// Whether each entry's signature holds: a signed entry's by its author's key, and an unsigned one
/// carries none. The signatures are checked together on this thread (ed25519::EachHolds), some
/// four times cheaper than one by one. `stored[i]` and `entries[i]` are one entry.
[[nodiscard]] std::vector<char> SignaturesHoldTogether(std::span<const StoredEntry* const> stored,
                                                       std::span<const LogEntry* const> entries);

/// The same, the entries shared out over the cores: for an exchange file, checked before anything
/// of it is applied.
[[nodiscard]] std::vector<char> SignaturesHold(const std::vector<const StoredEntry*>& stored,
                                               const std::vector<const LogEntry*>& entries);

}  // namespace ziwb::core
