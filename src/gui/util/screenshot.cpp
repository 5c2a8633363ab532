// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/screenshot.hpp"

#include <wx/bitmap.h>
#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/image.h>
#include <wx/window.h>

#if defined(__WXGTK__)
#include <X11/Xlib.h>
#include <X11/Xutil.h>

#include <memory>
#endif

namespace ziwb::gui {
namespace {

#if defined(__WXGTK__)
/// The pixels of `rect` of the X screen as the server holds them now, read through a connection of
/// our own. wxScreenDC on GTK 3 reads the root window through a cairo surface that keeps its first
/// picture: every later shot in one process showed the first window again.
bool GrabFromX(const wxRect& rect, wxImage& picture) {
    const std::unique_ptr<Display, int (*)(Display*)> display(XOpenDisplay(nullptr), XCloseDisplay);
    if (display == nullptr) {
        return false;  // not X (Wayland): the caller falls back to wxScreenDC
    }
    // XDestroyImage is a macro: the deleter calls it.
    const auto destroy = [](XImage* image) { XDestroyImage(image); };
    const std::unique_ptr<XImage, decltype(destroy)> image(
        XGetImage(display.get(), DefaultRootWindow(display.get()), rect.x, rect.y, static_cast<unsigned>(rect.width),
                  static_cast<unsigned>(rect.height), AllPlanes, ZPixmap),
        destroy);
    if (image == nullptr) {
        return false;
    }
    const auto channel = [](unsigned long pixel, unsigned long mask) {
        if (mask == 0) {
            return static_cast<unsigned char>(0);
        }
        int shift = 0;
        while (((mask >> shift) & 1UL) == 0) {
            ++shift;
        }
        const unsigned long value = (pixel & mask) >> shift;
        const unsigned long top = mask >> shift;
        return static_cast<unsigned char>(value * 255UL / top);
    };
    picture.Create(rect.width, rect.height, false);
    for (int y = 0; y < rect.height; ++y) {
        for (int x = 0; x < rect.width; ++x) {
            const unsigned long pixel = XGetPixel(image.get(), x, y);
            picture.SetRGB(x, y, channel(pixel, image->red_mask), channel(pixel, image->green_mask),
                           channel(pixel, image->blue_mask));
        }
    }
    return true;
}
#endif

}  // namespace

bool SaveScreenshot(wxWindow* window, const wxString& path) {
    window->Update();
    const wxRect rect = window->GetScreenRect();
#if defined(__WXGTK__)
    if (wxImage picture; GrabFromX(rect, picture)) {
        return picture.SaveFile(path, wxBITMAP_TYPE_PNG);
    }
#endif
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
