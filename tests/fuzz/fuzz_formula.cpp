// SPDX-License-Identifier: GPL-3.0-or-later
// The formula parser: any text is refused with an ExpressionError or parses into a formula that
// evaluates and converts to spreadsheet syntax, never a crash, a stack overflow or a hang.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "form/expression.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::array<std::string, 4> kInputs = {"a", "b", "jumlah_total", "x1"};
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const auto formula = ziwb::core::Expression::Parse(text, kInputs);
        for (const std::array<double, 4> values :
             {std::array<double, 4>{0, 0, 0, 0}, {1, 2, 3, 4}, {-1e308, 1e308, 0.5, 7}}) {
            (void)formula.Evaluate(values);
        }
        (void)formula.ToSpreadsheet([](int input) { return "K" + std::to_string(10 + input); });
    } catch (const ziwb::core::ExpressionError&) {
        // Refused with a position and a reason: the expected outcome for most inputs.
    }
    return 0;
}
