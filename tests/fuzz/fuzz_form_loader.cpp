// SPDX-License-Identifier: GPL-3.0-or-later
// The form loader, which reads the form copy a workspace from a stranger carries: any bytes are
// refused with one FormError (file, line, reason) or load into a form that scores and converts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "common/error.hpp"
#include "form/form_loader.hpp"
#include "scoring/scoring_engine.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const auto form = ziwb::core::LoadFormText(text, "fuzz.xml");
        (void)ziwb::core::Score(*form, ziwb::core::AnswerSet(*form), ziwb::core::UnitStanding{});
        for (const auto& node : form->Nodes()) {
            (void)node.formula.ToSpreadsheet([](int input) { return "K" + std::to_string(10 + input); });
        }
    } catch (const ziwb::core::FormError& error) {
        // A refusal is one line that says where (a line of the file) and why.
        if (error.Line() < 1 || error.Reason().empty() ||
            std::string_view(error.what()).find('\n') != std::string_view::npos) {
            std::abort();
        }
    }
    return 0;
}
