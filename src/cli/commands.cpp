// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.hpp"

#include <algorithm>

namespace ziwb::cli {
namespace {

std::vector<Command>& Registry() {
    static std::vector<Command> commands;
    return commands;
}

}  // namespace

CommandRegistration::CommandRegistration(Command command) {
    Registry().push_back(command);
}

std::vector<Command> AllCommands() {
    std::vector<Command> commands = Registry();
    std::stable_sort(commands.begin(), commands.end(),
                     [](const Command& a, const Command& b) { return a.order < b.order; });
    return commands;
}

}  // namespace ziwb::cli
