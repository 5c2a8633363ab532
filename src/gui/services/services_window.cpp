// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/services_window.hpp"

#include <wx/display.h>
#include <wx/notebook.h>
#include <wx/sizer.h>

#include <algorithm>

#include "frame/main_frame.hpp"
#include "frame/workbench_view.hpp"
#include "services/forum_page.hpp"
#include "services/service_rules.hpp"
#include "services/standard_page.hpp"
#include "services/survey_page.hpp"
#include "session/workspace_session.hpp"
#include "util/program_dir.hpp"

namespace ziwb::gui {

// Like the readiness window, it belongs to the workbench view, which goes with its session.
ServicesWindow::ServicesWindow(MainFrame& frame, WorkspaceSession& session)
    // TRANSLATORS: title of the window of the unit's services, forums and surveys
    : wxFrame(frame.View(), wxID_ANY, _("Public Services"), wxDefaultPosition, wxDefaultSize,
              wxDEFAULT_FRAME_STYLE | wxFRAME_FLOAT_ON_PARENT),
      m_frame(frame),
      m_session(session) {
    SetName("services_window");
    m_context = std::make_unique<ServicesContext>(
        ServicesContext{frame, session, core::InstalledServiceRules(ProgramDirectory()),
                        session.Workspace().IsReadOnly(), [this](const std::string& criterion) { Changed(criterion); },
                        [this](const wxString& text) { SetStatusText(text); }});
    m_book = new wxNotebook(this, wxID_ANY);
    m_book->SetName("services_pages");
    m_standards = new StandardPage(m_book, *m_context);
    m_forums = new ForumPage(m_book, *m_context);
    m_surveys = new SurveyPage(m_book, *m_context);
    // TRANSLATORS: page of the services window: the catalogue and each service's standard
    m_book->AddPage(m_standards, _("Service Standards"));
    // TRANSLATORS: page of the services window: Forum Konsultasi Publik
    m_book->AddPage(m_forums, _("Public Consultation Forums"));
    // TRANSLATORS: page of the services window: Survei Kepuasan Masyarakat
    m_book->AddPage(m_surveys, _("Satisfaction Surveys"));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_book, wxSizerFlags(1).Expand());
    SetSizer(sizer);
    CreateStatusBar();
    if (m_context->read_only) {
        // TRANSLATORS: status bar of the services window on a workspace opened for reading only
        SetStatusText(_("This workspace is open for reading only: the services are shown, not changed."));
    }
    // As large as the work area allows, up to 1000x700: everything fits a 1024x768 screen.
    const int index = wxDisplay::GetFromWindow(&frame);
    const wxRect area = wxDisplay(index == wxNOT_FOUND ? 0U : static_cast<unsigned>(index)).GetClientArea();
    const wxSize wanted = FromDIP(wxSize(1000, 700));
    SetSize(wxSize(std::min(wanted.x, area.width), std::min(wanted.y, area.height)));
    CentreOnParent();
    Reload();
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        // A standard being typed is recorded when the window closes; if it cannot be (the user is
        // told why), the window stays open with what was typed.
        const bool typed = m_standards->HasUnsavedEdits();
        if (typed && !m_standards->SaveBeforeLeaving() && event.CanVeto()) {
            event.Veto();
            return;
        }
        if (typed) {
            m_session.NotifyEvidenceChanged(-1);
        }
        event.Skip();
    });
}

ServicesWindow::~ServicesWindow() = default;

void ServicesWindow::ShowPage(Page page) {
    m_book->SetSelection(static_cast<std::size_t>(page));
}

ServicesWindow::Page ServicesWindow::CurrentPage() const {
    return static_cast<Page>(std::max(m_book->GetSelection(), 0));
}

void ServicesWindow::Reload() {
    m_standards->Reload();
    m_forums->Reload();
    m_surveys->Reload();
}

void ServicesWindow::Changed(const std::string& criterion) {
    Reload();
    // The workbench's views follow: the evidence cache, the panels, the readiness check.
    m_session.NotifyEvidenceChanged(criterion.empty() ? -1 : m_session.Form().Find(criterion));
}

ServicesWindow* ShowServices(MainFrame& frame, ServicesWindow::Page page) {
    if (frame.Session() == nullptr || frame.View() == nullptr) {
        return nullptr;
    }
    auto* window = dynamic_cast<ServicesWindow*>(wxWindow::FindWindowByName("services_window", &frame));
    if (window == nullptr) {
        window = new ServicesWindow(frame, *frame.Session());
    } else {
        window->Reload();
    }
    window->ShowPage(page);
    window->Show();
    window->Raise();
    return window;
}

}  // namespace ziwb::gui
