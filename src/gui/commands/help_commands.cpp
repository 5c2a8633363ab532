// SPDX-License-Identifier: GPL-3.0-or-later
// Help menu.
#include <wx/aboutdlg.h>
#include <wx/dialog.h>
#include <wx/display.h>
#include <wx/html/htmlwin.h>
#include <wx/sizer.h>

#include <algorithm>
#include <string_view>

#include "common/text.hpp"

#include "commands/command.hpp"
#include "common/version.hpp"
#include "frame/main_frame.hpp"
#include "util/app_icon.hpp"

namespace ziwb::gui {

extern const std::string_view kGuideIndonesian;
extern const std::string_view kGuideEnglish;

namespace {

/// The user guide (docs/guide/, embedded) in the language of the moment.
void ShowGuide(MainFrame& frame) {
    const std::string_view html = core::CurrentLanguage() == core::Language::English ? kGuideEnglish : kGuideIndonesian;
    // TRANSLATORS: title of the user guide window
    wxDialog dialog(&frame, wxID_ANY, _("ZI Workbench guide"), wxDefaultPosition, wxDefaultSize,
                    wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
    dialog.SetName("guide_dialog");
    auto* page = new wxHtmlWindow(&dialog, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxHW_SCROLLBAR_AUTO, "guide");
    page->SetPage(wxString::FromUTF8(html.data(), html.size()));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(page, wxSizerFlags(1).Expand());
    sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK), wxSizerFlags().Expand().Border(wxALL));
    dialog.SetSizer(sizer);
    // As large as reads well, never larger than the screen.
    const wxRect screen = wxDisplay(&frame).GetClientArea();
    dialog.SetSize(std::min(frame.FromDIP(760), screen.width - 40), std::min(frame.FromDIP(820), screen.height - 60));
    dialog.CentreOnParent();
    dialog.ShowModal();
}

}  // namespace

void AddHelpCommands(std::vector<Command>& commands) {
    commands.push_back({"help/guide", [] { return _("&User Guide"); },
                        [] { return _("The keys, the workflow and what the verdicts mean"); }, "F1", nullptr,
                        ShowGuide});
    commands.push_back({"help/about", [] { return _("&About ZI Workbench"); }, [] { return _("Version and purpose"); },
                        "", nullptr,
                        [](MainFrame& frame) {
                            wxAboutDialogInfo info;
                            info.SetName("ZI Workbench");
                            info.SetVersion(core::kAppVersion);
                            // TRANSLATORS: the About box's description
                            info.SetDescription(
                                _("Prepares the Zona Integritas self-assessment towards WBK and WBBM: "
                                  "the LKE of PermenPANRB 90/2021, scored exactly as the official "
                                  "workbook, with the evidence behind every answer."));
                            info.SetIcon(AppIcon().GetIcon(frame.FromDIP(wxSize(64, 64))));
                            // TRANSLATORS: the About box's licence line
                            info.SetCopyright(
                                _("Free software under the GNU General Public License, version 3 "
                                  "or (at your option) any later version (GPL-3.0-or-later)."));
                            info.SetLicence(
                                _("ZI Workbench is free software: you may use, study, share and improve it under "
                                  "the terms of the GNU General Public License as published by the Free Software "
                                  "Foundation, version 3 or any later version. It comes with NO WARRANTY. The full "
                                  "text (LICENSE) and the licences of the libraries it uses come with the program."));
                            wxAboutBox(info, &frame);
                        }});
}

}  // namespace ziwb::gui
