// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/panel.h>

#include <cstdint>
#include <vector>

#include "evidence/checklist.hpp"
#include "session/workspace_session.hpp"

class wxListView;

namespace ziwb::gui {

class EvidenceService;

/// The evidence of one criterion: the items with their type, size and date, and the actions to
/// add files, folders (or drop them here) and links, open and remove.
class EvidencePanel final : public wxPanel {
public:
    EvidencePanel(wxWindow* parent, EvidenceService& service, WorkspaceSession& session, int node);

    void AddPaths(const wxArrayString& paths);
    [[nodiscard]] int ItemCount() const;

    /// The "State" column of a row, as shown.
    [[nodiscard]] wxString StateText(int row) const;

private:
    [[nodiscard]] static wxString ReviewState(std::int64_t item, const std::vector<core::ChecklistEntry>& checklist);
    void Fill();
    [[nodiscard]] std::int64_t SelectedItem() const;
    void AddFiles();
    void AddFolder();
    void AddLink();

    EvidenceService& m_service;
    WorkspaceSession& m_session;
    int m_node;
    wxListView* m_list = nullptr;
    std::vector<std::int64_t> m_items;
    Subscription m_subscription;
};

}  // namespace ziwb::gui
