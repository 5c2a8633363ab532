// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/string.h>

#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "services/service_records.hpp"
#include "services/service_rules.hpp"

class wxDialog;
class wxTextCtrl;
class wxListCtrl;
class wxSizer;
class wxWindow;

namespace ziwb::gui {

class MainFrame;
class WorkspaceSession;

/// What the pages of the services window share: the session they read and write through, the
/// rules, whether edits are allowed, and what to do after a change.
struct ServicesContext {
    MainFrame& frame;
    WorkspaceSession& session;
    const core::ServiceRules& rules;
    bool read_only = false;
    /// After a change: every page reads the workspace again and the workbench's views follow
    /// (`criterion`: the evidence of that criterion changed; empty: none).
    std::function<void(const std::string& criterion)> changed;
    /// One line in the window's status bar.
    std::function<void(const wxString&)> status;
};

/// A report list with its columns (widths in DIP) and a stable name.
[[nodiscard]] wxListCtrl* NewServiceList(wxWindow* parent, const wxString& name,
                                         const std::vector<std::pair<wxString, int>>& columns);
/// A text field of a dialog, named for tests, wide enough to read (taller when multi-line).
[[nodiscard]] wxTextCtrl* NewText(wxWindow* parent, const char* name, const wxString& value = {}, long style = 0);
/// Appends a row of cells.
void AppendRow(wxListCtrl* list, const std::vector<wxString>& cells);
/// The selected row, or -1.
[[nodiscard]] long SelectedRow(const wxListCtrl* list);

/// Shows `dialog` until the user cancels or `apply` runs without a problem; a problem is said in one
/// line over the dialog, which stays open with what was typed. Returns whether `apply` ran.
bool RunDialog(wxDialog& dialog, const wxString& title, const std::function<void()>& apply);

/// A small text file the user chose (an attendance list, a survey export): read whole, at most
/// `limit` bytes (a larger file is read up to one byte more, for the core to refuse). Throws
/// core::UserError when it cannot be read.
[[nodiscard]] std::string ReadUserFile(const wxString& path, std::size_t limit);

/// Lists problems (one row of `columns` each) in a dialog named "problems_dialog", under `summary`.
void ShowProblems(wxWindow* parent, const wxString& title, const wxString& summary,
                  const std::vector<std::pair<wxString, int>>& columns, const std::vector<std::vector<wxString>>& rows);

/// The name of a service in `services` by its uid; "(unknown service)" when not there.
[[nodiscard]] wxString ServiceNameOf(const std::vector<core::Service>& services, const std::string& uid);
/// A stakeholder group's name by its id (the id when the rules have none).
[[nodiscard]] wxString GroupNameOf(const core::ServiceRules& rules, const std::string& id);

/// A labelled row of a two-column form grid: adds the label and `control` (expanded).
void AddField(wxSizer* grid, wxWindow* parent, const wxString& label, wxWindow* control);

}  // namespace ziwb::gui
