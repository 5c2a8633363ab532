// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/hub_admin.hpp"

#include <algorithm>

#include "common/text.hpp"
#include "common/utf8.hpp"
#include "hub/hub_schema.hpp"
#include "hub/pg_connection.hpp"
#include "people/nip.hpp"
#include "people/signing_key.hpp"

namespace ziwb::core {

namespace {

bool IsLowerDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// Lowercase letters and digits, then those and `more`, at most 63: safe as a role or unit name.
bool IsPlainName(const std::string& name, std::string_view first_extra, std::string_view more) {
    if (name.empty() || name.size() > 63 ||
        !(IsLowerDigit(name[0]) || first_extra.find(name[0]) != std::string_view::npos)) {
        return false;
    }
    return std::all_of(name.begin(), name.end(),
                       [&](char c) { return IsLowerDigit(c) || more.find(c) != std::string_view::npos; });
}

void CheckRole(const std::string& role) {
    if (!IsPlainName(role, "_", "_.-") || (role[0] >= '0' && role[0] <= '9') || role.starts_with("pg_") ||
        role.starts_with("ziwb_")) {
        throw UserError(Format(Tr("'{0}' cannot be a person's role on the hub: use lowercase letters, digits, '.', "
                                  "'-' and '_' (at most 63), not starting with pg_ or ziwb_"),
                               {role}));
    }
}

void UpsertPerson(PgConnection& hub, const HubPerson& person) {
    CheckRole(person.role);
    if (OneLine(person.full_name).empty() || person.full_name.size() > 200) {
        throw UserError(Tr("give the person's name (--name), at most 200 characters"));
    }
    if (!person.public_key.empty() && !IsPublicKeyHex(person.public_key)) {
        throw UserError(
            Format(Tr("'{0}' is not a public key: it is 64 hexadecimal digits (ziwb key show)"), {person.public_key}));
    }
    const std::string nip = person.nip.empty() ? "" : NormalizeNip(person.nip);
    const auto exists = hub.Exec("SELECT 1 FROM pg_roles WHERE rolname = $1", {PgParam::Text(person.role)});
    const std::string role = hub.Quote(person.role);
    if (exists.Rows() == 0) {
        hub.Exec("CREATE ROLE " + role + " LOGIN");
    }
    if (person.password) {
        hub.Exec("ALTER ROLE " + role + " PASSWORD " + hub.QuoteLiteral(*person.password));
    }
    hub.Exec(
        "INSERT INTO ziwb.person (role_name, full_name, nip, public_key) VALUES ($1, $2, $3, nullif($4, '')) "
        "ON CONFLICT (role_name) DO UPDATE SET full_name = excluded.full_name, nip = excluded.nip, "
        "public_key = coalesce(excluded.public_key, ziwb.person.public_key)",
        {PgParam::Text(person.role), PgParam::Text(OneLine(person.full_name)), PgParam::Text(nip),
         PgParam::Text(person.public_key)});
}

}  // namespace

bool IsHubCapacity(const std::string& capacity) {
    return capacity == "coordinator" || capacity == "member" || capacity == "leader" || capacity == "evaluator" ||
           capacity == "viewer";
}

void AddHubUnit(PgConnection& hub, const std::string& code, const std::string& name) {
    RequireCurrentHub(hub);
    if (!IsPlainName(code, "", "_-")) {
        throw UserError(Format(Tr("'{0}' cannot be a unit's code: use lowercase letters, digits, '-' and '_' "
                                  "(at most 63), such as dinas-tenaga-kerja"),
                               {code}));
    }
    if (OneLine(name).empty() || name.size() > 300) {
        throw UserError(Tr("give the unit's name (--name), at most 300 characters"));
    }
    const auto added =
        hub.Exec("INSERT INTO ziwb.unit (code, name) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING code",
                 {PgParam::Text(code), PgParam::Text(OneLine(name))});
    if (added.Rows() == 0) {
        throw UserError(Format(Tr("the hub already has a unit '{0}'"), {code}));
    }
}

void GrantOnHub(PgConnection& hub, const HubPerson& person, const std::string& unit, const std::string& capacity,
                const std::string& review_layer) {
    RequireCurrentHub(hub);
    if (!IsHubCapacity(capacity)) {
        throw UserError(Format(Tr("'{0}' is not a capacity on the hub: say coordinator, member, leader, evaluator or "
                                  "viewer"),
                               {capacity}));
    }
    if ((capacity == "evaluator") != !review_layer.empty()) {
        throw UserError(capacity == "evaluator"
                            ? Tr("an evaluator writes one review layer: give it with --layer (tpi, pendahuluan...)")
                            : Tr("--layer is for evaluators only"));
    }
    if (capacity != "viewer" && person.public_key.empty()) {
        const auto known =
            hub.Exec("SELECT public_key FROM ziwb.person WHERE role_name = $1 AND public_key IS NOT NULL",
                     {PgParam::Text(person.role)});
        if (known.Rows() == 0) {
            throw UserError(
                Tr("someone who writes signs their changes: give their public key with --key (they see it "
                   "with ziwb key show)"));
        }
    }
    PgTransaction transaction(hub);
    const auto unit_row = hub.Exec("SELECT 1 FROM ziwb.unit WHERE code = $1", {PgParam::Text(unit)});
    if (unit_row.Rows() == 0) {
        throw UserError(Format(Tr("the hub has no unit '{0}': add it first with ziwb hub add-unit"), {unit}));
    }
    UpsertPerson(hub, person);
    hub.Exec("GRANT ziwb_person TO " + hub.Quote(person.role));
    hub.Exec(
        "INSERT INTO ziwb.unit_grant (role_name, unit_code, capacity, review_layer) VALUES ($1, $2, $3, $4) "
        "ON CONFLICT (role_name, unit_code, capacity) DO UPDATE SET review_layer = excluded.review_layer",
        {PgParam::Text(person.role), PgParam::Text(unit), PgParam::Text(capacity), PgParam::Text(review_layer)});
    transaction.Commit();
}

void GrantAgencyView(PgConnection& hub, const HubPerson& person) {
    RequireCurrentHub(hub);
    PgTransaction transaction(hub);
    UpsertPerson(hub, person);
    hub.Exec("GRANT ziwb_agency TO " + hub.Quote(person.role));
    transaction.Commit();
}

int RevokeOnHub(PgConnection& hub, const std::string& role, const std::string& unit, const std::string& capacity) {
    RequireCurrentHub(hub);
    CheckRole(role);
    if (unit.empty()) {
        const auto member = hub.Exec("SELECT pg_has_role($1, 'ziwb_agency', 'MEMBER') FROM pg_roles WHERE rolname = $1",
                                     {PgParam::Text(role)});
        if (member.Rows() == 0 || !member.Boolean(0, 0)) {
            return 0;
        }
        hub.Exec("REVOKE ziwb_agency FROM " + hub.Quote(role));
        return 1;
    }
    if (!capacity.empty() && !IsHubCapacity(capacity)) {
        throw UserError(Format(Tr("'{0}' is not a capacity on the hub: say coordinator, member, leader, evaluator or "
                                  "viewer"),
                               {capacity}));
    }
    const auto removed = hub.Exec(
        "DELETE FROM ziwb.unit_grant WHERE role_name = $1 AND unit_code = $2 AND ($3 = '' OR capacity = $3) "
        "RETURNING capacity",
        {PgParam::Text(role), PgParam::Text(unit), PgParam::Text(capacity)});
    return removed.Rows();
}

std::vector<HubUnit> ListHubUnits(PgConnection& hub) {
    RequireCurrentHub(hub);
    const auto rows = hub.Exec(
        "SELECT u.code, u.name, u.workspace_id IS NOT NULL, "
        "coalesce((SELECT sum(a.entries) FROM ziwb.unit_activity a WHERE a.unit_code = u.code), 0) "
        "FROM ziwb.unit u ORDER BY u.code");
    std::vector<HubUnit> units;
    units.reserve(static_cast<std::size_t>(rows.Rows()));
    for (int row = 0; row < rows.Rows(); ++row) {
        units.push_back({rows.Text(row, 0), rows.Text(row, 1), rows.Boolean(row, 2), rows.Integer(row, 3)});
    }
    return units;
}

std::vector<HubGrantRow> ListHubGrants(PgConnection& hub, const std::string& unit) {
    RequireCurrentHub(hub);
    const auto rows = hub.Exec(
        "SELECT g.role_name, coalesce(p.full_name, ''), g.unit_code, g.capacity, g.review_layer "
        "FROM ziwb.unit_grant g LEFT JOIN ziwb.person p ON p.role_name = g.role_name "
        "WHERE $1 = '' OR g.unit_code = $1 ORDER BY g.unit_code, g.capacity, g.role_name",
        {PgParam::Text(unit)});
    std::vector<HubGrantRow> grants;
    grants.reserve(static_cast<std::size_t>(rows.Rows()));
    for (int row = 0; row < rows.Rows(); ++row) {
        grants.push_back(
            {rows.Text(row, 0), rows.Text(row, 1), rows.Text(row, 2), rows.Text(row, 3), rows.Text(row, 4)});
    }
    return grants;
}

}  // namespace ziwb::core
