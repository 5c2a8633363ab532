// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/audit.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "log/authority.hpp"
#include "log/change_log.hpp"
#include "log/entry_checks.hpp"
#include "log/log_replay.hpp"
#include "log/projection.hpp"
#include "workspace/schema.hpp"
#include "workspace/sqlite_errors.hpp"
#include "workspace/statement_cache.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {
namespace {

struct LogBroken {
    std::string problem;
};

std::string EntryName(const StoredEntry& stored) {
    return Format(Tr("entry {0} (number {1} in this copy)"), {ShortHash(stored.hash), std::to_string(stored.seq)});
}

// Checks the log and projects it into `target`, entry by entry, with what `checks` finds of each
// entry on the other cores. Throws LogBroken at the first entry that fails.
AuditReport Replay(SQLite::Database& target, const Form& form, const std::string& workspace_id,
                   const std::vector<StoredEntry>& entries, EntryChecks& checks) {
    AuditReport report;
    StatementCache statements(target);
    LogReplay replay;
    TeamRegisterMemo register_memo;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const StoredEntry& stored = entries[i];
        const auto broken = [&](const std::string& reason) {
            return LogBroken{Format(Tr("{0}: {1}"), {EntryName(stored), reason})};
        };
        const EntryCheck check = checks.Wait(i);
        if (check == EntryCheck::HashMismatch) {
            throw LogBroken{
                Format(Tr("{0}: its content does not match its hash; the log was edited"), {EntryName(stored)})};
        }
        if (check == EntryCheck::Undecodable) {
            throw broken(checks.DecodeProblem(i));
        }
        const LogEntry& entry = checks.Entry(i);
        if (entry.workspace_id != workspace_id) {
            throw broken(Tr("it belongs to another assessment"));
        }
        if (check == EntryCheck::BadSignature) {
            throw broken(entry.Signed() ? Format(Tr("its signature by {0} is not valid; the entry was changed after "
                                                    "it was signed"),
                                                 {OneLine(entry.author_name)})
                                        : Tr("it carries a signature but names no key"));
        }
        for (const auto& parent : entry.parents) {
            if (!replay.Holds(parent)) {
                throw broken(Format(Tr("it follows {0}, which is not before it in the log"), {ShortHash(parent)}));
            }
        }
        for (const auto& write : entry.writes) {
            for (const auto& replaced : write.replaces) {
                if (!replay.Holds(replaced)) {
                    throw broken(
                        Format(Tr("it replaces {0}, which is not before it in the log"), {ShortHash(replaced)}));
                }
            }
        }
        if (entry.legacy && entry.Signed()) {
            throw broken(Tr("a legacy entry cannot be signed"));
        }
        try {
            ValidateWrites(form, entry);
        } catch (const LogFormatError& error) {
            throw broken(error.what());
        }
        if (const auto refusal = RefusalReason(statements, form, entry, &register_memo)) {
            throw broken(*refusal);
        }
        replay.Project(statements, form, entry, stored.hash);
        register_memo.AfterProjecting(entry);
        ++report.entries;
        if (entry.legacy) {
            ++report.legacy_entries;
        } else if (entry.Signed()) {
            ++report.signed_entries;
        } else {
            ++report.unsigned_entries;
        }
    }
    replay.WriteLogTables(statements);
    return report;
}

struct TableQuery {
    const char* name;
    const char* sql;
};

/// The unit's details in meta, every field the log projects there.
const char* MetaQuery() {
    static const std::string sql = [] {
        std::string keys;
        for (const auto& field : UnitDetailFields()) {
            keys += (keys.empty() ? "'" : ", '") + field + "'";
        }
        return "SELECT key, value FROM meta WHERE key IN (" + keys + ") ORDER BY key";
    }();
    return sql.c_str();
}

const std::vector<TableQuery>& ComparedTables() {
    static const std::vector<TableQuery> tables = {
        {"answer", "SELECT layer, code, value, note, author, updated_at, level FROM answer ORDER BY layer, code"},
        {"level_answer",
         "SELECT layer, code, level, rank, value, note, author, updated_at FROM level_answer "
         "ORDER BY layer, code, level"},
        {"answer_history",
         "SELECT layer, code, value, note, author, changed_at, action, entry, level FROM answer_history ORDER BY seq"},
        {"review_status",
         "SELECT layer, code, status, note, revisions, author, updated_at FROM review_status ORDER BY layer, code"},
        {"review_ready",
         "SELECT layer, code, revision, note, author, updated_at FROM review_ready ORDER BY layer, code"},
        {"review_close",
         "SELECT layer, closed, head, total, note, author, author_key, updated_at FROM review_close ORDER BY layer"},
        {"prerequisite", "SELECT id, met, note, author, updated_at FROM prerequisite ORDER BY id"},
        {"signoff",
         "SELECT layer, head, total, digest, snapshot, note, author, author_key, signed_at FROM signoff ORDER BY "
         "layer"},
        {"person",
         "SELECT nip, name, position, email, role, areas, level, review_layer, public_key, updated_by, updated_at "
         "FROM person ORDER BY nip"},
        {"log_register", "SELECT key, entry FROM log_register ORDER BY key, entry"},
        {"log_head", "SELECT hash FROM log_head ORDER BY hash"},
        {"meta", MetaQuery()},
        {"evidence_item",
         "SELECT id, uid, kind, title, description, document_date, url, added_by, added_at, removed_by, removed_at "
         "FROM evidence_item ORDER BY id"},
        {"evidence_revision",
         "SELECT r.item_id, r.revision, b.sha256, r.file_name, r.media_type, r.added_by, r.added_at "
         "FROM evidence_revision r LEFT JOIN blob b ON b.id = r.blob_id ORDER BY r.item_id, r.revision"},
        {"evidence_criterion", "SELECT item_id, code FROM evidence_criterion ORDER BY item_id, code"},
        {"checklist_item", "SELECT id, uid, code, title, added_by, added_at FROM checklist_item ORDER BY id"},
        {"checklist_evidence", "SELECT checklist_key, item_id FROM checklist_evidence ORDER BY checklist_key, item_id"},
        {"checklist_review",
         "SELECT checklist_key, layer, state, reason, author, at FROM checklist_review ORDER BY checklist_key, layer"},
        {"evidence_review",
         "SELECT item_id, layer, state, reason, author, at FROM evidence_review ORDER BY item_id, layer"},
        {"plan_task",
         "SELECT id, uid, code, task, person, due_date, status, target, created_by, created_at, updated_by, "
         "updated_at FROM plan_task ORDER BY id"},
        {"letterhead", "SELECT id, lines, logo_sha256, logo_type, author, updated_at FROM letterhead"},
        {"document_signature",
         "SELECT template, nip, state, how, evidence, signed_on, author, updated_at FROM document_signature "
         "ORDER BY template, nip"},
        {"service",
         "SELECT id, uid, name, components, sops, reviewed_on, established_by, published_where, removed, updated_by, "
         "updated_at FROM service ORDER BY id"},
        {"fkp_session",
         "SELECT id, uid, date, place, purpose, topic, chair, services, removed, updated_by, updated_at FROM "
         "fkp_session ORDER BY id"},
        {"fkp_participant",
         "SELECT id, uid, session_uid, name, stakeholder, organisation, position, attended, removed, updated_by, "
         "updated_at FROM fkp_participant ORDER BY id"},
        {"fkp_input",
         "SELECT id, uid, session_uid, from_whom, service_uid, text, follow_up, response, updated_by, updated_at "
         "FROM fkp_input ORDER BY id"},
        {"skm_survey",
         "SELECT id, uid, service_uid, period, start_date, end_date, population, respondents, responses, "
         "source_sha256, removed, updated_by, updated_at FROM skm_survey ORDER BY id"},
        {"skm_result",
         "SELECT survey_uid, published_where, follow_up, updated_by, updated_at FROM skm_result ORDER BY survey_uid"},
    };
    return tables;
}

std::vector<std::string> RowText(SQLite::Statement& query) {
    std::vector<std::string> row;
    for (int column = 0; column < query.getColumnCount(); ++column) {
        const auto value = query.getColumn(column);
        row.push_back(value.isNull() ? std::string("\x01null") : value.getString());
    }
    return row;
}

// RowText(left) == RowText(right), without making the strings: the tables are compared row by row
// at the end of every verify.
bool SameRow(SQLite::Statement& left, SQLite::Statement& right) {
    for (int column = 0; column < left.getColumnCount(); ++column) {
        const auto one = left.getColumn(column);
        const auto other = right.getColumn(column);
        if (one.isNull() || other.isNull()) {
            if (one.isNull() != other.isNull()) {
                return false;
            }
            continue;
        }
        // As bytes, as RowText reads them (getString: the value as a blob, a number as its text).
        const std::string_view one_text(static_cast<const char*>(one.getBlob()),
                                        static_cast<std::size_t>(one.getBytes()));
        const std::string_view other_text(static_cast<const char*>(other.getBlob()),
                                          static_cast<std::size_t>(other.getBytes()));
        if (one_text != other_text) {
            return false;
        }
    }
    return true;
}

std::string Describe(const std::vector<std::string>& row) {
    std::string text;
    for (std::size_t i = 0; i < row.size() && i < 3; ++i) {
        text += (text.empty() ? "" : " ") + (row[i] == "\x01null" ? std::string("(kosong)") : OneLine(row[i]));
    }
    return text.size() > 120 ? text.substr(0, 120) + "..." : text;
}

bool HasTable(SQLite::Database& db, const char* name) {
    SQLite::Statement query(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    query.bind(1, name);
    return query.executeStep();
}

std::optional<std::string> CompareTables(SQLite::Database& actual, SQLite::Database& expected) {
    for (const auto& table : ComparedTables()) {
        // A file of an older format opened read-only lacks the newer tables: the log of such a file
        // must imply no row for them either.
        if (!HasTable(actual, table.name)) {
            SQLite::Statement right(expected, table.sql);
            if (right.executeStep()) {
                return Format(Tr("the table {0} lacks \"{1}\", which the log holds"),
                              {table.name, Describe(RowText(right))});
            }
            continue;
        }
        SQLite::Statement left(actual, table.sql);
        SQLite::Statement right(expected, table.sql);
        for (;;) {
            const bool has_left = left.executeStep();
            const bool has_right = right.executeStep();
            if (!has_left && !has_right) {
                break;
            }
            if (has_left && has_right) {
                if (SameRow(left, right)) {
                    continue;
                }
                const auto row_left = RowText(left);
                const auto row_right = RowText(right);
                return Format(Tr("the table {0} differs from what the log says: it holds \"{1}\" where the log "
                                 "implies \"{2}\""),
                              {table.name, Describe(row_left), Describe(row_right)});
            }
            if (has_left) {
                return Format(Tr("the table {0} holds \"{1}\", which no entry of the log made"),
                              {table.name, Describe(RowText(left))});
            }
            return Format(Tr("the table {0} lacks \"{1}\", which the log holds"),
                          {table.name, Describe(RowText(right))});
        }
    }
    return std::nullopt;
}

std::unique_ptr<SQLite::Database> FreshProjectionDatabase() {
    // One thread uses it, and nothing of it outlives the check: no mutex per call, and no rollback
    // journal (a replay that fails is thrown away, never rolled back), a tenth of the replay's time.
    auto memory = std::make_unique<SQLite::Database>(
        ":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX);
    memory->exec("PRAGMA journal_mode = OFF");
    MigrateWorkspace(*memory);
    return memory;
}

}  // namespace

AuditReport VerifyLog(Workspace& workspace) {
    const std::string name = PathToUtf8(workspace.Path());
    if (workspace.SchemaVersion() < 4) {
        AuditReport report;
        report.problem =
            Tr("this workspace is in the format from before the log; open it for writing once to give it "
               "one (its history becomes the first entries)");
        return report;
    }
    return GuardSqlite(name, [&] {
        SQLite::Database& db = workspace.Database();
        SQLite::Transaction snapshot(db);  // one consistent state to compare (read-only transaction)
        const auto entries = LoadLog(db);
        // The checks start on the other cores while this one makes the database to replay into.
        EntryChecks checks(entries);
        auto replay = FreshProjectionDatabase();
        AuditReport report;
        try {
            SQLite::Transaction batch(*replay);
            report = Replay(*replay, workspace.FormInUse(), WorkspaceId(db), entries, checks);
            batch.commit();
        } catch (const LogBroken& broken) {
            report.problem = broken.problem;
            return report;
        }
        if (const auto difference = CompareTables(db, *replay)) {
            report.problem = *difference;
            return report;
        }
        report.conflicts = LoadConflicts(db).size();
        report.intact = true;
        return report;
    });
}

void RebuildFromLog(Workspace& workspace) {
    if (workspace.IsReadOnly()) {
        throw WorkspaceError(Tr("the workspace is open for reading only; nothing was rebuilt"));
    }
    GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Database& db = workspace.Database();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        const auto entries = LoadLog(db);
        EntryChecks checks(entries);
        ClearProjections(db);
        try {
            (void)Replay(db, workspace.FormInUse(), WorkspaceId(db), entries, checks);
        } catch (const LogBroken& broken) {
            throw UserError(Format(Tr("the log itself is broken, so nothing was rebuilt: {0}"), {broken.problem}));
        }
        transaction.commit();
    });
}

}  // namespace ziwb::core
