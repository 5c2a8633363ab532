// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/hub_syncer.hpp"

#include <wx/datetime.h>
#include <wx/intl.h>

#include <chrono>
#include <memory>

#include "common/error.hpp"
#include "common/utf8.hpp"
#include "hub/hub_link.hpp"
#include "hub/hub_sync.hpp"
#include "hub/pg_connection.hpp"
#include "util/wx_text.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::gui {

namespace {

// Unsent work is tried again this often, and a hub that did not answer this much later.
constexpr auto kPeriodicSync = std::chrono::seconds(30);
constexpr auto kRetryUnreachable = std::chrono::seconds(10);

}  // namespace

HubSyncer::HubSyncer(core::Workspace& workspace, std::function<void()> changed)
    : m_workspace(workspace.Path()), m_changed(std::move(changed)) {
#ifndef ZIWB_HAVE_HUB
    // A build without libpq (the Windows build today) has no hub: nothing is ever linked here.
    return;
#else
    try {
        if (const auto link = core::LoadHubLink(workspace)) {
            m_address = link->address;
            m_unit = link->unit;
            m_linked = true;
        }
    } catch (const core::Error&) {
        return;  // the workbench reports an unreadable workspace itself
    }
    if (!m_linked) {
        return;
    }
    // TRANSLATORS: status bar, right field: the hub link while the first sync runs; %s is the unit's code
    m_text = wxString::Format(_("Hub %s: connecting..."), Wx(m_unit));
    m_worker = std::jthread([this](const std::stop_token& stop) { Work(stop); });
#endif
}

HubSyncer::~HubSyncer() {
    if (m_worker.joinable()) {
        m_worker.request_stop();
        m_wake.notify_all();
        m_worker.join();
    }
}

void HubSyncer::SyncNow() {
    {
        const std::lock_guard lock(m_mutex);
        m_requested = true;
    }
    m_wake.notify_all();
}

void HubSyncer::Report(State state, const wxString& text) {
    m_state = state;
    m_text = text;
    if (state == State::Synced || state == State::Refused || state == State::Unreachable) {
        ++m_finished;
    }
    if (m_changed) {
        m_changed();
    }
}

void HubSyncer::Work(const std::stop_token& stop) {
#ifdef ZIWB_HAVE_HUB
    std::unique_ptr<core::HubWatcher> watcher;
    auto next_periodic = std::chrono::steady_clock::now() + kPeriodicSync;
    while (!stop.stop_requested()) {
        bool sync = false;
        try {
            if (!watcher) {
                watcher = std::make_unique<core::HubWatcher>(m_address, m_unit);
            }
            {
                std::unique_lock lock(m_mutex);
                sync = m_requested || std::chrono::steady_clock::now() >= next_periodic;
                m_requested = false;
            }
            // Waits for the unit's notification a second at a time, so a stop is noticed quickly.
            sync = sync || watcher->Changed(1000);
            if (!sync) {
                continue;
            }
            CallAfter([this] {
                // TRANSLATORS: status bar, right field: a sync runs; %s is the unit's code
                Report(State::Syncing, wxString::Format(_("Hub %s: syncing..."), Wx(m_unit)));
            });
            auto workspace = core::Workspace::Open(m_workspace, core::Workspace::Access::ReadWrite);
            const auto summary = core::SyncWorkspace(workspace, watcher->Connection());
            next_periodic = std::chrono::steady_clock::now() + kPeriodicSync;
            const std::size_t conflicts = summary.conflicts.size();
            CallAfter([this, conflicts] {
                const wxString time = wxDateTime::Now().Format("%H:%M");
                Report(State::Synced,
                       conflicts == 0
                           // TRANSLATORS: status bar, right field: %s the unit's code, %s the time of the last sync
                           ? wxString::Format(_("Hub %s: synced %s"), Wx(m_unit), time)
                           // TRANSLATORS: status bar, right field: synced, with conflicts to resolve
                           : wxString::Format(_("Hub %s: synced %s, %zu conflicts"), Wx(m_unit), time, conflicts));
            });
        } catch (const core::HubError& error) {
            watcher.reset();
            const bool unreachable = error.Unreachable();
            const wxString message = Wx(core::OneLine(error.what()));
            CallAfter([this, unreachable, message] {
                Report(unreachable ? State::Unreachable : State::Refused,
                       unreachable
                           // TRANSLATORS: status bar, right field: the hub did not answer; work stays in the file
                           ? wxString::Format(_("Hub %s: not reachable, working offline"), Wx(m_unit))
                           // TRANSLATORS: status bar, right field: the hub refused; %s the reason
                           : wxString::Format(_("Hub %s: %s"), Wx(m_unit), message));
            });
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, stop, kRetryUnreachable, [this] { return m_requested; });
        } catch (const core::Error& error) {
            const wxString message = Wx(core::OneLine(error.what()));
            CallAfter(
                [this, message] { Report(State::Refused, wxString::Format(_("Hub %s: %s"), Wx(m_unit), message)); });
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, stop, kRetryUnreachable, [this] { return m_requested; });
        }
    }
#else
    (void)stop;
#endif
}

}  // namespace ziwb::gui
