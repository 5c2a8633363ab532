// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/evidence_review.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "evidence/checklist.hpp"
#include "evidence/evidence_projection.hpp"
#include "form/form.hpp"
#include "log/change_log.hpp"
#include "review/review_status.hpp"
#include "workspace/sqlite_errors.hpp"

namespace ziwb::core {
namespace {

// Format 9 brought item reviews; an older file read as it is has none.
constexpr int kFirstSchemaWithItemReviews = 9;

std::optional<EvidenceItemReview> ReviewOf(SQLite::Database& db, std::int64_t item, const Layer& layer) {
    SQLite::Statement query(db,
                            "SELECT state, reason, author, at FROM evidence_review WHERE item_id = ? AND layer = ?");
    query.bind(1, item);
    query.bind(2, std::string(LayerId(layer)));
    if (!query.executeStep()) {
        return std::nullopt;
    }
    return EvidenceItemReview{query.getColumn(0).getString(), StoredText(query.getColumn(1).getString()),
                              StoredText(query.getColumn(2).getString()), query.getColumn(3).getString()};
}

}  // namespace

std::map<std::int64_t, EvidenceItemReview> LoadEvidenceReviews(Workspace& workspace, const Layer& layer) {
    std::map<std::int64_t, EvidenceItemReview> reviews;
    if (workspace.SchemaVersion() < kFirstSchemaWithItemReviews) {
        return reviews;
    }
    return GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Statement query(workspace.Database(),
                                "SELECT item_id, state, reason, author, at FROM evidence_review WHERE layer = ?");
        query.bind(1, std::string(LayerId(layer)));
        while (query.executeStep()) {
            reviews.emplace(
                query.getColumn(0).getInt64(),
                EvidenceItemReview{query.getColumn(1).getString(), StoredText(query.getColumn(2).getString()),
                                   StoredText(query.getColumn(3).getString()), query.getColumn(4).getString()});
        }
        return reviews;
    });
}

void ReviewEvidenceItem(Workspace& workspace, std::int64_t item, const Layer& layer, const std::string& state,
                        const std::string& reason, const std::string& author) {
    RequireReviewLayer(workspace, layer);
    CheckVerdict(state, reason, author);
    workspace.RecordInTransaction(
        [&](SQLite::Database& db) -> std::optional<ChangeDraft> {
            SQLite::Statement removed(db, "SELECT removed_at IS NOT NULL FROM evidence_item WHERE id = ?");
            removed.bind(1, item);
            if (removed.executeStep() && removed.getColumn(0).getInt() != 0) {
                throw UserError(Format(Tr("evidence {0} was removed"), {std::to_string(item)}));
            }
            const std::string uid = EvidenceUid(db, item);  // throws for an unknown item
            const auto current = ReviewOf(db, item, layer);
            if (state == "clear" && !current) {
                return std::nullopt;  // nothing to clear: no entry
            }
            if (current && current->state == state && current->reason == reason) {
                return std::nullopt;  // the same verdict again changes nothing
            }
            ChangeDraft draft;
            draft.kind = "evidence.review";
            draft.layer = std::string(LayerId(layer));
            draft.action = "review";
            draft.summary = Format(Tr("Review of evidence {0}: {1}"), {std::to_string(item), state});
            nlohmann::json value;
            if (state != "clear") {
                value = nlohmann::json{{"state", state}, {"reason", reason}};
            }
            draft.writes.emplace_back("itemreview/" + draft.layer + "/" + uid, std::move(value));
            return draft;
        },
        author);
}

}  // namespace ziwb::core
