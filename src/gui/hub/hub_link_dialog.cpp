// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/hub_link_dialog.hpp"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/error.hpp"

#ifdef ZIWB_HAVE_HUB
#include "hub/hub_link.hpp"
#include "hub/hub_sync.hpp"
#include "session/workspace_session.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

bool ShowHubLinkDialog(wxWindow* parent, WorkspaceSession& session) {
    auto& workspace = session.Workspace();
    const auto current = core::LoadHubLink(workspace);
    // TRANSLATORS: dialog title
    wxDialog dialog(parent, wxID_ANY, _("Link to the agency hub"));
    dialog.SetName("hub_link_dialog");
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(
        &dialog, wxID_ANY,
        // TRANSLATORS: explanation at the top of the hub link dialog
        _("The hub is the agency's shared PostgreSQL server. Once linked, this workspace sends its changes there "
          "and receives everyone else's. It keeps working without the hub and catches up when it answers again."));
    intro->Wrap(dialog.FromDIP(460));
    top->Add(intro, wxSizerFlags().Border(wxALL, dialog.FromDIP(12)));
    auto* grid = new wxFlexGridSizer(2, dialog.FromDIP(wxSize(12, 6)));
    grid->AddGrowableCol(1, 1);
    // TRANSLATORS: hub link field: a PostgreSQL address such as postgresql://name@server/ziwb_hub
    grid->Add(new wxStaticText(&dialog, wxID_ANY, _("Hub address")), wxSizerFlags().CenterVertical());
    auto* address = new wxTextCtrl(&dialog, wxID_ANY, current ? Wx(current->address) : wxString());
    address->SetName("hub_address");
    address->SetHint("postgresql://nama@server/ziwb_hub");
    address->SetMinSize(wxSize(dialog.FromDIP(360), -1));
    grid->Add(address, wxSizerFlags().Expand());
    // TRANSLATORS: hub link field: the unit's code on the hub, from the IT office
    grid->Add(new wxStaticText(&dialog, wxID_ANY, _("Unit code")), wxSizerFlags().CenterVertical());
    auto* unit = new wxTextCtrl(&dialog, wxID_ANY, current ? Wx(current->unit) : wxString());
    unit->SetName("hub_unit");
    grid->Add(unit, wxSizerFlags().Expand());
    top->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, dialog.FromDIP(12)));
    auto* problem = new wxStaticText(&dialog, wxID_ANY, wxString());
    problem->SetName("hub_link_problem");
    problem->SetForegroundColour(wxColour(176, 0, 32));
    top->Add(problem, wxSizerFlags().Expand().Border(wxALL, dialog.FromDIP(12)));
    top->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL),
             wxSizerFlags().Expand().Border(wxALL, dialog.FromDIP(8)));
    dialog.SetSizerAndFit(top);
    dialog.CentreOnParent();
    bool linked = false;
    dialog.Bind(
        wxEVT_BUTTON,
        [&](wxCommandEvent& event) {
            try {
                core::LinkWorkspace(workspace, Utf8(address->GetValue().Strip(wxString::both)),
                                    Utf8(unit->GetValue().Strip(wxString::both)));
                linked = true;
                dialog.EndModal(wxID_OK);
            } catch (const core::UserError& error) {
                // The dialog stays open with what was typed, and says why in one line.
                problem->SetLabel(Wx(error.what()));
                problem->Wrap(dialog.FromDIP(460));
                dialog.Layout();
                dialog.Fit();
            }
            (void)event;
        },
        wxID_OK);
    dialog.ShowModal();
    return linked;
}

}  // namespace ziwb::gui
#endif
