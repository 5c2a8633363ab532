// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The exit codes of `ziwb`, documented in README.md ("Exit codes"). Scripts rely on them: never
// renumber one.
namespace ziwb::cli {

/// The command did what was asked.
inline constexpr int kExitDone = 0;
/// Something went wrong inside the program (a bug, an unexpected database error): report it.
inline constexpr int kExitInternal = 1;
/// Bad input or usage: one line on stderr says what is wrong and how to fix it; nothing changed.
inline constexpr int kExitBadInput = 2;
/// The command ran to the end and found problems it reports (damaged evidence in
/// `evidence verify`), like a linter finding rule violations.
inline constexpr int kExitFindings = 3;

}  // namespace ziwb::cli
