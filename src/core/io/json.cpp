// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/json.hpp"

#include <cmath>

namespace ziwb::core {

std::string DumpJson(const Json& value) {
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Json JsonNumber(std::optional<double> value) {
    if (!value || !std::isfinite(*value)) {
        return nullptr;
    }
    constexpr double kExactIntegers = 9007199254740992.0;  // 2^53: every whole double below is exact
    if (*value == std::floor(*value) && std::fabs(*value) < kExactIntegers) {
        return static_cast<long long>(*value);
    }
    return *value;
}

}  // namespace ziwb::core
