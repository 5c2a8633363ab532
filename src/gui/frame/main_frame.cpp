#include "frame/main_frame.hpp"

#include <wx/config.h>
#include <wx/filename.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/persist/toplevel.h>
#include <wx/sizer.h>
#include <wx/stdpaths.h>

#include <SQLiteCpp/Exception.h>

#include "commands/command.hpp"
#include "common/error.hpp"
#include "common/text.hpp"
#include "evidence/evidence_service.hpp"
#include "frame/start_panel.hpp"
#include "frame/workbench_view.hpp"
#include "navigator/node_text.hpp"
#include "readiness/readiness_window.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

MainFrame::MainFrame() : wxFrame(nullptr, wxID_ANY, "ZI Workbench") {
    SetName("main_frame");
    SetInitialSize(FromDIP(wxSize(1360, 860)));
    SetMinClientSize(FromDIP(wxSize(900, 560)));
    CreateStatusBar(1);
    BuildMenus();
    m_history.Load(*wxConfigBase::Get());
    m_history.AddFilesToMenu(m_recent_menu);
    Bind(wxEVT_MENU, &MainFrame::OnMenu, this);
    Bind(wxEVT_UPDATE_UI, &MainFrame::OnUpdateUi, this);
    Bind(wxEVT_MENU, &MainFrame::OnRecent, this, wxID_FILE1, wxID_FILE9);
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::OnClose, this);
    SetSizer(new wxBoxSizer(wxVERTICAL));
    wxPersistentRegisterAndRestore(this, "main_frame");
    ShowStart();
}

MainFrame::~MainFrame() {
    // The views subscribe to the session: they go first.
    DestroyChildren();
    m_subscription = {};
    m_evidence.reset();
    m_session.reset();
}

void MainFrame::BuildMenus() {
    wxMenu* recent = nullptr;
    wxMenuBar* old = GetMenuBar();
    if (m_recent_menu != nullptr) {
        m_history.RemoveMenu(m_recent_menu);
    }
    SetMenuBar(BuildMenuBar(recent));
    delete old;
    m_recent_menu = recent;
    m_history.UseMenu(m_recent_menu);
    m_history.AddFilesToMenu(m_recent_menu);
}

void MainFrame::Relabel() {
    CommitPending();
    if (m_session) {
        m_session->Refresh();
    }
    BuildMenus();
    if (m_view != nullptr) {
        ShowWorkbench(CurrentNode());
    } else {
        ShowStart();
    }
    UpdateTitle();
    UpdateStatus();
}

void MainFrame::ShowStart() {
    Freeze();
    GetSizer()->Clear(true);
    m_view = nullptr;
    m_start = new StartPanel(
        this, m_history, [this](const std::string& command) { RunCommand(command); },
        [this](const wxString& path) { OpenWorkspace(path); });
    GetSizer()->Add(m_start, wxSizerFlags(1).Expand());
    Layout();
    Thaw();
    UpdateTitle();
    // TRANSLATORS: status bar on the start screen
    SetStatusText(_("Open a workspace, start a new one, or try the demo."));
}

void MainFrame::ShowWorkbench(int node) {
    Freeze();
    GetSizer()->Clear(true);
    m_start = nullptr;
    WorkbenchView::Hooks hooks;
    hooks.run_command = [this](const std::string& command) { RunCommand(command); };
    if (m_evidence) {
        hooks.evidence_panel = [this](wxWindow* parent, int criterion) {
            return m_evidence->CreatePanel(parent, criterion);
        };
        hooks.has_evidence = [this](int criterion) { return m_evidence->Count(criterion) > 0; };
        hooks.checklist_panel = [this](wxWindow* parent, int criterion) {
            return m_evidence->CreateChecklist(parent, criterion);
        };
    }
    hooks.selected = [this](int) { UpdateStatus(); };
    m_view = new WorkbenchView(this, *m_session, std::move(hooks));
    GetSizer()->Add(m_view, wxSizerFlags(1).Expand());
    Layout();
    m_view->SelectNode(node);
    Thaw();
}

bool MainFrame::OpenWorkspace(const wxString& path) {
    CommitPending();
    // TRANSLATORS: title of the message when a workspace cannot be opened
    const wxString title = _("The workspace cannot be opened");
    try {
        auto workspace = core::Workspace::Open(PathOf(path), core::Workspace::Access::ReadWrite);
        auto session = std::make_unique<WorkspaceSession>(std::move(workspace));
        // The old views go before the session they watch.
        GetSizer()->Clear(true);
        m_view = nullptr;
        m_start = nullptr;
        m_subscription = {};
        m_evidence.reset();
        m_session = std::move(session);
        m_evidence = EvidenceService::Create(*m_session);
        m_subscription = m_session->Subscribe([this](const SessionChange&) { UpdateStatus(); });
    } catch (const core::UserError& error) {
        ShowError(title, Wx(error.what()));
        return false;
    } catch (const core::Error& error) {
        // TRANSLATORS: an internal failure; the details follow
        ShowError(title, _("Something went wrong inside ZI Workbench:") + "\n" + Wx(error.what()));
        return false;
    } catch (const SQLite::Exception& error) {
        ShowError(title, _("Something went wrong inside ZI Workbench:") + "\n" + Wx(error.what()));
        return false;
    }
    RememberRecent(path);
    // Open on the first criterion that still needs an answer; a complete LKE opens on its first.
    int first = -1;
    for (const int criterion : m_session->Form().Criteria()) {
        if (!m_session->Report().nodes[static_cast<std::size_t>(criterion)].value) {
            first = criterion;
            break;
        }
    }
    ShowWorkbench(first >= 0 ? first : m_session->Form().Criteria().front());
    UpdateTitle();
    UpdateStatus();
    ShowDueThisWeek(*this);
    return true;
}

void MainFrame::CloseWorkspace() {
    CommitPending();
    GetSizer()->Clear(true);
    m_view = nullptr;
    m_subscription = {};
    m_evidence.reset();
    m_session.reset();
    ShowStart();
}

void MainFrame::RememberRecent(const wxString& path) {
    wxFileName name(path);
    name.MakeAbsolute();
    m_history.AddFileToHistory(name.GetFullPath());
    m_history.Save(*wxConfigBase::Get());
    wxConfigBase::Get()->Flush();
}

std::filesystem::path MainFrame::DemoPath() {
    return PathOf(wxStandardPaths::Get().GetUserDataDir()) / "demo" / "dinas-tenaga-kerja.ziwb";
}

void MainFrame::SelectNode(int node) {
    if (m_view != nullptr) {
        m_view->SelectNode(node);
    }
}

int MainFrame::CurrentNode() const {
    return m_view != nullptr ? m_view->CurrentNode() : -1;
}

void MainFrame::CommitPending() {
    if (m_view != nullptr) {
        m_view->CommitPending();
    }
}

bool MainFrame::IsCommandEnabled(const std::string& name) const {
    const Command* command = FindCommand(name);
    return command != nullptr && command->enabled(*this);
}

bool MainFrame::RunCommand(const std::string& name) {
    const Command* command = FindCommand(name);
    if (command == nullptr) {
        return false;
    }
    CommitPending();
    if (!command->enabled(*this)) {
        return false;
    }
    try {
        command->run(*this);
    } catch (const core::UserError& error) {
        // TRANSLATORS: title of a message when an action could not be done
        ShowError(_("That did not work"), Wx(error.what()));
    } catch (const core::Error& error) {
        ShowError(_("That did not work"), _("Something went wrong inside ZI Workbench:") + "\n" + Wx(error.what()));
    } catch (const SQLite::Exception& error) {
        ShowError(_("That did not work"), _("Something went wrong inside ZI Workbench:") + "\n" + Wx(error.what()));
    }
    return true;
}

void MainFrame::ShowError(const wxString& what, const wxString& message) {
    wxMessageDialog dialog(this, message, what, wxOK | wxICON_WARNING);
    dialog.ShowModal();
}

void MainFrame::OnMenu(wxCommandEvent& event) {
    const Command* command = FindCommand(event.GetId());
    if (command == nullptr) {
        event.Skip();
        return;
    }
    RunCommand(command->name);
}

// wx binds only non-const handlers, so this one stays non-const.
// NOLINTNEXTLINE(readability-make-member-function-const)
void MainFrame::OnUpdateUi(wxUpdateUIEvent& event) {
    const Command* command = FindCommand(event.GetId());
    if (command == nullptr) {
        event.Skip();
        return;
    }
    event.Enable(command->enabled(*this));
}

void MainFrame::OnRecent(wxCommandEvent& event) {
    const wxString path = m_history.GetHistoryFile(static_cast<size_t>(event.GetId() - wxID_FILE1));
    if (!wxFileName::FileExists(path)) {
        m_history.RemoveFileFromHistory(static_cast<size_t>(event.GetId() - wxID_FILE1));
        m_history.Save(*wxConfigBase::Get());
        // TRANSLATORS: a recent workspace was moved or deleted
        ShowError(_("The workspace cannot be opened"),
                  wxString::Format(_("%s is no longer there: it was moved, renamed or deleted. It was taken off the "
                                     "recent list."),
                                   path));
        return;
    }
    OpenWorkspace(path);
}

void MainFrame::OnClose(wxCloseEvent& event) {
    CommitPending();
    event.Skip();
}

void MainFrame::UpdateTitle() {
    if (m_session == nullptr) {
        SetTitle("ZI Workbench");
        return;
    }
    const auto& info = m_session->Workspace().Info();
    SetTitle(Wx(info.unit_name) + " " + wxString::Format("%d", info.year) + L" \u2014 ZI Workbench");
}

void MainFrame::UpdateStatus() {
    if (m_session == nullptr || GetStatusBar() == nullptr) {
        return;
    }
    const auto& root = m_session->Report().nodes.front();
    wxString text;
    const int node = CurrentNode();
    if (node >= 0) {
        text << Wx(m_session->Form().Node(node).code) << L"   \u00b7   ";
    }
    // TRANSLATORS: status bar: completeness and that nothing needs saving
    text << wxString::Format(_("%d of %d criteria answered"), root.answered, root.criteria) << L"   \u00b7   "
         << _("every change is saved at once");
    SetStatusText(text);
}

}  // namespace ziwb::gui
