// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/checklist.hpp"

#include "evidence/evidence_projection.hpp"
#include "log/change_log.hpp"
#include "log/ids.hpp"

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
        const FormNode& node = RequireCriterion(workspace.FormInUse(), code);
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

std::vector<ChecklistEntry> LoadChecklist(Workspace& workspace, const std::string& code, const Layer& review_layer) {
    const FormNode& node = RequireCriterion(workspace.FormInUse(), code);
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
    (void)RequireCriterion(workspace.FormInUse(), code);
    if (title.empty()) {
        throw UserError(Tr("a checklist line needs a title that names the document"));
    }
    CheckUserText(title, Tr("the title"), kTitleLimit);
    CheckUserText(author, Tr("the author"), kNameLimit);
    const std::string uid = NewUid();
    workspace.RecordInTransaction(
        [&](SQLite::Database&) -> std::optional<ChangeDraft> {
            ChangeDraft draft;
            draft.kind = "checklist.add";
            draft.layer = "unit";
            draft.action = "checklist";
            draft.summary = Format(Tr("Checklist of {0}: {1}"), {code, title});
            draft.writes.emplace_back("checklist/" + uid, nlohmann::json{{"code", code}, {"title", title}});
            return draft;
        },
        author);
    return GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        const auto key = LineForTables(workspace.Database(), "team:" + uid);
        return key.value_or(std::string());
    });
}

void AttachToChecklist(Workspace& workspace, const std::string& key, std::int64_t item, const std::string& author) {
    const std::string code = CodeOfKey(workspace, key);
    EvidenceVault vault(workspace);
    const auto listed = vault.List({}, true);
    const auto found = std::find_if(listed.begin(), listed.end(), [&](const EvidenceItem& i) { return i.id == item; });
    if (found == listed.end() || found->removed) {
        throw UserError(found == listed.end() ? Format(Tr("there is no evidence item {0} (see 'ziwb evidence list')"),
                                                       {std::to_string(item)})
                                              : Format(Tr("evidence {0} was removed"), {std::to_string(item)}));
    }
    // One action, one entry: the line gets the item and the item backs the line's criterion.
    workspace.RecordInTransaction(
        [&](SQLite::Database& db) -> std::optional<ChangeDraft> {
            const std::string uid = EvidenceUid(db, item);
            ChangeDraft draft;
            draft.kind = "checklist.attach";
            draft.layer = "unit";
            draft.action = "checklist";
            draft.summary = Format(Tr("Evidence {0} attached to {1}"), {std::to_string(item), key});
            draft.writes.emplace_back("attach/" + LineForLog(db, key) + "/" + uid, true);
            if (std::find(found->codes.begin(), found->codes.end(), code) == found->codes.end()) {
                draft.writes.emplace_back("evidence/" + uid + "/criterion/" + code, true);
            }
            return draft;
        },
        author);
}

void DetachFromChecklist(Workspace& workspace, const std::string& key, std::int64_t item, const std::string& author) {
    (void)CodeOfKey(workspace, key);
    const bool attached = GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Statement query(workspace.Database(),
                                "SELECT 1 FROM checklist_evidence WHERE checklist_key = ? AND item_id = ?");
        query.bind(1, key);
        query.bind(2, item);
        return query.executeStep();
    });
    if (!attached) {
        throw UserError(Format(Tr("evidence {0} is not attached to {1} (see 'ziwb evidence checklist')"),
                               {std::to_string(item), OneLine(key)}));
    }
    // The item keeps backing the criterion: only the line lets it go.
    workspace.RecordInTransaction(
        [&](SQLite::Database& db) -> std::optional<ChangeDraft> {
            ChangeDraft draft;
            draft.kind = "checklist.detach";
            draft.layer = "unit";
            draft.action = "checklist";
            draft.summary = Format(Tr("Evidence {0} detached from {1}"), {std::to_string(item), key});
            draft.writes.emplace_back("attach/" + LineForLog(db, key) + "/" + EvidenceUid(db, item), false);
            return draft;
        },
        author);
}

void CheckVerdict(const std::string& state, const std::string& reason, const std::string& author) {
    if (state != "accepted" && state != "rejected" && state != "clear") {
        throw UserError(Format(Tr("a review is accepted, rejected or clear, not '{0}'"), {OneLine(state)}));
    }
    CheckUserText(reason, Tr("the reason"), kLongTextLimit);
    CheckUserText(author, Tr("the author"), kNameLimit);
    if (state == "rejected" && reason.empty()) {
        throw UserError(Tr("a rejection needs its reason (--reason), so the team knows what to fix"));
    }
}

void ReviewChecklist(Workspace& workspace, const std::string& key, const Layer& layer, const std::string& state,
                     const std::string& reason, const std::string& author) {
    (void)CodeOfKey(workspace, key);
    CheckVerdict(state, reason, author);
    workspace.RecordInTransaction(
        [&](SQLite::Database& db) -> std::optional<ChangeDraft> {
            ChangeDraft draft;
            draft.kind = "checklist.review";
            draft.layer = std::string(LayerId(layer));
            draft.action = "review";
            draft.summary = Format(Tr("Review of {0}: {1}"), {key, state});
            nlohmann::json value;
            if (state != "clear") {
                value = nlohmann::json{{"state", state}, {"reason", reason}};
            }
            draft.writes.emplace_back("review/" + draft.layer + "/" + LineForLog(db, key), std::move(value));
            return draft;
        },
        author);
}

}  // namespace ziwb::core
