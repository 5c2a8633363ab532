// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/exchange.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/sha256.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "documents/document_registers.hpp"
#include "evidence/blob_store.hpp"
#include "evidence/evidence_projection.hpp"
#include "io/safe_file.hpp"
#include "log/authority.hpp"
#include "log/projection.hpp"
#include "log/signatures.hpp"
#include "workspace/sqlite_errors.hpp"
#include "workspace/statement_cache.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {
namespace {

constexpr std::string_view kMagic = "ZIWB-EXCHANGE 1\n";
constexpr std::uintmax_t kMaxExchangeBytes = std::uintmax_t{512} * 1024U * 1024U;

std::optional<std::string> FromHex(std::string_view hex) {
    if (hex.size() % 2 != 0) {
        return std::nullopt;
    }
    std::string bytes;
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        const auto digit = [](char c) -> int {
            if (c >= '0' && c <= '9') {
                return c - '0';
            }
            if (c >= 'a' && c <= 'f') {
                return c - 'a' + 10;
            }
            return -1;
        };
        const int high = digit(hex[i]);
        const int low = digit(hex[i + 1]);
        if (high < 0 || low < 0) {
            return std::nullopt;
        }
        bytes += static_cast<char>(high * 16 + low);
    }
    return bytes;
}

// Every entry this copy holds that is behind (or is) one of `heads`.
std::unordered_set<std::string> Ancestry(const std::vector<StoredEntry>& log, const std::vector<std::string>& heads) {
    std::unordered_map<std::string, std::vector<std::string>> parents;
    for (const auto& stored : log) {
        parents[stored.hash] = DecodeEntry(stored.body).parents;
    }
    std::unordered_set<std::string> seen;
    std::vector<std::string> stack;
    for (const auto& head : heads) {
        if (parents.count(head) != 0) {
            stack.push_back(head);
        }
    }
    while (!stack.empty()) {
        std::string hash = std::move(stack.back());
        stack.pop_back();
        if (!seen.insert(hash).second) {
            continue;
        }
        for (const auto& parent : parents[hash]) {
            stack.push_back(parent);
        }
    }
    return seen;
}

std::vector<std::string> ParseMark(const std::string& mark) {
    std::vector<std::string> heads;
    std::stringstream stream(mark);
    std::string part;
    while (std::getline(stream, part, '+')) {
        if (!IsHashHex(part)) {
            throw UserError(Format(Tr("'{0}' is not a mark: give what `ziwb exchange mark` prints on the receiving "
                                      "copy"),
                                   {OneLine(mark)}));
        }
        heads.push_back(part);
    }
    return heads;
}

class Reader {
public:
    Reader(std::string data, std::string name) : m_data(std::move(data)), m_name(std::move(name)) {}

    std::string_view Line() {
        const auto end = m_data.find('\n', m_at);
        if (end == std::string::npos) {
            Fail(Tr("it ends in the middle (the file was cut short)"));
        }
        std::string_view line(m_data.data() + m_at, end - m_at);
        m_at = end + 1;
        return line;
    }
    std::string_view Bytes(std::size_t count) {
        if (m_data.size() - m_at < count + 1 || m_data[m_at + count] != '\n') {
            Fail(Tr("it ends in the middle of an entry (the file was cut short)"));
        }
        std::string_view bytes(m_data.data() + m_at, count);
        m_at += count + 1;
        return bytes;
    }
    [[nodiscard]] std::size_t Position() const { return m_at; }
    [[nodiscard]] std::string_view Before(std::size_t position) const { return {m_data.data(), position}; }
    [[nodiscard]] bool AtEnd() const { return m_at == m_data.size(); }
    [[noreturn]] void Fail(const std::string& reason) const {
        throw UserError(Format(Tr("{0} is not a usable exchange file: {1}. Nothing was applied; ask for the file "
                                  "again"),
                               {m_name, reason}));
    }

private:
    std::string m_data;
    std::string m_name;
    std::size_t m_at = 0;
};

std::vector<std::string> Split(std::string_view line) {
    std::vector<std::string> words;
    std::size_t at = 0;
    while (at <= line.size()) {
        const auto space = line.find(' ', at);
        const auto end = space == std::string_view::npos ? line.size() : space;
        words.emplace_back(line.substr(at, end - at));
        at = end + 1;
    }
    return words;
}

std::string Describe(const LogEntry& entry) {
    return entry.time + ", " + OneLine(entry.author_name.empty() ? std::string("?") : entry.author_name) + ": " +
           OneLine(entry.summary);
}

// The framing, hash, format and assessment of every entry of an exchange file, and its end.
void ReadEntries(Reader& reader, const std::string& expected_workspace_id, std::vector<ReceivedEntry>& entries,
                 std::vector<ReceivedBlob>& blobs) {
    for (;;) {
        const std::size_t line_start = reader.Position();
        const auto words = Split(reader.Line());
        if (words.size() == 3 && words[0] == "blob") {
            if (!IsHashHex(words[1]) || words[2].empty() || words[2].size() > 10 ||
                !std::all_of(words[2].begin(), words[2].end(), [](char c) { return c >= '0' && c <= '9'; })) {
                reader.Fail(Tr("a file in it is not framed as a file"));
            }
            ReceivedBlob blob{words[1], std::string(reader.Bytes(std::stoull(words[2])))};
            if (Sha256::HexOf(blob.bytes) != blob.sha256) {
                reader.Fail(Format(Tr("the file {0} in it does not match its SHA-256"), {ShortHash(words[1])}));
            }
            blobs.push_back(std::move(blob));
            continue;
        }
        if (words.size() == 3 && words[0] == "end") {
            if (words[1] != std::to_string(entries.size()) || words[2] != Sha256::HexOf(reader.Before(line_start))) {
                reader.Fail(Tr("its checksum does not match its content (it was edited or damaged)"));
            }
            if (!reader.AtEnd()) {
                reader.Fail(Tr("something follows its end"));
            }
            break;
        }
        if (words.size() != 4 || words[0] != "entry" || !IsHashHex(words[1]) || words[3].empty() ||
            words[3].size() > 9 ||
            !std::all_of(words[3].begin(), words[3].end(), [](char c) { return c >= '0' && c <= '9'; })) {
            reader.Fail(Format(Tr("line {0} of its framing is not an entry"), {std::to_string(entries.size() + 3)}));
        }
        ReceivedEntry received;
        received.stored.hash = words[1];
        received.stored.body = std::string(reader.Bytes(std::stoul(words[3])));
        if (words[2] != "-") {
            const auto signature = FromHex(words[2]);
            if (!signature || signature->size() != 64) {
                reader.Fail(Format(Tr("entry {0} has a signature that is not 64 bytes"), {ShortHash(words[1])}));
            }
            received.stored.signature = *signature;
        }
        if (EntryHash(received.stored.body) != received.stored.hash) {
            reader.Fail(Format(Tr("entry {0} does not match its hash"), {ShortHash(words[1])}));
        }
        try {
            received.entry = DecodeEntry(received.stored.body);
        } catch (const LogFormatError& bad) {
            reader.Fail(Format(Tr("entry {0}: {1}"), {ShortHash(words[1]), bad.what()}));
        }
        if (received.entry.workspace_id != expected_workspace_id) {
            reader.Fail(Format(Tr("entry {0} belongs to another assessment"), {ShortHash(words[1])}));
        }
        entries.push_back(std::move(received));
    }
}

// The entries of `other` that this copy lacks, each checked for its hash and format.
void LoadUnheld(SQLite::Database& db, SQLite::Database& mine, const std::filesystem::path& other,
                std::vector<ReceivedEntry>& entries) {
    StatementCache mine_statements(mine);
    for (auto& stored : LoadLog(db)) {
        if (HasEntry(mine_statements, stored.hash)) {
            continue;  // held already: the entry this copy holds is the one that counts
        }
        ReceivedEntry received;
        if (EntryHash(stored.body) != stored.hash) {
            throw UserError(Format(Tr("{0}: entry {1} does not match its hash; nothing was merged"),
                                   {PathToUtf8(other), ShortHash(stored.hash)}));
        }
        try {
            received.entry = DecodeEntry(stored.body);
        } catch (const LogFormatError& bad) {
            throw UserError(Format(Tr("{0}: entry {1}: {2}; nothing was merged"),
                                   {PathToUtf8(other), ShortHash(stored.hash), bad.what()}));
        }
        received.stored = std::move(stored);
        entries.push_back(std::move(received));
    }
}

}  // namespace

void FilesNamedBy(const LogEntry& entry, std::set<std::string>& files) {
    for (const auto& write : entry.writes) {
        if (write.key.starts_with("evidence/") && write.key.ends_with("/file")) {
            files.insert(write.value.at("sha256").get<std::string>());
        } else if (write.key == kLetterheadKey && write.value.at("logo").is_object()) {
            // The letterhead's logo travels like an evidence file.
            files.insert(write.value.at("logo").at("sha256").get<std::string>());
        }
    }
}

std::optional<std::size_t> FirstBadSignature(const std::vector<ReceivedEntry>& entries) {
    std::vector<const StoredEntry*> stored;
    std::vector<const LogEntry*> decoded;
    for (const auto& received : entries) {
        stored.push_back(&received.stored);
        decoded.push_back(&received.entry);
    }
    const auto valid = SignaturesHold(stored, decoded);
    const auto bad = std::find(valid.begin(), valid.end(), 0);
    if (bad == valid.end()) {
        return std::nullopt;
    }
    return static_cast<std::size_t>(bad - valid.begin());
}

std::string ExchangeMark(Workspace& workspace) {
    return GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        std::string mark;
        for (const auto& head : LogHeads(workspace.Database())) {
            mark += (mark.empty() ? "" : "+") + head;
        }
        return mark;
    });
}

std::string MarkOfOtherLayers(Workspace& workspace, const std::string& layer) {
    const auto log = GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Transaction snapshot(workspace.Database());
        return LoadLog(workspace.Database());
    });
    // The heads of the other layers' entries: those no other entry of another layer follows.
    std::vector<std::string> others;
    std::set<std::string> followed;
    for (const auto& stored : log) {
        const LogEntry entry = DecodeEntry(stored.body);
        if (entry.layer == layer) {
            continue;
        }
        others.push_back(stored.hash);
        followed.insert(entry.parents.begin(), entry.parents.end());
    }
    std::string mark;
    for (const auto& hash : others) {
        if (followed.count(hash) == 0) {
            mark += (mark.empty() ? "" : "+") + hash;
        }
    }
    return mark;
}

namespace {

/// The entries of `workspace` an export sends, in log order, and the files that travel with them.
struct Selection {
    std::string workspace_id;
    std::vector<StoredEntry> entries;
    std::vector<std::string> descriptions;  ///< Describe() of each entry
    std::set<std::string> files;
    long long last_seq = 0;  ///< the newest entry of the log, sent or not
};

Selection SelectForExport(SQLite::Database& db, const std::optional<std::string>& since, bool with_evidence,
                          const std::optional<std::string>& only_layer) {
    const auto receiver_heads = since ? ParseMark(*since) : std::vector<std::string>{};
    Selection selection;
    std::vector<StoredEntry> log;
    {
        SQLite::Transaction snapshot(db);
        log = LoadLog(db);
        selection.workspace_id = WorkspaceId(db);
    }
    const auto held = Ancestry(log, receiver_heads);
    std::set<std::string> sent;
    for (auto& stored : log) {
        selection.last_seq = stored.seq;
        if (held.count(stored.hash) != 0) {
            continue;
        }
        const LogEntry entry = DecodeEntry(stored.body);
        if (only_layer) {
            if (entry.layer != *only_layer) {
                continue;
            }
            for (const auto& parent : entry.parents) {
                if (held.count(parent) == 0 && sent.count(parent) == 0) {
                    throw UserError(Format(Tr("the {0} changes follow changes of other layers the receiver "
                                              "does not hold yet ({1}); send them without --layer"),
                                           {*only_layer, OneLine(entry.summary)}));
                }
            }
        }
        sent.insert(stored.hash);
        if (with_evidence) {
            FilesNamedBy(entry, selection.files);
        }
        selection.descriptions.push_back(Describe(entry));
        selection.entries.push_back(std::move(stored));
    }
    return selection;
}

}  // namespace

ExportPlan PlanExport(Workspace& workspace, const std::optional<std::string>& since, bool with_evidence,
                      const std::optional<std::string>& only_layer) {
    return GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Database& db = workspace.Database();
        Selection selection = SelectForExport(db, since, with_evidence, only_layer);
        ExportPlan plan;
        plan.entries = std::move(selection.descriptions);
        SQLite::Statement blob(db, "SELECT size FROM blob WHERE sha256 = ? AND (chunks > 0 OR size = 0)");
        for (const auto& sha256 : selection.files) {
            blob.bind(1, sha256);
            if (blob.executeStep()) {
                ++plan.files;
                plan.file_bytes += static_cast<std::uintmax_t>(blob.getColumn(0).getInt64());
            }
            blob.reset();
        }
        return plan;
    });
}

ExportSummary ExportChanges(Workspace& workspace, const std::filesystem::path& out,
                            const std::optional<std::string>& since, bool with_evidence,
                            const std::optional<std::string>& only_layer) {
    return GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Database& db = workspace.Database();
        const Selection selection = SelectForExport(db, since, with_evidence, only_layer);
        std::string text(kMagic);
        text += "workspace " + selection.workspace_id + "\n";
        ExportSummary summary;
        for (const auto& stored : selection.entries) {
            text += "entry " + stored.hash + " " + (stored.signature.empty() ? "-" : BytesToHex(stored.signature)) +
                    " " + std::to_string(stored.body.size()) + "\n";
            text += stored.body;
            text += "\n";
            ++summary.entries;
        }
        SQLite::Statement blob(db, "SELECT id, size FROM blob WHERE sha256 = ? AND (chunks > 0 OR size = 0)");
        for (const auto& sha256 : selection.files) {
            blob.bind(1, sha256);
            if (blob.executeStep()) {
                if (text.size() + static_cast<std::size_t>(blob.getColumn(1).getInt64()) > kMaxExchangeBytes) {
                    throw UserError(
                        Tr("the changes with their evidence files are larger than 512 MiB: send them "
                           "with --without-evidence, and the files as a copy of the workspace"));
                }
                text += "blob " + sha256 + " " + std::to_string(blob.getColumn(1).getInt64()) + "\n";
                const std::string read =
                    ReadBlob(db, blob.getColumn(0).getInt64(), [&](std::span<const std::byte> bytes) {
                        text.append(reinterpret_cast<const char*>(bytes.data()), bytes.size());
                    });
                if (read != sha256) {
                    throw WorkspaceError(
                        Format(Tr("the stored file {0} is damaged; run ziwb evidence verify"), {ShortHash(sha256)}));
                }
                text += "\n";
                ++summary.files;
            }
            blob.reset();
        }
        text += "end " + std::to_string(summary.entries) + " " + Sha256::HexOf(text) + "\n";
        WriteFileSafely(out, text, Overwrite::Refused);
        summary.bytes = text.size();
        // Entries that left this copy are not amended any more: a later pause in typing adds one.
        if (!workspace.IsReadOnly()) {
            SQLite::Statement shared(db,
                                     "INSERT INTO meta (key, value) VALUES ('shared_through_seq', ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
            shared.bind(1, std::to_string(selection.last_seq));
            shared.exec();
        }
        return summary;
    });
}

std::vector<ReceivedEntry> ReadExchangeFile(const std::filesystem::path& file,
                                            const std::string& expected_workspace_id) {
    return ReadExchange(file, expected_workspace_id).entries;
}

ExchangeContent ReadExchange(const std::filesystem::path& file, const std::string& expected_workspace_id) {
    const std::string name = PathToUtf8(file);
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    if (error) {
        throw UserError(Format(Tr("cannot read {0}: {1}"), {name, error.message()}));
    }
    if (size > kMaxExchangeBytes) {
        throw UserError(
            Format(Tr("{0} is larger than 512 MiB, which no exchange file is; nothing was applied"), {name}));
    }
    std::ifstream in(file, std::ios::binary);
    std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) {
        throw UserError(Format(Tr("cannot read {0}"), {name}));
    }
    Reader reader(std::move(data), name);
    if (reader.Line() != kMagic.substr(0, kMagic.size() - 1)) {
        reader.Fail(Tr("it does not start as an exchange file of ZI Workbench does"));
    }
    const auto workspace_line = Split(reader.Line());
    if (workspace_line.size() != 2 || workspace_line[0] != "workspace" || !IsWorkspaceIdHex(workspace_line[1])) {
        reader.Fail(Tr("its second line does not name a workspace"));
    }
    if (workspace_line[1] != expected_workspace_id) {
        throw UserError(Format(Tr("{0} holds changes of another assessment (workspace {1}, this one is {2}); nothing "
                                  "was applied"),
                               {name, workspace_line[1], expected_workspace_id}));
    }
    ExchangeContent content;
    auto& entries = content.entries;
    // The signatures are checked together, on every core, once the framing is read. A file refused
    // for its framing at one entry is still refused for the first bad signature before it, as a
    // reading that checks each entry in turn would.
    const auto check_signatures = [&] {
        if (const auto bad = FirstBadSignature(entries)) {
            reader.Fail(Format(Tr("the signature of entry {0} by {1} is not valid"),
                               {ShortHash(entries[*bad].stored.hash), OneLine(entries[*bad].entry.author_name)}));
        }
    };
    try {
        ReadEntries(reader, expected_workspace_id, entries, content.blobs);
    } catch (const UserError&) {
        check_signatures();
        throw;
    }
    check_signatures();
    return content;
}

ImportSummary ImportEntries(Workspace& workspace, const std::vector<ReceivedEntry>& entries, bool dry_run,
                            const std::vector<ReceivedBlob>& blobs) {
    if (workspace.IsReadOnly() && !dry_run) {
        throw WorkspaceError(Tr("the workspace is open for reading only; nothing was applied"));
    }
    return GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Database& db = workspace.Database();
        SQLite::Transaction transaction(
            db, dry_run ? SQLite::TransactionBehavior::DEFERRED : SQLite::TransactionBehavior::IMMEDIATE);
        StatementCache statements(db);
        ImportSummary summary;
        summary.received = entries.size();
        // Which entries are new, and an order in which each follows its parents (Kahn's algorithm;
        // ties by time and hash, so every copy applies a batch in the same order).
        std::map<std::string, const ReceivedEntry*> pending;
        for (const auto& received : entries) {
            if (HasEntry(statements, received.stored.hash) || pending.count(received.stored.hash) != 0) {
                ++summary.already_held;
                continue;
            }
            pending.emplace(received.stored.hash, &received);
        }
        std::set<std::pair<std::string, std::string>> ready;  // (time, hash)
        std::unordered_map<std::string, std::size_t> waiting_for;
        std::unordered_map<std::string, std::vector<std::string>> followers;
        for (const auto& [hash, received] : pending) {
            std::size_t missing = 0;
            for (const auto& parent : received->entry.parents) {
                if (pending.count(parent) != 0) {
                    ++missing;
                    followers[parent].push_back(hash);
                } else if (!HasEntry(statements, parent)) {
                    throw UserError(Format(Tr("entry {0} follows {1}, which neither this copy nor the file holds; "
                                              "nothing was applied. Receive the earlier changes first"),
                                           {ShortHash(hash), ShortHash(parent)}));
                }
            }
            waiting_for[hash] = missing;
            if (missing == 0) {
                ready.emplace(received->entry.time, hash);
            }
        }
        std::vector<const ReceivedEntry*> order;
        while (!ready.empty()) {
            const auto next = *ready.begin();
            ready.erase(ready.begin());
            order.push_back(pending.at(next.second));
            for (const auto& follower : followers[next.second]) {
                if (--waiting_for[follower] == 0) {
                    ready.emplace(pending.at(follower)->entry.time, follower);
                }
            }
        }
        if (order.size() != pending.size()) {
            throw UserError(
                Tr("the received entries follow each other in a circle, which no real log does; nothing "
                   "was applied"));
        }
        const std::string workspace_id = WorkspaceId(db);
        TeamRegisterMemo register_memo;
        for (const ReceivedEntry* received : order) {
            const LogEntry& entry = received->entry;
            const auto refuse = [&](const std::string& reason) {
                return UserError(Format(Tr("entry {0} ({1}) is refused: {2}. Nothing was applied"),
                                        {ShortHash(received->stored.hash), Describe(entry), reason}));
            };
            if (entry.workspace_id != workspace_id) {
                throw refuse(Tr("it belongs to another assessment"));
            }
            try {
                ValidateWrites(workspace.FormInUse(), entry);
            } catch (const LogFormatError& bad) {
                throw refuse(bad.what());
            }
            for (const auto& write : entry.writes) {
                for (const auto& replaced : write.replaces) {
                    if (!HasEntry(statements, replaced)) {
                        throw refuse(Format(Tr("it replaces {0}, which it does not follow"), {ShortHash(replaced)}));
                    }
                }
            }
            if (const auto refusal = RefusalReason(statements, workspace.FormInUse(), entry, &register_memo)) {
                throw refuse(*refusal);
            }
            StoreEntry(statements, received->stored.hash, received->stored.body, received->stored.signature);
            ProjectEntry(statements, workspace.FormInUse(), entry, received->stored.hash);
            register_memo.AfterProjecting(entry);
            summary.applied.push_back(Describe(entry));
        }
        for (const auto& blob : blobs) {
            if (!BlobReceived(db, blob.sha256)) {
                BlobWriter writer(db);
                writer.Write(blob.bytes);
                (void)writer.Finish();
                ++summary.files_received;
            }
        }
        summary.files_missing = static_cast<std::size_t>(
            db.execAndGet("SELECT COUNT(*) FROM blob WHERE chunks = 0 AND size > 0 AND sha256 NOT LIKE 'pending-%'")
                .getInt64());
        summary.conflicts = LoadConflicts(db);
        if (!dry_run) {
            transaction.commit();
        }
        return summary;
    });
}

ImportSummary MergeCopy(Workspace& workspace, const std::filesystem::path& other, bool dry_run) {
    Workspace copy = Workspace::Open(other, Workspace::Access::ReadOnly);
    if (copy.SchemaVersion() < 4) {
        throw UserError(Format(Tr("{0} is in the format from before the log: open it for writing once with this "
                                  "version, then merge it"),
                               {PathToUtf8(other)}));
    }
    const std::string mine =
        GuardSqlite(PathToUtf8(workspace.Path()), [&] { return WorkspaceId(workspace.Database()); });
    std::vector<ReceivedEntry> entries;
    std::vector<ReceivedBlob> blobs;
    GuardSqlite(PathToUtf8(other), [&] {
        SQLite::Database& db = copy.Database();
        SQLite::Transaction snapshot(db);
        if (WorkspaceId(db) != mine) {
            throw UserError(Format(Tr("{0} is a copy of another assessment; nothing was merged"), {PathToUtf8(other)}));
        }
        // As in ReadExchangeFile: the signatures on every core, the first bad one still named first.
        const auto check_signatures = [&] {
            if (const auto bad = FirstBadSignature(entries)) {
                throw UserError(Format(Tr("{0}: the signature of entry {1} is not valid; nothing was merged"),
                                       {PathToUtf8(other), ShortHash(entries[*bad].stored.hash)}));
            }
        };
        try {
            LoadUnheld(db, workspace.Database(), other, entries);
        } catch (const UserError&) {
            check_signatures();
            throw;
        }
        check_signatures();
        // The files this copy lacks and the other holds: those its entries name, and those that
        // arrived here earlier without their content.
        std::set<std::string> wanted;
        for (const auto& received : entries) {
            for (const auto& write : received.entry.writes) {
                if (write.key.starts_with("evidence/") && write.key.ends_with("/file")) {
                    wanted.insert(write.value.at("sha256").get<std::string>());
                }
            }
        }
        SQLite::Statement missing(
            workspace.Database(),
            "SELECT sha256 FROM blob WHERE chunks = 0 AND size > 0 AND sha256 NOT LIKE 'pending-%'");
        while (missing.executeStep()) {
            wanted.insert(missing.getColumn(0).getString());
        }
        SQLite::Statement theirs(db, "SELECT id FROM blob WHERE sha256 = ? AND (chunks > 0 OR size = 0)");
        for (const auto& sha256 : wanted) {
            if (BlobReceived(workspace.Database(), sha256)) {
                continue;
            }
            theirs.bind(1, sha256);
            if (theirs.executeStep()) {
                ReceivedBlob blob{sha256, {}};
                const std::string read =
                    ReadBlob(db, theirs.getColumn(0).getInt64(), [&](std::span<const std::byte> bytes) {
                        blob.bytes.append(reinterpret_cast<const char*>(bytes.data()), bytes.size());
                    });
                if (read == sha256) {  // a damaged file of theirs stays "not received" here
                    blobs.push_back(std::move(blob));
                }
            }
            theirs.reset();
        }
    });
    return ImportEntries(workspace, entries, dry_run, blobs);
}

}  // namespace ziwb::core
