// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/panel.h>

namespace ziwb::gui {

/// The strip above the workbench when the workspace's change log does not hold (a table or an
/// entry was edited outside ZI Workbench, or a signature is wrong): it says so with the first
/// problem the check found. The workspace stays open for reading and exporting.
class TrustBanner final : public wxPanel {
public:
    TrustBanner(wxWindow* parent, const wxString& problem);
};

}  // namespace ziwb::gui
