// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame/trust_banner.hpp"

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace ziwb::gui {

TrustBanner::TrustBanner(wxWindow* parent, const wxString& problem) : wxPanel(parent, wxID_ANY) {
    SetName("trust_banner");
    SetBackgroundColour(wxColour(0xFD, 0xE2, 0xE1));
    // TRANSLATORS: banner over a workspace whose change log does not match its tables or signatures
    const wxString headline =
        _("Warning: this workspace was changed outside ZI Workbench or its signatures do not "
          "hold, so its answers cannot be trusted as they are. Ask the coordinator to check it "
          "(ziwb audit verify).");
    auto* text =
        new wxStaticText(this, wxID_ANY, headline, wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END, "trust_text");
    text->SetForegroundColour(wxColour(0x7A, 0x10, 0x10));
    text->SetToolTip(headline);
    auto* detail = new wxStaticText(this, wxID_ANY, problem, wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END,
                                    "trust_problem");
    detail->SetForegroundColour(wxColour(0x7A, 0x10, 0x10));
    detail->SetToolTip(problem);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(text, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, FromDIP(6)));
    sizer->Add(detail, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6)));
    SetSizer(sizer);
}

}  // namespace ziwb::gui
