// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <iostream>
#include <string>

#include "arguments.hpp"
#include "commands.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::cli {

/// The --layer option (unit by default).
[[nodiscard]] core::Layer LayerOption(const Arguments& args, const core::Form& form);
/// The --author option, else the login name.
[[nodiscard]] std::string AuthorOption(const Arguments& args);
/// A positive whole number given for something numbered (an evidence item, a plan task); throws
/// UserError with `not_a_number` (a message with {0} for the text) otherwise.
[[nodiscard]] std::int64_t PositiveNumber(const std::string& text, const std::string& not_a_number);
/// Makes the person set up on this machine (ziwb key init) the signer of this run's changes. The
/// key is unlocked the first time a change is signed: with $ZIWB_PASSPHRASE_FILE, else by asking
/// on the terminal. A damaged identity installs no signer (whoami says what is wrong).
void InstallSessionSigner();
/// Writes text to stdout and fails loudly if it could not be written (a closed pipe, a full disk).
void Print(const std::string& text);

}  // namespace ziwb::cli
