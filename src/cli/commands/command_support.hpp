#pragma once

#include <iostream>
#include <string>

#include "arguments.hpp"
#include "commands.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::cli {

/// The --layer option (unit by default).
[[nodiscard]] core::Layer LayerOption(const Arguments& args);
/// The --author option, else the login name.
[[nodiscard]] std::string AuthorOption(const Arguments& args);
/// Writes text to stdout and fails loudly if it could not be written (a closed pipe, a full disk).
void Print(const std::string& text);

}  // namespace ziwb::cli
