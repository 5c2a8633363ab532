// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader and the answer import over it: any bytes give rows, a per-row problem list or one
// UserError, never a crash or a hang.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/error.hpp"
#include "form/form_loader.hpp"
#include "io/csv.hpp"
#include "workspace/answer_import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto form = ziwb::core::LoadFormFile(ZIWB_FORM_FILE);
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        (void)ziwb::core::ParseCsv(text, "fuzz.csv");
    } catch (const ziwb::core::UserError&) {
        // An unterminated quote: the whole file is refused.
    }
    try {
        (void)ziwb::core::ReadAnswerCsv(*form, text, "fuzz.csv");
    } catch (const ziwb::core::UserError&) {
    }
    return 0;
}
