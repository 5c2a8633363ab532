// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "commands.hpp"

namespace ziwb::cli {

/// A text file a user gives (a component's text, a CSV): read whole, at most 16 MiB, UTF-8. Throws
/// UserError saying what is wrong.
[[nodiscard]] std::string ReadTextFile(const std::string& path);

/// `ziwb service report|attach ...`: the standard's documents (service_documents.cpp).
int RunServiceDocuments(const std::string& verb, const std::vector<std::string>& words, const Context& context,
                        const char* usage);

}  // namespace ziwb::cli
