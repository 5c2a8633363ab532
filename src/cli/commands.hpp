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
};

/// Every command, in the order `ziwb help` lists them.
[[nodiscard]] const std::vector<Command>& AllCommands();

}  // namespace ziwb::cli
