#include "evidence/checklist.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "evidence/evidence_vault.hpp"
#include "scoring/answer.hpp"
#include "workspace/sqlite_errors.hpp"

namespace ziwb::core {
namespace {

/// The code a checklist key belongs to, or a UserError for a key that does not exist.
std::string CodeOfKey(Workspace& workspace, const std::string& key) {
    if (key.starts_with("form:")) {
        const auto last = key.rfind(':');
        std::string code = key.substr(5, last - 5);
        const FormNode& node = RequireCriterion(workspace.GetForm(), code);
        std::size_t index = 0;
        try {
            index = std::stoul(key.substr(last + 1));
        } catch (const std::exception&) {
            index = 0;
        }
        if (index >= 1 && index <= node.evidence_suggestions.size()) {
            return code;
        }
    } else if (key.starts_with("team:")) {
        SQLite::Statement query(workspace.Database(), "SELECT code FROM checklist_item WHERE id = ?");
        try {
            query.bind(1, static_cast<std::int64_t>(std::stoll(key.substr(5))));
        } catch (const std::exception&) {
            query.bind(1, -1);
        }
        if (query.executeStep()) {
            return query.getColumn(0).getString();
        }
    }
    throw UserError(Format(Tr("there is no checklist line '{0}' (see 'ziwb evidence checklist WS CODE')"), {key}));
}

}  // namespace

std::vector<ChecklistEntry> LoadChecklist(Workspace& workspace, const std::string& code, Layer review_layer) {
    const FormNode& node = RequireCriterion(workspace.GetForm(), code);
    return GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Database& db = workspace.Database();
        std::vector<ChecklistEntry> entries;
        for (std::size_t i = 0; i < node.evidence_suggestions.size(); ++i) {
            entries.push_back({"form:" + code + ":" + std::to_string(i + 1),
                               code,
                               node.evidence_suggestions[i],
                               true,
                               {},
                               "missing",
                               {},
                               {}});
        }
        SQLite::Statement team(db, "SELECT id, title FROM checklist_item WHERE code = ? ORDER BY id");
        team.bind(1, code);
        while (team.executeStep()) {
            entries.push_back({"team:" + std::to_string(team.getColumn(0).getInt64()),
                               code,
                               StoredText(team.getColumn(1).getString()),
                               false,
                               {},
                               "missing",
                               {},
                               {}});
        }
        SQLite::Statement items(db,
                                "SELECT c.item_id FROM checklist_evidence c JOIN evidence_item i ON i.id = c.item_id "
                                "WHERE c.checklist_key = ? AND i.removed_at IS NULL ORDER BY c.item_id");
        SQLite::Statement review(
            db, "SELECT state, reason, author FROM checklist_review WHERE checklist_key = ? AND layer = ?");
        for (auto& entry : entries) {
            items.bind(1, entry.key);
            while (items.executeStep()) {
                entry.items.push_back(items.getColumn(0).getInt64());
            }
            items.reset();
            entry.state = entry.items.empty() ? "missing" : "attached";
            review.bind(1, entry.key);
            review.bind(2, std::string(LayerId(review_layer)));
            if (review.executeStep()) {
                entry.state = review.getColumn(0).getString();
                entry.reason = StoredText(review.getColumn(1).getString());
                entry.reviewed_by = StoredText(review.getColumn(2).getString());
            }
            review.reset();
        }
        return entries;
    });
}

std::string AddChecklistItem(Workspace& workspace, const std::string& code, const std::string& title,
                             const std::string& author) {
    (void)RequireCriterion(workspace.GetForm(), code);
    if (title.empty()) {
        throw UserError(Tr("a checklist line needs a title that names the document"));
    }
    CheckUserText(title, Tr("the title"), kTitleLimit);
    CheckUserText(author, Tr("the author"), kNameLimit);
    return GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Transaction transaction(workspace.Database(), SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement insert(workspace.Database(),
                                 "INSERT INTO checklist_item (code, title, added_by, added_at) VALUES (?, ?, ?, ?)");
        insert.bind(1, code);
        insert.bind(2, title);
        insert.bind(3, author);
        insert.bind(4, NowUtc());
        insert.exec();
        std::string key = "team:" + std::to_string(workspace.Database().getLastInsertRowid());
        transaction.commit();
        return key;
    });
}

void AttachToChecklist(Workspace& workspace, const std::string& key, std::int64_t item, const std::string& author) {
    const std::string code = CodeOfKey(workspace, key);
    EvidenceVault vault(workspace);
    vault.LinkToCriterion(item, code, author);  // checks the item exists and is not removed
    GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Transaction transaction(workspace.Database(), SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement insert(workspace.Database(),
                                 "INSERT OR IGNORE INTO checklist_evidence (checklist_key, item_id) VALUES (?, ?)");
        insert.bind(1, key);
        insert.bind(2, item);
        insert.exec();
        transaction.commit();
    });
}

void ReviewChecklist(Workspace& workspace, const std::string& key, Layer layer, const std::string& state,
                     const std::string& reason, const std::string& author) {
    (void)CodeOfKey(workspace, key);
    if (state != "accepted" && state != "rejected" && state != "clear") {
        throw UserError(Format(Tr("a review is accepted, rejected or clear, not '{0}'"), {OneLine(state)}));
    }
    CheckUserText(reason, Tr("the reason"), kLongTextLimit);
    CheckUserText(author, Tr("the author"), kNameLimit);
    if (state == "rejected" && reason.empty()) {
        throw UserError(Tr("a rejection needs its reason (--reason), so the team knows what to fix"));
    }
    GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Database& db = workspace.Database();
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        if (state == "clear") {
            SQLite::Statement remove(db, "DELETE FROM checklist_review WHERE checklist_key = ? AND layer = ?");
            remove.bind(1, key);
            remove.bind(2, std::string(LayerId(layer)));
            remove.exec();
        } else {
            SQLite::Statement upsert(db,
                                     "INSERT INTO checklist_review (checklist_key, layer, state, reason, author, at) "
                                     "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (checklist_key, layer) DO UPDATE SET "
                                     "state = excluded.state, reason = excluded.reason, author = excluded.author, "
                                     "at = excluded.at");
            upsert.bind(1, key);
            upsert.bind(2, std::string(LayerId(layer)));
            upsert.bind(3, state);
            upsert.bind(4, reason);
            upsert.bind(5, author);
            upsert.bind(6, NowUtc());
            upsert.exec();
        }
        transaction.commit();
    });
}

}  // namespace ziwb::core
