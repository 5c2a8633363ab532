// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "io/file_primitives.hpp"

namespace ziwb::core {

/// Whether a file the program writes may replace one that is already there.
enum class Overwrite { Allowed, Refused };

/// The one way the core writes an output file. The content goes to a temporary file beside the
/// target (same folder, so the rename cannot cross file systems), is flushed to the disk (fsync),
/// and is renamed into place; the folder is synced too. A reader therefore sees the old file or the
/// whole new one, never half of it. The target is never written through: a symbolic link, FIFO,
/// device, socket or folder there is refused with a UserError naming the path, and with
/// Overwrite::Refused an existing file is refused too (and never replaced even if it appears
/// while writing).
///
/// Temporary names follow one rule: ".<target name>.writing-<process id>-<random>". A process
/// that was killed leaves such a file (or folder) behind; every later write into the same folder
/// removes the ones whose process no longer runs on this computer (RemoveLeftovers). Names from
/// older versions (".<name>.writing-<digits>", ".<name>.part-<digits>") are removed as well.
class SafeFile {
public:
    SafeFile(std::filesystem::path target, Overwrite overwrite);
    SafeFile(const SafeFile&) = delete;
    SafeFile& operator=(const SafeFile&) = delete;
    /// Removes the temporary file unless Commit() succeeded.
    ~SafeFile();

    /// The temporary file, for libraries that write by name (libxlsxwriter). It exists, empty.
    [[nodiscard]] const std::filesystem::path& TemporaryPath() const { return m_temporary; }
    [[nodiscard]] const std::filesystem::path& Target() const { return m_target; }
    /// Appends bytes; throws UserError (disk full, ...) naming the target.
    void Write(std::string_view bytes);
    /// Syncs and renames the temporary file into place.
    void Commit();

private:
    std::filesystem::path m_target;
    std::filesystem::path m_temporary;
    Overwrite m_overwrite;
    file_primitives::NewFile m_file;
    bool m_committed = false;
};

/// A whole folder written the same way: build it under TemporaryPath(), then Commit() renames it
/// into place. The target must not exist, or be an empty folder. Until then nothing is at the target,
/// and a failure removes the temporary folder with everything in it.
class SafeFolder {
public:
    explicit SafeFolder(std::filesystem::path target);
    SafeFolder(const SafeFolder&) = delete;
    SafeFolder& operator=(const SafeFolder&) = delete;
    ~SafeFolder();

    [[nodiscard]] const std::filesystem::path& TemporaryPath() const { return m_temporary; }
    void Commit();

private:
    std::filesystem::path m_target;
    std::filesystem::path m_temporary;
    bool m_committed = false;
};

/// Writes `content` to `target` with SafeFile.
void WriteFileSafely(const std::filesystem::path& target, std::string_view content, Overwrite overwrite);

/// Removes leftovers of killed writers in `folder` (see SafeFile). Returns how many were removed.
/// Never follows a link; entries that do not match the naming rule are never touched.
std::size_t RemoveLeftovers(const std::filesystem::path& folder);

/// Refuses `name` as one component of a path the program creates from stored (untrusted) text,
/// with a UserError naming it: empty, "." or "..", a separator (/ or \), a drive letter or stream
/// (:), characters Windows forbids (<>"|?*), control characters or NUL, invalid UTF-8, a trailing
/// dot or space, a reserved Windows device name (CON, PRN, AUX, NUL, COM0-9, LPT0-9, also with an
/// extension), or more than 255 bytes.
void CheckPortableName(std::string_view name);

/// `name` made acceptable to CheckPortableName: forbidden characters become "_", trailing dots and
/// spaces go, a reserved device name gets a "_" in front, and too long a name is cut (keeping its
/// extension). For names the program makes itself from stored text (the bundle's folders).
[[nodiscard]] std::string PortableName(std::string_view name);

/// `folder` joined with `relative` (components separated by "/"), every component checked with
/// CheckPortableName: the result can never lie outside `folder` (no "..", no absolute path, no
/// drive letter). Throws UserError naming the stored name otherwise.
[[nodiscard]] std::filesystem::path ResolveInside(const std::filesystem::path& folder, std::string_view relative);

}  // namespace ziwb::core
