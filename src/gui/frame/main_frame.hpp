// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/filehistory.h>
#include <wx/frame.h>
#include <wx/timer.h>

#include <filesystem>
#include <memory>
#include <string>

#include "frame/trust_check.hpp"
#include "session/workspace_lock.hpp"
#include "session/workspace_session.hpp"

class wxMenu;

namespace ziwb::gui {

class EvidenceService;
class HubSyncer;
class StartPanel;
class WorkbenchView;

/// The one top-level window. It holds the open session and swaps between the start screen and the
/// workbench view; menus are built from the commands, which do the work. No logic lives in its
/// event handlers.
class MainFrame final : public wxFrame {
public:
    /// Opens on the start page; `start_page` false leaves the window empty for a workspace about to
    /// be opened (launch with a file: the start page would be built only to be thrown away).
    explicit MainFrame(bool start_page = true);
    ~MainFrame() override;

    /// Opens a workspace file; says why in a message box when it cannot. Returns whether it opened.
    bool OpenWorkspace(const wxString& path);
    /// Closes the workspace and shows the start screen.
    void CloseWorkspace();

    [[nodiscard]] WorkspaceSession* Session() { return m_session.get(); }
    [[nodiscard]] const WorkspaceSession* Session() const { return m_session.get(); }
    /// The evidence of the open workspace; null with none open (or without the evidence module).
    [[nodiscard]] EvidenceService* Evidence() { return m_evidence.get(); }
    [[nodiscard]] WorkbenchView* View() { return m_view; }
    [[nodiscard]] const WorkbenchView* View() const { return m_view; }
    [[nodiscard]] StartPanel* Start() { return m_start; }

    void SelectNode(int node);
    [[nodiscard]] int CurrentNode() const;
    /// Writes what waits for a pause in typing (a note, counts).
    void CommitPending();

    /// Runs a command by name if it is enabled now; returns whether it ran.
    bool RunCommand(const std::string& name);
    [[nodiscard]] bool IsCommandEnabled(const std::string& name) const;

    /// Rebuilds menus and views in the current language.
    void Relabel();
    /// Adds a file to the recent list.
    void RememberRecent(const wxString& path);
    [[nodiscard]] const wxFileHistory& History() const { return m_history; }
    /// The folder where the demo workspace lives.
    [[nodiscard]] static std::filesystem::path DemoPath();

    /// Shows an error message in the user's words, with `what` as the title.
    void ShowError(const wxString& what, const wxString& message);

    /// Loads what another program (or window) wrote to the workspace, if anything; a timer calls
    /// it every second while no dialog is open. Returns whether something was loaded.
    bool LoadOutsideChanges();
    /// Reads the open workspace again and rebuilds the views on it (after its details changed).
    bool ReloadWorkspace();
    /// The hub sync of the open workspace; null with none open or in a build without the hub.
    [[nodiscard]] HubSyncer* Hub() { return m_hub.get(); }
    [[nodiscard]] const HubSyncer* Hub() const { return m_hub.get(); }
    /// Starts (again) keeping the open workspace in sync with its hub, after it was linked.
    void RestartHubSync();
    /// The first problem the change log's check found when the workspace opened; empty when it
    /// holds, and until the check, which runs beside the window, has answered (TrustChecked).
    [[nodiscard]] const wxString& TrustProblem() const { return m_trust_problem; }
    [[nodiscard]] bool TrustChecked() const { return m_trust_check.Answered(); }
    /// The start page: open, make or try a workspace.
    void ShowStart();

private:
    void BuildMenus();
    /// Keeps the window inside the screen it opens on (a remembered or default size can be larger).
    void FitToDisplay();
    void ShowWorkbench(int node);
    void UpdateTitle();
    void UpdateStatus();
    void OnMenu(wxCommandEvent& event);
    void OnUpdateUi(wxUpdateUIEvent& event);
    void OnRecent(wxCommandEvent& event);
    void OnClose(wxCloseEvent& event);
    /// Asks before opening a workspace another workbench has open; true to go on.
    bool ConfirmOpenedElsewhere(const wxString& path);
    void ReleaseWorkspace();
    /// The change log's check has answered: a problem shows as a banner above the workbench.
    void ShowTrustProblem(const wxString& problem);
    /// Remembers the criterion shown, to open on it next time.
    void RememberPlace();
    [[nodiscard]] static wxString PlaceKey(const wxString& path);

    WorkspaceLock m_lock;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<EvidenceService> m_evidence;
    std::unique_ptr<HubSyncer> m_hub;
    Subscription m_subscription;
    WorkbenchView* m_view = nullptr;
    StartPanel* m_start = nullptr;
    wxFileHistory m_history{9};
    wxMenu* m_recent_menu = nullptr;
    wxTimer m_outside_changes;
    int m_running_commands = 0;
    wxString m_trust_problem;
    bool m_trust_check_due = false;  // a workspace opened, its log not yet being checked
    TrustCheck m_trust_check;        // after the members its answer touches: it joins first
};

}  // namespace ziwb::gui
