// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>

namespace ziwb::core {

/// Remembers, per user, which workspace files this program last saw whole, so that a large
/// workspace is structure-checked once when it arrives or was changed elsewhere, not at every
/// command. Small files are always checked: it costs less than a millisecond. The record is a
/// convenience: losing it only means the next open checks again.
class CheckRecord {
public:
    /// True when `path` must be checked before use: small, or not as this program left it.
    [[nodiscard]] static bool NeedsCheck(const std::filesystem::path& path);
    /// Notes `path` as it is now (after a check, or after our own writes).
    static void Remember(const std::filesystem::path& path);
};

}  // namespace ziwb::core
