// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame/trust_check.hpp"

#include <exception>
#include <string>
#include <utility>

#include "common/error.hpp"
#include "common/utf8.hpp"
#include "log/audit.hpp"
#include "util/wx_text.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::gui {

TrustCheck::TrustCheck(wxEvtHandler& owner, const std::filesystem::path& path,
                       std::function<void(const wxString&)> done)
    : m_state(std::make_shared<State>(State{.done = std::move(done)})) {
    m_thread = std::jthread([&owner, path, state = m_state] {
        std::string problem = Run(path);
        // CallAfter queues safely from any thread. The owner outlives this thread (it joins it)
        // and drops what is still queued for it when it goes.
        owner.CallAfter([state, problem = std::move(problem)] {
            if (state->current) {
                state->answered = true;
                state->done(Wx(problem));
            }
        });
    });
}

TrustCheck& TrustCheck::operator=(TrustCheck&& other) noexcept {
    if (this != &other) {
        Forget();
        m_state = std::move(other.m_state);
        m_thread = std::move(other.m_thread);
    }
    return *this;
}

TrustCheck::~TrustCheck() {
    Forget();
}

void TrustCheck::Forget() {
    if (m_thread.joinable()) {
        m_thread.join();
    }
    if (m_state != nullptr) {
        m_state->current = false;  // an answer still queued for the owner is not delivered
    }
}

std::string TrustCheck::Run(const std::filesystem::path& path) {
    try {
        auto workspace = core::Workspace::Open(path, core::Workspace::Access::ReadOnly);
        const core::AuditReport report = core::VerifyLog(workspace);
        return report.intact ? std::string() : core::OneLine(report.problem);
    } catch (const core::Error& error) {
        return core::OneLine(error.what());  // a log that cannot even be read does not hold either
    } catch (const std::exception& error) {
        // Not let out of the thread (that would end the program): the log was not shown to hold.
        return core::OneLine(error.what());
    }
}

}  // namespace ziwb::gui
