// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/event.h>
#include <wx/string.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <thread>

namespace ziwb::gui {

/// Checks a workspace's change log (hashes, signatures, the tables against a replay) on a thread
/// of its own, over its own read-only connection, so that opening a workspace does not wait for
/// it: the window shows at once, and a long log (10,000 entries take a quarter of a second) never
/// holds it up. The check reads in one transaction, so it sees one consistent state even while
/// the window writes; a commit waits for it to finish at most.
class TrustCheck {
public:
    /// Nothing checked (no workspace open).
    TrustCheck() = default;
    /// Starts checking the workspace at `path`. `done` receives, on `owner`'s thread, the first
    /// problem as one line, or an empty text when the log holds; never after this object is gone.
    TrustCheck(wxEvtHandler& owner, const std::filesystem::path& path, std::function<void(const wxString&)> done);
    TrustCheck(TrustCheck&&) noexcept = default;
    TrustCheck& operator=(TrustCheck&& other) noexcept;
    TrustCheck(const TrustCheck&) = delete;
    TrustCheck& operator=(const TrustCheck&) = delete;
    ~TrustCheck();

    /// Whether the answer has reached `done` (false while the check runs, and with none started).
    [[nodiscard]] bool Answered() const { return m_state != nullptr && m_state->answered; }

    /// The check itself, on the calling thread: empty when the log holds, else its first problem
    /// (UTF-8: the text crosses threads as bytes, wxString's buffers are not shared safely).
    [[nodiscard]] static std::string Run(const std::filesystem::path& path);

private:
    /// Shared with the answer on its way to the owner: it is dropped when this object went first.
    struct State {
        bool current = true;
        bool answered = false;
        std::function<void(const wxString&)> done;
    };
    void Forget();

    std::shared_ptr<State> m_state;
    std::jthread m_thread;  // last: joined before the state goes
};

}  // namespace ziwb::gui
