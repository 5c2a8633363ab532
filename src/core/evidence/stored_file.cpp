// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/stored_file.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <span>

#include "common/platform.hpp"
#include "evidence/blob_store.hpp"
#include "evidence/evidence_projection.hpp"
#include "workspace/sqlite_errors.hpp"

namespace ziwb::core {

StoredFileRead ReadStoredFile(Workspace& workspace, const std::string& sha256, std::uint64_t size,
                              std::uint64_t limit) {
    StoredFileRead read;
    std::string actual;
    GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Database& db = workspace.Database();
        SQLite::Statement query(db, "SELECT id FROM blob WHERE sha256 = ?");
        query.bind(1, sha256);
        if (!query.executeStep() || !BlobReceived(db, sha256)) {
            return;
        }
        read.bytes.reserve(static_cast<std::size_t>(std::min(size, limit)));
        actual = ReadBlob(db, query.getColumn(0).getInt64(), [&](std::span<const std::byte> bytes) {
            if (read.bytes.size() + bytes.size() <= limit) {
                read.bytes.append(reinterpret_cast<const char*>(bytes.data()), bytes.size());
            }
        });
    });
    if (actual.empty()) {
        read.bytes.clear();
        return read;
    }
    read.state = actual == sha256 ? StoredFileRead::State::Whole : StoredFileRead::State::Damaged;
    if (read.state == StoredFileRead::State::Damaged) {
        read.bytes.clear();  // never hand on bytes that are not the file's
    }
    return read;
}

}  // namespace ziwb::core
