// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/string.h>

#include <functional>

#include "common/progress.hpp"

class wxWindow;

namespace ziwb::gui {

/// Runs `work` on a worker thread while a progress dialog with a Cancel button shows how far it is
/// and the window keeps repainting. The worker never touches a widget: it reports through a
/// ProgressSink whose numbers the UI thread reads. Returns true when the work finished; rethrows
/// (on the UI thread) what the work threw, including core::Cancelled after Cancel.
///
/// The work must use its own workspace connection (Workspace::Open): SQLite connections are not
/// shared between threads.
bool RunWithProgress(wxWindow* parent, const wxString& title, const std::function<void(core::ProgressSink&)>& work);

}  // namespace ziwb::gui
