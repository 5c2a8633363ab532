// SPDX-License-Identifier: GPL-3.0-or-later
// File menu: new, open, demo, save a copy, exports, verify, close, quit.
#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/msgdlg.h>

#include <filesystem>

#include "app/preferences.hpp"
#include "commands/command.hpp"
#include "common/data_dirs.hpp"
#include "common/error.hpp"
#include "demo/demo_workspace.hpp"
#include "dialogs/new_workspace_wizard.hpp"
#include "evidence/evidence_service.hpp"
#include "evidence/evidence_vault.hpp"
#include "export/workbook_export.hpp"
#include "frame/main_frame.hpp"
#include "tasks/background_task.hpp"
#include "util/program_dir.hpp"
#include "util/wx_text.hpp"
#include "workspace/workspace_copy.hpp"

namespace ziwb::gui {

namespace {

bool HasWorkspace(const MainFrame& frame) {
    return frame.Session() != nullptr;
}

bool HasEvidence(const MainFrame& frame) {
    return const_cast<MainFrame&>(frame).Evidence() != nullptr;
}

}  // namespace

std::function<wxString(const wxString&)>& SavePathOverride() {
    static std::function<wxString(const wxString&)> answer;
    return answer;
}

wxString AskSavePath(MainFrame& frame, const wxString& title, const wxString& name, const wxString& wildcard) {
    if (SavePathOverride()) {
        return SavePathOverride()(name);
    }
    wxFileDialog dialog(&frame, title, Preferences::LastFolder(), name, wildcard, wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) {
        return {};
    }
    Preferences::RememberFolderOf(dialog.GetPath());
    return dialog.GetPath();
}

std::function<wxString()>& OpenPathOverride() {
    static std::function<wxString()> answer;
    return answer;
}

wxString AskOpenPath(wxWindow& parent, const wxString& title, const wxString& wildcard) {
    if (OpenPathOverride()) {
        return OpenPathOverride()();
    }
    wxFileDialog dialog(&parent, title, Preferences::LastFolder(), wxString(), wildcard,
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) {
        return {};
    }
    Preferences::RememberFolderOf(dialog.GetPath());
    return dialog.GetPath();
}

wxString AskFolder(wxWindow& parent, const wxString& title, const wxString& suggested) {
    if (SavePathOverride()) {
        return SavePathOverride()(suggested);
    }
    wxDirDialog dialog(&parent, title, Preferences::LastFolder());
    if (dialog.ShowModal() != wxID_OK) {
        return {};
    }
    Preferences::SetLastFolder(dialog.GetPath());
    return dialog.GetPath();
}

wxString AskOpenFolder(wxWindow& parent, const wxString& title) {
    if (OpenPathOverride()) {
        return OpenPathOverride()();
    }
    wxDirDialog dialog(&parent, title, Preferences::LastFolder(), wxDD_DEFAULT_STYLE | wxDD_DIR_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) {
        return {};
    }
    Preferences::SetLastFolder(dialog.GetPath());
    return dialog.GetPath();
}

namespace {

/// "Dinas Tenaga Kerja 2026" as a file name.
wxString BaseName(const MainFrame& frame) {
    const auto& info = frame.Session()->Workspace().Info();
    wxString name = Wx(info.unit_name) + wxString::Format(" %d", info.year);
    for (const wxChar bad : wxFileName::GetForbiddenChars()) {
        name.Replace(wxString(bad), "_");
    }
    return name;
}

void NewWorkspace(MainFrame& frame) {
    const auto created = RunNewWorkspaceWizard(&frame);
    if (created) {
        frame.OpenWorkspace(*created);
    }
}

void OpenWorkspace(MainFrame& frame) {
    // TRANSLATORS: file dialog title
    const wxString path = AskOpenPath(frame, _("Open a workspace"),
                                      // TRANSLATORS: file type filter
                                      _("ZI Workbench workspaces (*.ziwb)|*.ziwb|All files|*"));
    if (!path.empty()) {
        frame.OpenWorkspace(path);
    }
}

void OpenDemo(MainFrame& frame) {
    const auto path = MainFrame::DemoPath();
    if (!std::filesystem::exists(path)) {
        std::filesystem::create_directories(path.parent_path());
        const auto program = ProgramDirectory();
        (void)core::CreateDemoWorkspace(path, core::FormCatalog::Default(program), program);
    }
    frame.OpenWorkspace(Wx(path));
}

void SaveCopy(MainFrame& frame) {
    // TRANSLATORS: file dialog title
    const wxString target =
        AskSavePath(frame, _("Save a copy of the workspace"), BaseName(frame) + " " + _("copy") + ".ziwb",
                    _("ZI Workbench workspaces (*.ziwb)|*.ziwb"));
    if (target.empty()) {
        return;
    }
    const auto source = frame.Session()->Workspace().Path();
    // TRANSLATORS: progress dialog title
    if (RunWithProgress(&frame, _("Saving a copy"),
                        [&](core::ProgressSink& progress) { core::CopyWorkspace(source, PathOf(target), progress); })) {
        frame.SetStatusText(wxString::Format(_("A copy was saved as %s"), target));
    }
}

/// A folder name beside `workbook` that is free (absent or empty): "bukti-dukung", else
/// "bukti-dukung-2", ...
std::string FreeBundleFolder(const std::filesystem::path& workbook) {
    const auto folder = workbook.parent_path();
    for (int n = 1;; ++n) {
        std::string name = n == 1 ? std::string("bukti-dukung") : "bukti-dukung-" + std::to_string(n);
        std::error_code error;
        if (!std::filesystem::exists(folder / name, error) || std::filesystem::is_empty(folder / name, error)) {
            return name;
        }
    }
}

void ExportWorkbook(MainFrame& frame) {
    // TRANSLATORS: file dialog title
    const wxString target = AskSavePath(frame, _("Export the LKE workbook"), BaseName(frame) + " LKE.xlsx",
                                        // TRANSLATORS: file type filter
                                        _("Excel workbooks (*.xlsx)|*.xlsx"));
    if (target.empty()) {
        return;
    }
    const auto source = frame.Session()->Workspace().Path();
    // With evidence, the bundle is written beside the workbook in the same step, so that the
    // workbook's "Bukti Dukung" links find their files wherever the two are put.
    const bool with_evidence =
        frame.Evidence() != nullptr && !core::EvidenceVault(frame.Session()->Workspace()).List().empty();
    core::WorkbookOptions options;
    if (with_evidence) {
        options.evidence_folder = FreeBundleFolder(PathOf(target));
    }
    // The workbook is written whole or not at all: Cancel waits for it and then removes it.
    const bool finished = RunWithProgress(&frame, _("Exporting the LKE workbook"), [&](core::ProgressSink&) {
        auto workspace = core::Workspace::Open(source, core::Workspace::Access::ReadOnly);
        core::ExportWorkbook(workspace, PathOf(target), options);
    });
    if (!finished) {
        wxRemoveFile(target);
        return;
    }
    if (with_evidence) {
        frame.Evidence()->ExportBundle(&frame, Wx(PathOf(target).parent_path() / options.evidence_folder));
    }
    // TRANSLATORS: status bar after the export
    frame.SetStatusText(wxString::Format(_("The workbook was written to %s"), target));
}

void ExportEvidence(MainFrame& frame) {
    if (SavePathOverride()) {
        const wxString folder = SavePathOverride()(BaseName(frame) + " bukti dukung");
        if (!folder.empty()) {
            frame.Evidence()->ExportBundle(&frame, folder);
        }
        return;
    }
    // TRANSLATORS: folder dialog title
    wxDirDialog dialog(&frame, _("Choose an empty folder for the evidence bundle"), Preferences::LastFolder());
    if (dialog.ShowModal() != wxID_OK) {
        return;
    }
    Preferences::SetLastFolder(dialog.GetPath());
    frame.Evidence()->ExportBundle(&frame, dialog.GetPath());
}

}  // namespace

void AddFileCommands(std::vector<Command>& commands) {
    commands.push_back({"file/new", [] { return _("&New Assessment..."); },
                        [] { return _("Start a new workspace for a unit"); }, "Ctrl+N", nullptr, NewWorkspace});
    commands.push_back({"file/open", [] { return _("&Open..."); }, [] { return _("Open a workspace file"); }, "Ctrl+O",
                        nullptr, OpenWorkspace});
    commands.push_back({"file/open_demo", [] { return _("Open the &Demo"); },
                        [] { return _("Open a demo workspace of a Dinas Tenaga Kerja"); }, "", nullptr, OpenDemo});
    commands.push_back({"file/save_copy", [] { return _("Save a &Copy..."); },
                        [] { return _("Write a copy of the workspace to another file"); }, "Ctrl+Shift+S", HasWorkspace,
                        SaveCopy});
    commands.push_back({"file/export_workbook", [] { return _("&Export LKE Workbook..."); },
                        [] { return _("Write the official LKE workbook (xlsx) with live formulas"); }, "Ctrl+E",
                        HasWorkspace, ExportWorkbook});
    commands.push_back({"file/export_evidence", [] { return _("Export Evidence &Bundle..."); },
                        [] { return _("Write every evidence file to a folder with an index and SHA256SUMS"); }, "",
                        [](const MainFrame& frame) { return HasWorkspace(frame) && HasEvidence(frame); },
                        ExportEvidence});
    commands.push_back({"file/verify_evidence", [] { return _("&Verify Evidence"); },
                        [] { return _("Check every stored evidence file against its SHA-256"); }, "",
                        [](const MainFrame& frame) { return HasWorkspace(frame) && HasEvidence(frame); },
                        [](MainFrame& frame) { frame.Evidence()->Verify(&frame); }});
    commands.push_back({"file/close", [] { return _("C&lose Workspace"); },
                        [] { return _("Close the workspace and go back to the start screen"); }, "Ctrl+W", HasWorkspace,
                        [](MainFrame& frame) { frame.CloseWorkspace(); }});
    commands.push_back({"file/quit", [] { return _("&Quit"); }, [] { return _("Quit ZI Workbench"); }, "Ctrl+Q",
                        nullptr, [](MainFrame& frame) { frame.Close(); }});
}

}  // namespace ziwb::gui
