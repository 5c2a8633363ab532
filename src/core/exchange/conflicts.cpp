// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/conflicts.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <tuple>

#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "log/change_log.hpp"
#include "log/projection.hpp"
#include "workspace/sqlite_errors.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {
namespace {

std::string ValueText(const RegisterKey& key, const nlohmann::json& value) {
    if (value.is_null()) {
        return Tr("(removed)");
    }
    if (value.is_string()) {
        return StoredText(value.get<std::string>());
    }
    if (key.family == "answer") {
        const auto& answer = value.at("value");
        std::string text = answer.is_string() ? StoredText(answer.get<std::string>()) : Tr("(no answer)");
        const std::string note = StoredText(value.at("note").get<std::string>());
        if (!note.empty()) {
            text += " - " + (note.size() > 80 ? note.substr(0, 80) + "..." : note);
        }
        return text;
    }
    if (key.family == "prerequisite") {
        return value.at("met").get<bool>() ? Tr("met") : Tr("not met");
    }
    if (key.family == "person") {
        return StoredText(value.value("name", "")) + ", " + value.value("role", "");
    }
    return StoredText(value.dump());
}

std::string Label(const RegisterKey& key) {
    if (key.family == "answer") {
        return Format(Tr("Answer {0} ({1})"), {key.name, key.layer});
    }
    if (key.family == "prerequisite") {
        return Format(Tr("Prerequisite {0}"), {key.name});
    }
    if (key.family == "person") {
        return Format(Tr("Team register: {0}"), {key.name});
    }
    if (key.family == "evidence") {
        return Format(Tr("Evidence item {0}"), {key.name});
    }
    if (key.family == "checklist" || key.family == "attach") {
        return Format(Tr("Evidence checklist {0}"), {key.name});
    }
    if (key.family == "review") {
        return Format(Tr("Review of checklist line {0}"), {key.name});
    }
    if (key.family == "plan") {
        return Format(Tr("Action plan task {0}"), {key.name});
    }
    return Format(Tr("Unit detail {0}"), {key.name});
}

}  // namespace

std::vector<ConflictView> ListConflicts(Workspace& workspace) {
    if (workspace.SchemaVersion() < 4) {
        return {};
    }
    return GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Database& db = workspace.Database();
        std::vector<ConflictView> views;
        for (const auto& conflict : LoadConflicts(db)) {
            ConflictView view;
            view.key = conflict.key;
            const RegisterKey key = SplitRegisterKey(conflict.key);
            view.label = Label(key);
            std::size_t shown = 0;
            for (const auto& hash : conflict.versions) {
                SQLite::Statement query(db, "SELECT body FROM log_entry WHERE hash = ?");
                query.bind(1, hash);
                if (!query.executeStep()) {
                    continue;
                }
                const auto body = query.getColumn(0);
                const LogEntry entry = DecodeEntry(std::string_view(static_cast<const char*>(body.getBlob()),
                                                                    static_cast<std::size_t>(body.getBytes())));
                ConflictVersion version{hash, StoredText(entry.author_name), entry.time, {}, false, {}};
                for (const auto& write : entry.writes) {
                    if (write.key == conflict.key) {
                        version.value_text = ValueText(key, write.value);
                        version.value = write.value;
                    }
                }
                view.versions.push_back(std::move(version));
                const auto& best = view.versions[shown];
                const auto& last = view.versions.back();
                if (std::tie(last.time, last.hash) > std::tie(best.time, best.hash)) {
                    shown = view.versions.size() - 1;
                }
            }
            if (!view.versions.empty()) {
                view.versions[shown].shown = true;
            }
            views.push_back(std::move(view));
        }
        return views;
    });
}

}  // namespace ziwb::core
