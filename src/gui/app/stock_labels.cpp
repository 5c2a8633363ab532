// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/stock_labels.hpp"

#include <wx/button.h>
#include <wx/stockitem.h>
#include <wx/window.h>

namespace ziwb::gui {

void LabelStockButtons(wxWindow* window) {
#ifdef __WXGTK__
    if (window == nullptr) {
        return;
    }
    if (auto* button = dynamic_cast<wxButton*>(window); button != nullptr && wxIsStockID(button->GetId())) {
        const wxString stock = wxGetStockLabel(button->GetId());
        // wxGTK hands a label equal to the stock one (with or without its mnemonic) to GTK as a
        // stock item. A trailing space makes it ours: drawn as written, the mnemonic kept, and the
        // space itself invisible at the end of a centred label.
        if (button->GetLabel() == stock) {
            button->SetLabel(stock + " ");
        }
    }
    for (wxWindow* child : window->GetChildren()) {
        LabelStockButtons(child);
    }
#else
    (void)window;  // elsewhere wxWidgets draws its own, translated, labels
#endif
}

}  // namespace ziwb::gui
