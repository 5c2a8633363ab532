// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/hub_schema.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "common/data_dirs.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "hub/pg_connection.hpp"

namespace ziwb::core {

namespace {

constexpr const char* kModulePlaceholder = "ZIWB_HUB_MODULE";

std::string ReadText(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw UserError(Format(Tr("cannot read {0}"), {PathToUtf8(file)}));
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

std::vector<HubMigration> LoadHubMigrations(const std::filesystem::path& program_dir) {
    const auto folder = FindDataFile(program_dir, "hub/migrations");
    if (folder.empty()) {
        throw UserError(Tr("the hub's schema files (hub/migrations) are not installed; reinstall ZI Workbench"));
    }
    std::vector<HubMigration> migrations;
    for (const auto& item : std::filesystem::directory_iterator(folder)) {
        const std::string name = PathToUtf8(item.path().filename());
        if (!item.is_regular_file() || !name.ends_with(".sql")) {
            continue;
        }
        if (name.size() < 6 ||
            !std::all_of(name.begin(), name.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) ||
            name[4] != '-') {
            throw UserError(Format(Tr("{0} in hub/migrations is not named NNNN-what.sql"), {name}));
        }
        migrations.push_back({std::stoi(name.substr(0, 4)), name, ReadText(item.path())});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const HubMigration& a, const HubMigration& b) { return a.version < b.version; });
    for (std::size_t i = 0; i < migrations.size(); ++i) {
        if (migrations[i].version != static_cast<int>(i) + 1) {
            throw UserError(Format(Tr("hub/migrations is not numbered 1, 2, 3... ({0})"), {migrations[i].name}));
        }
    }
    if (migrations.empty()) {
        throw UserError(Tr("the hub's schema files (hub/migrations) are not installed; reinstall ZI Workbench"));
    }
    return migrations;
}

int HubSchemaVersion(PgConnection& hub) {
    const auto exists = hub.Exec("SELECT to_regclass('ziwb.schema_version') IS NOT NULL");
    if (!exists.Boolean(0, 0)) {
        return 0;
    }
    const auto version = hub.Exec("SELECT coalesce(max(version), 0) FROM ziwb.schema_version");
    return static_cast<int>(version.Integer(0, 0));
}

MigrationResult MigrateHub(PgConnection& hub, const std::filesystem::path& program_dir, std::optional<int> target,
                           const std::string& module_path) {
    if (module_path.empty() || module_path.find('\'') != std::string::npos ||
        module_path.find('\\') != std::string::npos) {
        throw UserError(Format(Tr("'{0}' cannot be the path of the signature module: give a path without quotes "
                                  "or backslashes"),
                               {module_path}));
    }
    const auto migrations = LoadHubMigrations(program_dir);
    const int newest = migrations.back().version;
    const int goal = target.value_or(newest);
    if (goal < 1 || goal > newest) {
        throw UserError(Format(Tr("this ZI Workbench knows hub schema versions 1 to {0}, not {1}"),
                               {std::to_string(newest), std::to_string(goal)}));
    }
    MigrationResult result;
    result.from = HubSchemaVersion(hub);
    result.to = result.from;
    if (result.from > newest) {
        throw HubError(Format(Tr("the hub's schema is version {0}, newer than this ZI Workbench knows ({1}): "
                                 "upgrade ZI Workbench"),
                              {std::to_string(result.from), std::to_string(newest)}),
                       "ZW100");
    }
    if (goal < result.from) {
        throw UserError(Format(Tr("the hub is already at version {0}; a schema is never taken back to {1}"),
                               {std::to_string(result.from), std::to_string(goal)}));
    }
    for (const auto& migration : migrations) {
        PgTransaction transaction(hub);
        // Under the lock, read the version again: another administrator may have migrated meanwhile.
        hub.Exec("SELECT pg_advisory_xact_lock(7170117)");
        const int now = HubSchemaVersion(hub);
        if (migration.version <= now || migration.version > goal) {
            continue;
        }
        std::string sql = migration.sql;
        for (auto at = sql.find(kModulePlaceholder); at != std::string::npos; at = sql.find(kModulePlaceholder)) {
            sql.replace(at, std::string_view(kModulePlaceholder).size(), module_path);
        }
        hub.ExecScript(sql);
        transaction.Commit();
        result.to = migration.version;
    }
    return result;
}

void RequireCurrentHub(PgConnection& hub) {
    const int version = HubSchemaVersion(hub);
    if (version == 0) {
        throw HubError(Format(Tr("{0} is not a ZI Workbench hub yet: its administrator creates it with ziwb hub init"),
                              {hub.Describe()}),
                       "ZW101");
    }
    if (version < kHubSchemaVersion) {
        throw HubError(Format(Tr("the hub's schema is version {0} and this ZI Workbench needs {1}: the hub's "
                                 "administrator upgrades it with ziwb hub init"),
                              {std::to_string(version), std::to_string(kHubSchemaVersion)}),
                       "ZW102");
    }
    if (version > kHubSchemaVersion) {
        throw HubError(Format(Tr("the hub's schema is version {0}, newer than this ZI Workbench knows ({1}): "
                                 "upgrade ZI Workbench"),
                              {std::to_string(version), std::to_string(kHubSchemaVersion)}),
                       "ZW100");
    }
}

}  // namespace ziwb::core
