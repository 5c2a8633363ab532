// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace ziwb::core {

class PgConnection;

/// What a person may be for a unit on the hub (ziwb.unit_grant.capacity).
[[nodiscard]] bool IsHubCapacity(const std::string& capacity);

/// Adds a unit (`ziwb hub add-unit`): a code of lowercase letters, digits, '-' and '_', and a name.
void AddHubUnit(PgConnection& hub, const std::string& code, const std::string& name);

struct HubPerson {
    std::string role;  ///< the PostgreSQL role they log in as
    std::string full_name;
    std::string nip;
    std::string public_key;               ///< 64 hex; empty for someone who only reads (agency)
    std::optional<std::string> password;  ///< set on the role when given
};

/// Makes `person` a login role (created when missing) and grants them `capacity` on `unit`
/// (`review_layer` for an evaluator), in one transaction. The administrator needs CREATEROLE.
void GrantOnHub(PgConnection& hub, const HubPerson& person, const std::string& unit, const std::string& capacity,
                const std::string& review_layer);
/// Lets `person` read the agency's recap of every unit (never their logs or evidence).
void GrantAgencyView(PgConnection& hub, const HubPerson& person);

/// Takes back grants: `capacity` on `unit`, every grant on `unit` when capacity is empty, or the
/// agency view when unit is empty. Returns how many were taken back; the role itself stays.
int RevokeOnHub(PgConnection& hub, const std::string& role, const std::string& unit, const std::string& capacity);

struct HubUnit {
    std::string code;
    std::string name;
    bool linked = false;
    long long entries = 0;
};
/// The units the connected role may see.
[[nodiscard]] std::vector<HubUnit> ListHubUnits(PgConnection& hub);

struct HubGrantRow {
    std::string role;
    std::string full_name;
    std::string unit;
    std::string capacity;
    std::string review_layer;
};
[[nodiscard]] std::vector<HubGrantRow> ListHubGrants(PgConnection& hub, const std::string& unit);

}  // namespace ziwb::core
