// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/identity_dialog.hpp"

#include <wx/button.h>
#include <wx/clipbrd.h>
#include <wx/dialog.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/error.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "people/nip.hpp"
#include "team/workbench_signer.hpp"
#include "util/message_dialog.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

namespace {

wxTextCtrl* AddField(wxDialog& dialog, wxFlexGridSizer* grid, const wxString& label, const char* name, long style) {
    grid->Add(new wxStaticText(&dialog, wxID_ANY, label), wxSizerFlags().CenterVertical());
    auto* field = new wxTextCtrl(&dialog, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, style);
    field->SetName(name);
    field->SetMinSize(wxSize(dialog.FromDIP(320), -1));
    grid->Add(field, wxSizerFlags().Expand());
    return field;
}

/// The identity the fields describe, made; throws UserError for what the user typed wrong.
core::Identity CreateFromFields(const wxString& name, const wxString& nip, const wxString& passphrase,
                                const wxString& again) {
    const std::string trimmed = Utf8(wxString(name).Strip(wxString::both));
    if (trimmed.empty()) {
        // TRANSLATORS: the identity dialog without a name
        throw core::UserError(Utf8(_("Type your name as it appears on your SK.")));
    }
    const std::string normal = core::NormalizeNip(Utf8(nip));
    core::CheckNip(normal);
    if (passphrase != again) {
        // TRANSLATORS: the identity dialog: the two passphrases differ
        throw core::UserError(Utf8(_("The two passphrases differ: type the same passphrase twice.")));
    }
    std::optional<std::string> protection;
    if (!passphrase.empty()) {
        protection = Utf8(passphrase);
    }
    return core::CreateIdentity(trimmed, normal, protection, false);
}

}  // namespace

std::optional<core::Identity> RunWhoAreYouDialog(wxWindow* parent) {
    // TRANSLATORS: title of the first-use dialog that sets up the user's signing key
    wxDialog dialog(parent, wxID_ANY, _("Who are you?"));
    dialog.SetName("identity_dialog");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int width = dialog.FromDIP(480);
    // TRANSLATORS: explanation in the first-use identity dialog
    auto* intro = new wxStaticText(&dialog, wxID_ANY,
                                   _("Every change you make is signed with a key kept on this computer, so the team "
                                     "and the evaluators can see who changed what. Your name and NIP go with your "
                                     "public key, which you send to the team coordinator."));
    intro->Wrap(width);
    sizer->Add(intro, wxSizerFlags().Border(wxALL, dialog.FromDIP(12)));
    auto* grid = new wxFlexGridSizer(2, dialog.FromDIP(wxSize(12, 6)));
    grid->AddGrowableCol(1, 1);
    // TRANSLATORS: identity dialog field
    auto* name = AddField(dialog, grid, _("Name"), "identity_name", 0);
    // TRANSLATORS: identity dialog field (Nomor Induk Pegawai)
    auto* nip = AddField(dialog, grid, _("NIP"), "identity_nip", 0);
    // TRANSLATORS: identity dialog field
    auto* passphrase = AddField(dialog, grid, _("Passphrase"), "identity_passphrase", wxTE_PASSWORD);
    // TRANSLATORS: identity dialog field: the passphrase typed a second time
    auto* again = AddField(dialog, grid, _("Passphrase again"), "identity_passphrase_again", wxTE_PASSWORD);
    sizer->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, dialog.FromDIP(12)));
    // TRANSLATORS: under the passphrase fields of the identity dialog
    auto* note = new wxStaticText(&dialog, wxID_ANY,
                                  _("The passphrase protects your key if this computer is shared or lost. It may be "
                                    "left empty for team members; evaluators and leaders must set one."));
    note->Wrap(width);
    sizer->Add(note, wxSizerFlags().Border(wxALL, dialog.FromDIP(12)));
    auto* buttons = dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    // TRANSLATORS: buttons of the first-use identity dialog
    dynamic_cast<wxButton*>(dialog.FindWindow(wxID_OK))->SetLabel(_("Create My Key"));
    dynamic_cast<wxButton*>(dialog.FindWindow(wxID_CANCEL))->SetLabel(_("Skip for Now"));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL));
    dialog.SetSizerAndFit(sizer);
    while (dialog.ShowModal() == wxID_OK) {
        try {
            auto identity =
                CreateFromFields(name->GetValue(), nip->GetValue(), passphrase->GetValue(), again->GetValue());
            (void)InstallWorkbenchSigner();
            return identity;
        } catch (const core::UserError& error) {
            MessageDialog message(&dialog, Wx(core::OneLine(error.what())), _("Who are you?"), wxOK | wxICON_WARNING);
            message.ShowModal();
        }
    }
    return std::nullopt;
}

void ShowMyIdentityDialog(wxWindow* parent) {
    std::optional<core::Identity> identity;
    try {
        identity = core::LoadIdentity();
    } catch (const core::UserError& error) {
        // TRANSLATORS: title of the "my identity" dialog
        MessageDialog message(parent, Wx(core::OneLine(error.what())), _("My identity"), wxOK | wxICON_WARNING);
        message.ShowModal();
        return;
    }
    if (!identity) {
        (void)RunWhoAreYouDialog(parent);
        return;
    }
    wxDialog dialog(parent, wxID_ANY, _("My identity"));
    dialog.SetName("my_identity_dialog");
    auto* grid = new wxFlexGridSizer(2, dialog.FromDIP(wxSize(12, 6)));
    grid->AddGrowableCol(1, 1);
    const auto row = [&](const wxString& label, const wxString& value, const char* name) {
        grid->Add(new wxStaticText(&dialog, wxID_ANY, label), wxSizerFlags().CenterVertical());
        auto* text = new wxStaticText(&dialog, wxID_ANY, value);
        text->SetName(name);
        grid->Add(text, wxSizerFlags().CenterVertical());
    };
    row(_("Name"), Wx(identity->name), "my_identity_name");
    row(_("NIP"), Wx(identity->nip), "my_identity_nip");
    // TRANSLATORS: "my identity" row: whether the key has a passphrase
    row(_("Key protection"), identity->passphrase_protected ? _("protected by a passphrase") : _("no passphrase"),
        "my_identity_protection");
    // TRANSLATORS: "my identity" row: the public key, to send to the coordinator
    grid->Add(new wxStaticText(&dialog, wxID_ANY, _("Public key")), wxSizerFlags().CenterVertical());
    auto* key = new wxTextCtrl(&dialog, wxID_ANY, Wx(identity->public_key_hex), wxDefaultPosition, wxDefaultSize,
                               wxTE_READONLY);
    key->SetName("my_identity_public_key");
    key->SetMinSize(wxSize(dialog.GetTextExtent(key->GetValue()).x + dialog.FromDIP(24), -1));
    grid->Add(key, wxSizerFlags().Expand());
    // TRANSLATORS: button that copies the public key to the clipboard
    auto* copy = new wxButton(&dialog, wxID_ANY, _("Copy Public Key"));
    copy->SetName("my_identity_copy");
    copy->Bind(wxEVT_BUTTON, [&dialog, key](wxCommandEvent&) {
        if (wxTheClipboard->Open()) {
            wxTheClipboard->SetData(new wxTextDataObject(key->GetValue()));
            wxTheClipboard->Close();
            // TRANSLATORS: after copying the public key
            dialog.SetTitle(_("My identity") + L" \u2014 " + _("public key copied"));
        }
    });
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    // TRANSLATORS: explanation in the "my identity" dialog
    auto* intro = new wxStaticText(&dialog, wxID_ANY,
                                   _("Send your public key to the team coordinator, who adds it to the team register "
                                     "of the workspace. Your key itself never leaves this computer."));
    intro->Wrap(dialog.FromDIP(520));
    sizer->Add(intro, wxSizerFlags().Border(wxALL, dialog.FromDIP(12)));
    sizer->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, dialog.FromDIP(12)));
    sizer->Add(copy, wxSizerFlags().Right().Border(wxALL, dialog.FromDIP(12)));
    sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK), wxSizerFlags().Expand().Border(wxALL));
    dialog.SetSizerAndFit(sizer);
    dialog.ShowModal();
}

}  // namespace ziwb::gui
