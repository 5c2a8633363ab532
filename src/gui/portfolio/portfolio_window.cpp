// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolio/portfolio_window.hpp"

#include <wx/button.h>
#include <wx/dirdlg.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>
#include <chrono>
#include <cmath>

#include "commands/command.hpp"
#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "export/recap_workbook.hpp"
#include "frame/main_frame.hpp"
#include "portfolio/portfolio.hpp"
#include "readiness/action_plan.hpp"
#include "util/wx_text.hpp"
#ifdef ZIWB_HAVE_HUB
#include <wx/textdlg.h>

#include "hub/hub_clone.hpp"
#include "hub/hub_recap.hpp"
#include "hub/pg_connection.hpp"
#endif

namespace ziwb::gui {
namespace {

enum Column { UnitColumn, StatusColumn, ProgressColumn, UnitScoreColumn, ReviewScoreColumn, VerdictColumn, DaysColumn };

wxString Score(double value) {
    return Wx(core::FormatNumber(value, 2));
}

/// Where the review stands, in one phrase: closed, or the most pressing state with its count.
wxString StatusText(const core::UnitSummary& unit) {
    const core::ReviewProgress& progress = unit.progress;
    if (progress.closed) {
        return _("closed");
    }
    if (progress.ready_for_recheck > 0) {
        return wxString::Format(_("%d waiting for re-check"), progress.ready_for_recheck);
    }
    if (progress.needs_revision > 0) {
        return wxString::Format(_("%d need revision"), progress.needs_revision);
    }
    if (progress.checking + progress.done == 0 && unit.review.answered == 0) {
        return _("not started");
    }
    return _("in review");
}

/// The share of criteria whose review is done.
double ProgressShare(const core::UnitSummary& unit) {
    const int criteria = unit.progress.Criteria();
    return criteria == 0 ? 0.0 : static_cast<double>(unit.progress.done) / criteria;
}

/// The evaluators' verdict: the highest predicate the review layer meets.
wxString VerdictText(const core::UnitSummary& unit) {
    wxString met;
    for (const auto& [predicate, eligible] : unit.review.verdicts) {
        if (eligible) {
            met = Wx(predicate);
        }
    }
    return met.empty() ? _("not met") : wxString::Format(_("meets %s"), met);
}

}  // namespace

PortfolioWindow::PortfolioWindow(MainFrame& frame)
    : wxFrame(&frame, wxID_ANY, _("Unit portfolio"), wxDefaultPosition, frame.FromDIP(wxSize(980, 520)),
              wxDEFAULT_FRAME_STYLE | wxFRAME_FLOAT_ON_PARENT),
      m_frame(frame) {
    SetName("portfolio_window");
    auto* panel = new wxPanel(this);
    const int border = FromDIP(10);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_heading = new wxStaticText(panel, wxID_ANY, wxString());
    sizer->Add(m_heading, wxSizerFlags().Expand().Border(wxALL, border));
    m_list = new wxListCtrl(panel, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->SetName("portfolio_list");
    // TRANSLATORS: columns of the unit portfolio of an evaluation team
    for (const wxString& title : {_("Unit"), _("Review"), _("Progress"), _("Unit score"), _("Evaluator score"),
                                  _("Verdict"), _("Days since change")}) {
        m_list->AppendColumn(title);
    }
    sizer->Add(m_list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, border));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* choose = new wxButton(panel, wxID_ANY, _("Choose &folder..."));
    auto* recap = new wxButton(panel, wxID_ANY, _("Write &recap workbook..."));
    auto* open = new wxButton(panel, wxID_ANY, _("&Open unit"));
    recap->SetName("portfolio_recap");
    buttons->Add(choose);
#ifdef ZIWB_HAVE_HUB
    // TRANSLATORS: button of the unit portfolio: the units of the agency hub instead of a folder
    auto* hub = new wxButton(panel, wxID_ANY, _("From the &hub..."));
    hub->SetName("portfolio_hub");
    buttons->AddSpacer(border);
    buttons->Add(hub);
    hub->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        // TRANSLATORS: prompt for the agency hub's address in the unit portfolio
        wxTextEntryDialog dialog(this, _("The agency hub's address (postgresql://name@server/ziwb_hub):"),
                                 _("Unit portfolio"), Wx(m_hub_address));
        if (dialog.ShowModal() == wxID_OK) {
            (void)LoadFromHub(Utf8(dialog.GetValue().Strip(wxString::both)));
        }
    });
#endif
    buttons->AddSpacer(border);
    buttons->Add(recap);
    buttons->AddStretchSpacer();
    buttons->Add(open);
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, border));
    panel->SetSizer(sizer);
    CreateStatusBar();

    choose->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxDirDialog dialog(this, _("Choose the folder that holds the units' workspaces"), Wx(m_folder));
        if (dialog.ShowModal() == wxID_OK) {
            Load(PathOf(dialog.GetPath()));
        }
    });
    recap->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { (void)WriteRecap(); });
    open->Bind(wxEVT_BUTTON,
               [this](wxCommandEvent&) { OpenRow(m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED)); });
    m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) { OpenRow(event.GetIndex()); });
    // The status bar says which file a row is, or in full why it could not be read.
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        const auto& unit = m_units[static_cast<std::size_t>(m_list->GetItemData(event.GetIndex()))];
        SetStatusText(unit.problem.empty() ? Wx(unit.path) : Wx(unit.problem));
    });
    m_list->Bind(wxEVT_LIST_COL_CLICK, [this](wxListEvent& event) { SortBy(event.GetColumn()); });
}

bool PortfolioWindow::LoadFromHub(const std::string& address) {
#ifdef ZIWB_HAVE_HUB
    try {
        const auto start = std::chrono::steady_clock::now();
        core::PgConnection hub(address);
        const auto rows = core::LoadHubRecap(hub, core::TodayDate());
        m_units.clear();
        for (const auto& row : rows) {
            m_units.push_back(row.summary);
        }
        m_hub_address = address;
        const auto took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        // TRANSLATORS: heading of the unit portfolio read from the hub: the hub, how many units
        m_heading->SetLabel(wxString::Format(_("Hub %s: %zu units"), Wx(hub.Describe()), m_units.size()));
        // TRANSLATORS: status bar of the unit portfolio read from the hub
        SetStatusText(
            wxString::Format(_("Computed by the hub in %.2f s. Double-click a unit to make its copy."), took));
    } catch (const core::UserError& error) {
        m_frame.ShowError(_("Unit portfolio"), Wx(error.what()));
        return false;
    }
    m_sort_column = -1;
    Fill();
    return true;
#else
    (void)address;
    return false;
#endif
}

void PortfolioWindow::Load(const std::filesystem::path& folder) {
    try {
        const auto start = std::chrono::steady_clock::now();
        m_units = core::LoadPortfolio(folder, "tpi", core::TodayDate());
        m_folder = folder;
        m_hub_address.clear();
        const auto took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        m_heading->SetLabel(wxString::Format(_("%s: %zu units"), Wx(folder), m_units.size()));
        SetStatusText(wxString::Format(_("Read in %.2f s. Double-click a unit to open it."), took));
    } catch (const core::UserError& error) {
        m_frame.ShowError(_("Unit portfolio"), Wx(error.what()));
        return;
    }
    m_sort_column = -1;
    Fill();
}

void PortfolioWindow::Fill() {
    m_list->Freeze();
    m_list->DeleteAllItems();
    for (std::size_t i = 0; i < m_units.size(); ++i) {
        const core::UnitSummary& unit = m_units[i];
        const long row = m_list->InsertItem(static_cast<long>(i),
                                            unit.problem.empty() ? Wx(unit.info.unit_name) : Wx(unit.path.filename()));
        m_list->SetItemData(row, static_cast<long>(i));
        if (!unit.problem.empty()) {
            m_list->SetItem(row, StatusColumn, Wx(unit.problem));
            m_list->SetItemTextColour(row, *wxRED);
            continue;
        }
        m_list->SetItem(row, StatusColumn, StatusText(unit));
        m_list->SetItem(row, ProgressColumn, wxString::Format("%ld%%", std::lround(ProgressShare(unit) * 100.0)));
        m_list->SetItem(row, UnitScoreColumn, Score(unit.unit.total));
        m_list->SetItem(row, ReviewScoreColumn, unit.review.answered == 0 ? wxString("-") : Score(unit.review.total));
        m_list->SetItem(row, VerdictColumn, unit.review.answered == 0 ? wxString("-") : VerdictText(unit));
        m_list->SetItem(row, DaysColumn,
                        unit.days_since_change ? wxString::Format("%d", *unit.days_since_change) : wxString("-"));
    }
    // Fixed widths: a long reason on a damaged file's row must not push the figures out of view.
    for (int column = 0; column < m_list->GetColumnCount(); ++column) {
        const int width = column == UnitColumn      ? 250
                          : column == StatusColumn  ? 160
                          : column == VerdictColumn ? 140
                                                    : 100;
        m_list->SetColumnWidth(column, FromDIP(width));
    }
    m_list->Thaw();
}

void PortfolioWindow::SortBy(int column) {
    m_sort_ascending = column == m_sort_column ? !m_sort_ascending : true;
    m_sort_column = column;
    const auto key = [column](const core::UnitSummary& unit) -> std::pair<double, std::string> {
        switch (column) {
            case ProgressColumn: return {ProgressShare(unit), {}};
            case UnitScoreColumn: return {unit.unit.total, {}};
            case ReviewScoreColumn: return {unit.review.total, {}};
            case DaysColumn: return {static_cast<double>(unit.days_since_change.value_or(-1)), {}};
            case StatusColumn: return {0.0, Utf8(StatusText(unit))};
            default: return {0.0, unit.info.unit_name};
        }
    };
    std::stable_sort(m_units.begin(), m_units.end(), [&](const core::UnitSummary& a, const core::UnitSummary& b) {
        return m_sort_ascending ? key(a) < key(b) : key(b) < key(a);
    });
    Fill();
}

void PortfolioWindow::OpenRow(long row) {
    if (row < 0 || row >= m_list->GetItemCount()) {
        return;
    }
    const auto& unit = m_units[static_cast<std::size_t>(m_list->GetItemData(row))];
    if (!unit.problem.empty()) {
        m_frame.ShowError(_("Unit portfolio"), Wx(unit.problem));
        return;
    }
#ifdef ZIWB_HAVE_HUB
    if (!m_hub_address.empty()) {
        // A unit of the hub: its copy is made from the hub, linked, and opened.
        const std::string code = core::PathToUtf8(unit.path);
        const wxString target = AskSavePath(m_frame, _("Save the unit's copy"), Wx(code + ".ziwb"),
                                            _("ZI Workbench workspaces (*.ziwb)|*.ziwb"));
        if (target.empty()) {
            return;
        }
        try {
            (void)core::CloneFromHub(m_hub_address, code, PathOf(target));
        } catch (const core::UserError& error) {
            m_frame.ShowError(_("Unit portfolio"), Wx(error.what()));
            return;
        }
        if (m_frame.OpenWorkspace(target)) {
            m_frame.Raise();
        }
        return;
    }
#endif
    if (m_frame.OpenWorkspace(Wx(unit.path))) {
        m_frame.Raise();
    }
}

bool PortfolioWindow::WriteRecap() {
    if (m_units.empty()) {
        return false;
    }
    const wxString path =
        AskSavePath(m_frame, _("Write the recap workbook"), "rekap-unit.xlsx", _("Excel workbook (*.xlsx)|*.xlsx"));
    if (path.empty()) {
        return false;
    }
    try {
        core::ExportRecap(m_units, PathOf(path), std::nullopt,
                          m_hub_address.empty() ? core::RecapSource::Files : core::RecapSource::Hub);
    } catch (const core::UserError& error) {
        m_frame.ShowError(_("Write the recap workbook"), Wx(error.what()));
        return false;
    }
    SetStatusText(wxString::Format(_("Wrote %s."), path));
    return true;
}

PortfolioWindow* ShowPortfolio(MainFrame& frame) {
    wxString folder;
    if (OpenPathOverride()) {
        folder = OpenPathOverride()();
    } else {
        wxDirDialog dialog(&frame, _("Choose the folder that holds the units' workspaces"));
        if (dialog.ShowModal() != wxID_OK) {
            return nullptr;
        }
        folder = dialog.GetPath();
    }
    if (folder.empty()) {
        return nullptr;
    }
    auto* window = dynamic_cast<PortfolioWindow*>(wxWindow::FindWindowByName("portfolio_window", &frame));
    if (window == nullptr) {
        window = new PortfolioWindow(frame);
    }
    window->Load(PathOf(folder));
    window->Show();
    window->Raise();
    return window;
}

}  // namespace ziwb::gui
