// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/panel.h>

#include <functional>
#include <string>
#include <vector>

#include "readiness/action_plan.hpp"
#include "readiness/readiness_check.hpp"
#include "readiness/readiness_path.hpp"
#include "session/workspace_session.hpp"

class wxButton;
class wxChoice;
class wxListCtrl;
class wxListEvent;
class wxNotebook;
class wxStaticText;
class wxTextCtrl;

namespace ziwb::gui {

/// Readiness in three pages: the pre-submission check (every problem, most points first), the
/// cheapest path to WBK or WBBM (proven optimal, with the next alternatives) and the action plan
/// as a timeline by due date (overdue tasks red, this week's yellow). Everything is computed by
/// the core; the panel follows the session's changes.
class ReadinessPanel final : public wxPanel {
public:
    enum Page { CheckPage = 0, PathPage = 1, PlanPage = 2 };

    /// `select` shows a criterion in the workbench (double-click on a row).
    ReadinessPanel(wxWindow* parent, WorkspaceSession& session, std::function<void(int)> select);

    /// Computes everything again from the workspace.
    void Recompute();
    void ShowPage(Page page);
    /// "This week: ..." for the plan's tasks due within 7 days and those overdue; empty when none.
    [[nodiscard]] wxString DueSummary() const;

    [[nodiscard]] const std::vector<core::ReadinessFinding>& Findings() const { return m_findings; }
    [[nodiscard]] const core::ReadinessPath& Path() const { return m_path; }
    [[nodiscard]] const std::vector<core::PlanTask>& Plan() const { return m_plan; }

private:
    wxWindow* BuildCheckPage(wxNotebook* book);
    wxWindow* BuildPathPage(wxNotebook* book);
    wxWindow* BuildPlanPage(wxNotebook* book);
    void FillCheck();
    void FillPath();
    void FillPlan();
    void OnBuildPlan();
    void OnSetStatus(const std::string& status);
    void SelectCode(const std::string& code);

    WorkspaceSession& m_session;
    std::function<void(int)> m_select;
    Subscription m_subscription;
    std::string m_today;
    std::vector<core::ReadinessFinding> m_findings;
    core::ReadinessPath m_path;
    std::vector<core::PlanTask> m_plan;

    wxNotebook* m_book = nullptr;
    wxStaticText* m_check_summary = nullptr;
    wxListCtrl* m_check_list = nullptr;
    wxChoice* m_predicate = nullptr;
    wxStaticText* m_path_summary = nullptr;
    wxListCtrl* m_path_list = nullptr;
    wxStaticText* m_alternatives = nullptr;
    wxTextCtrl* m_person = nullptr;
    wxTextCtrl* m_due = nullptr;
    wxStaticText* m_plan_summary = nullptr;
    wxListCtrl* m_plan_list = nullptr;
};

}  // namespace ziwb::gui
