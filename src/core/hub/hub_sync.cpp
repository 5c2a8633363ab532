// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/hub_sync.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <poll.h>

#include <algorithm>
#include <set>

#include "common/platform.hpp"
#include "common/text.hpp"
#include "evidence/blob_store.hpp"
#include "evidence/evidence_projection.hpp"
#include "exchange/exchange.hpp"
#include "hub/hub_figures.hpp"
#include "hub/hub_link.hpp"
#include "hub/hub_schema.hpp"
#include "hub/pg_array.hpp"
#include "hub/pg_connection.hpp"
#include "workspace/sqlite_errors.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

namespace {

// Entries go to the hub and come from it in batches of this many: one statement each, small
// enough that a slow line shows progress, large enough that round trips do not dominate.
constexpr std::size_t kBatch = 500;

// The unit as the connecting role sees it, or a HubError saying why it cannot be used.
std::string UnitWorkspaceId(PgConnection& hub, const std::string& unit) {
    const auto row = hub.Exec(
        "SELECT coalesce(workspace_id, ''), ziwb.capacities_of(current_user, code)::text "
        "FROM ziwb.unit WHERE code = $1",
        {PgParam::Text(unit)});
    if (row.Rows() == 0 || row.Text(0, 1) == "{}") {
        throw HubError(Format(Tr("the hub has no unit '{0}' that you ({1}) hold a grant for: check the unit's code "
                                 "(ziwb hub units) or ask the hub's administrator for a grant"),
                              {unit, hub.User()}),
                       "42501");
    }
    return row.Text(0, 0);
}

std::string HubId(PgConnection& hub) {
    const auto row = hub.Exec("SELECT id::text FROM ziwb.hub");
    return row.Rows() == 0 ? std::string() : row.Text(0, 0);
}

// The counters of a link hold for the hub they were made with, as it was. Another hub, or this
// one restored from an older backup (it holds fewer of the unit's entries than this copy pulled),
// starts afresh: everything is offered again, and what the hub holds is skipped.
void CheckCounters(PgConnection& hub, HubLink& link) {
    const auto newest =
        hub.Exec("SELECT coalesce(max(seq), 0) FROM ziwb.entry WHERE unit_code = $1", {PgParam::Text(link.unit)});
    const std::string hub_id = HubId(hub);
    if (link.hub_id != hub_id || newest.Integer(0, 0) < link.pulled_through) {
        link.hub_id = hub_id;
        link.pulled_through = 0;
        link.pushed_through = 0;
    }
}

// This copy's entries the hub lacks, oldest first, and the files they name.
struct Outgoing {
    std::vector<StoredEntry> entries;
    std::set<std::string> files;
    long long last_seq = 0;
};

Outgoing CollectOutgoing(Workspace& workspace, PgConnection& hub, long long pushed_through) {
    Outgoing out;
    std::vector<StoredEntry> candidates;
    GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Transaction snapshot(workspace.Database());
        candidates = LoadLogAfter(workspace.Database(), pushed_through);
        out.last_seq = workspace.Database().execAndGet("SELECT coalesce(max(seq), 0) FROM log_entry").getInt64();
    });
    for (std::size_t start = 0; start < candidates.size(); start += kBatch) {
        const std::size_t end = std::min(candidates.size(), start + kBatch);
        std::vector<std::string> hashes;
        for (std::size_t i = start; i < end; ++i) {
            hashes.push_back(candidates[i].hash);
        }
        const auto held =
            hub.Exec("SELECT hash FROM ziwb.entry WHERE hash = ANY($1::text[])", {PgParam::Text(TextArray(hashes))});
        std::set<std::string> on_hub;
        for (int row = 0; row < held.Rows(); ++row) {
            on_hub.insert(held.Text(row, 0));
        }
        for (std::size_t i = start; i < end; ++i) {
            if (on_hub.count(candidates[i].hash) == 0) {
                FilesNamedBy(DecodeEntry(candidates[i].body), out.files);
                out.entries.push_back(std::move(candidates[i]));
            }
        }
    }
    return out;
}

// The bytes of a file this copy holds, or nothing when only its record arrived so far.
std::optional<std::string> LocalFile(SQLite::Database& db, const std::string& sha256) {
    SQLite::Statement blob(db, "SELECT id FROM blob WHERE sha256 = ? AND (chunks > 0 OR size = 0)");
    blob.bind(1, sha256);
    if (!blob.executeStep()) {
        return std::nullopt;
    }
    std::string bytes;
    const std::string read = ReadBlob(db, blob.getColumn(0).getInt64(), [&](std::span<const std::byte> chunk) {
        bytes.append(reinterpret_cast<const char*>(chunk.data()), chunk.size());
    });
    if (read != sha256) {
        throw WorkspaceError(
            Format(Tr("the stored file {0} is damaged; run ziwb evidence verify"), {ShortHash(sha256)}));
    }
    return bytes;
}

// Sends the entries and files in one transaction: all of them arrive or none.
std::size_t Push(Workspace& workspace, PgConnection& hub, const std::string& unit, const Outgoing& out) {
    std::size_t files_pushed = 0;
    PgTransaction transaction(hub);
    for (std::size_t start = 0; start < out.entries.size(); start += kBatch) {
        const std::size_t end = std::min(out.entries.size(), start + kBatch);
        std::vector<std::string> hashes;
        std::vector<std::string> bodies;
        std::vector<std::string> signatures;
        for (std::size_t i = start; i < end; ++i) {
            hashes.push_back(out.entries[i].hash);
            bodies.push_back(out.entries[i].body);
            signatures.push_back(BytesToHex(out.entries[i].signature));
        }
        // In this copy's order, so that every entry follows its parents on the hub too.
        hub.Exec(
            "INSERT INTO ziwb.entry (unit_code, hash, body, signature) "
            "SELECT $1, h, b, CASE WHEN s = '' THEN NULL ELSE decode(s, 'hex') END "
            "FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS t(h, b, s, n) ORDER BY n "
            "ON CONFLICT (hash) DO NOTHING",
            {PgParam::Text(unit), PgParam::Text(TextArray(hashes)), PgParam::Text(TextArray(bodies)),
             PgParam::Text(TextArray(signatures))});
    }
    if (!out.files.empty()) {
        const std::vector<std::string> wanted(out.files.begin(), out.files.end());
        const auto held = hub.Exec("SELECT sha256 FROM ziwb.blob WHERE unit_code = $1 AND sha256 = ANY($2::text[])",
                                   {PgParam::Text(unit), PgParam::Text(TextArray(wanted))});
        std::set<std::string> on_hub;
        for (int row = 0; row < held.Rows(); ++row) {
            on_hub.insert(held.Text(row, 0));
        }
        for (const auto& sha256 : wanted) {
            if (on_hub.count(sha256) != 0) {
                continue;
            }
            const auto bytes =
                GuardSqlite(PathToUtf8(workspace.Path()), [&] { return LocalFile(workspace.Database(), sha256); });
            if (!bytes) {
                continue;  // its record came without the file: whoever holds it sends it
            }
            hub.Exec(
                "INSERT INTO ziwb.blob (unit_code, sha256, content) VALUES ($1, $2, $3) "
                "ON CONFLICT DO NOTHING",
                {PgParam::Text(unit), PgParam::Text(sha256), PgParam::Bytes(*bytes)});
            ++files_pushed;
        }
    }
    transaction.Commit();
    return files_pushed;
}

// Checks what the hub sent as `exchange import` checks a file: hash, format, assessment, signature.
std::vector<ReceivedEntry> CheckPulled(const PgResult& rows, const std::vector<int>& wanted,
                                       const std::string& workspace_id) {
    std::vector<ReceivedEntry> entries;
    for (const int row : wanted) {
        ReceivedEntry received;
        received.stored.hash = rows.Text(row, 1);
        received.stored.body = rows.Text(row, 2);
        received.stored.signature = rows.Bytes(row, 3);
        if (EntryHash(received.stored.body) != received.stored.hash) {
            throw HubError(Format(Tr("the hub sent entry {0}, which does not match its hash; nothing was applied. "
                                     "Tell the hub's administrator"),
                                  {ShortHash(received.stored.hash)}),
                           "ZW901");
        }
        try {
            received.entry = DecodeEntry(received.stored.body);
        } catch (const LogFormatError& bad) {
            throw HubError(Format(Tr("the hub sent entry {0}, which is not a log entry ({1}); nothing was applied"),
                                  {ShortHash(received.stored.hash), bad.what()}),
                           "ZW901");
        }
        if (received.entry.workspace_id != workspace_id) {
            throw HubError(Format(Tr("the hub sent entry {0} of another assessment; nothing was applied"),
                                  {ShortHash(received.stored.hash)}),
                           "ZW901");
        }
        entries.push_back(std::move(received));
    }
    if (const auto bad = FirstBadSignature(entries)) {
        throw HubError(Format(Tr("the hub sent entry {0}, whose signature does not hold; nothing was applied. "
                                 "Tell the hub's administrator"),
                              {ShortHash(entries[*bad].stored.hash)}),
                       "ZW901");
    }
    return entries;
}

// Pulls the unit's entries after `link.pulled_through`, batch by batch, each applied in one
// transaction of the workspace. The counter is written once, at the end of the sync: a pull cut
// before it fetches those batches again and skips what it holds (nothing is applied twice), and
// the sync costs one write of the workspace instead of one per step.
void Pull(Workspace& workspace, PgConnection& hub, HubLink& link, const std::string& workspace_id,
          SyncSummary& summary) {
    for (;;) {
        const auto rows = hub.Exec(
            "SELECT seq, hash, body, signature FROM ziwb.entry WHERE unit_code = $1 AND seq > $2 ORDER BY seq LIMIT " +
                std::to_string(kBatch),
            {PgParam::Text(link.unit), PgParam::Text(std::to_string(link.pulled_through))});
        if (rows.Rows() == 0) {
            return;
        }
        // What this copy holds already (its own pushes among them) is not checked again.
        std::vector<int> unheld;
        GuardSqlite(PathToUtf8(workspace.Path()), [&] {
            for (int row = 0; row < rows.Rows(); ++row) {
                if (!HasEntry(workspace.Database(), rows.Text(row, 1))) {
                    unheld.push_back(row);
                }
            }
        });
        auto entries = CheckPulled(rows, unheld, workspace_id);
        std::set<std::string> named;
        for (const auto& received : entries) {
            FilesNamedBy(received.entry, named);
        }
        std::vector<std::string> wanted;
        GuardSqlite(PathToUtf8(workspace.Path()), [&] {
            for (const auto& sha256 : named) {
                if (!BlobReceived(workspace.Database(), sha256)) {
                    wanted.push_back(sha256);
                }
            }
        });
        std::vector<ReceivedBlob> blobs;
        if (!wanted.empty()) {
            const auto files =
                hub.Exec("SELECT sha256, content FROM ziwb.blob WHERE unit_code = $1 AND sha256 = ANY($2::text[])",
                         {PgParam::Text(link.unit), PgParam::Text(TextArray(wanted))});
            for (int row = 0; row < files.Rows(); ++row) {
                ReceivedBlob blob{files.Text(row, 0), files.Bytes(row, 1)};
                if (Sha256::HexOf(blob.bytes) != blob.sha256) {
                    throw HubError(Format(Tr("the hub sent the file {0}, which does not match its SHA-256; nothing "
                                             "was applied"),
                                          {ShortHash(blob.sha256)}),
                                   "ZW901");
                }
                blobs.push_back(std::move(blob));
            }
        }
        if (!entries.empty() || !blobs.empty()) {
            const auto imported = ImportEntries(workspace, entries, false, blobs);
            summary.pulled += imported.applied.size();
            summary.files_pulled += imported.files_received;
            summary.applied.insert(summary.applied.end(), imported.applied.begin(), imported.applied.end());
        }
        link.pulled_through = rows.Integer(rows.Rows() - 1, 0);
        if (static_cast<std::size_t>(rows.Rows()) < kBatch) {
            return;
        }
    }
}

// The link of a workspace a sync may write to, or why there is none.
HubLink WritableLink(Workspace& workspace) {
    if (workspace.IsReadOnly()) {
        throw WorkspaceError(Tr("the workspace is open for reading only; it was not synced"));
    }
    auto link = LoadHubLink(workspace);
    if (!link) {
        throw UserError(Tr("this workspace is not linked to a hub: link it first with ziwb hub link WS ADDRESS UNIT"));
    }
    return *link;
}

// Remembers why a sync stopped, for `ziwb hub status` and the workbench; what was done stays done.
void RememberProblem(Workspace& workspace, HubLink link, const UserError& problem) {
    try {
        link.last_problem = problem.what();
        SaveHubLink(workspace, link);
    } catch (const Error&) {
        // The workspace itself failed: its own error is the one to report.
    }
}

}  // namespace

void LinkWorkspace(Workspace& workspace, const std::string& address, const std::string& unit) {
    if (workspace.IsReadOnly()) {
        throw WorkspaceError(Tr("the workspace is open for reading only; it was not linked"));
    }
    PgConnection hub(address);
    RequireCurrentHub(hub);
    const std::string workspace_id =
        GuardSqlite(PathToUtf8(workspace.Path()), [&] { return WorkspaceId(workspace.Database()); });
    const std::string on_hub = UnitWorkspaceId(hub, unit);
    if (on_hub.empty()) {
        // The form goes with the assessment's id, so that a copy can be made from the hub alone.
        const auto [form_xml, form_sha256] = GuardSqlite(PathToUtf8(workspace.Path()), [&] {
            SQLite::Statement form(workspace.Database(), "SELECT xml, sha256 FROM form_copy WHERE singleton = 1");
            if (!form.executeStep()) {
                throw WorkspaceError(Tr("the workspace holds no copy of its form; it cannot be linked"));
            }
            return std::pair<std::string, std::string>(form.getColumn(0).getString(), form.getColumn(1).getString());
        });
        const auto claimed = hub.Exec(
            "UPDATE ziwb.unit SET workspace_id = $2, form_xml = $3, form_sha256 = $4 "
            "WHERE code = $1 AND workspace_id IS NULL RETURNING code",
            {PgParam::Text(unit), PgParam::Text(workspace_id), PgParam::Text(form_xml), PgParam::Text(form_sha256)});
        if (claimed.Rows() == 0) {
            throw HubError(Format(Tr("unit '{0}' has no workspace on the hub yet, and only its coordinator links the "
                                     "first one"),
                                  {unit}),
                           "42501");
        }
    } else if (on_hub != workspace_id) {
        throw HubError(Format(Tr("unit '{0}' on the hub holds another assessment than this workspace: link a copy of "
                                 "the unit's own workspace (its coordinator has it)"),
                              {unit}),
                       "ZW003");
    }
    const std::string hub_id = HubId(hub);
    HubLink link;
    if (const auto earlier = LoadHubLink(workspace); earlier && earlier->unit == unit && earlier->hub_id == hub_id) {
        link = *earlier;  // the same hub at a new address: how far this copy got still holds
    }
    link.hub_id = hub_id;
    link.address = RedactAddress(address);
    link.unit = unit;
    link.last_problem.clear();
    SaveHubLink(workspace, link);
}

SyncSummary SyncWorkspace(Workspace& workspace, const std::optional<std::string>& address) {
    const HubLink link = WritableLink(workspace);
    std::unique_ptr<PgConnection> hub;
    try {
        hub = std::make_unique<PgConnection>(address.value_or(link.address));
    } catch (const UserError& problem) {
        RememberProblem(workspace, link, problem);
        throw;
    }
    return SyncWorkspace(workspace, *hub);
}

SyncSummary SyncWorkspace(Workspace& workspace, PgConnection& hub) {
    HubLink link = WritableLink(workspace);
    SyncSummary summary;
    try {
        if (!hub.HubChecked()) {
            RequireCurrentHub(hub);
            hub.SetHubChecked();
        }
        const std::string workspace_id =
            GuardSqlite(PathToUtf8(workspace.Path()), [&] { return WorkspaceId(workspace.Database()); });
        if (UnitWorkspaceId(hub, link.unit) != workspace_id) {
            throw HubError(
                Format(Tr("unit '{0}' on the hub holds another assessment than this workspace"), {link.unit}), "ZW003");
        }
        CheckCounters(hub, link);
        const Outgoing out = CollectOutgoing(workspace, hub, link.pushed_through);
        if (!out.entries.empty() || !out.files.empty()) {
            summary.files_pushed = Push(workspace, hub, link.unit, out);
            summary.pushed = out.entries.size();
        }
        link.pushed_through = out.last_seq;
        Pull(workspace, hub, link, workspace_id, summary);
        // The figures change only with the log: a sync that moved nothing leaves them as published.
        if (summary.pushed > 0 || summary.pulled > 0 || link.last_sync.empty()) {
            summary.published = PublishFigures(workspace, hub, link.unit, link.pulled_through);
        }
        summary.conflicts =
            GuardSqlite(PathToUtf8(workspace.Path()), [&] { return LoadConflicts(workspace.Database()); });
        link.last_sync = NowUtc();
        link.last_problem.clear();
        SaveHubLink(workspace, link);
    } catch (const UserError& problem) {
        RememberProblem(workspace, link, problem);
        throw;
    }
    return summary;
}

HubWatcher::HubWatcher(const std::string& address, const std::string& unit)
    : m_connection(std::make_unique<PgConnection>(address)) {
    m_connection->Exec("LISTEN " + m_connection->Quote("ziwb_unit_" + unit));
}

PgConnection& HubWatcher::Connection() {
    return *m_connection;
}

HubWatcher::~HubWatcher() = default;

bool HubWatcher::Changed(int timeout_ms) {
    if (!m_connection->TakeNotifications().empty()) {
        return true;
    }
    if (timeout_ms <= 0) {
        return false;
    }
    pollfd socket{m_connection->Socket(), POLLIN, 0};
    if (poll(&socket, 1, timeout_ms) <= 0) {
        return false;
    }
    return !m_connection->TakeNotifications().empty();
}

}  // namespace ziwb::core
