// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/screenshot.hpp"

#include <wx/bitmap.h>
#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/image.h>
#include <wx/window.h>

namespace ziwb::gui {

bool SaveScreenshot(wxWindow* window, const wxString& path) {
    window->Update();
    const wxRect rect = window->GetScreenRect();
    wxScreenDC screen;
    wxBitmap bitmap(rect.width, rect.height, 24);
    {
        wxMemoryDC memory(bitmap);
        if (!memory.Blit(0, 0, rect.width, rect.height, &screen, rect.x, rect.y)) {
            return false;
        }
    }
    return bitmap.ConvertToImage().SaveFile(path, wxBITMAP_TYPE_PNG);
}

}  // namespace ziwb::gui
