// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ziwb::gui {

/// Starts reading the system's fonts before GTK starts, where GTK draws with Pango and fontconfig.
/// Pango reads the fontconfig setup on a thread of its own once its font map is made; GTK makes it
/// at the first text it measures, and the window then waited for that thread (5 ms, perf trace).
/// Made here, the reading runs beside GTK's start and its theme. Elsewhere it does nothing.
void StartFontMapEarly() noexcept;

}  // namespace ziwb::gui
