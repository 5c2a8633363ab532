// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/letterhead_dialog.hpp"

#include <wx/bitmap.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/dialog.h>
#include <wx/image.h>
#include <wx/log.h>
#include <wx/msgdlg.h>
#include <wx/mstream.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/tokenzr.h>

#include <algorithm>
#include <optional>

#include "commands/command.hpp"
#include "common/error.hpp"
#include "documents/letterhead.hpp"
#include "session/workspace_session.hpp"
#include "util/message_dialog.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {
namespace {

constexpr int kLogoHeight = 64;

/// The logo as a small picture (PNG or JPEG bytes), or an empty bitmap when it cannot be read.
wxBitmap LogoPicture(const wxImage& image, int height) {
    if (!image.IsOk() || image.GetHeight() <= 0) {
        return {};
    }
    const int width = std::max(1, image.GetWidth() * height / image.GetHeight());
    return wxBitmap{image.Scale(width, height, wxIMAGE_QUALITY_HIGH)};
}

wxImage ImageOfBytes(const std::string& bytes) {
    wxImage image;
    if (!bytes.empty()) {
        wxMemoryInputStream stream(bytes.data(), bytes.size());
        wxLogNull quiet;  // a damaged logo shows as none, the core refuses it on saving
        (void)image.LoadFile(stream, wxBITMAP_TYPE_ANY);
    }
    return image;
}

}  // namespace

bool ShowLetterheadDialog(wxWindow* parent, WorkspaceSession& session) {
    const std::optional<core::Letterhead> current = core::LoadLetterhead(session.Workspace());
    // TRANSLATORS: title of the dialog of the letterhead (kop surat) of the documents
    wxDialog dialog(parent, wxID_ANY, _("Letterhead"));
    dialog.SetName("letterhead_dialog");
    const int gap = dialog.FromDIP(10);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* explanation = new wxStaticText(&dialog, wxID_ANY,
                                         // TRANSLATORS: explanation above the lines of the letterhead
                                         _("One line each: the authority (PEMERINTAH KABUPATEN ...), the unit, then "
                                           "its address and contacts. Every document is printed with it."));
    explanation->Wrap(dialog.FromDIP(520));
    sizer->Add(explanation, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    wxString lines;
    if (current) {
        for (const auto& line : current->lines) {
            lines << (lines.empty() ? "" : "\n") << Wx(line);
        }
    }
    auto* text = new wxTextCtrl(&dialog, wxID_ANY, lines, wxDefaultPosition, wxDefaultSize, wxTE_MULTILINE);
    text->SetName("letterhead_lines");
    text->SetMinSize(dialog.FromDIP(wxSize(520, 120)));
    sizer->Add(text, wxSizerFlags(1).Expand().Border(wxALL, gap));

    auto* logo_row = new wxBoxSizer(wxHORIZONTAL);
    auto* picture = new wxStaticBitmap(&dialog, wxID_ANY, wxBitmap());
    picture->SetName("letterhead_logo");
    picture->SetMinSize(dialog.FromDIP(wxSize(kLogoHeight, kLogoHeight)));
    auto* logo_state = new wxStaticText(&dialog, wxID_ANY, wxString());
    logo_state->SetName("letterhead_logo_state");
    // TRANSLATORS: button: choose the logo of the letterhead
    auto* choose = new wxButton(&dialog, wxID_ANY, _("Choose &Logo..."));
    choose->SetName("letterhead_choose_logo");
    // TRANSLATORS: check box: print the letterhead without its logo
    auto* remove = new wxCheckBox(&dialog, wxID_ANY, _("&No logo"));
    remove->SetName("letterhead_no_logo");
    logo_row->Add(picture, wxSizerFlags().CenterVertical().Border(wxRIGHT, gap));
    logo_row->Add(logo_state, wxSizerFlags(1).CenterVertical());
    logo_row->Add(choose, wxSizerFlags().CenterVertical().Border(wxLEFT, gap));
    logo_row->Add(remove, wxSizerFlags().CenterVertical().Border(wxLEFT, gap));
    sizer->Add(logo_row, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap));
    sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL, gap));
    dialog.SetSizerAndFit(sizer);

    std::optional<wxString> chosen_logo;
    const auto show_logo = [&] {
        wxImage image;
        if (chosen_logo) {
            wxLogNull quiet;
            (void)image.LoadFile(*chosen_logo);
        } else if (current) {
            image = ImageOfBytes(current->logo);
        }
        const bool shown = image.IsOk() && !remove->GetValue();
        picture->SetBitmap(shown ? LogoPicture(image, dialog.FromDIP(kLogoHeight)) : wxBitmap());
        logo_state->SetLabel(remove->GetValue() ? _("Printed without a logo.")
                             : chosen_logo      ? wxString::Format(_("New logo: %s"), *chosen_logo)
                             : shown            ? _("The logo printed now.")
                                     // TRANSLATORS: the letterhead has no logo yet
                                     : _("No logo yet."));
        dialog.Layout();
    };
    show_logo();
    choose->Bind(wxEVT_BUTTON, [&](wxCommandEvent&) {
        const wxString file = AskOpenPath(dialog,
                                          // TRANSLATORS: file dialog title
                                          _("Choose the logo"), _("Pictures (*.png;*.jpg;*.jpeg)|*.png;*.jpg;*.jpeg"));
        if (!file.empty()) {
            chosen_logo = file;
            remove->SetValue(false);
            show_logo();
        }
    });
    remove->Bind(wxEVT_CHECKBOX, [&](wxCommandEvent&) { show_logo(); });

    while (dialog.ShowModal() == wxID_OK) {
        core::LetterheadChange change;
        wxStringTokenizer tokens(text->GetValue(), "\n", wxTOKEN_STRTOK);
        while (tokens.HasMoreTokens()) {
            const wxString line = tokens.GetNextToken().Strip(wxString::both);
            if (!line.empty()) {
                change.lines.push_back(Utf8(line));
            }
        }
        if (chosen_logo && !remove->GetValue()) {
            change.logo = PathOf(*chosen_logo);
        }
        change.remove_logo = remove->GetValue() && current && !current->logo.empty();
        try {
            core::SetLetterhead(session.Workspace(), change, session.Author());
            session.Refresh();
            return true;
        } catch (const core::UserError& error) {
            MessageDialog message(&dialog, Wx(error.what()), _("Letterhead"), wxOK | wxICON_WARNING);
            message.ShowModal();
        }
    }
    return false;
}

}  // namespace ziwb::gui
