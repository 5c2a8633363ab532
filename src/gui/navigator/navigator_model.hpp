// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/dataview.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace ziwb::gui {

class WorkspaceSession;

/// Which criteria the navigator shows.
enum class NavigatorFilter {
    All,
    Unanswered,            ///< not scored yet: unanswered, counts missing, or not computable
    WithoutEvidence,       ///< no evidence item backs it
    DiffersFromEvaluator,  ///< the evaluator (TPI) answered differently
    RevisionAsked,         ///< the evaluator asked for a revision, open or marked ready for re-check
    MyAreas,               ///< in the change areas the register gives the user (an anggota)
};

/// The LKE tree as a wxDataViewModel over the session's form and score: Pengungkit (Pemenuhan,
/// Reform by area, subindicators, criteria) and Hasil. Items are node indices + 1, so an item
/// never dangles; the form never changes while the model lives.
class NavigatorModel final : public wxDataViewModel {
public:
    enum Column : unsigned { kTitle, kDone, kScore, kColumnCount };

    /// `has_evidence` answers the "without evidence" filter; null while there is no vault.
    NavigatorModel(const WorkspaceSession& session, std::function<bool(int)> has_evidence);

    /// Recomputes which nodes are shown; `search` matches codes, questions, options and names.
    void SetFilter(NavigatorFilter filter, const std::string& search);
    [[nodiscard]] bool IsShown(int node) const { return m_shown[static_cast<std::size_t>(node)]; }
    /// The criteria shown, in form order.
    [[nodiscard]] std::vector<int> ShownCriteria() const;
    /// "unit Ya · TPI Tidak" for a criterion the evaluator answered differently; empty otherwise.
    [[nodiscard]] wxString DifferenceText(int node) const;
    /// The criteria whose revision was asked, each with what the filter's rows say ("needs revision:
    /// the reason"); the navigator loads them from the review layer before filtering on them.
    void SetRevisions(std::map<int, wxString> revisions) { m_revisions = std::move(revisions); }
    /// What SetRevisions said of `node`; empty when no revision was asked.
    [[nodiscard]] wxString RevisionText(int node) const;
    /// Tells the view that a node's score changed, and so did every node above it.
    void ScoresChanged(int node);

    [[nodiscard]] static wxDataViewItem ItemOf(int node) {
        // wxDataViewItem is an opaque pointer-sized id; a node index + 1 is the whole identity.
        // NOLINTNEXTLINE(performance-no-int-to-ptr)
        return wxDataViewItem(reinterpret_cast<void*>(static_cast<std::intptr_t>(node + 1)));
    }
    [[nodiscard]] static int NodeOf(const wxDataViewItem& item) {
        return static_cast<int>(reinterpret_cast<std::intptr_t>(item.GetID())) - 1;
    }

    unsigned int GetColumnCount() const override { return kColumnCount; }
    wxString GetColumnType(unsigned int) const override { return "string"; }
    void GetValue(wxVariant& variant, const wxDataViewItem& item, unsigned int column) const override;
    bool SetValue(const wxVariant&, const wxDataViewItem&, unsigned int) override { return false; }
    bool GetAttr(const wxDataViewItem& item, unsigned int column, wxDataViewItemAttr& attr) const override;
    wxDataViewItem GetParent(const wxDataViewItem& item) const override;
    bool IsContainer(const wxDataViewItem& item) const override;
    bool HasContainerColumns(const wxDataViewItem&) const override { return true; }
    unsigned int GetChildren(const wxDataViewItem& item, wxDataViewItemArray& children) const override;

private:
    [[nodiscard]] bool Passes(int criterion, NavigatorFilter filter) const;
    [[nodiscard]] bool Matches(int node, const std::string& folded_search) const;

    const WorkspaceSession& m_session;
    std::function<bool(int)> m_has_evidence;
    std::vector<bool> m_shown;
    NavigatorFilter m_filter = NavigatorFilter::All;
    std::vector<std::string> m_search_text;  ///< folded text of each node, built once
    std::map<int, wxString> m_revisions;
};

}  // namespace ziwb::gui
