// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/evidence_service.hpp"

#include <wx/dir.h>
#include <wx/filename.h>
#include <wx/msgdlg.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include <filesystem>

#include "app/preferences.hpp"
#include "common/error.hpp"
#include "common/text.hpp"
#include "evidence/bundle_export.hpp"
#include "evidence/checklist_match.hpp"
#include "evidence/checklist_panel.hpp"
#include "evidence/evidence_panel.hpp"
#include "pdf_signatures/evidence_signatures.hpp"
#include "pdf_signatures/signature_text.hpp"
#include "pdf_signatures/trusted_roots.hpp"
#include "session/workspace_session.hpp"
#include "tasks/background_task.hpp"
#include "util/message_dialog.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

std::unique_ptr<EvidenceService> EvidenceService::Create(WorkspaceSession& session) {
    return std::make_unique<EvidenceService>(session);
}

EvidenceService::EvidenceService(WorkspaceSession& session) : m_session(session) {
    Reload();
    // Subscribed before any panel: the cache is fresh when they refill.
    m_subscription = m_session.Subscribe([this](const SessionChange& change) {
        if (change.kind == SessionChange::Kind::Evidence) {
            Reload();
        }
    });
}

void EvidenceService::Reload() {
    m_by_code.clear();
    core::EvidenceVault vault(m_session.Workspace());
    for (auto& item : vault.List()) {
        for (const auto& code : item.codes) {
            m_by_code[code].push_back(item);
        }
    }
}

const std::vector<core::EvidenceItem>& EvidenceService::Items(int node) const {
    static const std::vector<core::EvidenceItem> none;
    const auto found = m_by_code.find(m_session.Form().Node(node).code);
    return found == m_by_code.end() ? none : found->second;
}

wxString EvidenceService::SignatureLine(const core::EvidenceItem& item) {
    if (!core::IsSignablePdf(item)) {
        return {};
    }
    if (const auto known = m_signature_lines.find(item.sha256); known != m_signature_lines.end()) {
        return known->second;
    }
    wxString line;
    try {
        const core::TrustStore trust = core::TrustStore::Load({});
        const auto report = core::EvidenceSignatures(m_session.Workspace(), item, trust);
        line = report ? Wx(core::SignatureSummary(*report)) : wxString();
    } catch (const core::UserError& error) {
        line = Wx(error.what());
    }
    m_signature_lines.emplace(item.sha256, line);
    return line;
}

int EvidenceService::Count(int node) const {
    return static_cast<int>(Items(node).size());
}

wxWindow* EvidenceService::CreatePanel(wxWindow* parent, int node) {
    return new EvidencePanel(parent, *this, m_session, node);
}

wxWindow* EvidenceService::CreateChecklist(wxWindow* parent, int node) {
    return new ChecklistPanel(parent, *this, m_session, node);
}

std::vector<core::ChecklistEntry> EvidenceService::Checklist(int node) {
    return core::LoadChecklist(m_session.Workspace(), m_session.Form().Node(node).code, m_session.Role().layer);
}

void EvidenceService::AddChecklistLine(int node, const std::string& title) {
    (void)core::AddChecklistItem(m_session.Workspace(), m_session.Form().Node(node).code, title, core::DefaultAuthor());
    m_session.NotifyEvidenceChanged(node);
}

void EvidenceService::AttachToLine(int node, const std::string& key, std::int64_t item) {
    core::AttachToChecklist(m_session.Workspace(), key, item, core::DefaultAuthor());
    m_session.RecordAttach(node, key, item);
}

std::map<std::int64_t, core::EvidenceItemReview> EvidenceService::ItemReviews() {
    return core::LoadEvidenceReviews(m_session.Workspace(), m_session.Role().layer);
}

void EvidenceService::ReviewItem(int node, std::int64_t item, bool accept, const std::string& reason) {
    core::ReviewEvidenceItem(m_session.Workspace(), item, m_session.Role().layer, accept ? "accepted" : "rejected",
                             reason, m_session.Author());
    m_session.NotifyEvidenceChanged(node);
}

void EvidenceService::ReviewLine(int node, const std::string& key, bool accept, const std::string& reason) {
    core::ReviewChecklist(m_session.Workspace(), key, m_session.Role().layer, accept ? "accepted" : "rejected", reason,
                          m_session.Author());
    m_session.NotifyEvidenceChanged(node);
}

std::vector<std::int64_t> EvidenceService::AddPaths(wxWindow* parent, int node, const wxArrayString& paths) {
    std::vector<std::int64_t> added;
    // Folders give their files; each file is checked before anything is stored.
    core::EvidenceLimits limits;
    std::vector<core::CheckedFile> files;
    wxString refused;
    std::uint64_t total = 0;
    const auto check = [&](const wxString& path) {
        try {
            files.push_back(core::CheckEvidenceFile(PathOf(path), limits));
            total += files.back().size;
        } catch (const core::UserError& error) {
            refused << Wx(error.what()) << "\n";
        }
    };
    for (const auto& path : paths) {
        if (wxDirExists(path)) {
            wxArrayString inside;
            wxDir::GetAllFiles(path, &inside, wxEmptyString, wxDIR_FILES | wxDIR_DIRS);
            inside.Sort();
            for (const auto& file : inside) {
                check(file);
            }
        } else {
            check(path);
        }
    }
    const std::uint64_t warn_bytes = static_cast<std::uint64_t>(Preferences::EvidenceWarningMb()) << 20;
    wxString warnings;
    for (const auto& file : files) {
        if (!file.warning.empty()) {
            warnings << Wx(file.warning) << "\n";
        } else if (warn_bytes > 0 && file.size > warn_bytes) {
            // TRANSLATORS: a file above the size the user set in the preferences
            warnings << wxString::Format(_("%s is %s MB, above the %d MB set in the preferences."), Wx(file.file_name),
                                         Wx(core::FormatNumber(static_cast<double>(file.size) / 1048576.0, 1)),
                                         Preferences::EvidenceWarningMb())
                     << "\n";
        }
    }
    if (!warnings.empty()) {
        // TRANSLATORS: question before adding large evidence files
        MessageDialog ask(parent, warnings + "\n" + _("Add them anyway?"), _("Large evidence files"),
                          wxYES_NO | wxICON_QUESTION);
        if (ask.ShowModal() != wxID_YES) {
            return added;
        }
    }
    if (!files.empty()) {
        const std::filesystem::path path = m_session.Workspace().Path();
        const std::string code = m_session.Form().Node(node).code;
        const std::string author = core::DefaultAuthor();
        try {
            // TRANSLATORS: progress dialog title
            RunWithProgress(parent, _("Adding evidence"), [&](core::ProgressSink& progress) {
                auto workspace = core::Workspace::Open(path, core::Workspace::Access::ReadWrite);
                core::EvidenceVault vault(workspace);
                for (const auto& file : files) {
                    if (progress.CancelRequested()) {
                        break;
                    }
                    added.push_back(vault.AddFile({code}, file, {}, author, progress));
                }
            });
        } catch (const core::Cancelled&) {
            // What was added before Cancel stays; the list below shows it.
        } catch (const core::UserError& error) {
            refused << Wx(error.what()) << "\n";
        }
        m_session.AcknowledgeOwnWrites();  // written on the task's connection, not from elsewhere
        TickMatchingLines(node, files, added);
        m_session.RecordEvidence(node, added, false);
    }
    if (!refused.empty()) {
        // TRANSLATORS: title when some evidence files were refused
        MessageDialog dialog(parent, refused, _("Some files were not added"), wxOK | wxICON_WARNING);
        dialog.ShowModal();
    }
    return added;
}

void EvidenceService::TickMatchingLines(int node, const std::vector<core::CheckedFile>& files,
                                        const std::vector<std::int64_t>& added) {
    const std::string code = m_session.Form().Node(node).code;
    for (std::size_t i = 0; i < added.size() && i < files.size(); ++i) {
        auto lines = core::LoadChecklist(m_session.Workspace(), code, core::Layer::Tpi());
        if (const auto line = MatchChecklistLine(lines, files[i].file_name)) {
            core::AttachToChecklist(m_session.Workspace(), lines[*line].key, added[i], core::DefaultAuthor());
        }
    }
}

void EvidenceService::AddLink(int node, const std::string& url, const std::string& title) {
    core::CheckEvidenceUrl(url);
    core::EvidenceVault vault(m_session.Workspace());
    core::EvidenceDetails details;
    details.title = title.empty() ? url : title;
    const auto added = vault.AddLink({m_session.Form().Node(node).code}, url, details, core::DefaultAuthor());
    m_session.RecordEvidence(node, {added}, false);
}

bool EvidenceService::Remove(wxWindow* parent, int node, std::int64_t item) {
    core::EvidenceVault vault(m_session.Workspace());
    wxString title;
    for (const auto& listed : vault.List()) {
        if (listed.id == item) {
            title = Wx(listed.title);
        }
    }
    // TRANSLATORS: question before removing evidence; %s is its title
    MessageDialog ask(parent,
                      wxString::Format(_("Remove \u201c%s\u201d from the evidence?"), title) + "\n\n" +
                          // TRANSLATORS: below the question before removing evidence
                          _("Its file stays in the workspace's history; Undo (Ctrl+Z) brings it back."),
                      _("Remove evidence"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    // TRANSLATORS: the button that confirms removing evidence
    ask.SetYesNoLabels(_("Remove"), _("Keep"));
    if (ask.ShowModal() != wxID_YES) {
        return false;
    }
    vault.Remove(item, core::DefaultAuthor());
    m_session.RecordEvidence(node, {item}, true);
    return true;
}

void EvidenceService::Open(wxWindow* parent, std::int64_t item) {
    core::EvidenceVault vault(m_session.Workspace());
    for (const auto& listed : vault.List()) {
        if (listed.id != item) {
            continue;
        }
        if (listed.kind == "link") {
            wxLaunchDefaultBrowser(Wx(listed.url));
            return;
        }
        const auto folder = PathOf(wxStandardPaths::Get().GetTempDir()) / ("zi-workbench-" + std::to_string(item));
        std::filesystem::create_directories(folder);
        const auto out = folder / core::PathFromUtf8(listed.file_name);
        if (!std::filesystem::exists(out)) {
            vault.Extract(item, 0, out);
        }
        if (!wxLaunchDefaultApplication(Wx(out))) {
            // TRANSLATORS: no application opens this kind of file
            ShowMessage(wxString::Format(_("No application opens %s. The file was written to %s."),
                                         Wx(listed.file_name), Wx(out)),
                        _("Open evidence"), wxOK | wxICON_INFORMATION, parent);
        }
        return;
    }
}

std::optional<core::VerifyReport> EvidenceService::Verify(wxWindow* parent) {
    const std::filesystem::path path = m_session.Workspace().Path();
    core::VerifyReport report;
    // TRANSLATORS: progress dialog title
    const bool done = RunWithProgress(parent, _("Verifying evidence"), [&](core::ProgressSink& progress) {
        auto workspace = core::Workspace::Open(path, core::Workspace::Access::ReadOnly);
        report = core::EvidenceVault(workspace).Verify(progress);
    });
    if (!done) {
        return std::nullopt;
    }
    wxString message;
    if (report.problems.empty()) {
        // TRANSLATORS: result of verifying evidence
        message = wxString::Format(_("All %d stored files are intact (%s MB checked)."), static_cast<int>(report.files),
                                   Wx(core::FormatNumber(static_cast<double>(report.bytes) / 1048576.0, 1)));
    } else {
        // TRANSLATORS: verifying found damaged files
        message = wxString::Format(_("%d stored files are damaged:"), static_cast<int>(report.problems.size()));
        for (const auto& problem : report.problems) {
            message << L"\n\u2022 " << Wx(problem.problem);
            for (const auto& code : problem.codes) {
                message << " " << Wx(code);
            }
        }
    }
    MessageDialog dialog(parent, message, _("Verify evidence"),
                         wxOK | (report.problems.empty() ? wxICON_INFORMATION : wxICON_WARNING));
    dialog.ShowModal();
    return report;
}

bool EvidenceService::ExportBundle(wxWindow* parent, const wxString& folder) {
    const std::filesystem::path path = m_session.Workspace().Path();
    core::BundleReport report;
    // TRANSLATORS: progress dialog title
    const bool done = RunWithProgress(parent, _("Exporting the evidence bundle"), [&](core::ProgressSink& progress) {
        auto workspace = core::Workspace::Open(path, core::Workspace::Access::ReadOnly);
        report = core::ExportEvidenceBundle(workspace, PathOf(folder), progress);
    });
    if (done) {
        // TRANSLATORS: after exporting the evidence bundle
        MessageDialog dialog(parent,
                             wxString::Format(_("%d files and %d links were written to %s, with index.html and "
                                                "SHA256SUMS."),
                                              static_cast<int>(report.files), static_cast<int>(report.links), folder),
                             _("Evidence bundle"), wxOK | wxICON_INFORMATION);
        dialog.ShowModal();
    }
    return done;
}

}  // namespace ziwb::gui
