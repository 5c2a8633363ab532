// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/pg_array.hpp"

namespace ziwb::core {

std::string TextArray(const std::vector<std::string>& items) {
    std::string literal = "{";
    for (const auto& item : items) {
        if (literal.size() > 1) {
            literal += ',';
        }
        literal += '"';
        for (const char c : item) {
            if (c == '"' || c == '\\') {
                literal += '\\';
            }
            literal += c;
        }
        literal += '"';
    }
    literal += '}';
    return literal;
}

}  // namespace ziwb::core
