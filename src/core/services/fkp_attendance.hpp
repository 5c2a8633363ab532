// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "services/service_records.hpp"
#include "services/service_rules.hpp"

namespace ziwb::core {

/// An attendance list typed in a spreadsheet: one row per participant.
struct ParticipantList {
    std::vector<FkpParticipant> participants;
    std::vector<std::string> problems;  ///< "row 4: ...": one line per bad row; nothing is imported while any
};

/// Reads an attendance CSV (comma or semicolon, UTF-8). The header names the columns in either
/// language: nama/name (required), unsur/kelompok/group (a group id or name of the rules,
/// required), instansi/organisasi/organisation, jabatan/position, hadir/attended (ya/tidak,
/// yes/no, 1/0; empty means present). Throws UserError when a required column is missing.
[[nodiscard]] ParticipantList ParseParticipantCsv(const ServiceRules& rules, std::string_view text,
                                                  const std::string& display_name);

/// A group by its id or its name (case-insensitive), or nullptr.
[[nodiscard]] const StakeholderGroup* MatchGroup(const ServiceRules& rules, std::string_view text);

}  // namespace ziwb::core
