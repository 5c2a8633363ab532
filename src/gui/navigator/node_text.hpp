// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "form/form.hpp"
#include "scoring/score_report.hpp"

namespace ziwb::gui {

/// How a node is named in the navigator and on pages: "1. Manajemen Perubahan", "i. Penyusunan Tim
/// Kerja", "a. <question>". Form text is data: only its capitals are softened.
[[nodiscard]] std::string NodeTitle(const core::Form& form, const core::FormNode& node);

/// "Pengungkit › Pemenuhan › 1. Manajemen Perubahan › i. Penyusunan Tim Kerja" for a node's place.
[[nodiscard]] std::string NodePath(const core::Form& form, int index);

/// A weighted node's value against its weight ("1,25 / 2,00"), a criterion's percentage ("67%"), or
/// "–" where nothing is answered.
[[nodiscard]] std::string ScoreText(const core::FormNode& node, const core::NodeScore& score);

/// Lower-cases ASCII letters, for searching form text.
[[nodiscard]] std::string Folded(const std::string& text);

}  // namespace ziwb::gui
