// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class wxListCtrl;
class wxPoint;
class wxString;
class wxWindow;

namespace ziwb::gui {

/// A cell of `list` whose text its column cuts off (a rejection reason, a long title) shows the
/// whole text as a tooltip while the mouse is over it.
void ShowCutOffCellsAsToolTips(wxListCtrl* list);

/// The window of `list` that draws its rows (below the header), where the mouse events come from.
[[nodiscard]] wxWindow* RowsWindowOf(wxListCtrl* list);

/// The tooltip for the cell at `point` (in RowsWindowOf(list)): its text when the column cuts it
/// off, else empty.
[[nodiscard]] wxString CutOffCellText(wxListCtrl* list, const wxPoint& point);

}  // namespace ziwb::gui
