// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>

#include "hub/hub_sync.hpp"

namespace ziwb::core {

/// Makes `out` a copy of `unit`'s assessment from the hub alone (`ziwb hub clone`): an evaluator
/// of 14 units, or a new member, gets each unit's workspace without anyone sending a file. The
/// copy is made from the form the unit's coordinator linked and every entry and file the hub
/// holds, checked as a sync checks them, and linked to the unit. The file appears only when
/// whole; it never replaces one.
SyncSummary CloneFromHub(const std::string& address, const std::string& unit, const std::filesystem::path& out);

}  // namespace ziwb::core
