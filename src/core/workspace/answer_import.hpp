// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "workspace/workspace.hpp"

namespace ziwb::core {

/// A CSV of answers (`code,answer[,note]`) checked against a form. Every row is checked before
/// anything is written; `problems` lists each wrong row with its line and what to fix.
struct AnswerImport {
    std::vector<AnswerChange> changes;
    std::vector<std::string> problems;
};

/// Reads the CSV text. An empty answer cell leaves the answer unchanged (a row may carry only a
/// note); the answer "-" clears it.
[[nodiscard]] AnswerImport ReadAnswerCsv(const Form& form, std::string_view text, const std::string& display_name);

/// Reads a CSV file and applies it to the workspace in one transaction; throws UserError listing
/// every wrong row (nothing is written then). Returns the number of rows applied.
std::size_t ImportAnswerFile(Workspace& workspace, const Layer& layer, const std::filesystem::path& csv,
                             const std::string& author, std::string_view action);

}  // namespace ziwb::core
