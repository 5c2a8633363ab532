// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/text.hpp"

namespace ziwb::gui {

/// Switches every user-facing text to `language`: the workbench's own strings (wx gettext, the
/// Indonesian catalog embedded at build time, English being the message ids) and the core's
/// messages (core::SetLanguage). Windows built before the switch must be relabelled by the caller.
void ApplyLanguage(core::Language language);

/// The language the user chose in the preferences, or Indonesian.
[[nodiscard]] core::Language PreferredLanguage();

/// "id" or "en", as stored in the preferences and taken by --lang.
[[nodiscard]] const char* LanguageCode(core::Language language);

}  // namespace ziwb::gui
