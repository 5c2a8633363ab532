// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace ziwb::gui {

/// Who has a workspace open in a workbench, as its lock file says.
struct LockHolder {
    std::string author;  ///< the user name recorded as author
    std::string host;
    std::string since;  ///< ISO 8601 UTC
    long pid = 0;
    std::string token;  ///< tells one window's note from another's in the same program
};

/// A note beside the workspace (".name.ziwb.lock", as office suites do) saying that a workbench has
/// it open and who. It protects nothing by itself: SQLite keeps the file consistent, and every
/// workbench shows changes made elsewhere. It lets a second opener be told, by whom. The note is
/// removed when the holder closes; one left by a program that died (same host, pid gone) is stale
/// and ignored. On read-only media no note can be written, and none is needed.
class WorkspaceLock {
public:
    WorkspaceLock() = default;
    explicit WorkspaceLock(std::filesystem::path workspace);
    WorkspaceLock(WorkspaceLock&& other) noexcept;
    WorkspaceLock& operator=(WorkspaceLock&& other) noexcept;
    WorkspaceLock(const WorkspaceLock&) = delete;
    WorkspaceLock& operator=(const WorkspaceLock&) = delete;
    ~WorkspaceLock();

    /// Who else holds the workspace now (not this process), if anyone.
    [[nodiscard]] static std::optional<LockHolder> OtherHolder(const std::filesystem::path& workspace);
    [[nodiscard]] static std::filesystem::path LockPathOf(const std::filesystem::path& workspace);

private:
    void Release() noexcept;
    std::filesystem::path m_lock;  ///< empty when no note was written
    std::string m_token;
};

}  // namespace ziwb::gui
