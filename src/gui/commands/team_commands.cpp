// SPDX-License-Identifier: GPL-3.0-or-later
// File menu's exchange of changes between copies, and the Team menu: the register, conflicts, and
// the identity on this machine.
#include <wx/filename.h>
#include <wx/msgdlg.h>

#include "commands/command.hpp"
#include "documents/documents_dialog.hpp"
#include "exchange/exchange.hpp"
#include "frame/main_frame.hpp"
#include "leader/leader_desk.hpp"
#include "log/change_log.hpp"
#include "readiness/action_plan.hpp"
#include "team/changes_preview_dialog.hpp"
#include "team/conflicts_dialog.hpp"
#include "team/identity_dialog.hpp"
#include "team/send_changes_dialog.hpp"
#include "team/team_dialog.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

namespace {

bool CanWrite(const MainFrame& frame) {
    return frame.Session() != nullptr && !frame.Session()->Workspace().IsReadOnly();
}

/// "Dinas_Tenaga_Kerja-2026-11-30.ziwbx": the unit and the day, as a file name.
wxString ExchangeFileName(const MainFrame& frame) {
    wxString name = Wx(frame.Session()->Workspace().Info().unit_name);
    for (const wxChar bad : wxFileName::GetForbiddenChars() + " ") {
        name.Replace(wxString(bad), "_");
    }
    return name + "-" + Wx(core::TodayDate()) + ".ziwbx";
}

void SendChanges(MainFrame& frame) {
    auto& workspace = frame.Session()->Workspace();
    const ReviewRole& role = frame.Session()->Role();
    const auto choice = ShowSendChangesPreview(
        &frame, workspace, role.evaluator ? std::optional<std::string>(role.layer.Id()) : std::nullopt);
    if (!choice) {
        return;
    }
    // TRANSLATORS: file dialog title
    const wxString target = AskSavePath(frame, _("Send changes"), ExchangeFileName(frame),
                                        // TRANSLATORS: file type filter
                                        _("ZI Workbench changes (*.ziwbx)|*.ziwbx"));
    if (target.empty()) {
        return;
    }
    // The file dialog asked before replacing: the core writes only new files.
    if (wxFileName::FileExists(target)) {
        wxRemoveFile(target);
    }
    const auto summary =
        core::ExportChanges(workspace, PathOf(target), choice->since, choice->with_evidence, choice->only_layer);
    // TRANSLATORS: status bar after sending changes
    frame.SetStatusText(
        wxString::Format(_("%zu changes were written to %s: send it to the team."), summary.entries, target));
}

/// Previews what `run(dry_run)` would apply and applies it when the user agrees, then shows it.
void PreviewThenApply(MainFrame& frame, const wxString& title, const wxString& source,
                      const std::function<core::ImportSummary(bool dry_run)>& run) {
    if (!ShowChangesPreview(&frame, title, wxFileName(source).GetFullName(), run(true))) {
        return;
    }
    const auto summary = run(false);
    frame.ReloadWorkspace();
    // TRANSLATORS: status bar after receiving changes
    frame.SetStatusText(wxString::Format(_("%zu changes were applied from %s."), summary.applied.size(), source));
    if (!summary.conflicts.empty()) {
        frame.RunCommand("team/conflicts");
    }
}

void ReceiveChanges(MainFrame& frame) {
    // TRANSLATORS: file dialog and preview title
    const wxString title = _("Receive changes");
    const wxString source = AskOpenPath(frame, title, _("ZI Workbench changes (*.ziwbx)|*.ziwbx|All files|*"));
    if (source.empty()) {
        return;
    }
    auto& workspace = frame.Session()->Workspace();
    // The evidence files travel with the entries that name them.
    const auto content = core::ReadExchange(PathOf(source), core::WorkspaceId(workspace.Database()));
    PreviewThenApply(frame, title, source, [&](bool dry_run) {
        return core::ImportEntries(workspace, content.entries, dry_run, content.blobs);
    });
}

void MergeCopy(MainFrame& frame) {
    // TRANSLATORS: file dialog and preview title
    const wxString title = _("Merge another copy of this workspace");
    const wxString source = AskOpenPath(frame, title, _("ZI Workbench workspaces (*.ziwb)|*.ziwb|All files|*"));
    if (source.empty()) {
        return;
    }
    auto& workspace = frame.Session()->Workspace();
    PreviewThenApply(frame, title, source,
                     [&](bool dry_run) { return core::MergeCopy(workspace, PathOf(source), dry_run); });
}

}  // namespace

void AddTeamCommands(std::vector<Command>& commands) {
    commands.push_back(
        {"file/send_changes", [] { return _("Se&nd Changes..."); },
         [] { return _("Preview the changes of this workspace, then write them to a file for the rest of the team"); },
         "", [](const MainFrame& frame) { return frame.Session() != nullptr; }, SendChanges});
    commands.push_back({"file/receive_changes", [] { return _("Recei&ve Changes..."); },
                        [] { return _("Apply the changes in a file a team member sent, after a preview"); }, "",
                        CanWrite, ReceiveChanges});
    commands.push_back({"file/merge_copy", [] { return _("&Merge a Copy..."); },
                        [] { return _("Take in what another copy of this workspace holds, after a preview"); }, "",
                        CanWrite, MergeCopy});
    commands.push_back({"team/register", [] { return _("Team &Register..."); },
                        [] { return _("The people of the integrity team, their roles, areas, keys and progress"); }, "",
                        [](const MainFrame& frame) { return frame.Session() != nullptr; },
                        [](MainFrame& frame) {
                            if (ShowTeamDialog(&frame, *frame.Session())) {
                                frame.Session()->Refresh();
                            }
                        }});
    commands.push_back({"team/conflicts", [] { return _("&Conflicts..."); },
                        [] { return _("Items two copies changed differently: choose the version that stands"); }, "",
                        [](const MainFrame& frame) { return frame.Session() != nullptr; },
                        [](MainFrame& frame) {
                            if (ShowConflictsDialog(&frame, *frame.Session())) {
                                frame.ReloadWorkspace();
                            }
                        }});
    commands.push_back({"team/leader", [] { return _("&Leader's Page..."); },
                        [] {
                            return _(
                                "The score and verdict, what is missing, who has not signed, and what waits for "
                                "the leader's signature");
                        },
                        "", [](const MainFrame& frame) { return frame.Session() != nullptr; }, ShowLeaderDesk});
    commands.push_back({"team/documents", [] { return _("&Documents and Signatures..."); },
                        [] {
                            return _(
                                "Make the Pakta Integritas, Komitmen Bersama, SPTJM and Surat Pengajuan Evaluasi, and "
                                "see and attach who has signed them");
                        },
                        "", [](const MainFrame& frame) { return frame.Session() != nullptr; }, ShowDocuments});
    commands.push_back({"team/signoff", [] { return _("&Sign Off the Submission..."); },
                        [] { return _("The leader signs off the unit's submission as it stands, with their key"); }, "",
                        CanWrite, [](MainFrame& frame) { (void)ShowSignoffDialog(&frame, *frame.Session()); }});
    commands.push_back({"team/my_identity", [] { return _("My &Identity..."); },
                        [] { return _("Your name, NIP and public key, to send to the coordinator"); }, "", nullptr,
                        [](MainFrame& frame) { ShowMyIdentityDialog(&frame); }});
}

}  // namespace ziwb::gui
