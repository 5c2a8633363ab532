// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/string.h>

#include <functional>

class wxWindow;

namespace ziwb::gui {

/// Runs what a button or a drop asked for. A failure the user can act on (core::UserError) is
/// shown in their words; anything else (a damaged file, a full disk, an internal error) is shown
/// as such. Either way the window stays alive and nothing half-done is reported as done.
void RunUserAction(wxWindow* parent, const wxString& title, const std::function<void()>& action);

}  // namespace ziwb::gui
