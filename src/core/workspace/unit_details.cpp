#include "workspace/unit_details.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include "common/error.hpp"
#include "common/text.hpp"
#include "workspace/sqlite_errors.hpp"

namespace ziwb::core {

std::string DetailsHistoryCode(const std::string& field) {
    return "details:" + field;
}

std::vector<std::string> ChangeUnitDetails(Workspace& workspace, const UnitDetailsChange& change,
                                           const std::string& author) {
    const WorkspaceInfo& info = workspace.Info();
    std::vector<std::pair<std::string, std::string>> changed;  // meta key, new value
    if (change.unit_name && *change.unit_name != info.unit_name) {
        if (change.unit_name->empty()) {
            throw UserError(Tr("the unit name is empty: give the unit's name (e.g. \"Dinas Tenaga Kerja\")"));
        }
        changed.emplace_back("unit_name", *change.unit_name);
    }
    if (change.agency && *change.agency != info.agency) {
        if (change.agency->empty()) {
            throw UserError(Tr("the agency name is empty: give the agency the unit belongs to"));
        }
        changed.emplace_back("agency", *change.agency);
    }
    if (change.year && *change.year != info.year) {
        if (*change.year < 2000 || *change.year > 2100) {
            throw UserError(Format(Tr("the year {0} is not a plausible assessment year (2000-2100)"),
                                   {std::to_string(*change.year)}));
        }
        changed.emplace_back("year", std::to_string(*change.year));
    }
    if (changed.empty()) {
        return {};
    }
    std::vector<std::string> fields;
    GuardSqlite(workspace.Path().string(), [&] {
        SQLite::Database& db = workspace.Database();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        const std::string now = NowUtc();
        SQLite::Statement meta(db,
                               "INSERT INTO meta (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        SQLite::Statement history(db,
                                  "INSERT INTO answer_history (layer, code, value, note, author, changed_at, action) "
                                  "VALUES ('unit', ?, ?, '', ?, ?, 'details')");
        for (const auto& [key, value] : changed) {
            meta.bind(1, key);
            meta.bind(2, value);
            meta.exec();
            meta.reset();
            history.bind(1, DetailsHistoryCode(key));
            history.bind(2, value);
            history.bind(3, author);
            history.bind(4, now);
            history.exec();
            history.reset();
            fields.push_back(key);
        }
        transaction.commit();
    });
    return fields;
}

}  // namespace ziwb::core
