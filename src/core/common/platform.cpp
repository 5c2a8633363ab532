// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/platform.hpp"

#ifdef _WIN32
#include <io.h>
#include <windows.h>
// windows.h comes after: shellapi.h needs its types.
#include <shellapi.h>
#else
#include <pwd.h>
#include <signal.h>  // NOLINT(modernize-deprecated-headers): kill() is POSIX, which <csignal> does not declare
#include <unistd.h>

#include <cerrno>
#endif

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <memory>
#include <system_error>

#include "common/error.hpp"
#include "common/text.hpp"

namespace ziwb::core {

std::string PathToUtf8(const std::filesystem::path& path) {
    const std::u8string text = path.u8string();
    return {text.begin(), text.end()};
}

std::string GenericPathToUtf8(const std::filesystem::path& path) {
    const std::u8string text = path.generic_u8string();
    return {text.begin(), text.end()};
}

std::filesystem::path PathFromUtf8(std::string_view utf8) {
    return {std::u8string(utf8.begin(), utf8.end())};
}

bool IsWindowsDeviceName(std::string_view file_name) {
    // Windows looks at the name before the first dot, without trailing spaces.
    std::string stem(file_name.substr(0, file_name.find('.')));
    while (!stem.empty() && stem.back() == ' ') {
        stem.pop_back();
    }
    for (char& c : stem) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    static constexpr std::array<std::string_view, 6> kDevices{"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"};
    if (std::find(kDevices.begin(), kDevices.end(), stem) != kDevices.end()) {
        return true;
    }
    return stem.size() == 4 && (stem.starts_with("COM") || stem.starts_with("LPT")) && stem[3] >= '0' && stem[3] <= '9';
}

void RefuseDeviceName(const std::filesystem::path& path) {
#ifdef _WIN32
    if (IsWindowsDeviceName(PathToUtf8(path.filename()))) {
        throw UserError(
            Format(Tr("{0}: Windows keeps this name for a device (CON, PRN, AUX, NUL, COM0-9, LPT0-9 and the "
                      "like); choose another name"),
                   {PathToUtf8(path)}));
    }
#else
    (void)path;
#endif
}

#ifdef _WIN32

namespace {

std::string Utf8FromWide(std::wstring_view wide) {
    if (wide.empty()) {
        return {};
    }
    const int wide_size = static_cast<int>(wide.size());
    const int size = WideCharToMultiByte(CP_UTF8, 0, wide.data(), wide_size, nullptr, 0, nullptr, nullptr);
    std::string text(static_cast<std::size_t>(size), '\0');
    WideCharToMultiByte(CP_UTF8, 0, wide.data(), wide_size, text.data(), size, nullptr, nullptr);
    return text;
}

struct LocalFreeDeleter {
    void operator()(wchar_t** words) const { LocalFree(static_cast<HLOCAL>(words)); }
};

}  // namespace

std::vector<std::string> CommandLineWords(int argc, char** argv) {
    int count = 0;
    const std::unique_ptr<wchar_t*, LocalFreeDeleter> words(CommandLineToArgvW(GetCommandLineW(), &count));
    if (!words) {
        return {argv + std::min(argc, 1), argv + argc};
    }
    std::vector<std::string> result;
    for (int index = 1; index < count; ++index) {
        result.push_back(Utf8FromWide(words.get()[index]));
    }
    return result;
}

std::filesystem::path RunningProgram(const char* argv0) {
    std::wstring buffer(MAX_PATH, L'\0');
    for (;;) {
        const DWORD length = GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
        if (length == 0) {
            break;
        }
        if (length < buffer.size()) {
            buffer.resize(length);
            return buffer;
        }
        buffer.resize(buffer.size() * 2);
    }
    std::error_code error;
    return argv0 == nullptr ? std::filesystem::path() : std::filesystem::absolute(PathFromUtf8(argv0), error);
}

std::string AccountName() {
    wchar_t name[256];
    DWORD size = static_cast<DWORD>(std::size(name));
    return GetUserNameW(name, &size) != 0 && size > 1 ? Utf8FromWide({name, size - 1}) : std::string();
}

std::string ComputerName() {
    wchar_t name[MAX_COMPUTERNAME_LENGTH + 1];
    DWORD size = static_cast<DWORD>(std::size(name));
    return GetComputerNameW(name, &size) != 0 ? Utf8FromWide({name, size}) : std::string();
}

long CurrentProcessId() {
    return static_cast<long>(GetCurrentProcessId());
}

bool ProcessIsRunning(long pid) {
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (process == nullptr) {
        return GetLastError() == ERROR_ACCESS_DENIED;
    }
    DWORD exit_code = 0;
    const bool running = GetExitCodeProcess(process, &exit_code) != 0 && exit_code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
}

std::tm UtcCalendarTime(std::time_t time) {
    std::tm parts{};
    gmtime_s(&parts, &time);
    return parts;
}

std::tm LocalCalendarTime(std::time_t time) {
    std::tm parts{};
    localtime_s(&parts, &time);
    return parts;
}

std::time_t TimeFromUtcCalendar(std::tm parts) {
    return _mkgmtime(&parts);
}

bool MayRead(const std::filesystem::path& path) {
    return _waccess(path.c_str(), 4) == 0;
}

bool MayWrite(const std::filesystem::path& path) {
    return _waccess(path.c_str(), 2) == 0;
}

bool StderrIsTerminal() {
    return _isatty(_fileno(stderr)) != 0;
}

std::optional<std::string> EnvironmentText(const char* name) {
    const std::wstring wide_name(name, name + std::char_traits<char>::length(name));
    const wchar_t* value = _wgetenv(wide_name.c_str());
    if (value == nullptr || value[0] == L'\0') {
        return std::nullopt;
    }
    return Utf8FromWide(value);
}

std::filesystem::path UserConfigFolder() {
    const wchar_t* app_data = _wgetenv(L"APPDATA");
    if (app_data == nullptr || app_data[0] == L'\0') {
        return {};
    }
    return std::filesystem::path(app_data) / L"ZI Workbench";
}

#else

std::vector<std::string> CommandLineWords(int argc, char** argv) {
    return {argv + std::min(argc, 1), argv + argc};
}

std::filesystem::path RunningProgram(const char* argv0) {
    std::error_code error;
    auto self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        return self;
    }
    return argv0 == nullptr ? std::filesystem::path() : std::filesystem::absolute(argv0, error);
}

std::string AccountName() {
    const passwd* user = getpwuid(getuid());
    return user != nullptr && user->pw_name != nullptr ? user->pw_name : std::string();
}

std::string ComputerName() {
    char name[256] = {};
    if (gethostname(name, sizeof name - 1) != 0) {
        return {};
    }
    return name;
}

long CurrentProcessId() {
    return static_cast<long>(getpid());
}

bool ProcessIsRunning(long pid) {
    return kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

std::tm UtcCalendarTime(std::time_t time) {
    std::tm parts{};
    gmtime_r(&time, &parts);
    return parts;
}

std::tm LocalCalendarTime(std::time_t time) {
    std::tm parts{};
    localtime_r(&time, &parts);
    return parts;
}

std::time_t TimeFromUtcCalendar(std::tm parts) {
    return timegm(&parts);
}

bool MayRead(const std::filesystem::path& path) {
    return ::access(path.c_str(), R_OK) == 0;
}

bool MayWrite(const std::filesystem::path& path) {
    return ::access(path.c_str(), W_OK) == 0;
}

bool StderrIsTerminal() {
    return isatty(STDERR_FILENO) != 0;
}

std::optional<std::string> EnvironmentText(const char* name) {
    const char* value = std::getenv(name);
    if (value == nullptr || value[0] == '\0') {
        return std::nullopt;
    }
    return std::string(value);
}

std::filesystem::path UserConfigFolder() {
    if (const auto config = EnvironmentText("XDG_CONFIG_HOME")) {
        // The XDG specification: a relative path is invalid and is ignored.
        if (const auto folder = PathFromUtf8(*config); folder.is_absolute()) {
            return folder / "ziwb";
        }
    }
    if (const auto home = EnvironmentText("HOME")) {
        return PathFromUtf8(*home) / ".config" / "ziwb";
    }
    return {};
}

#endif

}  // namespace ziwb::core
