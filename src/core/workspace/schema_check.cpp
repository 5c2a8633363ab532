// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/schema_check.hpp"

#include <SQLiteCpp/Statement.h>

#include <map>
#include <mutex>
#include <tuple>
#include <vector>

#include "common/error.hpp"
#include "common/text.hpp"
#include "workspace/file_header.hpp"
#include "workspace/schema.hpp"

namespace ziwb::core {
namespace {

struct SchemaObject {
    std::string type;
    std::string name;
    std::string table;
    std::string sql;
    bool operator==(const SchemaObject&) const = default;
};

std::map<std::string, SchemaObject> ReadSchema(SQLite::Database& db) {
    std::map<std::string, SchemaObject> objects;
    SQLite::Statement query(db, "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema");
    while (query.executeStep()) {
        SchemaObject object{query.getColumn(0).getString(), query.getColumn(1).getString(),
                            query.getColumn(2).getString(), query.getColumn(3).getString()};
        objects.emplace(object.type + " " + object.name, std::move(object));
    }
    return objects;
}

// The schema this build creates for `version`, made once per process in memory.
const std::map<std::string, SchemaObject>& ExpectedSchema(int version) {
    static std::mutex mutex;
    static std::map<int, std::map<std::string, SchemaObject>> cache;
    const std::lock_guard lock(mutex);
    auto found = cache.find(version);
    if (found == cache.end()) {
        SQLite::Database memory(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        MigrateWorkspace(memory, version);
        found = cache.emplace(version, ReadSchema(memory)).first;
    }
    return found->second;
}

std::string Kind(const std::string& type) {
    if (type == "table") {
        return Tr("table");
    }
    if (type == "index") {
        return Tr("index");
    }
    if (type == "trigger") {
        return Tr("trigger");
    }
    if (type == "view") {
        return Tr("view");
    }
    return type;
}

}  // namespace

void CheckWorkspaceVersion(int version, const std::string& name) {
    if (version > kWorkspaceSchemaVersion) {
        throw WorkspaceError(Format(Tr("{0} was saved by a newer version of ZI Workbench (workspace format {1}; this "
                                       "version reads up to {2}). Update ZI Workbench to open it"),
                                    {name, std::to_string(version), std::to_string(kWorkspaceSchemaVersion)}));
    }
    if (version < kOldestWorkspaceSchemaVersion) {
        throw WorkspaceError(Format(Tr("{0} has an unknown workspace format ({1}); no version of ZI Workbench wrote "
                                       "it. Nothing was changed; ask the sender for the file as ZI Workbench saved it"),
                                    {name, std::to_string(version)}));
    }
}

void PrepareWorkspaceSchemaCheck() {
    (void)ExpectedSchema(kWorkspaceSchemaVersion);
}

void CheckWorkspaceSchema(SQLite::Database& db, int version, const std::string& name) {
    const auto& expected = ExpectedSchema(version);
    const auto actual = ReadSchema(db);
    for (const auto& [key, object] : actual) {
        const auto wanted = expected.find(key);
        if (wanted == expected.end()) {
            throw WorkspaceError(Format(Tr("{0} was changed by another program: it holds a {1} '{2}' that ZI "
                                           "Workbench never makes. Nothing was changed; open a copy as ZI Workbench "
                                           "saved it"),
                                        {name, Kind(object.type), object.name}));
        }
        if (!(wanted->second == object)) {
            throw WorkspaceError(Format(Tr("{0} was changed by another program: the {1} '{2}' is not defined as ZI "
                                           "Workbench defines it. Nothing was changed; open a copy as ZI Workbench "
                                           "saved it"),
                                        {name, Kind(object.type), object.name}));
        }
    }
    for (const auto& [key, object] : expected) {
        if (!actual.contains(key)) {
            throw WorkspaceError(Format(Tr("{0} is damaged: the {1} '{2}' is missing. Nothing was changed; open a "
                                           "backup copy"),
                                        {name, Kind(object.type), object.name}));
        }
    }
}

void CheckWorkspaceStructure(SQLite::Database& db, const std::string& name) {
    SQLite::Statement check(db, "PRAGMA quick_check(1)");
    if (check.executeStep()) {
        std::string result = check.getColumn(0).getString();
        if (result != "ok") {
            // SQLite's report spans lines and starts with a banner; the user gets one line.
            const std::string banner = "*** in database main ***";
            if (const auto at = result.find(banner); at != std::string::npos) {
                result.erase(at, banner.size());
            }
            for (char& c : result) {
                c = (c == '\n' || c == '\r') ? ' ' : c;
            }
            result.erase(0, result.find_first_not_of(' '));
            throw WorkspaceError(Format(Tr("{0} is damaged ({1}), probably an incomplete copy. Nothing was changed; "
                                           "copy it again from where it came from, or open a backup"),
                                        {name, result}));
        }
    }
}

}  // namespace ziwb::core
