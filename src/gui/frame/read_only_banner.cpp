// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame/read_only_banner.hpp"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace ziwb::gui {

ReadOnlyBanner::ReadOnlyBanner(wxWindow* parent, std::function<void()> save_copy) : wxPanel(parent, wxID_ANY) {
    SetName("read_only_banner");
    SetBackgroundColour(wxColour(0xFF, 0xF4, 0xCE));
    auto* text = new wxStaticText(this, wxID_ANY,
                                  // TRANSLATORS: banner over a workspace that can only be read
                                  _("Read only: this workspace is on read-only media or in a folder you cannot "
                                    "write to. You can read and export it; to change it, save a copy to edit."),
                                  wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END, "read_only_text");
    text->SetForegroundColour(wxColour(0x5C, 0x40, 0x00));
    text->SetToolTip(text->GetLabel());
    // TRANSLATORS: button on the read-only banner
    auto* button = new wxButton(this, wxID_ANY, _("Save a Copy to Edit..."), wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, "read_only_save_copy");
    button->Bind(wxEVT_BUTTON, [save_copy](wxCommandEvent&) { save_copy(); });
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    sizer->Add(text, wxSizerFlags(1).CenterVertical().Border(wxLEFT | wxRIGHT, FromDIP(10)));
    sizer->Add(button, wxSizerFlags().Border(wxALL, FromDIP(4)));
    SetSizer(sizer);
}

}  // namespace ziwb::gui
