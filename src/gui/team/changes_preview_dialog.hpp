// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/string.h>

#include "exchange/exchange.hpp"

class wxWindow;

namespace ziwb::gui {

/// Shows what receiving changes (or merging a copy) would do, from the core's dry run: every
/// entry that would be applied ("time, author: summary") and the items that would be left in
/// conflict. Returns true when the user chose Apply; false on Cancel, or when there is nothing new
/// (said in a message). `title` names what is being done (receiving, merging).
bool ShowChangesPreview(wxWindow* parent, const wxString& title, const wxString& source,
                        const core::ImportSummary& summary);

}  // namespace ziwb::gui
