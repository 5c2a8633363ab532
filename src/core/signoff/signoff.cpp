// SPDX-License-Identifier: GPL-3.0-or-later
#include "signoff/signoff.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <nlohmann/json.hpp>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "log/change_log.hpp"
#include "people/team_register.hpp"
#include "signoff/signoff_register.hpp"
#include "workspace/sqlite_errors.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {
namespace {

using Json = nlohmann::json;

UnitSnapshot SnapshotFromJson(const Json& json) {
    UnitSnapshot snapshot;
    for (const auto& [code, digest] : json.at("criteria").items()) {
        snapshot.criteria.emplace(code, digest.get<std::string>());
    }
    snapshot.prerequisites = json.at("prerequisites").get<std::string>();
    snapshot.details = json.at("details").get<std::string>();
    return snapshot;
}

Json SnapshotCriteria(const UnitSnapshot& snapshot) {
    Json criteria = Json::object();
    for (const auto& [code, digest] : snapshot.criteria) {
        criteria[code] = digest;
    }
    return criteria;
}

/// The person of the register who holds `key`, if any.
std::optional<Person> HolderOf(Workspace& workspace, const std::string& key) {
    for (auto& person : LoadTeam(workspace)) {
        if (!key.empty() && person.public_key == key) {
            return std::move(person);
        }
    }
    return std::nullopt;
}

}  // namespace

std::string_view SignoffStateId(SignoffState state) {
    switch (state) {
        case SignoffState::None: return "none";
        case SignoffState::Current: return "current";
        case SignoffState::ChangedAfter: return "changed-after-signoff";
    }
    return "none";
}

std::string SignoffTotal(double total) {
    return FormatMachineNumber(RoundHalfUp(total, 4));
}

std::optional<Signoff> LoadSignoff(Workspace& workspace) {
    if (workspace.SchemaVersion() < kFirstSchemaWithSignoff) {
        return std::nullopt;
    }
    std::optional<Signoff> found;
    GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Statement query(workspace.Database(),
                                "SELECT head, total, digest, snapshot, note, author, author_key, signed_at "
                                "FROM signoff WHERE layer = 'unit'");
        if (!query.executeStep()) {
            return;
        }
        Signoff signoff;
        signoff.head = query.getColumn(0).getString();
        signoff.total = query.getColumn(1).getString();
        signoff.digest = query.getColumn(2).getString();
        // Written by the projection from a validated entry; a table edited by hand is what
        // `audit verify` reports, so here a bad snapshot reads as an empty one (everything changed).
        const Json snapshot = Json::parse(query.getColumn(3).getString(), nullptr, false);
        if (snapshot.is_object() && snapshot.contains("criteria") && snapshot.at("criteria").is_object() &&
            snapshot.contains("prerequisites") && snapshot.at("prerequisites").is_string() &&
            snapshot.contains("details") && snapshot.at("details").is_string()) {
            try {
                signoff.snapshot = SnapshotFromJson(snapshot);
            } catch (const Json::exception&) {
                signoff.snapshot = {};
            }
        }
        signoff.note = StoredText(query.getColumn(4).getString());
        signoff.author = StoredText(query.getColumn(5).getString());
        signoff.author_key = query.getColumn(6).getString();
        signoff.signed_at = query.getColumn(7).getString();
        found = std::move(signoff);
    });
    if (found) {
        if (const auto holder = HolderOf(workspace, found->author_key)) {
            found->nip = holder->nip;
            found->position = holder->position;
        }
    }
    return found;
}

SignoffStatus CheckSignoff(Workspace& workspace) {
    return CheckSignoff(workspace, LoadSignoff(workspace));
}

SignoffStatus CheckSignoff(Workspace& workspace, std::optional<Signoff> signoff) {
    SignoffStatus status;
    status.total_now = SignoffTotal(workspace.Score(Layer::Unit()).Total());
    status.signoff = std::move(signoff);
    if (!status.signoff) {
        return status;
    }
    UnitSnapshot now;
    GuardSqlite(PathToUtf8(workspace.Path()),
                [&] { now = TakeUnitSnapshot(workspace.Database(), workspace.FormInUse()); });
    status.changes = CompareSnapshots(workspace.FormInUse(), status.signoff->snapshot, now);
    status.state = status.changes.Any() || now.Digest() != status.signoff->digest ? SignoffState::ChangedAfter
                                                                                  : SignoffState::Current;
    return status;
}

Signoff SignOff(Workspace& workspace, const std::string& note) {
    CheckUserText(note, Tr("the note"), kLongTextLimit);
    if (workspace.SchemaVersion() < kFirstSchemaWithSignoff) {
        throw UserError(Tr("this workspace is opened read-only in an older format: open it for writing first"));
    }
    const auto signer = SessionSigner();
    if (!signer || signer->public_key.empty()) {
        throw UserError(
            Tr("a sign-off is signed with the leader's own key, and this machine has none: set it up "
               "with 'ziwb key init' and have the koordinator add you as pimpinan"));
    }
    const auto holder = HolderOf(workspace, signer->public_key);
    if (!holder) {
        throw UserError(Format(Tr("{0}'s key is not in this workspace's team register: the koordinator adds you as "
                                  "pimpinan with your key first"),
                               {OneLine(signer->name)}));
    }
    if (holder->role != "pimpinan") {
        throw UserError(Format(Tr("{0} is {1} in the team register: only a pimpinan signs off the submission"),
                               {OneLine(holder->name), holder->role}));
    }
    const std::string total = SignoffTotal(workspace.Score(Layer::Unit()).Total());
    workspace.RecordInTransaction(
        [&](SQLite::Database& db) -> std::optional<ChangeDraft> {
            const UnitSnapshot snapshot = TakeUnitSnapshot(db, workspace.FormInUse());
            const auto heads = LogHeads(db);
            ChangeDraft draft;
            draft.kind = "unit.signoff";
            draft.layer = "unit";
            draft.action = "signoff";
            draft.summary = Format(Tr("The submission signed off at {0}"), {total});
            draft.writes.emplace_back(kSignoffKey, Json{{"head", heads.empty() ? std::string() : heads.front()},
                                                        {"total", total},
                                                        {"digest", snapshot.Digest()},
                                                        {"criteria", SnapshotCriteria(snapshot)},
                                                        {"prerequisites", snapshot.prerequisites},
                                                        {"details", snapshot.details},
                                                        {"note", note}});
            return draft;
        },
        holder->name);
    auto signoff = LoadSignoff(workspace);
    if (!signoff) {
        throw Error(Tr("the sign-off was recorded but cannot be read back"));
    }
    return *signoff;
}

namespace {

std::string ShownTotal(const std::string& total) {
    try {
        return FormatNumber(std::stod(total), 2);
    } catch (const std::exception&) {
        return total;  // shown as recorded
    }
}

}  // namespace

std::string SignoffSentence(const SignoffStatus& status) {
    if (!status.signoff) {
        return "Usulan belum disahkan oleh pimpinan unit kerja.";
    }
    const Signoff& signoff = *status.signoff;
    std::string sentence = "Usulan disahkan oleh " + signoff.author +
                           (signoff.position.empty() ? "" : " (" + signoff.position + ")") +
                           (signoff.nip.empty() ? "" : ", NIP " + signoff.nip) +
                           ", dengan tanda tangan elektronik pada " + signoff.signed_at + " dengan nilai " +
                           ShownTotal(signoff.total) + " (kepala log " + signoff.head.substr(0, 16) + ").";
    if (status.state == SignoffState::ChangedAfter) {
        sentence += " Setelah pengesahan itu isian unit berubah (" + std::to_string(status.changes.criteria.size()) +
                    " kriteria" +
                    (status.changes.prerequisites || status.changes.details ? ", prasyarat atau data unit" : "") +
                    "; nilai sekarang " + ShownTotal(status.total_now) + "): pimpinan perlu mengesahkan ulang.";
    }
    return sentence;
}

std::string SignoffLine(const SignoffStatus& status) {
    if (!status.signoff) {
        return Tr("Not signed off by the leader yet");
    }
    const Signoff& signoff = *status.signoff;
    const std::string who = signoff.author + (signoff.position.empty() ? "" : " (" + signoff.position + ")");
    std::string line =
        Format(Tr("Signed off by {0} on {1} at a total of {2}"), {who, signoff.signed_at, ShownTotal(signoff.total)});
    if (status.state == SignoffState::ChangedAfter) {
        const std::string count = std::to_string(status.changes.criteria.size());
        line += " - " + Format(Tr("CHANGED AFTER SIGN-OFF ({0} criteria{1}); the leader signs off again"),
                               {count, status.changes.prerequisites || status.changes.details
                                           ? ", " + Tr("prerequisites or details")
                                           : std::string()});
    }
    return line;
}

}  // namespace ziwb::core
