// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/file_primitives.hpp"

#ifdef _WIN32
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#endif

#include <algorithm>
#include <utility>

#include "common/platform.hpp"

namespace ziwb::core::file_primitives {

NewFile::NewFile(NewFile&& other) noexcept {
    *this = std::move(other);
}

NewFile::~NewFile() {
    Close();
}

#ifdef _WIN32

namespace {

std::error_code LastError() {
    return {static_cast<int>(GetLastError()), std::system_category()};
}

}  // namespace

EntryKind KindOf(const std::filesystem::path& path, std::error_code& error) {
    error.clear();
    const DWORD attributes = GetFileAttributesW(path.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES) {
        const DWORD code = GetLastError();
        if (code == ERROR_FILE_NOT_FOUND || code == ERROR_PATH_NOT_FOUND) {
            return EntryKind::Missing;
        }
        error = {static_cast<int>(code), std::system_category()};
        return EntryKind::Other;
    }
    if ((attributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0) {
        return EntryKind::Link;  // a symbolic link or junction: never written through
    }
    if ((attributes & FILE_ATTRIBUTE_DIRECTORY) != 0) {
        return EntryKind::Folder;
    }
    return IsWindowsDeviceName(PathToUtf8(path.filename())) ? EntryKind::Other : EntryKind::File;
}

NewFile& NewFile::operator=(NewFile&& other) noexcept {
    if (this != &other) {
        Close();
        m_handle = std::exchange(other.m_handle, nullptr);
    }
    return *this;
}

NewFile NewFile::Create(const std::filesystem::path& path, std::error_code& error) {
    error.clear();
    NewFile file;
    // CREATE_NEW fails on any existing name, a link included; shared so a library can open it too.
    HANDLE handle = CreateFileW(path.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                nullptr, CREATE_NEW, FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        error = LastError();
        return file;
    }
    file.m_handle = handle;
    return file;
}

bool NewFile::IsOpen() const {
    return m_handle != nullptr;
}

bool NewFile::Write(std::string_view bytes, std::error_code& error) {
    error.clear();
    while (!bytes.empty()) {
        const auto chunk = static_cast<DWORD>(std::min<std::size_t>(bytes.size(), 1U << 30U));
        DWORD written = 0;
        if (WriteFile(static_cast<HANDLE>(m_handle), bytes.data(), chunk, &written, nullptr) == 0) {
            error = LastError();
            return false;
        }
        bytes.remove_prefix(written);
    }
    return true;
}

void NewFile::Close() noexcept {
    if (m_handle != nullptr) {
        CloseHandle(static_cast<HANDLE>(m_handle));
        m_handle = nullptr;
    }
}

bool SyncFile(const std::filesystem::path& path, std::error_code& error) {
    error.clear();
    HANDLE handle = CreateFileW(path.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                nullptr, OPEN_EXISTING, FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        error = LastError();
        return false;
    }
    const bool flushed = FlushFileBuffers(handle) != 0;
    if (!flushed) {
        error = LastError();
    }
    CloseHandle(handle);
    return flushed;
}

bool SyncFolder(const std::filesystem::path&) noexcept {
    // NTFS journals its metadata: a rename is durable without syncing the folder, which Windows
    // does not offer for folders anyway.
    return true;
}

bool RenameNoReplace(const std::filesystem::path& from, const std::filesystem::path& to, bool, std::error_code& error) {
    error.clear();
    if (MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_WRITE_THROUGH) != 0) {
        return true;
    }
    const DWORD code = GetLastError();
    error = code == ERROR_ALREADY_EXISTS || code == ERROR_FILE_EXISTS
                ? std::make_error_code(std::errc::file_exists)
                : std::error_code(static_cast<int>(code), std::system_category());
    return false;
}

bool RenameReplacing(const std::filesystem::path& from, const std::filesystem::path& to, std::error_code& error) {
    error.clear();
    if (std::filesystem::is_directory(to, error)) {
        // An empty folder at the target is replaced by the new one.
        if (RemoveDirectoryW(to.c_str()) == 0) {
            error = LastError();
            return false;
        }
    }
    error.clear();
    // MOVEFILE_REPLACE_EXISTING is refused for folders; the empty one at the target is gone by now.
    const bool folder = std::filesystem::is_directory(from, error);
    const DWORD flags = MOVEFILE_WRITE_THROUGH | (folder ? 0U : static_cast<DWORD>(MOVEFILE_REPLACE_EXISTING));
    if (MoveFileExW(from.c_str(), to.c_str(), flags) != 0) {
        return true;
    }
    error = LastError();
    return false;
}

bool MakeFolder(const std::filesystem::path& path, std::error_code& error) {
    error.clear();
    if (CreateDirectoryW(path.c_str(), nullptr) != 0) {
        return true;
    }
    error = LastError();
    return false;
}

void RemoveFile(const std::filesystem::path& path) noexcept {
    DeleteFileW(path.c_str());
}

std::string Message(const std::error_code& error) {
    if (error.category() != std::system_category()) {
        return error.message();
    }
    wchar_t* buffer = nullptr;
    const DWORD length =
        FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                       nullptr, static_cast<DWORD>(error.value()), 0, reinterpret_cast<wchar_t*>(&buffer), 0, nullptr);
    if (length == 0 || buffer == nullptr) {
        return "Windows error " + std::to_string(error.value());
    }
    std::wstring text(buffer, length);
    LocalFree(buffer);
    while (!text.empty() && (text.back() == L'\n' || text.back() == L'\r' || text.back() == L'.')) {
        text.pop_back();
    }
    return PathToUtf8(std::filesystem::path(text));
}

std::string NarrowNameForCLibrary(const std::filesystem::path& path) {
    const std::wstring& wide = path.native();
    if (std::all_of(wide.begin(), wide.end(), [](wchar_t c) { return c < 0x80; })) {
        return PathToUtf8(path);
    }
    const DWORD size = GetShortPathNameW(wide.c_str(), nullptr, 0);
    if (size == 0) {
        return {};
    }
    std::wstring short_name(size, L'\0');
    const DWORD length = GetShortPathNameW(wide.c_str(), short_name.data(), size);
    if (length == 0 || length >= size) {
        return {};
    }
    short_name.resize(length);
    if (!std::all_of(short_name.begin(), short_name.end(), [](wchar_t c) { return c < 0x80; })) {
        return {};
    }
    return PathToUtf8(std::filesystem::path(short_name));
}

#else

namespace {

std::error_code LastError() {
    return {errno, std::system_category()};
}

}  // namespace

EntryKind KindOf(const std::filesystem::path& path, std::error_code& error) {
    error.clear();
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0) {
        if (errno == ENOENT) {
            return EntryKind::Missing;
        }
        error = LastError();
        return EntryKind::Other;
    }
    if (S_ISLNK(info.st_mode)) {
        return EntryKind::Link;
    }
    if (S_ISDIR(info.st_mode)) {
        return EntryKind::Folder;
    }
    return S_ISREG(info.st_mode) ? EntryKind::File : EntryKind::Other;
}

NewFile& NewFile::operator=(NewFile&& other) noexcept {
    if (this != &other) {
        Close();
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

NewFile NewFile::Create(const std::filesystem::path& path, std::error_code& error) {
    error.clear();
    NewFile file;
    file.m_fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (file.m_fd < 0) {
        error = LastError();
    }
    return file;
}

bool NewFile::IsOpen() const {
    return m_fd >= 0;
}

// Writing changes the file this object stands for, though not the descriptor: not const.
// NOLINTNEXTLINE(readability-make-member-function-const)
bool NewFile::Write(std::string_view bytes, std::error_code& error) {
    error.clear();
    while (!bytes.empty()) {
        const ssize_t written = ::write(m_fd, bytes.data(), bytes.size());
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            error = LastError();
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

void NewFile::Close() noexcept {
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

bool SyncFile(const std::filesystem::path& path, std::error_code& error) {
    error.clear();
    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        error = LastError();
        return false;
    }
    const bool synced = ::fsync(fd) == 0;
    if (!synced) {
        error = LastError();
    }
    ::close(fd);
    return synced;
}

bool SyncFolder(const std::filesystem::path& folder) noexcept {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    // Some file systems (network shares) refuse to sync a folder.
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

bool RenameNoReplace(const std::filesystem::path& from, const std::filesystem::path& to, bool is_folder,
                     std::error_code& error) {
    error.clear();
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) {
        return true;
    }
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) {
        error = LastError();
        return false;
    }
    // The file system cannot rename without replacing: a hard link fails when the name is taken.
    if (!is_folder) {
        if (::link(from.c_str(), to.c_str()) != 0) {
            error = LastError();
            return false;
        }
        ::unlink(from.c_str());
        return true;
    }
    // A folder replaces only an empty folder; the target was checked just before.
    return RenameReplacing(from, to, error);
}

bool RenameReplacing(const std::filesystem::path& from, const std::filesystem::path& to, std::error_code& error) {
    error.clear();
    if (::rename(from.c_str(), to.c_str()) == 0) {
        return true;
    }
    error = LastError();
    return false;
}

bool MakeFolder(const std::filesystem::path& path, std::error_code& error) {
    error.clear();
    if (::mkdir(path.c_str(), 0777) == 0) {
        return true;
    }
    error = LastError();
    return false;
}

void RemoveFile(const std::filesystem::path& path) noexcept {
    ::unlink(path.c_str());
}

std::string Message(const std::error_code& error) {
    return error.message();
}

std::string NarrowNameForCLibrary(const std::filesystem::path& path) {
    return path.string();
}

#endif

}  // namespace ziwb::core::file_primitives
