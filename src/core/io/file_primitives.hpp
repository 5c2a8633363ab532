// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The operating-system calls SafeFile and SafeFolder are built from, one implementation for POSIX
// and one for Windows (wide-character APIs), so that safe_file.cpp holds the rules and no #ifdef.
// Every call reports failure through `error` (an errno or Windows error code) and never throws.

#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>

namespace ziwb::core::file_primitives {

/// What is at a path, without following a link.
enum class EntryKind { Missing, File, Folder, Link, Other };

[[nodiscard]] EntryKind KindOf(const std::filesystem::path& path, std::error_code& error);

/// A file created new (never an existing one, never through a link), open for writing. Others may
/// open it by name meanwhile (libraries that write by name).
class NewFile {
public:
    NewFile() = default;
    NewFile(const NewFile&) = delete;
    NewFile& operator=(const NewFile&) = delete;
    NewFile(NewFile&& other) noexcept;
    NewFile& operator=(NewFile&& other) noexcept;
    ~NewFile();

    [[nodiscard]] static NewFile Create(const std::filesystem::path& path, std::error_code& error);
    [[nodiscard]] bool IsOpen() const;
    /// Writes all of `bytes`; false with `error` set when it could not.
    bool Write(std::string_view bytes, std::error_code& error);
    void Close() noexcept;

private:
#ifdef _WIN32
    void* m_handle = nullptr;
#else
    int m_fd = -1;
#endif
};

/// Flushes the file at `path` (as written by anyone) to the disk.
bool SyncFile(const std::filesystem::path& path, std::error_code& error);
/// Flushes a folder's entries to the disk where the system allows it. False when it could not
/// (a network share that refuses to sync a folder); callers that rename either way ignore it.
bool SyncFolder(const std::filesystem::path& folder) noexcept;
/// Renames, never replacing what is at `to` (error file_exists when something is there).
bool RenameNoReplace(const std::filesystem::path& from, const std::filesystem::path& to, bool is_folder,
                     std::error_code& error);
/// Renames, replacing a file at `to` (or an empty folder, for a folder).
bool RenameReplacing(const std::filesystem::path& from, const std::filesystem::path& to, std::error_code& error);
bool MakeFolder(const std::filesystem::path& path, std::error_code& error);
void RemoveFile(const std::filesystem::path& path) noexcept;

/// The system's message for `error`, as UTF-8.
[[nodiscard]] std::string Message(const std::error_code& error);

/// A name of `path` that a C library opening files with narrow (ANSI) calls can open: on POSIX the
/// path itself; on Windows the path when it is ASCII, else its short (8.3) form, which must exist.
/// Empty when there is none (short names turned off on that disk).
[[nodiscard]] std::string NarrowNameForCLibrary(const std::filesystem::path& path);

}  // namespace ziwb::core::file_primitives
