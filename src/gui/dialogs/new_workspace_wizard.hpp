// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/string.h>

#include <optional>

class wxWindow;

namespace ziwb::gui {

/// Walks the user through a new workspace: the unit and its agency, the year, the form version,
/// the predicate the unit already holds, and where to keep the file. Creates the file and returns
/// its path; empty when the user cancels.
[[nodiscard]] std::optional<wxString> RunNewWorkspaceWizard(wxWindow* parent);

}  // namespace ziwb::gui
