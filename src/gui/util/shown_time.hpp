// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/string.h>

#include <string>

namespace ziwb::gui {

/// A time of the log (UTC, "2026-12-02T10:32:03Z") as this computer's clock shows it:
/// "2026-12-02 17:32" in Jakarta. Text that is not such a time is returned as it is.
[[nodiscard]] wxString ShownTime(const std::string& iso);

/// A line that starts with a log time ("2026-12-02T10:32:03Z, Siti: 3 answers changed"), its time
/// shown as ShownTime.
[[nodiscard]] wxString WithShownTime(const std::string& line);

}  // namespace ziwb::gui
