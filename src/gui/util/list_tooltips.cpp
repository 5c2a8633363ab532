// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/list_tooltips.hpp"

#include <wx/listctrl.h>

namespace ziwb::gui {

wxWindow* RowsWindowOf(wxListCtrl* list) {
    // The generic list (GTK) draws its rows in a child window below the header child: the taller.
    wxWindow* rows = list;
    for (wxWindow* child : list->GetChildren()) {
        if (rows == list || child->GetSize().y > rows->GetSize().y) {
            rows = child;
        }
    }
    return rows;
}

wxString CutOffCellText(wxListCtrl* list, const wxPoint& point) {
    int flags = 0;
    const long row = list->HitTest(point, flags);
    // The column from the columns' widths: the generic list's HitTest does not name it.
    long column = -1;
    for (int x = 0, i = 0; i < list->GetColumnCount(); ++i) {
        x += list->GetColumnWidth(i);
        if (point.x < x) {
            column = i;
            break;
        }
    }
    if (row < 0 || column < 0) {
        return {};
    }
    const wxString text = list->GetItemText(row, static_cast<int>(column));
    const int room = list->GetColumnWidth(static_cast<int>(column)) - list->FromDIP(12);
    return list->GetTextExtent(text).x > room ? text : wxString();
}

void ShowCutOffCellsAsToolTips(wxListCtrl* list) {
    // The rows' window passes its mouse events to the list first, in its own coordinates.
    list->Bind(wxEVT_MOTION, [list](wxMouseEvent& event) {
        wxWindow* rows = RowsWindowOf(list);
        const wxString text = CutOffCellText(list, event.GetPosition());
        if (text != rows->GetToolTipText()) {
            if (text.empty()) {
                rows->UnsetToolTip();
            } else {
                rows->SetToolTip(text);
            }
        }
        event.Skip();
    });
}

}  // namespace ziwb::gui
