// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace ziwb::cli {

/// What every command gets besides its own words.
struct Context {
    std::filesystem::path program_dir;
};

/// One `ziwb` command: its name, a one-line usage, a summary, and what runs it. Commands return
/// the process exit code; they report user mistakes by throwing (see main.cpp).
struct Command {
    const char* name;
    const char* usage;
    const char* summary;  ///< English; translated when shown
    int (*run)(const std::vector<std::string>& words, const Context& context);
    int order = 100;  ///< position in `ziwb help`
};

/// Marks a text for translation where it is declared and translates it where it is shown (`Tr`):
/// xgettext collects both `Tr` and `NoTr` (see tests/cli/test_translations.py).
constexpr const char* NoTr(const char* english) {
    return english;
}

/// Every registered command, in help order.
[[nodiscard]] std::vector<Command> AllCommands();

/// Adds a command; used through a static CommandRegistration in each commands/*.cpp file, so a
/// module adds its commands without editing a shared list.
struct CommandRegistration {
    explicit CommandRegistration(Command command);
};

}  // namespace ziwb::cli
