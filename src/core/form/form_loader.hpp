// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "form/form.hpp"

namespace ziwb::core {

/// Reads a form file (forms/README.md describes the format) and checks every rule of the format:
/// weights add up to their parent, codes are unique and well formed, option keys belong to the
/// answer scale, formulas name only declared inputs, required attributes are present. The first
/// violation is thrown as a FormError carrying the file, the line and the reason.
[[nodiscard]] std::shared_ptr<const Form> LoadFormFile(const std::filesystem::path& path);

/// The same for form text held in memory (a workspace keeps a copy of its form);
/// `display_name` stands for the file in messages.
[[nodiscard]] std::shared_ptr<const Form> LoadFormText(std::string_view xml, const std::string& display_name);

/// The highest form format version this build reads.
inline constexpr int kFormFormatVersion = 1;

}  // namespace ziwb::core
