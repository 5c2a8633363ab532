#pragma once

#include <wx/arrstr.h>
#include <wx/string.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#if __has_include("evidence/evidence_vault.hpp")
#define ZIWB_GUI_HAS_EVIDENCE 1
#include "evidence/evidence_vault.hpp"
#endif

class wxWindow;

namespace ziwb::gui {

class WorkspaceSession;

#ifdef ZIWB_GUI_HAS_EVIDENCE
/// The evidence vault of the open workspace as the workbench uses it: a cache of the items per
/// criterion for the navigator's filter and the checklist, and the actions of the evidence panel.
/// Adding files runs off the UI thread on its own connection; the cache is reloaded after.
class EvidenceService {
public:
    /// Null where the core has no evidence vault.
    static std::unique_ptr<EvidenceService> Create(WorkspaceSession& session);
    explicit EvidenceService(WorkspaceSession& session);

    [[nodiscard]] int Count(int node) const;
    [[nodiscard]] bool HasTitle(int node, const std::string& title) const;
    [[nodiscard]] const std::vector<core::EvidenceItem>& Items(int node) const;
    [[nodiscard]] wxWindow* CreatePanel(wxWindow* parent, int node);

    /// Adds files and the files inside folders to a criterion, with progress; asks before files
    /// above the size warning. Shows problems itself.
    void AddPaths(wxWindow* parent, int node, const wxArrayString& paths);
    void AddLink(int node, const std::string& url, const std::string& title);
    void Remove(std::int64_t item);
    /// Writes a file item to a temporary folder and opens it with the desktop's application.
    void Open(wxWindow* parent, std::int64_t item);
    /// Verifies every stored file (with progress) and reports.
    void Verify(wxWindow* parent);
    /// Exports the evidence bundle into `folder` (with progress) and reports.
    void ExportBundle(wxWindow* parent, const wxString& folder);

    void Reload();

private:
    WorkspaceSession& m_session;
    std::map<std::string, std::vector<core::EvidenceItem>, std::less<>> m_by_code;
};
#else
/// Without the evidence module, the workbench runs without evidence.
class EvidenceService {
public:
    static std::unique_ptr<EvidenceService> Create(WorkspaceSession&) { return nullptr; }
    [[nodiscard]] int Count(int) const { return 0; }
    [[nodiscard]] bool HasTitle(int, const std::string&) const { return false; }
    [[nodiscard]] wxWindow* CreatePanel(wxWindow*, int) { return nullptr; }
    void Verify(wxWindow*) {}
    void ExportBundle(wxWindow*, const wxString&) {}
};
#endif

}  // namespace ziwb::gui
