// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ziwb::core {

class Workspace;

/// One person of the team register (PermenPANRB 90/2021: the integrity team, its evaluators and
/// leaders). Roles: koordinator; anggota with the change areas in their charge; evaluator with a
/// level and a review layer; pimpinan.
struct Person {
    std::string nip;
    std::string name;
    std::string position;  ///< jabatan
    std::string email;
    std::string role;
    std::vector<int> areas;    ///< change area numbers (1-6), anggota only
    std::string level;         ///< evaluator: anggota_tim, ketua_tim, pengendali_teknis
    std::string review_layer;  ///< evaluator: the layer they answer in ("tpi")
    std::string public_key;    ///< accepted key (64 hex), empty until the person has one
    std::string updated_by;
    std::string updated_at;
};

[[nodiscard]] std::vector<Person> LoadTeam(Workspace& workspace);

/// Adds people or changes them (same NIP) as one entry of the team layer. Checks each NIP, the
/// role's fields, the areas against the form and that no one else holds a key; throws UserError
/// with nothing changed.
void SetPeople(Workspace& workspace, std::vector<Person> people, const std::string& author);

/// Removes a person from the register; their earlier entries stay valid, new ones are refused.
void RemovePerson(Workspace& workspace, const std::string& nip, const std::string& author);

/// Reads a team CSV: header nip,nama,jabatan,email,peran and optionally area,level,lapisan,kunci
/// (English: nip,name,position,email,role,areas,level,layer,key). Areas as "1 3" or "1|3".
/// Throws UserError listing every bad row.
[[nodiscard]] std::vector<Person> ParseTeamCsv(std::string_view text, const std::string& display_name);

}  // namespace ziwb::core
