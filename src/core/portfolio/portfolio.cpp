// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolio/portfolio.hpp"

#include <algorithm>
#include <system_error>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"

namespace ziwb::core {

std::vector<UnitSummary> LoadPortfolio(const std::filesystem::path& folder, std::string_view review_layer,
                                       std::string_view today) {
    namespace fs = std::filesystem;
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
        throw UserError(
            Format(Tr("{0} is not a folder: give the folder that holds the units' .ziwb files"), {PathToUtf8(folder)}));
    }
    std::vector<fs::path> files;
    fs::directory_iterator entries(folder, error);
    if (error) {
        throw UserError(Format(Tr("the folder {0} cannot be read: {1}"), {PathToUtf8(folder), error.message()}));
    }
    for (const fs::directory_entry& entry : entries) {
        // A link could lead anywhere; a portfolio is the files the user put in this folder.
        if (!entry.is_symlink(error) && entry.is_regular_file(error) && entry.path().extension() == ".ziwb") {
            files.push_back(entry.path());
            if (files.size() > kMaxPortfolioWorkspaces) {
                throw UserError(Format(Tr("the folder {0} holds more than {1} workspaces; recap one agency at a time"),
                                       {PathToUtf8(folder), std::to_string(kMaxPortfolioWorkspaces)}));
            }
        }
    }
    if (files.empty()) {
        throw UserError(Format(Tr("the folder {0} holds no workspace (.ziwb)"), {PathToUtf8(folder)}));
    }
    std::sort(files.begin(), files.end());
    std::vector<UnitSummary> units;
    units.reserve(files.size());
    for (const fs::path& file : files) {
        units.push_back(SummarizeWorkspace(file, review_layer, today));
    }
    return units;
}

}  // namespace ziwb::core
