// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/arrstr.h>
#include <wx/string.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "evidence/checklist.hpp"
#include "evidence/evidence_review.hpp"
#include "evidence/evidence_vault.hpp"
#include "pdf_signatures/signature_report.hpp"
#include "session/workspace_session.hpp"

class wxWindow;

namespace ziwb::gui {

class WorkspaceSession;

/// The evidence vault of the open workspace as the workbench uses it: a cache of the items per
/// criterion for the navigator's filter, the criterion's checklist, and the actions of the evidence
/// and checklist panels. Adding files runs off the UI thread on its own connection; the cache is
/// reloaded after.
class EvidenceService {
public:
    static std::unique_ptr<EvidenceService> Create(WorkspaceSession& session);
    explicit EvidenceService(WorkspaceSession& session);

    [[nodiscard]] int Count(int node) const;
    [[nodiscard]] const std::vector<core::EvidenceItem>& Items(int node) const;
    [[nodiscard]] wxWindow* CreatePanel(wxWindow* parent, int node);
    [[nodiscard]] wxWindow* CreateChecklist(wxWindow* parent, int node);

    /// The criterion's checklist: the form's suggestions and the team's lines, each with the evidence
    /// attached and the review of the layer the session answers to (the evaluator's own, or the TPI).
    [[nodiscard]] std::vector<core::ChecklistEntry> Checklist(int node);
    /// The evaluator's verdicts on evidence items in the session's review layer, by item id.
    [[nodiscard]] std::map<std::int64_t, core::EvidenceItemReview> ItemReviews();
    /// The evaluator accepts or rejects (with a reason) one evidence item of `node`. Throws
    /// core::UserError for what the core refuses (no reason, a closed review).
    void ReviewItem(int node, std::int64_t item, bool accept, const std::string& reason);
    /// Adds the team's own line to the checklist. Throws core::UserError for an empty title.
    void AddChecklistLine(int node, const std::string& title);
    /// Attaches an evidence item of the criterion to a checklist line; undo takes it off again.
    void AttachToLine(int node, const std::string& key, std::int64_t item);
    /// The evaluator accepts or rejects (with a reason) a checklist line in their layer. Throws
    /// core::UserError for a rejection without a reason, a closed layer, or someone not an evaluator.
    void ReviewLine(int node, const std::string& key, bool accept, const std::string& reason);

    /// Adds files and the files inside folders to a criterion, with progress; asks before files
    /// above the size warning. Shows problems itself. Returns the items added.
    std::vector<std::int64_t> AddPaths(wxWindow* parent, int node, const wxArrayString& paths);
    /// Adds a web link. Throws core::UserError for an address that is not http(s).
    void AddLink(int node, const std::string& url, const std::string& title);
    /// Removes an item after asking; undo brings it back. Returns whether it was removed.
    bool Remove(wxWindow* parent, int node, std::int64_t item);
    /// Writes a file item to a temporary folder and opens it with the desktop's application.
    void Open(wxWindow* parent, std::int64_t item);
    /// Verifies every stored file (with progress) and reports in a message; returns the report, or
    /// nothing when cancelled.
    std::optional<core::VerifyReport> Verify(wxWindow* parent);
    /// Exports the evidence bundle into `folder` (with progress) and reports.
    bool ExportBundle(wxWindow* parent, const wxString& folder);

    /// One line on the electronic signatures of a PDF item (who signed, when, whether it is intact),
    /// read from the vault and checked against the user's trusted roots (once per file and session);
    /// empty for anything else and for a PDF without signatures.
    [[nodiscard]] wxString SignatureLine(const core::EvidenceItem& item);

    void Reload();

private:
    /// Ticks the checklist line each added file is plainly meant for (see MatchChecklistLine).
    void TickMatchingLines(int node, const std::vector<core::CheckedFile>& files,
                           const std::vector<std::int64_t>& added);

    WorkspaceSession& m_session;
    Subscription m_subscription;  ///< reloads the cache whenever evidence changed (undo included)
    std::map<std::string, std::vector<core::EvidenceItem>, std::less<>> m_by_code;
    /// SignatureLine by the file's SHA-256: a stored file never changes, so each PDF is read once.
    std::map<std::string, wxString, std::less<>> m_signature_lines;
};

}  // namespace ziwb::gui
