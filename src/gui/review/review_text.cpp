// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/review_text.hpp"

#include <wx/intl.h>

#include <charconv>

#include "common/text.hpp"

#include "util/wx_text.hpp"

namespace ziwb::gui {

namespace {

/// The closing's total is stored as a machine number ("59.65"): shown as the score panel shows it.
wxString TotalText(const std::string& machine) {
    double value = 0.0;
    const auto [end, error] = std::from_chars(machine.data(), machine.data() + machine.size(), value);
    if (error != std::errc() || end != machine.data() + machine.size()) {
        return Wx(machine);
    }
    return Wx(core::FormatNumber(value, 2));
}

}  // namespace

wxString LayerName(const core::Form& form, const core::Layer& layer) {
    const core::ReviewLayer* declared = form.FindLayer(layer.Id());
    return Wx(declared != nullptr && !declared->name.empty() ? declared->name : layer.Id());
}

wxString ShortLayerName(const core::Form& form, const core::Layer& layer) {
    const wxString name = LayerName(form, layer);
    const int open = name.Find('(', true);
    if (open != wxNOT_FOUND && name.EndsWith(")") && static_cast<int>(name.length()) - open > 2) {
        return name.Mid(static_cast<std::size_t>(open) + 1, name.length() - static_cast<std::size_t>(open) - 2);
    }
    return name;
}

wxString LevelName(const core::Form& form, const std::string& level) {
    for (const auto& declared : form.Levels()) {
        if (declared.id == level && !declared.name.empty()) {
            return Wx(declared.name);
        }
    }
    return Wx(level);
}

wxString AnswerText(const std::optional<std::string>& value) {
    return value && !value->empty() ? Wx(*value) : wxString(L"\u2013");
}

wxString LockedLine(const core::Form& form, const core::Layer& layer, const core::ReviewClosing& closing) {
    // TRANSLATORS: the review of a layer is closed: %1$s the layer (TPI), %2$s who closed it,
    // %3$s the total at closing, %4$s when
    return wxString::Format(_("The %1$s review was closed by %2$s at a total of %3$s (%4$s): it is locked, and "
                              "takes no change until it is reopened."),
                            LayerName(form, layer), Wx(closing.author), TotalText(closing.total), Wx(closing.at));
}

}  // namespace ziwb::gui
