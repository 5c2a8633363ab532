// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

#include "workspace/workspace.hpp"

namespace ziwb::core {

/// A file of the vault read into memory for a reader that needs it whole (a preview, a signature
/// check), hashed on the way.
struct StoredFileRead {
    enum class State {
        NotReceived,  ///< an entry named it; its content has not arrived
        Damaged,      ///< its stored chunks no longer hash to its SHA-256
        Whole,
    };
    State state = State::NotReceived;
    std::string bytes;  ///< at most the limit asked for: the start of a larger file
};

/// Reads the stored file whose SHA-256 is `sha256` (`size` bytes, to reserve), hashing all of it
/// and keeping at most `limit` bytes.
[[nodiscard]] StoredFileRead ReadStoredFile(Workspace& workspace, const std::string& sha256, std::uint64_t size,
                                            std::uint64_t limit);

}  // namespace ziwb::core
