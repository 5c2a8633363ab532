// SPDX-License-Identifier: GPL-3.0-or-later
#include "readiness/readiness_window.hpp"

#include <wx/sizer.h>

#include <algorithm>

#include "frame/main_frame.hpp"
#include "frame/workbench_view.hpp"
#include "readiness/action_plan.hpp"

namespace ziwb::gui {

// The window belongs to the workbench view, which goes with its session (closing, opening another
// workspace), so the window never outlives the session it shows.
ReadinessWindow::ReadinessWindow(MainFrame& frame, WorkspaceSession& session)
    : wxFrame(frame.View(), wxID_ANY, _("Readiness"), wxDefaultPosition, frame.FromDIP(wxSize(1000, 700)),
              wxDEFAULT_FRAME_STYLE | wxFRAME_FLOAT_ON_PARENT) {
    SetName("readiness_window");
    m_panel = new ReadinessPanel(this, session, [&frame](int node) { frame.SelectNode(node); });
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_panel, wxSizerFlags(1).Expand());
    SetSizer(sizer);
    CreateStatusBar();
}

ReadinessWindow* ShowReadiness(MainFrame& frame, ReadinessPanel::Page page) {
    if (frame.Session() == nullptr || frame.View() == nullptr) {
        return nullptr;
    }
    auto* window = dynamic_cast<ReadinessWindow*>(wxWindow::FindWindowByName("readiness_window", &frame));
    if (window == nullptr) {
        window = new ReadinessWindow(frame, *frame.Session());
    } else {
        window->Panel().Recompute();
    }
    window->Panel().ShowPage(page);
    window->Show();
    window->Raise();
    return window;
}

void ShowDueThisWeek(MainFrame& frame) {
    if (frame.Session() == nullptr) {
        return;
    }
    const std::string today = core::TodayDate();
    const auto plan = core::LoadPlan(frame.Session()->Workspace());
    const bool due = std::any_of(plan.begin(), plan.end(), [&](const core::PlanTask& task) {
        return task.DueThisWeek(today) || task.Overdue(today);
    });
    if (due) {
        if (auto* window = ShowReadiness(frame, ReadinessPanel::PlanPage)) {
            window->SetStatusText(window->Panel().DueSummary());
        }
    }
}

}  // namespace ziwb::gui
