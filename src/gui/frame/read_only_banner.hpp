// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/panel.h>

#include <functional>

namespace ziwb::gui {

/// The strip above the workbench when the workspace can only be read (read-only media, a folder
/// without write permission): it says so and why nothing can change, and offers to save a copy
/// to edit.
class ReadOnlyBanner final : public wxPanel {
public:
    ReadOnlyBanner(wxWindow* parent, std::function<void()> save_copy);
};

}  // namespace ziwb::gui
