// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "people/team_register.hpp"

namespace ziwb::core {

class PgConnection;

/// What the head of an agency proposes to the TPN in one letter (PermenPANRB 5/2024).
struct AgencyProposal {
    std::vector<std::string> units;  ///< the units' codes on the hub, in the letter's order
    std::string agency;              ///< empty: as the first unit's workspace names it
    Person signer;                   ///< the head of the agency: name, NIP and position
    std::string place;
    std::string date;  ///< YYYY-MM-DD
};

/// Makes the agency's Surat Pengajuan Evaluasi and SPTJM (templates/agency/) over the chosen units,
/// with each unit's own and evaluators' figures and the predicate it is proposed for (WBBM for a
/// unit that holds WBK, WBK otherwise), as the hub's recap gives them. Writes `<template>.pdf`
/// into `out_dir` (never over a file) and returns the files. A unit the person may not see, or
/// one never published, is refused by name with nothing written.
std::vector<std::filesystem::path> MakeAgencyProposal(PgConnection& hub, const AgencyProposal& proposal,
                                                      const std::filesystem::path& out_dir,
                                                      const std::filesystem::path& program_dir);

}  // namespace ziwb::core
