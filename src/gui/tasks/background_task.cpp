// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/background_task.hpp"

#include <wx/progdlg.h>
#include <wx/utils.h>

#include <atomic>
#include <exception>
#include <mutex>
#include <string>
#include <thread>

#include "util/wx_text.hpp"

namespace ziwb::gui {

namespace {

constexpr int kRefreshMs = 50;
constexpr int kScale = 1000;

/// Progress the worker writes and the UI thread reads.
class SharedProgress final : public core::ProgressSink {
public:
    void Report(std::uint64_t done, std::uint64_t total, std::string_view label) override {
        std::lock_guard lock(m_mutex);
        m_done = done;
        m_total = total;
        m_label.assign(label);
    }
    [[nodiscard]] bool CancelRequested() const override { return m_cancel.load(); }
    void Cancel() { m_cancel.store(true); }
    void Read(std::uint64_t& done, std::uint64_t& total, std::string& label) const {
        std::lock_guard lock(m_mutex);
        done = m_done;
        total = m_total;
        label = m_label;
    }

private:
    mutable std::mutex m_mutex;
    std::uint64_t m_done = 0;
    std::uint64_t m_total = 0;
    std::string m_label;
    std::atomic<bool> m_cancel{false};
};

}  // namespace

bool RunWithProgress(wxWindow* parent, const wxString& title, const std::function<void(core::ProgressSink&)>& work) {
    SharedProgress progress;
    std::atomic<bool> finished{false};
    std::exception_ptr failure;
    std::thread worker([&] {
        try {
            work(progress);
        } catch (...) {
            failure = std::current_exception();
        }
        finished.store(true);
    });
    {
        // TRANSLATORS: first text of a progress dialog
        wxProgressDialog dialog(title, _("Starting..."), kScale, parent,
                                wxPD_APP_MODAL | wxPD_AUTO_HIDE | wxPD_CAN_ABORT | wxPD_ELAPSED_TIME | wxPD_SMOOTH);
        dialog.SetName("progress_dialog");
        while (!finished.load()) {
            std::uint64_t done = 0;
            std::uint64_t total = 0;
            std::string label;
            progress.Read(done, total, label);
            bool keep_going = true;
            if (total > 0) {
                const int value = static_cast<int>(std::min<std::uint64_t>(done * kScale / total, kScale - 1));
                keep_going = dialog.Update(value, Wx(label));
            } else {
                keep_going = dialog.Pulse(label.empty() ? wxString(_("Working...")) : Wx(label));
            }
            if (!keep_going) {
                progress.Cancel();
                // TRANSLATORS: progress dialog after Cancel, while the work reaches a safe point
                dialog.Resume();
                dialog.Pulse(_("Stopping at the next safe point..."));
            }
            wxMilliSleep(kRefreshMs);
        }
    }
    worker.join();
    if (failure) {
        std::rethrow_exception(failure);
    }
    return !progress.CancelRequested();
}

}  // namespace ziwb::gui
