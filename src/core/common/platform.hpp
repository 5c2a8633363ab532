// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What differs between Linux and Windows, in one place: the rest of the code calls these and has no
// platform #ifdefs. Text is UTF-8 in std::string everywhere; paths are std::filesystem::path, which on
// Windows holds UTF-16 and reaches the wide-character file APIs.

#include <ctime>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ziwb::core {

/// A path as UTF-8 text, for messages, SQLite and libraries that take UTF-8 names. (On Windows,
/// path::string() converts to the ANSI code page instead, and throws for letters it cannot hold.)
[[nodiscard]] std::string PathToUtf8(const std::filesystem::path& path);
/// The same with '/' separators, for names inside archives and indexes.
[[nodiscard]] std::string GenericPathToUtf8(const std::filesystem::path& path);
/// The path named by UTF-8 text.
[[nodiscard]] std::filesystem::path PathFromUtf8(std::string_view utf8);

/// The program's arguments (without the program name) as UTF-8; on Windows read from the wide command
/// line, since `argv` there is in the ANSI code page.
[[nodiscard]] std::vector<std::string> CommandLineWords(int argc, char** argv);

/// The running program's own file (from the operating system; `argv0` where it cannot say).
[[nodiscard]] std::filesystem::path RunningProgram(const char* argv0);

/// The name of the operating-system account running the program, or empty.
[[nodiscard]] std::string AccountName();

/// This computer's name as UTF-8, or empty.
[[nodiscard]] std::string ComputerName();

/// This process's identifier.
[[nodiscard]] long CurrentProcessId();

/// Whether a process with identifier `pid` is running on this computer (one this process may not
/// signal counts as running).
[[nodiscard]] bool ProcessIsRunning(long pid);

/// `time` as calendar time in UTC.
[[nodiscard]] std::tm UtcCalendarTime(std::time_t time);

/// `time` as calendar time in this computer's time zone.
[[nodiscard]] std::tm LocalCalendarTime(std::time_t time);

/// Calendar time in UTC as a time_t (timegm; _mkgmtime on Windows).
[[nodiscard]] std::time_t TimeFromUtcCalendar(std::tm parts);

/// Whether this process may read / write the file at `path` (permissions and read-only attributes).
[[nodiscard]] bool MayRead(const std::filesystem::path& path);
[[nodiscard]] bool MayWrite(const std::filesystem::path& path);

/// Whether `file_name` is one Windows keeps for a device (CON, PRN, AUX, NUL, CONIN$, CONOUT$,
/// COM0-9, LPT0-9, with any extension, in any case): a file by that name cannot be made there.
[[nodiscard]] bool IsWindowsDeviceName(std::string_view file_name);
/// On Windows, throws a UserError naming `path` when its file name is a device name; elsewhere nothing.
void RefuseDeviceName(const std::filesystem::path& path);

/// Whether standard error is an interactive terminal (for progress lines).
[[nodiscard]] bool StderrIsTerminal();

/// The environment variable `name` as UTF-8 (on Windows read as UTF-16, since the narrow
/// environment is in the ANSI code page); nullopt when it is not set or empty.
[[nodiscard]] std::optional<std::string> EnvironmentText(const char* name);

/// The folder for this user's own settings of the application, not shared with other accounts:
/// %APPDATA%\ZI Workbench on Windows; $XDG_CONFIG_HOME/ziwb (when absolute), else
/// $HOME/.config/ziwb elsewhere. Empty when the environment names none of these.
[[nodiscard]] std::filesystem::path UserConfigFolder();

}  // namespace ziwb::core
