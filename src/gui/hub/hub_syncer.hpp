// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/event.h>
#include <wx/string.h>

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace ziwb::core {
class Workspace;
}  // namespace ziwb::core

namespace ziwb::gui {

/// Keeps an open workspace in sync with its hub while the workbench shows it: a worker thread
/// listens for the unit's notifications (LISTEN/NOTIFY) and syncs when others' changes arrive,
/// when asked, and every half minute (work done offline goes as soon as the hub answers again).
/// The worker uses its own workspace connection; the workbench sees what a sync wrote through its
/// outside-changes timer, as it sees another program's writes. Nothing here touches a widget from
/// the worker: the state reaches the UI thread through CallAfter.
class HubSyncer final : public wxEvtHandler {
public:
    enum class State { Starting, Syncing, Synced, Unreachable, Refused };

    /// Starts watching when `workspace`, the one the workbench has open, is linked (else does
    /// nothing). The worker opens the same file on its own connection. `changed` is called on the
    /// UI thread whenever the state or its text changes.
    HubSyncer(core::Workspace& workspace, std::function<void()> changed);
    ~HubSyncer() override;
    HubSyncer(const HubSyncer&) = delete;
    HubSyncer& operator=(const HubSyncer&) = delete;

    [[nodiscard]] bool Linked() const { return m_linked; }
    [[nodiscard]] State CurrentState() const { return m_state; }
    /// One line for the status bar: "Hub dinas-a: synced 10:42", "Hub dinas-a: unreachable, ...".
    [[nodiscard]] wxString StatusText() const { return m_text; }
    /// Asks for a sync now (after a local change, or from the menu).
    void SyncNow();
    /// How many syncs finished (tests wait on it).
    [[nodiscard]] int SyncsFinished() const { return m_finished; }

private:
    void Work(const std::stop_token& stop);
    /// Runs on the UI thread.
    void Report(State state, const wxString& text);

    std::filesystem::path m_workspace;
    std::function<void()> m_changed;
    std::string m_address;
    std::string m_unit;
    bool m_linked = false;
    State m_state = State::Starting;
    wxString m_text;
    int m_finished = 0;
    std::mutex m_mutex;
    std::condition_variable_any m_wake;
    bool m_requested = true;  // the first sync runs at once
    std::jthread m_worker;    // last: it stops and joins before the members it uses go
};

}  // namespace ziwb::gui
