// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame/main_frame.hpp"
#include "frame/read_only_banner.hpp"
#include "frame/trust_banner.hpp"
#include "hub/hub_syncer.hpp"

#include <wx/config.h>
#include <wx/display.h>
#include <wx/filename.h>
#include <wx/menu.h>
#include <wx/modalhook.h>
#include <wx/msgdlg.h>
#include <wx/persist/toplevel.h>
#include <wx/sizer.h>
#include <wx/stdpaths.h>

#include <SQLiteCpp/Exception.h>

#include <algorithm>
#include <functional>
#include <string>

#include "commands/command.hpp"
#include "common/error.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "evidence/evidence_service.hpp"
#include "frame/start_panel.hpp"
#include "frame/workbench_view.hpp"
#include "navigator/node_text.hpp"
#include "readiness/readiness_window.hpp"
#include "util/app_icon.hpp"
#include "util/message_dialog.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

namespace {

/// Counts the modal dialogs open now (message boxes, file choosers, the wizard).
class ModalDialogCount final : public wxModalDialogHook {
public:
    ModalDialogCount() { Register(); }
    [[nodiscard]] int Open() const { return m_open; }

protected:
    int Enter(wxDialog*) override {
        ++m_open;
        return wxID_NONE;
    }
    void Exit(wxDialog*) override { --m_open; }

private:
    int m_open = 0;
};

bool IsAnyModalDialogOpen() {
    static ModalDialogCount count;
    return count.Open() > 0;
}

}  // namespace

MainFrame::MainFrame(bool start_page) : wxFrame(nullptr, wxID_ANY, "ZI Workbench") {
    SetName("main_frame");
    wxIconBundle icons;
    for (const int size : {16, 32, 48, 64, 128}) {
        icons.AddIcon(AppIcon().GetIcon(wxSize(size, size)));
    }
    SetIcons(icons);
    // The first time: most of the screen it opens on (all of a laptop's); later, the size remembered.
    const wxRect area = wxDisplay(0U).GetClientArea();
    SetInitialSize(area.width < FromDIP(1400) ? area.GetSize() : wxSize(area.width * 9 / 10, area.height * 9 / 10));
    SetMinClientSize(FromDIP(wxSize(760, 520)));
    CreateStatusBar(2);
    // The second field says how the hub link is, when there is one (empty otherwise).
    const int widths[] = {-1, FromDIP(0)};
    GetStatusBar()->SetStatusWidths(2, widths);
    BuildMenus();
    m_history.Load(*wxConfigBase::Get());
    m_history.AddFilesToMenu(m_recent_menu);
    Bind(wxEVT_MENU, &MainFrame::OnMenu, this);
    Bind(wxEVT_UPDATE_UI, &MainFrame::OnUpdateUi, this);
    Bind(wxEVT_MENU, &MainFrame::OnRecent, this, wxID_FILE1, wxID_FILE9);
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::OnClose, this);
    SetSizer(new wxBoxSizer(wxVERTICAL));
    wxPersistentRegisterAndRestore(this, "main_frame");
    FitToDisplay();
    m_outside_changes.SetOwner(this);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { LoadOutsideChanges(); });
    // The change log's check waits for the first idle after a workspace opens, which comes once the
    // window has been painted: on a two-core laptop its threads would otherwise take the
    // processor from that first paint (bench/gui). Its answer is a banner, seldom needed at once.
    Bind(wxEVT_IDLE, [this](wxIdleEvent& event) {
        event.Skip();
        if (m_trust_check_due && m_session != nullptr) {
            m_trust_check_due = false;
            m_trust_check = TrustCheck(*this, m_session->Workspace().Path(),
                                       [this](const wxString& problem) { ShowTrustProblem(problem); });
        }
    });
    if (start_page) {
        ShowStart();
    }
}

MainFrame::~MainFrame() {
    m_outside_changes.Stop();
    RememberPlace();
    // The views subscribe to the session: they go first.
    DestroyChildren();
    ReleaseWorkspace();
}

void MainFrame::ShowTrustProblem(const wxString& problem) {
    m_trust_problem = problem;
    if (problem.empty() || m_view == nullptr) {
        return;  // the start page has no banner; a workbench shown later adds it (ShowWorkbench)
    }
    // Right above the workbench, under the read-only banner if there is one.
    wxSizer* sizer = GetSizer();
    std::size_t index = 0;
    while (index < sizer->GetItemCount() && sizer->GetItem(index)->GetWindow() != m_view) {
        ++index;
    }
    sizer->Insert(index, new TrustBanner(this, m_trust_problem), wxSizerFlags().Expand());
    Layout();
}

void MainFrame::RestartHubSync() {
    m_hub.reset();
    const int widths[] = {-1, FromDIP(0)};
    GetStatusBar()->SetStatusWidths(2, widths);
    SetStatusText(wxString(), 1);
#ifdef ZIWB_HAVE_HUB
    if (m_session == nullptr || m_session->Workspace().IsReadOnly()) {
        return;
    }
    m_hub = std::make_unique<HubSyncer>(m_session->Workspace(), [this] {
        if (m_hub != nullptr && GetStatusBar() != nullptr) {
            SetStatusText(m_hub->StatusText(), 1);
        }
    });
    if (m_hub->Linked()) {
        const int linked_widths[] = {-1, FromDIP(340)};
        GetStatusBar()->SetStatusWidths(2, linked_widths);
        SetStatusText(m_hub->StatusText(), 1);
    }
#endif
}

void MainFrame::ReleaseWorkspace() {
    // The hub's worker writes to the workspace: it stops before the workspace goes.
    m_hub.reset();
    if (GetStatusBar() != nullptr) {
        const int widths[] = {-1, FromDIP(0)};
        GetStatusBar()->SetStatusWidths(2, widths);
        SetStatusText(wxString(), 1);
    }
    m_trust_check = {};  // waits for a check still running: it reads the workspace
    m_trust_check_due = false;
    m_trust_problem.clear();
    m_subscription = {};
    m_evidence.reset();
    m_session.reset();
    m_lock = {};
}

void MainFrame::FitToDisplay() {
    const int index = wxDisplay::GetFromWindow(this);
    const wxRect area = wxDisplay(index == wxNOT_FOUND ? 0U : static_cast<unsigned>(index)).GetClientArea();
    if (area.IsEmpty()) {
        return;
    }
    wxRect rect = GetRect();
    const bool too_big = rect.width > area.width || rect.height > area.height;
    rect.width = std::min(rect.width, area.width);
    rect.height = std::min(rect.height, area.height);
    rect.x = std::clamp(rect.x, area.x, area.GetRight() - rect.width + 1);
    rect.y = std::clamp(rect.y, area.y, area.GetBottom() - rect.height + 1);
    SetMinClientSize(wxSize(std::min(GetMinClientSize().x, area.width), std::min(GetMinClientSize().y, area.height)));
    SetSize(rect);
    if (too_big) {
        Maximize();  // with a window manager: the whole work area, decorations inside it
    }
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
    if (m_session->Workspace().IsReadOnly()) {
        GetSizer()->Add(new ReadOnlyBanner(this, [this] { RunCommand("file/save_copy"); }), wxSizerFlags().Expand());
    }
    if (!m_trust_problem.empty()) {
        GetSizer()->Add(new TrustBanner(this, m_trust_problem), wxSizerFlags().Expand());
    }
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
    const bool same_file = m_session != nullptr && m_session->Workspace().Path() == PathOf(path);
    if (!same_file && !ConfirmOpenedElsewhere(path)) {
        return false;
    }
    // Once the old views are gone, a failure must not leave half a workspace behind them (a session
    // without its evidence service, a lock kept): the start page comes back instead.
    bool replaced = false;
    const auto failed = [&](const wxString& message) {
        if (replaced) {
            ReleaseWorkspace();
            ShowStart();
        }
        ShowError(title, message);
        return false;
    };
    try {
        // Read-only media, or a folder the user may not write: open for reading, with a banner.
        auto workspace = core::Workspace::Open(PathOf(path), core::Workspace::Access::ReadWriteIfPossible);
        auto session = std::make_unique<WorkspaceSession>(std::move(workspace));
        // The old views go before the session they watch.
        RememberPlace();
        GetSizer()->Clear(true);
        m_view = nullptr;
        m_start = nullptr;
        replaced = true;
        ReleaseWorkspace();
        if (!session->Workspace().IsReadOnly()) {
            m_lock = WorkspaceLock(PathOf(path));
        }
        m_session = std::move(session);
        m_trust_check_due = true;  // once the window is painted (the idle handler in the constructor)
        m_evidence = EvidenceService::Create(*m_session);
        m_subscription = m_session->Subscribe([this](const SessionChange&) { UpdateStatus(); });
    } catch (const core::UserError& error) {
        return failed(Wx(error.what()));
    } catch (const core::Error& error) {
        // TRANSLATORS: an internal failure; the details follow
        return failed(_("Something went wrong inside ZI Workbench:") + "\n" + Wx(error.what()));
    } catch (const SQLite::Exception& error) {
        return failed(_("Something went wrong inside ZI Workbench:") + "\n" + Wx(error.what()));
    }
    m_outside_changes.Start(1000);
    RestartHubSync();
    RememberRecent(path);
    // Open where the user left off; else on the first criterion that still needs an answer; a
    // complete LKE opens on its first.
    int first = m_session->Form().Find(Utf8(wxConfigBase::Get()->Read(PlaceKey(path), wxString())));
    for (const int criterion : m_session->Form().Criteria()) {
        if (first >= 0) {
            break;
        }
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
    RememberPlace();
    m_outside_changes.Stop();
    GetSizer()->Clear(true);
    m_view = nullptr;
    ReleaseWorkspace();
    ShowStart();
}

bool MainFrame::ConfirmOpenedElsewhere(const wxString& path) {
    const auto holder = WorkspaceLock::OtherHolder(PathOf(path));
    if (!holder) {
        return true;
    }
    // TRANSLATORS: a second workbench opens a workspace: who has it open, on which computer, since when
    wxString since = Wx(holder->since.substr(0, 16));
    since.Replace("T", " ");
    wxString message = wxString::Format(_("%s has this workspace open on %s (since %s UTC)."), Wx(holder->author),
                                        Wx(holder->host), since);
    message << "\n\n"
            // TRANSLATORS: after who has the workspace open
            << _("You can both work in it: every change is saved at once, and each window shows the other's "
                 "changes within a second. Open it here too?");
    // TRANSLATORS: title of the question
    MessageDialog ask(this, message, _("The workspace is already open"), wxYES_NO | wxICON_QUESTION);
    // TRANSLATORS: buttons of the question whether to open a workspace that is open elsewhere
    ask.SetYesNoLabels(_("Open here too"), _("Do not open"));
    return ask.ShowModal() == wxID_YES;
}

bool MainFrame::LoadOutsideChanges() {
    // Not while a dialog is open or a command runs: what they work on must not be rebuilt under them.
    if (m_session == nullptr || m_running_commands > 0 || IsAnyModalDialogOpen() || !IsEnabled() ||
        !m_session->ChangedElsewhere()) {
        return false;
    }
    return ReloadWorkspace();
}

bool MainFrame::ReloadWorkspace() {
    if (m_session == nullptr) {
        return false;
    }
    CommitPending();
    const int node = CurrentNode();
    // The views hold the form the session replaces: they go first.
    Freeze();
    GetSizer()->Clear(true);
    m_view = nullptr;
    m_start = nullptr;
    try {
        m_session->ReloadFromDisk();
    } catch (const core::Error& error) {
        Thaw();
        m_outside_changes.Stop();
        CloseWorkspace();
        ShowError(_("The workspace cannot be opened"), Wx(error.what()));
        return false;
    }
    m_evidence->Reload();
    ShowWorkbench(node);
    Thaw();
    UpdateTitle();
    UpdateStatus();
    return true;
}

wxString MainFrame::PlaceKey(const wxString& path) {
    wxFileName name(path);
    name.MakeAbsolute();
    // A settings key cannot hold the path's slashes: its hash stands for it.
    return wxString::Format("/LastCriterion/%zx", std::hash<std::string>()(Utf8(name.GetFullPath())));
}

void MainFrame::RememberPlace() {
    if (m_session == nullptr || m_view == nullptr || CurrentNode() < 0) {
        return;
    }
    wxConfigBase::Get()->Write(PlaceKey(Wx(m_session->Workspace().Path())),
                               Wx(m_session->Form().Node(CurrentNode()).code));
    wxConfigBase::Get()->Flush();
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
    ++m_running_commands;
    const struct Done {
        int& count;
        ~Done() { --count; }
    } done{m_running_commands};
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
    MessageDialog dialog(this, message, what, wxOK | wxICON_WARNING);
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
    RememberPlace();
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
