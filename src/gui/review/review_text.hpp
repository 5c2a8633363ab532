// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/string.h>

#include <optional>
#include <string>

#include "review/review_status.hpp"
#include "session/workspace_session.hpp"

namespace ziwb::gui {

/// "TPI" or the name the form gives a review layer.
[[nodiscard]] wxString LayerName(const core::Form& form, const core::Layer& layer);
/// What a column header has room for: the abbreviation in the name's parentheses ("TPI" of
/// "Tim Penilai Internal (TPI)"), else the whole name.
[[nodiscard]] wxString ShortLayerName(const core::Form& form, const core::Layer& layer);
/// "Ketua Tim" or the name the form gives a review level; the id when the form has no such level.
[[nodiscard]] wxString LevelName(const core::Form& form, const std::string& level);
/// An answer's canonical text as shown, or a dash for none.
[[nodiscard]] wxString AnswerText(const std::optional<std::string>& value);
/// One line saying that `closing` locked the layer: who closed it, when and at what total.
[[nodiscard]] wxString LockedLine(const core::Form& form, const core::Layer& layer, const core::ReviewClosing& closing);

}  // namespace ziwb::gui
