// SPDX-License-Identifier: GPL-3.0-or-later
#include "signoff/unit_snapshot.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "common/sha256.hpp"
#include "form/form.hpp"
#include "log/projection.hpp"

namespace ziwb::core {
namespace {

constexpr std::size_t kShortDigest = 16;

/// Fields are hashed with their length in front, so that ("ab", "c") and ("a", "bc") differ.
class FieldHasher {
public:
    void Add(std::string_view field) {
        m_hash.Update(std::to_string(field.size()) + ":");
        m_hash.Update(field);
    }
    void Add(const SQLite::Column& column) { Add(column.isNull() ? std::string("\x01null") : column.getString()); }
    [[nodiscard]] std::string Short() { return m_hash.FinishHex().substr(0, kShortDigest); }

private:
    Sha256 m_hash;
};

}  // namespace

std::string UnitSnapshot::Digest() const {
    Sha256 hash;
    for (const auto& [code, digest] : criteria) {
        hash.Update(code);
        hash.Update("=");
        hash.Update(digest);
        hash.Update("\n");
    }
    hash.Update("prerequisites=" + prerequisites + "\n");
    hash.Update("details=" + details + "\n");
    return hash.FinishHex();
}

UnitSnapshot TakeUnitSnapshot(SQLite::Database& db, const Form& form) {
    std::map<std::string, FieldHasher> criteria;
    for (const int index : form.Criteria()) {
        criteria[form.Node(index).code].Add("criterion");
    }
    SQLite::Statement answers(db, "SELECT code, value, note FROM answer WHERE layer = 'unit' ORDER BY code");
    while (answers.executeStep()) {
        const auto found = criteria.find(answers.getColumn(0).getString());
        if (found != criteria.end()) {
            found->second.Add("answer");
            found->second.Add(answers.getColumn(1));
            found->second.Add(answers.getColumn(2));
        }
    }
    // The live evidence of each criterion, with the file each item holds now.
    SQLite::Statement evidence(db,
                               "SELECT c.code, i.uid, i.title, i.document_date, i.url, "
                               "(SELECT b.sha256 FROM evidence_revision r JOIN blob b ON b.id = r.blob_id "
                               " WHERE r.item_id = i.id ORDER BY r.revision DESC LIMIT 1) "
                               "FROM evidence_criterion c JOIN evidence_item i ON i.id = c.item_id "
                               "WHERE i.removed_at IS NULL ORDER BY c.code, i.uid");
    while (evidence.executeStep()) {
        const auto found = criteria.find(evidence.getColumn(0).getString());
        if (found != criteria.end()) {
            found->second.Add("evidence");
            for (int column = 1; column <= 5; ++column) {
                found->second.Add(evidence.getColumn(column));
            }
        }
    }
    // The checklist lines of the form (form:CODE:N) ticked with an item.
    SQLite::Statement ticks(db,
                            "SELECT e.checklist_key, i.uid FROM checklist_evidence e "
                            "JOIN evidence_item i ON i.id = e.item_id WHERE e.checklist_key LIKE 'form:%' "
                            "ORDER BY e.checklist_key, i.uid");
    while (ticks.executeStep()) {
        const std::string key = ticks.getColumn(0).getString();
        const auto last = key.rfind(':');
        const auto found = last > 5 ? criteria.find(key.substr(5, last - 5)) : criteria.end();
        if (found != criteria.end()) {
            found->second.Add("tick");
            found->second.Add(key);
            found->second.Add(ticks.getColumn(1));
        }
    }
    UnitSnapshot snapshot;
    for (auto& [code, hasher] : criteria) {
        snapshot.criteria.emplace(code, hasher.Short());
    }
    FieldHasher prerequisites;
    SQLite::Statement states(db, "SELECT id, met, note FROM prerequisite ORDER BY id");
    while (states.executeStep()) {
        for (int column = 0; column < 3; ++column) {
            prerequisites.Add(states.getColumn(column));
        }
    }
    snapshot.prerequisites = prerequisites.Short();
    FieldHasher details;
    SQLite::Statement meta(db, "SELECT value FROM meta WHERE key = ?");
    for (const auto& field : UnitDetailFields()) {
        meta.bind(1, field);
        details.Add(field);
        details.Add(meta.executeStep() ? meta.getColumn(0).getString() : std::string());
        meta.reset();
    }
    snapshot.details = details.Short();
    return snapshot;
}

SnapshotChanges CompareSnapshots(const Form& form, const UnitSnapshot& then, const UnitSnapshot& now) {
    SnapshotChanges changes;
    for (const int index : form.Criteria()) {
        const std::string& code = form.Node(index).code;
        const auto before = then.criteria.find(code);
        const auto after = now.criteria.find(code);
        const bool same =
            before != then.criteria.end() && after != now.criteria.end() && before->second == after->second;
        if (!same) {
            changes.criteria.push_back(code);
        }
    }
    changes.prerequisites = then.prerequisites != now.prerequisites;
    changes.details = then.details != now.details;
    return changes;
}

}  // namespace ziwb::core
