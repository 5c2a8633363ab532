// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace ziwb::core {

class ProgressSink;

/// One stored file to re-hash, and what was found.
struct BlobCheck {
    std::int64_t id = 0;
    std::string sha256;  ///< as recorded
    std::uint64_t size = 0;
    int chunks = 0;       ///< as recorded
    std::string problem;  ///< empty when the content still has its SHA-256 and size
};

/// Re-hashes stored files on every core of the machine, each thread reading through its own
/// read-only connection to the workspace at `path`. A received workspace is verified before anyone
/// trusts it, so this must run at the speed of SHA-256 itself: the files are read in runs of
/// consecutive ids, one scan of the chunk table each, because every seek into that table reads
/// whole 1 MiB chunks to compare keys. The runs are of about equal size, largest first, so the
/// threads finish together. Progress and cancellation are handled on the calling thread.
void CheckBlobs(const std::filesystem::path& path, std::vector<BlobCheck>& blobs, ProgressSink& progress);

}  // namespace ziwb::core
