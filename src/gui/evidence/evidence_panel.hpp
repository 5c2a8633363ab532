// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/panel.h>

#include <cstdint>
#include <vector>

#include "evidence/checklist.hpp"
#include "evidence/evidence_review.hpp"
#include "session/workspace_session.hpp"

class wxListView;

namespace ziwb::gui {

class EvidencePreviewPanel;
class EvidenceService;

/// The evidence of one criterion: the items with their type, size and date, and the actions to
/// add files, folders (or drop them here) and links, open and remove; for an evaluator, accept or
/// reject each item.
class EvidencePanel final : public wxPanel {
public:
    EvidencePanel(wxWindow* parent, EvidenceService& service, WorkspaceSession& session, int node);

    void AddPaths(const wxArrayString& paths);
    [[nodiscard]] int ItemCount() const;

    /// The "State" column of a row, as shown.
    [[nodiscard]] wxString StateText(int row) const;
    void SelectRow(int row);
    /// The inline preview under the list.
    [[nodiscard]] const EvidencePreviewPanel& Preview() const { return *m_preview; }
    /// The evaluator's verdict on the selected item (Review > Accept Evidence Item); a rejection
    /// asks why first. Nothing selected is said in a message.
    void AcceptSelected();
    void RejectSelected();

private:
    [[nodiscard]] static wxString ReviewState(std::int64_t item, const std::vector<core::ChecklistEntry>& checklist,
                                              const core::EvidenceItemReview* own);
    /// Writes the verdict on the selected item; false when none is selected (after saying so).
    bool ReviewSelected(bool accept, const std::string& reason);
    void Fill();
    /// The inline preview of the item on `row` (nothing for another row).
    void ShowPreview(int row);
    [[nodiscard]] std::int64_t SelectedItem() const;
    void AddFiles();
    void AddFolder();
    void AddLink();

    EvidenceService& m_service;
    WorkspaceSession& m_session;
    int m_node;
    wxListView* m_list = nullptr;
    EvidencePreviewPanel* m_preview = nullptr;
    std::vector<std::int64_t> m_items;
    Subscription m_subscription;
};

}  // namespace ziwb::gui
