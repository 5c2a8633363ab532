// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "common/sha256.hpp"

namespace SQLite {
class Database;
}

namespace ziwb::core {

class ProgressSink;

/// File contents inside the workspace, stored once per SHA-256 in 1 MiB chunks. Only a chunk is
/// ever in memory, so a 2 GB video is as easy as a letter, and no row comes near SQLite's size
/// limit. Callers run these inside their own transaction: a killed or cancelled store leaves
/// nothing behind.
inline constexpr std::size_t kChunkSize = 1 << 20;

struct StoredBlob {
    std::int64_t id = 0;
    std::string sha256;
    std::uint64_t size = 0;
    bool already_stored = false;  ///< the same content was in the workspace before
};

/// Writes one content into the store in chunks, hashing it on the way; Finish() names it by its
/// SHA-256, keeps one copy per content, and completes a row an entry made before the content
/// arrived. Inside the caller's transaction.
class BlobWriter {
public:
    explicit BlobWriter(SQLite::Database& db);
    void Write(std::string_view bytes);
    StoredBlob Finish();

private:
    SQLite::Database& m_db;
    std::int64_t m_blob_id = 0;
    Sha256 m_hasher;
    std::uint64_t m_size = 0;
    int m_chunks = 0;
};

/// Streams a file into the store, hashing it on the way. `done` reports bytes stored so far.
StoredBlob StoreBlob(SQLite::Database& db, const std::filesystem::path& path, ProgressSink& progress,
                     std::uint64_t progress_base, std::uint64_t progress_total);

/// What a stored file lacking its part `part` (counted from 0) reports: ReadBlob and verify say it alike.
[[nodiscard]] std::string MissingPartProblem(int part);

/// Feeds a blob's chunks in order to `consume`; returns its SHA-256 as read. Throws Error when a
/// chunk is missing.
std::string ReadBlob(SQLite::Database& db, std::int64_t blob_id,
                     const std::function<void(std::span<const std::byte>)>& consume);

}  // namespace ziwb::core
