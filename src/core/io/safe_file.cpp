// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/safe_file.hpp"

#include <cstdio>
#include <cstring>
#include <random>
#include <system_error>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "io/file_primitives.hpp"

namespace ziwb::core {
namespace {

namespace os = file_primitives;

constexpr std::string_view kWriting = ".writing-";
constexpr std::size_t kMaxNameBytes = 255;

std::filesystem::path FolderOf(const std::filesystem::path& target) {
    return target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
}

/// The first `max` bytes of `name`, cut at a character boundary.
std::string CutUtf8(std::string_view name, std::size_t max) {
    if (name.size() <= max) {
        return std::string(name);
    }
    std::size_t end = max;
    while (end > 0 && (static_cast<unsigned char>(name[end]) & 0xC0) == 0x80) {
        --end;
    }
    return std::string(name.substr(0, end));
}

std::filesystem::path TemporaryName(const std::filesystem::path& target) {
    std::random_device random;
    char suffix[32];
    std::snprintf(suffix, sizeof suffix, "%ld-%08x%08x", CurrentProcessId(), random(), random());
    // Room for the marker and suffix within the 255 bytes most file systems allow for one name.
    return FolderOf(target) / PathFromUtf8("." + CutUtf8(PathToUtf8(target.filename()), 180) + std::string(kWriting) +
                                           std::string(suffix));
}

enum class TargetKind { File, Folder };

/// Refuses a target that must not be written (see SafeFile), naming it.
void CheckTarget(const std::filesystem::path& target, Overwrite overwrite, TargetKind kind) {
    RefuseDeviceName(target);  // on Windows: CON, NUL, LPT1... say so, before anything else
    const std::string name = PathToUtf8(target);
    std::error_code error;
    if (!std::filesystem::is_directory(FolderOf(target), error)) {
        throw UserError(Format(Tr("the folder {0} does not exist"), {PathToUtf8(FolderOf(target))}));
    }
    const os::EntryKind found = os::KindOf(target, error);
    if (error) {
        throw UserError(Format(Tr("cannot write {0}: {1}"), {name, os::Message(error)}));
    }
    switch (found) {
        case os::EntryKind::Missing: return;
        case os::EntryKind::Link:
            throw UserError(Format(
                Tr("{0} is a symbolic link; nothing is written through it. Remove the link or choose another name"),
                {name}));
        case os::EntryKind::Folder:
            if (kind == TargetKind::Folder && std::filesystem::is_empty(target, error) && !error) {
                return;
            }
            throw UserError(Format(kind == TargetKind::Folder
                                       ? Tr("{0} already exists and is not empty: choose a new folder")
                                       : Tr("{0} is a folder: give the name of the file to write"),
                                   {name}));
        case os::EntryKind::Other:
            throw UserError(Format(Tr("{0} is not an ordinary file (a device, pipe or socket); nothing is written to "
                                      "it. Choose another name"),
                                   {name}));
        case os::EntryKind::File: break;
    }
    if (kind == TargetKind::Folder || overwrite == Overwrite::Refused) {
        throw UserError(Format(Tr("{0} already exists; choose a new name (it is never overwritten)"), {name}));
    }
}

bool ProcessRuns(long pid) {
    if (pid <= 0 || pid == CurrentProcessId()) {
        return pid > 0;
    }
    return ProcessIsRunning(pid);
}

/// Whether `name` is a temporary name of SafeFile (or an older version) that may be removed now.
bool IsAbandoned(std::string_view name) {
    if (!name.starts_with('.')) {
        return false;
    }
    // A workspace being created or copied is written by SQLite, whose journal sits beside it.
    if (constexpr std::string_view kJournal = "-journal"; name.ends_with(kJournal)) {
        name.remove_suffix(kJournal.size());
    }
    std::size_t marker = name.rfind(kWriting);
    std::size_t rest = marker == std::string_view::npos ? marker : marker + kWriting.size();
    if (marker == std::string_view::npos) {
        marker = name.rfind(".part-");
        rest = marker == std::string_view::npos ? marker : marker + 6;
    }
    if (marker == std::string_view::npos || marker == 0) {
        return false;
    }
    const std::string_view tail = name.substr(rest);
    const std::size_t digits = tail.find_first_not_of("0123456789");
    if (digits == 0) {
        return false;
    }
    if (digits == std::string_view::npos) {
        return true;  // an older version's name: ".<name>.writing-<random digits>"
    }
    const std::string_view hex = tail.substr(digits + 1);
    if (tail[digits] != '-' || hex.empty() || hex.find_first_not_of("0123456789abcdef") != std::string_view::npos ||
        digits > 10) {
        return false;
    }
    return !ProcessRuns(std::stol(std::string(tail.substr(0, digits))));
}

bool IsForbiddenCharacter(char c) {
    return static_cast<unsigned char>(c) < 0x20 || c == 0x7F || std::strchr("/\\:<>\"|?*", c) != nullptr;
}

/// Why `name` cannot be one component of a path made from stored text; empty when it can.
std::string PortableNameProblem(std::string_view name) {
    if (name.empty() || name == "." || name == "..") {
        return Tr("it is empty or names a parent folder");
    }
    if (!IsValidUtf8(name)) {
        return Tr("it is not valid UTF-8");
    }
    for (const char c : name) {
        if (IsForbiddenCharacter(c)) {
            return Tr("it holds a folder separator, a drive letter or a character Windows forbids");
        }
    }
    if (name.back() == '.' || name.back() == ' ') {
        return Tr("it ends with a dot or a space");
    }
    if (IsWindowsDeviceName(name)) {
        return Tr("it is a device name reserved by Windows");
    }
    if (name.size() > kMaxNameBytes) {
        return Tr("it is longer than 255 bytes");
    }
    return {};
}

[[noreturn]] void RefuseStoredName(std::string_view name, const std::string& why) {
    throw UserError(
        Format(Tr("the stored file name '{0}' is refused: {1}; nothing was written"), {OneLine(name), why}));
}

}  // namespace

SafeFile::SafeFile(std::filesystem::path target, Overwrite overwrite)
    : m_target(std::move(target)), m_overwrite(overwrite) {
    CheckTarget(m_target, m_overwrite, TargetKind::File);
    RemoveLeftovers(FolderOf(m_target));
    m_temporary = TemporaryName(m_target);
    std::error_code error;
    m_file = os::NewFile::Create(m_temporary, error);
    if (!m_file.IsOpen()) {
        throw UserError(Format(Tr("cannot write {0}: {1}"), {PathToUtf8(m_target), os::Message(error)}));
    }
}

SafeFile::~SafeFile() {
    m_file.Close();
    if (!m_committed) {
        os::RemoveFile(m_temporary);
    }
}

void SafeFile::Write(std::string_view bytes) {
    std::error_code error;
    if (!m_file.Write(bytes, error)) {
        throw UserError(Format(Tr("cannot write {0}: {1}"), {PathToUtf8(m_target), os::Message(error)}));
    }
}

void SafeFile::Commit() {
    if (!m_file.IsOpen()) {
        throw Error("SafeFile::Commit called twice");
    }
    // A library may have written the file by name: sync what is on disk under the temporary name.
    std::error_code error;
    const bool synced = os::SyncFile(m_temporary, error);
    m_file.Close();
    if (!synced) {
        throw UserError(Format(Tr("cannot write {0}: {1}"), {PathToUtf8(m_target), os::Message(error)}));
    }
    CheckTarget(m_target, m_overwrite, TargetKind::File);
    const bool renamed = m_overwrite == Overwrite::Refused ? os::RenameNoReplace(m_temporary, m_target, false, error)
                                                           : os::RenameReplacing(m_temporary, m_target, error);
    if (!renamed) {
        if (error == std::errc::file_exists) {
            throw UserError(
                Format(Tr("{0} already exists; choose a new name (it is never overwritten)"), {PathToUtf8(m_target)}));
        }
        throw UserError(Format(Tr("cannot write {0}: {1}"), {PathToUtf8(m_target), os::Message(error)}));
    }
    m_committed = true;
    (void)os::SyncFolder(FolderOf(m_target));  // the rename is done either way
}

SafeFolder::SafeFolder(std::filesystem::path target) : m_target(std::move(target)) {
    while (!m_target.empty() && !m_target.has_filename()) {
        m_target = m_target.parent_path();  // "out/" names the folder "out"
    }
    CheckTarget(m_target, Overwrite::Refused, TargetKind::Folder);
    RemoveLeftovers(FolderOf(m_target));
    m_temporary = TemporaryName(m_target);
    std::error_code error;
    if (!os::MakeFolder(m_temporary, error)) {
        throw UserError(Format(Tr("cannot create {0}: {1}"), {PathToUtf8(m_target), os::Message(error)}));
    }
}

SafeFolder::~SafeFolder() {
    if (!m_committed) {
        std::error_code ignored;
        std::filesystem::remove_all(m_temporary, ignored);
    }
}

void SafeFolder::Commit() {
    CheckTarget(m_target, Overwrite::Refused, TargetKind::Folder);
    std::error_code error;
    const bool empty_folder_there = std::filesystem::is_directory(m_target, error);
    const bool renamed = empty_folder_there ? os::RenameReplacing(m_temporary, m_target, error)
                                            : os::RenameNoReplace(m_temporary, m_target, true, error);
    if (!renamed) {
        if (error == std::errc::file_exists || error == std::errc::directory_not_empty) {
            throw UserError(
                Format(Tr("{0} already exists and is not empty: choose a new folder"), {PathToUtf8(m_target)}));
        }
        throw UserError(Format(Tr("cannot create {0}: {1}"), {PathToUtf8(m_target), os::Message(error)}));
    }
    m_committed = true;
    (void)os::SyncFolder(FolderOf(m_target));  // the rename is done either way
}

void WriteFileSafely(const std::filesystem::path& target, std::string_view content, Overwrite overwrite) {
    SafeFile file(target, overwrite);
    file.Write(content);
    file.Commit();
}

std::size_t RemoveLeftovers(const std::filesystem::path& folder) {
    std::size_t removed = 0;
    std::error_code error;
    std::filesystem::directory_iterator entries(folder, error);
    if (error) {
        return 0;
    }
    for (const auto& entry : entries) {
        if (IsAbandoned(PathToUtf8(entry.path().filename()))) {
            std::error_code ignored;
            // remove_all never follows a link: a link named like a leftover loses only itself.
            removed += std::filesystem::remove_all(entry.path(), ignored) > 0 ? 1 : 0;
        }
    }
    return removed;
}

void CheckPortableName(std::string_view name) {
    if (const std::string problem = PortableNameProblem(name); !problem.empty()) {
        RefuseStoredName(name, problem);
    }
}

std::string PortableName(std::string_view name) {
    bool ignored = false;
    std::string out = RepairUtf8(name, ignored);
    for (char& c : out) {
        if (IsForbiddenCharacter(c)) {
            c = '_';
        }
    }
    while (!out.empty() && (out.back() == '.' || out.back() == ' ')) {
        out.pop_back();
    }
    if (out.empty()) {
        return "_";
    }
    if (IsWindowsDeviceName(out)) {
        out.insert(out.begin(), '_');
    }
    if (out.size() > kMaxNameBytes) {
        const std::string extension = PathToUtf8(PathFromUtf8(out).extension());
        const std::string kept = extension.size() < 16 ? extension : std::string();
        out = CutUtf8(out, kMaxNameBytes - kept.size());
        if (!kept.empty() && !out.ends_with(kept)) {
            out += kept;
        }
        while (!out.empty() && (out.back() == '.' || out.back() == ' ')) {
            out.pop_back();
        }
    }
    return out;
}

std::filesystem::path ResolveInside(const std::filesystem::path& folder, std::string_view relative) {
    std::filesystem::path result = folder;
    std::size_t start = 0;
    while (true) {
        const std::size_t slash = relative.find('/', start);
        const std::string_view component =
            relative.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
        if (const std::string problem = PortableNameProblem(component); !problem.empty()) {
            RefuseStoredName(relative, problem);
        }
        result /= PathFromUtf8(component);
        if (slash == std::string_view::npos) {
            return result;
        }
        start = slash + 1;
    }
}

}  // namespace ziwb::core
