// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/blob_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <fstream>
#include <random>
#include <vector>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/progress.hpp"
#include "common/sha256.hpp"
#include "common/text.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

BlobWriter::BlobWriter(SQLite::Database& db) : m_db(db) {
    // The content's hash is known only at the end, so the chunks go under a fresh blob row whose
    // hash is a placeholder until then; if the content turns out to be stored already, this copy
    // is dropped again. All of it is inside the caller's transaction.
    std::random_device random;
    SQLite::Statement create(db, "INSERT INTO blob (sha256, size, chunks, created_at) VALUES (?, 0, 0, ?)");
    create.bind(1, "pending-" + std::to_string(random()) + std::to_string(random()));
    create.bind(2, NowUtc());
    create.exec();
    m_blob_id = db.getLastInsertRowid();
}

void BlobWriter::Write(std::string_view bytes) {
    SQLite::Statement insert(m_db, "INSERT INTO blob_chunk (blob_id, seq, data) VALUES (?, ?, ?)");
    while (!bytes.empty()) {
        const auto part = bytes.substr(0, kChunkSize);
        m_hasher.Update(std::as_bytes(std::span<const char>(part.data(), part.size())));
        insert.bind(1, m_blob_id);
        insert.bind(2, m_chunks++);
        insert.bind(3, part.data(), static_cast<int>(part.size()));
        insert.exec();
        insert.reset();
        m_size += part.size();
        bytes.remove_prefix(part.size());
    }
}

StoredBlob BlobWriter::Finish() {
    StoredBlob stored{m_blob_id, m_hasher.FinishHex(), m_size, false};
    SQLite::Statement existing(m_db, "SELECT id, chunks = 0 AND size > 0 FROM blob WHERE sha256 = ?");
    existing.bind(1, stored.sha256);
    if (existing.executeStep()) {
        stored.id = existing.getColumn(0).getInt64();
        const bool placeholder = existing.getColumn(1).getInt() != 0;
        existing.reset();
        // An entry named this content before it arrived: its row gets the chunks now. Otherwise the
        // content is stored already and this copy goes.
        if (placeholder) {
            SQLite::Statement move(m_db, "UPDATE blob_chunk SET blob_id = ? WHERE blob_id = ?");
            move.bind(1, stored.id);
            move.bind(2, m_blob_id);
            move.exec();
        } else {
            SQLite::Statement drop_chunks(m_db, "DELETE FROM blob_chunk WHERE blob_id = ?");
            drop_chunks.bind(1, m_blob_id);
            drop_chunks.exec();
        }
        SQLite::Statement drop(m_db, "DELETE FROM blob WHERE id = ?");
        drop.bind(1, m_blob_id);
        drop.exec();
        if (placeholder) {
            SQLite::Statement complete(m_db, "UPDATE blob SET size = ?, chunks = ? WHERE id = ?");
            complete.bind(1, static_cast<std::int64_t>(m_size));
            complete.bind(2, m_chunks);
            complete.bind(3, stored.id);
            complete.exec();
        } else {
            stored.already_stored = true;
        }
        return stored;
    }
    SQLite::Statement finish(m_db, "UPDATE blob SET sha256 = ?, size = ?, chunks = ? WHERE id = ?");
    finish.bind(1, stored.sha256);
    finish.bind(2, static_cast<std::int64_t>(m_size));
    finish.bind(3, m_chunks);
    finish.bind(4, m_blob_id);
    finish.exec();
    return stored;
}

StoredBlob StoreBlob(SQLite::Database& db, const std::filesystem::path& path, ProgressSink& progress,
                     std::uint64_t progress_base, std::uint64_t progress_total) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw UserError(
            Format(Tr("{0} cannot be read: check that you have permission to read it"), {PathToUtf8(path)}));
    }
    BlobWriter writer(db);
    std::vector<char> buffer(kChunkSize);
    std::uint64_t size = 0;
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        const auto got = static_cast<std::size_t>(in.gcount());
        if (got == 0) {
            break;
        }
        if (progress.CancelRequested()) {
            throw Cancelled(Tr("cancelled; the file being stored was not kept"));
        }
        writer.Write(std::string_view(buffer.data(), got));
        size += got;
        progress.Report(progress_base + size, progress_total, PathToUtf8(path.filename()));
    }
    if (in.bad()) {
        throw UserError(Format(Tr("{0} could not be read to the end (a disk or network error)"), {PathToUtf8(path)}));
    }
    return writer.Finish();
}

std::string MissingPartProblem(int part) {
    return Format(Tr("part {0} of a stored file is missing"), {std::to_string(part + 1)});
}

std::string ReadBlob(SQLite::Database& db, std::int64_t blob_id,
                     const std::function<void(std::span<const std::byte>)>& consume) {
    SQLite::Statement info(db, "SELECT chunks FROM blob WHERE id = ?");
    info.bind(1, blob_id);
    if (!info.executeStep()) {
        throw Error(Format(Tr("stored file {0} is missing from the workspace"), {std::to_string(blob_id)}));
    }
    const int chunks = info.getColumn(0).getInt();
    SQLite::Statement query(db, "SELECT seq, data FROM blob_chunk WHERE blob_id = ? ORDER BY seq");
    query.bind(1, blob_id);
    Sha256 hasher;
    int expected = 0;
    while (query.executeStep()) {
        if (query.getColumn(0).getInt() != expected) {
            throw Error(MissingPartProblem(expected));
        }
        const SQLite::Column data = query.getColumn(1);
        const auto bytes = std::span<const std::byte>(static_cast<const std::byte*>(data.getBlob()),
                                                      static_cast<std::size_t>(data.getBytes()));
        hasher.Update(bytes);
        consume(bytes);
        ++expected;
    }
    if (expected != chunks) {
        throw Error(MissingPartProblem(expected));
    }
    return hasher.FinishHex();
}

}  // namespace ziwb::core
