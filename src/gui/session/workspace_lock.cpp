// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/workspace_lock.hpp"

#include <fstream>
#include <random>
#include <sstream>
#include <system_error>
#include <utility>

#include "common/platform.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::gui {

namespace {

/// One "key=value" per line; unknown keys are ignored.
std::optional<LockHolder> ReadLock(const std::filesystem::path& lock) {
    std::ifstream in(lock);
    if (!in) {
        return std::nullopt;
    }
    LockHolder holder;
    std::string line;
    int lines = 0;
    while (std::getline(in, line) && ++lines < 16) {
        const auto equals = line.find('=');
        if (equals == std::string::npos) {
            continue;
        }
        const std::string key = line.substr(0, equals);
        std::string value = line.substr(equals + 1, 200);
        if (key == "author") {
            holder.author = std::move(value);
        } else if (key == "host") {
            holder.host = std::move(value);
        } else if (key == "since") {
            holder.since = std::move(value);
        } else if (key == "token") {
            holder.token = std::move(value);
        } else if (key == "pid") {
            try {
                holder.pid = std::stol(value);
            } catch (const std::exception&) {
                holder.pid = 0;
            }
        }
    }
    return holder;
}

bool IsAlive(const LockHolder& holder) {
    if (holder.host != core::ComputerName() || holder.pid <= 0) {
        return true;  // another computer's program: cannot be checked, so believed
    }
    return core::ProcessIsRunning(holder.pid);
}

}  // namespace

std::filesystem::path WorkspaceLock::LockPathOf(const std::filesystem::path& workspace) {
    // Built from paths, not narrow strings: on Windows a narrow string is the ANSI code page.
    auto name = std::filesystem::path(".");
    name += workspace.filename();
    name += ".lock";
    return workspace.parent_path() / name;
}

std::optional<LockHolder> WorkspaceLock::OtherHolder(const std::filesystem::path& workspace) {
    auto holder = ReadLock(LockPathOf(workspace));
    // Our own pid means another window of this program: the note is removed when a window closes.
    if (!holder || !IsAlive(*holder)) {
        return std::nullopt;
    }
    return holder;
}

WorkspaceLock::WorkspaceLock(std::filesystem::path workspace) {
    const auto lock = LockPathOf(workspace);
    auto temporary = lock;
    temporary += "." + std::to_string(core::CurrentProcessId());
    {
        std::ofstream out(temporary, std::ios::trunc);
        if (!out) {
            return;  // read-only media or folder: nothing to note
        }
        m_token = std::to_string(std::random_device()());
        out << "author=" << core::DefaultAuthor() << "\nhost=" << core::ComputerName()
            << "\npid=" << core::CurrentProcessId() << "\nsince=" << core::NowUtc() << "\ntoken=" << m_token << "\n";
        if (!out.flush()) {
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            return;
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, lock, error);
    if (error) {
        std::filesystem::remove(temporary, error);
        return;
    }
    m_lock = lock;
}

WorkspaceLock::WorkspaceLock(WorkspaceLock&& other) noexcept
    : m_lock(std::exchange(other.m_lock, {})), m_token(std::exchange(other.m_token, {})) {}

WorkspaceLock& WorkspaceLock::operator=(WorkspaceLock&& other) noexcept {
    if (this != &other) {
        Release();
        m_lock = std::exchange(other.m_lock, {});
        m_token = std::exchange(other.m_token, {});
    }
    return *this;
}

WorkspaceLock::~WorkspaceLock() {
    Release();
}

void WorkspaceLock::Release() noexcept {
    if (m_lock.empty()) {
        return;
    }
    // Only our own note: another workbench may have opened the file after us and written its own.
    const auto holder = ReadLock(m_lock);
    if (holder && holder->token == m_token) {
        std::error_code ignored;
        std::filesystem::remove(m_lock, ignored);
    }
    m_lock.clear();
}

}  // namespace ziwb::gui
