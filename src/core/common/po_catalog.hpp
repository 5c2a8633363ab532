// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace ziwb::core {

/// The Indonesian message catalog (po/id.po), compiled into the library by CMake so that the
/// command line needs no installed locale files and no system locale to speak Indonesian.
extern const std::string_view kIndonesianPo;

/// Parses the msgid/msgstr pairs of a gettext .po file (no plural forms or contexts are used).
[[nodiscard]] std::unordered_map<std::string, std::string> ParsePoCatalog(std::string_view po);

}  // namespace ziwb::core
