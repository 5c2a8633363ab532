// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/panel.h>

#include <functional>
#include <string>

class wxListBox;
class wxFileHistory;

namespace ziwb::gui {

/// What the window shows with no workspace open: new, open, the demo, and the recent workspaces.
class StartPanel final : public wxPanel {
public:
    StartPanel(wxWindow* parent, const wxFileHistory& history, std::function<void(const std::string&)> run_command,
               std::function<void(const wxString&)> open_path);

private:
    wxListBox* m_recent = nullptr;
};

}  // namespace ziwb::gui
