// SPDX-License-Identifier: GPL-3.0-or-later
#include "readiness/readiness_panel.hpp"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "common/error.hpp"
#include "common/text.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {
namespace {

wxColour OverdueColour() {
    return {0xF8, 0xCB, 0xAD};
}

wxColour ThisWeekColour() {
    return {0xFF, 0xEB, 0x9C};
}

wxListCtrl* NewList(wxWindow* parent, const wxString& name, const std::vector<std::pair<wxString, int>>& columns) {
    auto* list = new wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    list->SetName(name);
    for (const auto& [title, width] : columns) {
        list->AppendColumn(title, wxLIST_FORMAT_LEFT, parent->FromDIP(width));
    }
    return list;
}

void SetRow(wxListCtrl* list, long row, const std::vector<wxString>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
        list->SetItem(row, static_cast<int>(c), cells[c]);
    }
}

wxString AreaName(const core::Form& form, int number) {
    for (const auto& area : form.ChangeAreas()) {
        if (area.number == number) {
            return Wx(area.name);
        }
    }
    return "-";
}

}  // namespace

ReadinessPanel::ReadinessPanel(wxWindow* parent, WorkspaceSession& session, std::function<void(int)> select)
    : wxPanel(parent, wxID_ANY), m_session(session), m_select(std::move(select)) {
    SetName("readiness_panel");
    m_book = new wxNotebook(this, wxID_ANY);
    m_book->SetName("readiness_pages");
    // TRANSLATORS: readiness page: the pre-submission check
    m_book->AddPage(BuildCheckPage(m_book), _("Check"));
    // TRANSLATORS: readiness page: the cheapest path to a predicate
    m_book->AddPage(BuildPathPage(m_book), _("Path to the predicate"));
    // TRANSLATORS: readiness page: the action plan (rencana aksi)
    m_book->AddPage(BuildPlanPage(m_book), _("Action plan"));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_book, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(4)));
    SetSizer(sizer);
    m_subscription = m_session.Subscribe([this](const SessionChange&) { Recompute(); });
    Recompute();
}

wxWindow* ReadinessPanel::BuildCheckPage(wxNotebook* book) {
    auto* page = new wxPanel(book);
    m_check_summary = new wxStaticText(page, wxID_ANY, "");
    m_check_summary->SetName("check_summary");
    m_check_list = NewList(page, "check_list",
                           {{_("Points"), 60}, {_("Criterion"), 110}, {_("Problem"), 420}, {_("What fixes it"), 420}});
    m_check_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) {
        SelectCode(m_findings[static_cast<std::size_t>(event.GetIndex())].code);
    });
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_check_summary, wxSizerFlags().Expand().Border(wxALL, FromDIP(6)));
    sizer->Add(m_check_list, wxSizerFlags(1).Expand());
    page->SetSizer(sizer);
    return page;
}

wxWindow* ReadinessPanel::BuildPathPage(wxNotebook* book) {
    auto* page = new wxPanel(book);
    m_predicate = new wxChoice(page, wxID_ANY);
    m_predicate->SetName("path_predicate");
    for (const auto& predicate : m_session.Form().Predicates()) {
        m_predicate->Append(Wx(predicate.id));
    }
    m_predicate->SetSelection(
        m_session.Workspace().Info().current_predicate.empty() || m_predicate->GetCount() < 2 ? 0 : 1);
    m_predicate->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { Recompute(); });
    m_path_summary = new wxStaticText(page, wxID_ANY, "");
    m_path_summary->SetName("path_summary");
    m_path_list =
        NewList(page, "path_list",
                {{_("Criterion"), 110}, {_("From"), 150}, {_("To"), 150}, {_("Points"), 70}, {_("Area"), 300}});
    m_path_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) {
        SelectCode(m_path.best.steps[static_cast<std::size_t>(event.GetIndex())].code);
    });
    m_alternatives = new wxStaticText(page, wxID_ANY, "");
    m_alternatives->SetName("path_alternatives");
    m_person = new wxTextCtrl(page, wxID_ANY, "");
    m_person->SetName("plan_person");
    m_due = new wxTextCtrl(page, wxID_ANY, Wx(core::AddDays(core::TodayDate(), 30)));
    m_due->SetName("plan_due");
    // TRANSLATORS: button: one task per step of the path into the action plan
    auto* build = new wxButton(page, wxID_ANY, _("Add the path to the action plan"));
    build->SetName("plan_from_path");
    build->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnBuildPlan(); });

    auto* top = new wxBoxSizer(wxHORIZONTAL);
    // TRANSLATORS: label before the WBK/WBBM choice
    top->Add(new wxStaticText(page, wxID_ANY, _("Predicate:")),
             wxSizerFlags().CenterVertical().Border(wxRIGHT, FromDIP(6)));
    top->Add(m_predicate, wxSizerFlags().CenterVertical());
    auto* bottom = new wxBoxSizer(wxHORIZONTAL);
    // TRANSLATORS: label before the person in charge of the planned tasks
    bottom->Add(new wxStaticText(page, wxID_ANY, _("Person in charge:")),
                wxSizerFlags().CenterVertical().Border(wxRIGHT, FromDIP(4)));
    bottom->Add(m_person, wxSizerFlags(1).CenterVertical().Border(wxRIGHT, FromDIP(8)));
    // TRANSLATORS: label before the due date (YYYY-MM-DD) of the planned tasks
    bottom->Add(new wxStaticText(page, wxID_ANY, _("Due (YYYY-MM-DD):")),
                wxSizerFlags().CenterVertical().Border(wxRIGHT, FromDIP(4)));
    bottom->Add(m_due, wxSizerFlags().CenterVertical().Border(wxRIGHT, FromDIP(8)));
    bottom->Add(build, wxSizerFlags().CenterVertical());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(top, wxSizerFlags().Border(wxALL, FromDIP(6)));
    sizer->Add(m_path_summary, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6)));
    sizer->Add(m_path_list, wxSizerFlags(1).Expand());
    sizer->Add(m_alternatives, wxSizerFlags().Expand().Border(wxALL, FromDIP(6)));
    sizer->Add(bottom, wxSizerFlags().Expand().Border(wxALL, FromDIP(6)));
    page->SetSizer(sizer);
    return page;
}

wxWindow* ReadinessPanel::BuildPlanPage(wxNotebook* book) {
    auto* page = new wxPanel(book);
    m_plan_summary = new wxStaticText(page, wxID_ANY, "");
    m_plan_summary->SetName("plan_summary");
    m_plan_list =
        NewList(page, "plan_list",
                {{_("Due"), 100}, {_("Status"), 110}, {_("Criterion"), 110}, {_("Person"), 140}, {_("Task"), 560}});
    m_plan_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) {
        SelectCode(m_plan[static_cast<std::size_t>(event.GetIndex())].code);
    });
    // TRANSLATORS: button: the selected task is in progress
    auto* doing = new wxButton(page, wxID_ANY, _("In progress"));
    doing->SetName("plan_doing");
    doing->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnSetStatus("doing"); });
    // TRANSLATORS: button: the selected task is done
    auto* done = new wxButton(page, wxID_ANY, _("Done"));
    done->SetName("plan_done");
    done->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnSetStatus("done"); });
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(doing, wxSizerFlags().Border(wxRIGHT, FromDIP(6)));
    buttons->Add(done);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_plan_summary, wxSizerFlags().Expand().Border(wxALL, FromDIP(6)));
    sizer->Add(m_plan_list, wxSizerFlags(1).Expand());
    sizer->Add(buttons, wxSizerFlags().Border(wxALL, FromDIP(6)));
    page->SetSizer(sizer);
    return page;
}

void ReadinessPanel::Recompute() {
    m_today = core::TodayDate();
    auto& workspace = m_session.Workspace();
    m_findings = core::RunCheck(core::LoadCheckInputs(workspace));
    const std::string predicate = Utf8(m_predicate->GetStringSelection());
    m_path = core::FindPath(m_session.Form(), m_session.Answers(),
                            core::UnitStanding{workspace.Info().current_predicate}, predicate, {});
    m_plan = core::LoadPlan(workspace);
    FillCheck();
    FillPath();
    FillPlan();
    Layout();
}

void ReadinessPanel::ShowPage(Page page) {
    m_book->SetSelection(static_cast<std::size_t>(page));
}

void ReadinessPanel::FillCheck() {
    m_check_list->Freeze();
    m_check_list->DeleteAllItems();
    for (const auto& finding : m_findings) {
        const long row =
            m_check_list->InsertItem(m_check_list->GetItemCount(), Wx(core::FormatNumber(finding.points, 2)));
        SetRow(m_check_list, row,
               {Wx(core::FormatNumber(finding.points, 2)), Wx(finding.code), Wx(finding.problem), Wx(finding.action)});
    }
    m_check_list->Thaw();
    m_check_summary->SetLabel(
        m_findings.empty()
            ? _("No problems found: every criterion is answered, backed and explained.")
            // TRANSLATORS: {0} problems; double-click one to open its criterion
            : wxString::Format(_("%d problems an evaluator would find, most points at stake first. Double-click one "
                                 "to open its criterion."),
                               static_cast<int>(m_findings.size())));
}

void ReadinessPanel::FillPath() {
    const auto& form = m_session.Form();
    m_path_list->Freeze();
    m_path_list->DeleteAllItems();
    for (const auto& step : m_path.best.steps) {
        const long row = m_path_list->InsertItem(m_path_list->GetItemCount(), Wx(step.code));
        SetRow(m_path_list, row,
               {Wx(step.code), Wx(step.from), Wx(step.to), "+" + Wx(core::FormatNumber(step.points, 2)),
                AreaName(form, step.area)});
    }
    m_path_list->Thaw();
    wxString summary;
    if (!m_path.found) {
        summary = wxString::Format(_("No path to %s: no answer the team can change meets"), Wx(m_path.predicate));
        for (const auto& blocking : m_path.blocking) {
            summary += "\n  - " + Wx(blocking);
        }
    } else if (m_path.best.steps.empty()) {
        summary = wxString::Format(_("The answers already meet every score condition of %s."), Wx(m_path.predicate));
    } else {
        summary =
            wxString::Format(_("Cheapest path to %s: %d steps, cost %s, +%s points (%s)."), Wx(m_path.predicate),
                             static_cast<int>(m_path.best.steps.size()), Wx(core::FormatNumber(m_path.best.cost, 2)),
                             Wx(core::FormatNumber(m_path.best.points, 2)),
                             m_path.proven_optimal ? _("proven optimal") : _("best found; the search was cut short"));
    }
    for (const auto& outside : m_path.outside) {
        summary += "\n" + wxString::Format(_("Also required, outside the answers: %s"), Wx(outside));
    }
    if (!m_path.assumed_lowest.empty()) {
        summary += "\n" + wxString::Format(_("%d criteria are not answered yet; the path counts them at their lowest "
                                             "answer."),
                                           static_cast<int>(m_path.assumed_lowest.size()));
    }
    m_path_summary->SetLabel(summary);
    wxString alternatives;
    for (std::size_t i = 0; i < m_path.alternatives.size(); ++i) {
        const auto& option = m_path.alternatives[i];
        wxString codes;
        for (const auto& step : option.steps) {
            codes += (codes.empty() ? "" : ", ") + Wx(step.code) + " " + Wx(step.from) + "\u2192" + Wx(step.to);
        }
        alternatives += wxString::Format(_("Alternative %d (cost %s): %s"), static_cast<int>(i + 1),
                                         Wx(core::FormatNumber(option.cost, 2)), codes) +
                        "\n";
    }
    m_alternatives->SetLabel(alternatives);
    m_alternatives->Wrap(m_path_list->GetClientSize().GetWidth() > 100 ? m_path_list->GetClientSize().GetWidth()
                                                                       : FromDIP(900));
}

wxString ReadinessPanel::DueSummary() const {
    std::size_t due = 0;
    std::size_t overdue = 0;
    for (const auto& task : m_plan) {
        due += task.DueThisWeek(m_today) ? 1 : 0;
        overdue += task.Overdue(m_today) ? 1 : 0;
    }
    if (due == 0 && overdue == 0) {
        return {};
    }
    // TRANSLATORS: on opening: tasks of the action plan due within 7 days, and those overdue
    return wxString::Format(_("This week: %d tasks due, %d overdue."), static_cast<int>(due),
                            static_cast<int>(overdue));
}

void ReadinessPanel::FillPlan() {
    m_plan_list->Freeze();
    m_plan_list->DeleteAllItems();
    for (const auto& task : m_plan) {
        const long row = m_plan_list->InsertItem(m_plan_list->GetItemCount(), Wx(task.due_date));
        SetRow(m_plan_list, row,
               {task.due_date.empty() ? wxString("-") : Wx(task.due_date), Wx(core::PlanStatusLabel(task.status)),
                Wx(task.code), task.person.empty() ? wxString("-") : Wx(task.person), Wx(task.task)});
        if (task.Overdue(m_today)) {
            m_plan_list->SetItemBackgroundColour(row, OverdueColour());
        } else if (task.DueThisWeek(m_today)) {
            m_plan_list->SetItemBackgroundColour(row, ThisWeekColour());
        }
    }
    m_plan_list->Thaw();
    const wxString due = DueSummary();
    m_plan_summary->SetLabel((m_plan.empty() ? _("The plan is empty: build it from the path.")
                                             : wxString::Format(_("%d tasks."), static_cast<int>(m_plan.size()))) +
                             (due.empty() ? wxString() : " " + due) + " " + _("Red: overdue. Yellow: due this week."));
}

void ReadinessPanel::OnBuildPlan() {
    if (!m_path.found || m_path.best.steps.empty()) {
        return;
    }
    try {
        core::AddPlanFromPath(m_session.Workspace(), m_path.best, Utf8(m_person->GetValue()),
                              Utf8(m_due->GetValue().Strip(wxString::both)), core::DefaultAuthor());
    } catch (const core::UserError& error) {
        m_path_summary->SetLabel(Wx(error.what()));
        return;
    }
    Recompute();
    ShowPage(PlanPage);
}

void ReadinessPanel::OnSetStatus(const std::string& status) {
    const long row = m_plan_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || row >= static_cast<long>(m_plan.size())) {
        return;
    }
    const auto& task = m_plan[static_cast<std::size_t>(row)];
    core::UpdatePlanTask(m_session.Workspace(), task.id, status, "", "", core::DefaultAuthor());
    Recompute();
}

void ReadinessPanel::SelectCode(const std::string& code) {
    const int node = m_session.Form().Find(code);
    if (node >= 0 && m_session.Form().Node(node).IsCriterion() && m_select) {
        m_select(node);
    }
}

}  // namespace ziwb::gui
