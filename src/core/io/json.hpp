// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace ziwb::core {

/// JSON as the program prints it (Debian's nlohmann-json3-dev, MIT): keys keep the order in which
/// they were added, so the documented shape reads the same every time.
using Json = nlohmann::ordered_json;

/// `value` as one line of JSON text. Text is UTF-8 as it is; invalid UTF-8 (from a stranger's
/// workspace) becomes U+FFFD, so the output is always valid JSON.
[[nodiscard]] std::string DumpJson(const Json& value);

/// A number for JSON: null when absent or not finite (JSON has neither NaN nor infinity); a whole
/// number is written without a decimal point ("75", not "75.0"), and -0 as 0.
[[nodiscard]] Json JsonNumber(std::optional<double> value);

}  // namespace ziwb::core
