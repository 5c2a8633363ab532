// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/hub_link.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <array>
#include <cstdint>
#include <utility>

#include "common/platform.hpp"
#include "workspace/sqlite_errors.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

namespace {

constexpr std::array<const char*, 7> kKeys = {
    "hub.address",        "hub.id",        "hub.unit",        "hub.pulled_through",
    "hub.pushed_through", "hub.last_sync", "hub.last_problem"};

long long Number(const std::string& text) {
    try {
        return text.empty() ? 0 : std::stoll(text);
    } catch (const std::exception&) {
        return 0;  // a damaged counter only makes the next sync look at more entries
    }
}

}  // namespace

std::optional<HubLink> LoadHubLink(Workspace& workspace) {
    return GuardSqlite(PathToUtf8(workspace.Path()), [&]() -> std::optional<HubLink> {
        SQLite::Statement query(workspace.Database(), "SELECT key, value FROM meta WHERE key LIKE 'hub.%'");
        HubLink link;
        bool found = false;
        while (query.executeStep()) {
            const std::string key = query.getColumn(0).getString();
            const std::string value = query.getColumn(1).getString();
            if (key == "hub.address") {
                link.address = value;
                found = true;
            } else if (key == "hub.id") {
                link.hub_id = value;
            } else if (key == "hub.unit") {
                link.unit = value;
            } else if (key == "hub.pulled_through") {
                link.pulled_through = Number(value);
            } else if (key == "hub.pushed_through") {
                link.pushed_through = Number(value);
            } else if (key == "hub.last_sync") {
                link.last_sync = value;
            } else if (key == "hub.last_problem") {
                link.last_problem = value;
            }
        }
        if (!found || link.unit.empty()) {
            return std::nullopt;
        }
        return link;
    });
}

void SaveHubLink(Workspace& workspace, const HubLink& link) {
    GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Database& db = workspace.Database();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement set(db,
                              "INSERT INTO meta (key, value) VALUES (?, ?) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        const std::array<std::pair<const char*, std::string>, 7> values = {{
            {kKeys[0], link.address},
            {kKeys[1], link.hub_id},
            {kKeys[2], link.unit},
            {kKeys[3], std::to_string(link.pulled_through)},
            {kKeys[4], std::to_string(link.pushed_through)},
            {kKeys[5], link.last_sync},
            {kKeys[6], link.last_problem},
        }};
        for (const auto& [key, value] : values) {
            set.bind(1, key);
            set.bind(2, value);
            set.exec();
            set.reset();
        }
        transaction.commit();
    });
}

long long UnsentChanges(Workspace& workspace, const HubLink& link) {
    return GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Statement count(workspace.Database(), "SELECT count(*) FROM log_entry WHERE seq > ?");
        count.bind(1, static_cast<std::int64_t>(link.pushed_through));
        return count.executeStep() ? count.getColumn(0).getInt64() : 0;
    });
}

void RemoveHubLink(Workspace& workspace) {
    GuardSqlite(PathToUtf8(workspace.Path()),
                [&] { workspace.Database().exec("DELETE FROM meta WHERE key LIKE 'hub.%'"); });
}

}  // namespace ziwb::core
