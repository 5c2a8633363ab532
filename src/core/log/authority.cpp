// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/authority.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "common/text.hpp"
#include "common/utf8.hpp"
#include "form/form.hpp"
#include "log/projection.hpp"

#include <algorithm>
#include "workspace/statement_cache.hpp"

namespace ziwb::core {
namespace {

std::optional<RegisterMember> FindByKey(StatementCache& statements, const std::string& key) {
    SQLite::Statement& query = statements.Get("SELECT nip, role, review_layer, level FROM person WHERE public_key = ?");
    query.bind(1, key);
    if (!query.executeStep()) {
        return std::nullopt;
    }
    RegisterMember member{query.getColumn(0).getString(), query.getColumn(1).getString(),
                          query.getColumn(2).getString(), query.getColumn(3).getString()};
    query.reset();
    return member;
}

bool RegisterHasKeys(StatementCache& statements) {
    SQLite::Statement& query = statements.Get("SELECT EXISTS (SELECT 1 FROM person WHERE public_key <> '')");
    const bool keyed = query.executeStep() && query.getColumn(0).getInt() != 0;
    query.reset();
    return keyed;
}

// The first key: the entry adds exactly its own author as koordinator.
bool AcceptsFirstKey(const LogEntry& entry) {
    if (entry.writes.size() != 1 || SplitRegisterKey(entry.writes[0].key).family != "person") {
        return false;
    }
    const auto& person = entry.writes[0].value;
    return person.is_object() && person.value("public_key", "") == entry.author_key &&
           person.value("role", "") == "koordinator";
}

bool WritesFamily(const LogEntry& entry, std::string_view family) {
    return std::any_of(entry.writes.begin(), entry.writes.end(),
                       [&](const RegisterWrite& write) { return SplitRegisterKey(write.key).family == family; });
}

// A closed review is locked: only its reopening gets through.
std::optional<std::string> ClosedLayerRefusal(StatementCache& statements, const LogEntry& entry) {
    if (entry.layer == "unit" || entry.layer == "team") {
        return std::nullopt;
    }
    SQLite::Statement& closed = statements.Get("SELECT author FROM review_close WHERE layer = ? AND closed = 1");
    closed.bind(1, entry.layer);
    std::optional<std::string> refusal;
    if (closed.executeStep() && !(entry.writes.size() == 1 && WritesFamily(entry, "close"))) {
        refusal = Format(Tr("the {0} review was closed by {1}; it takes no change until it is reopened"),
                         {entry.layer, OneLine(closed.getColumn(0).getString())});
    }
    closed.reset();
    return refusal;
}

}  // namespace

bool TeamRegisterMemo::HasKeys(StatementCache& statements) {
    if (!m_has_keys) {
        m_has_keys = RegisterHasKeys(statements);
    }
    return *m_has_keys;
}

const std::optional<RegisterMember>& TeamRegisterMemo::Find(StatementCache& statements, const std::string& key) {
    const auto known = m_members.find(key);
    if (known != m_members.end()) {
        return known->second;
    }
    return m_members.emplace(key, FindByKey(statements, key)).first->second;
}

void TeamRegisterMemo::AfterProjecting(const LogEntry& entry) {
    if (WritesFamily(entry, "person")) {
        m_has_keys.reset();
        m_members.clear();
    }
}

bool RegisterHasKeys(SQLite::Database& db) {
    StatementCache statements(db);
    return RegisterHasKeys(statements);
}

std::optional<std::string> RefusalReason(SQLite::Database& db, const Form& form, const LogEntry& entry) {
    StatementCache statements(db);
    return RefusalReason(statements, form, entry);
}

std::optional<std::string> RefusalReason(StatementCache& statements, const Form& form, const LogEntry& entry,
                                         TeamRegisterMemo* memo) {
    if (auto refusal = ClosedLayerRefusal(statements, entry)) {
        return refusal;
    }
    TeamRegisterMemo for_this_entry;  // without the caller's memo, the register is read afresh
    TeamRegisterMemo& reads = memo != nullptr ? *memo : for_this_entry;
    const bool keyed = reads.HasKeys(statements);
    // A sign-off means a leader put their key to the submission: never without one.
    if (WritesFamily(entry, "signoff") && !entry.Signed()) {
        return Tr("a sign-off must be signed with the key of a pimpinan of the team register");
    }
    if (!entry.Signed()) {
        if (keyed) {
            return Tr("it is not signed, and this workspace's changes must be signed by a member of its team");
        }
        return std::nullopt;
    }
    const auto& member = reads.Find(statements, entry.author_key);
    if (!member) {
        if (!keyed && AcceptsFirstKey(entry)) {
            return std::nullopt;
        }
        return Format(Tr("it is signed by a key the team register does not hold ({0}, {1})"),
                      {OneLine(entry.author_name), ShortHash(entry.author_key)});
    }
    if (entry.layer == "team") {
        if (member->role != "koordinator") {
            return Format(Tr("only a koordinator changes the team register; {0} is {1}"),
                          {OneLine(entry.author_name), member->role});
        }
    } else if (entry.layer == "unit") {
        if (member->role == "evaluator") {
            return Format(Tr("{0} is an evaluator and cannot change the unit's own answers"),
                          {OneLine(entry.author_name)});
        }
        if (WritesFamily(entry, "signoff") && member->role != "pimpinan") {
            return Format(Tr("only a pimpinan signs off the submission; {0} is {1}"),
                          {OneLine(entry.author_name), member->role});
        }
    } else if (member->role != "evaluator" || member->review_layer != entry.layer) {
        return Format(Tr("only an evaluator of the {0} layer changes it; {1} is {2}"),
                      {entry.layer, OneLine(entry.author_name), member->role});
    } else {
        if (WritesFamily(entry, "close") && form.LevelRank(member->level) < form.ClosingRank()) {
            return Format(Tr("{0} is {1}: a review is closed or reopened by {2} or above"),
                          {OneLine(entry.author_name), member->level,
                           form.Levels()[static_cast<std::size_t>(form.ClosingRank() - 1)].id});
        }
        // Each level answers for itself: a team member cannot write the team leader's answer.
        for (const auto& write : entry.writes) {
            const RegisterKey key = SplitRegisterKey(write.key);
            if (key.family == "answer" && key.level != member->level) {
                return Format(Tr("{0} answers at the level {1}, not {2}"),
                              {OneLine(entry.author_name), member->level, key.level.empty() ? "-" : key.level});
            }
        }
    }
    return std::nullopt;
}

}  // namespace ziwb::core
