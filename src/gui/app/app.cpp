// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/app.hpp"

#include <wx/arrstr.h>
#include <wx/cmdline.h>
#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/filename.h>
#include <wx/image.h>
#include <wx/stdpaths.h>
#include <wx/toplevel.h>
#include <wx/utils.h>

#include <csignal>
#include <cstdio>
#include <exception>
#include <memory>

#include "app/bench_driver.hpp"
#include "app/preferences.hpp"
#include "app/quiet_log.hpp"
#include "app/stock_labels.hpp"
#include "app/translations.hpp"
#include "common/data_dirs.hpp"
#include "frame/main_frame.hpp"
#include "people/identity.hpp"
#include "team/identity_dialog.hpp"
#include "team/workbench_signer.hpp"
#include "util/program_dir.hpp"
#include "util/screenshot.hpp"
#include "util/wx_text.hpp"
#include "workspace/schema_check.hpp"

namespace ziwb::gui {

void App::OnInitCmdLine(wxCmdLineParser& parser) {
    wxApp::OnInitCmdLine(parser);
    parser.AddParam("workspace", wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
    parser.AddOption("", "lang", "language for this run: id or en");
    parser.AddOption("", "config", "keep settings in this file");
    parser.AddOption("", "select", "open on this criterion or group code");
    parser.AddOption("", "screenshot", "save a PNG of the window once shown, then quit");
    parser.AddSwitch("", "quit-when-ready", "print ZIWB_READY once the window is shown, then quit");
    parser.AddOption("", "report-controls",
                     "once shown, print the screen rectangles of these controls (comma-separated names) and stay");
    parser.AddOption("", "bench-answers", "time N answers to the updated score panel, then quit",
                     wxCMD_LINE_VAL_NUMBER);
    parser.AddOption("", "bench-next", "give N criteria a 5 MB scan, time moving to each with its preview, then quit",
                     wxCMD_LINE_VAL_NUMBER);
}

bool App::OnCmdLineParsed(wxCmdLineParser& parser) {
    if (parser.GetParamCount() > 0) {
        m_options.workspace = parser.GetParam(0);
    }
    parser.Found("lang", &m_options.language);
    parser.Found("config", &m_options.config);
    parser.Found("select", &m_options.select);
    parser.Found("screenshot", &m_options.screenshot);
    m_options.quit_when_ready = parser.Found("quit-when-ready");
    parser.Found("bench-answers", &m_options.bench_answers);
    parser.Found("bench-next", &m_options.bench_next);
    parser.Found("report-controls", &m_options.report_controls);
    return wxApp::OnCmdLineParsed(parser);
}

App::App() {
#ifdef __WXGTK__
    // Runs before GTK starts. The workbench draws nothing with OpenGL, yet GDK opens the system's
    // OpenGL driver at start only to pick visuals (Mesa with LLVM here): tens of milliseconds of
    // every launch (bench/gui). A value the user set stands.
    if (!wxGetEnv("GDK_GL", nullptr)) {
        m_gl_disabled_here = wxSetEnv("GDK_GL", "disable");
    }
#endif
}

void App::InitServices(const LaunchOptions& options) {
    InstallQuietLog();
#ifdef __UNIX__
    // At logout the session ends the program with SIGTERM: the windows close as if the user closed
    // them, so a note typed a moment before is written first. Called from the event loop, not from
    // the signal itself.
    SetSignalHandler(SIGTERM, [](int) {
        for (wxWindow* window : wxTopLevelWindows) {
            window->Close(true);
        }
    });
#endif
    SetAppName("zi-workbench");
    SetAppDisplayName("ZI Workbench");
#ifdef __WXGTK__
    wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
#endif
    // The settings file's folder may not exist on a fresh account (~/.config): made here, so
    // settings are kept from the first run.
    // A --config file named relative to where the program was started, as on any command line
    // (wxFileConfig alone would put it in the settings folder).
    wxFileName settings(options.config.empty() ? wxFileConfig::GetLocalFileName(GetAppName()) : options.config);
    settings.MakeAbsolute();
    wxFileName::Mkdir(settings.GetPath(), wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
    if (!options.config.empty()) {
        delete wxConfigBase::Set(new wxFileConfig("zi-workbench", wxEmptyString, settings.GetFullPath(), wxEmptyString,
                                                  wxCONFIG_USE_LOCAL_FILE));
    }
    wxInitAllImageHandlers();
    core::Language language = PreferredLanguage();
    if (options.language == "en") {
        language = core::Language::English;
    } else if (options.language == "id") {
        language = core::Language::Indonesian;
    }
    ApplyLanguage(language);
}

bool App::OnInit() {
    if (m_gl_disabled_here) {
        // GTK has read it by now; the programs we open (a PDF viewer, the browser) must not inherit it.
        wxUnsetEnv("GDK_GL");
    }
    if (!wxApp::OnInit()) {
        return false;
    }
    if (!m_options.workspace.empty()) {
        // Some 8 ms of every launch with a workspace, done beside building the window (bench/gui).
        m_schema_warm_up = std::jthread([] {
            try {
                core::PrepareWorkspaceSchemaCheck();
            } catch (...) {
                // Nothing to report here: opening the workspace runs the check and says what failed.
            }
        });
    }
    SetProgramDirectory(core::ProgramDir(nullptr));
    InitServices(m_options);
    m_frame = new MainFrame(m_options.workspace.empty());
    const bool scripted = !m_options.screenshot.empty() || m_options.quit_when_ready || m_options.bench_answers > 0 ||
                          m_options.bench_next > 0 || !m_options.report_controls.empty();
    SetUpIdentity(!scripted);
    if (!m_options.workspace.empty() && !m_frame->OpenWorkspace(m_options.workspace)) {
        m_frame->ShowStart();  // what could not be opened was said; the user starts from here
    }
    if (!m_options.select.empty() && m_frame->Session() != nullptr) {
        const int node = m_frame->Session()->Form().Find(Utf8(m_options.select));
        if (node >= 0) {
            m_frame->SelectNode(node);
        }
    }
    m_frame->Show();
    if (scripted) {
        // The first idle after showing: the window is mapped, laid out and painted.
        Bind(wxEVT_IDLE, [this](wxIdleEvent& event) {
            event.Skip();
            if (!m_ready_seen && m_frame->IsShownOnScreen()) {
                m_ready_seen = true;
                CallAfter([this] { OnReady(); });
            }
        });
    }
    return true;
}

void App::SetUpIdentity(bool may_ask) {
    const wxString problem = InstallWorkbenchSigner();
    if (!problem.empty()) {
        m_frame->ShowError(_("My identity"), problem);
        return;
    }
    // The first time only: skipping is remembered, and the Team menu sets the identity up later.
    if (may_ask && !core::LoadIdentity() && !Preferences::IdentitySkipped()) {
        m_frame->ShowStart();  // not an empty window behind the question; a workspace opened next replaces it
        m_frame->Show();
        if (!RunWhoAreYouDialog(m_frame)) {
            Preferences::SetIdentitySkipped(true);
        }
    }
}

void App::OnReady() {
    if (!m_options.report_controls.empty()) {
        // For the click-to-pixels benchmark, which clicks and watches the screen from outside.
        m_frame->Raise();
        m_frame->Update();
        for (const auto& name : wxSplit(m_options.report_controls, ',')) {
            if (wxWindow* control = wxWindow::FindWindowByName(name, m_frame)) {
                const wxRect rect = control->GetScreenRect();
                std::printf("ZIWB_CONTROL %s %d %d %d %d\n", name.utf8_str().data(), rect.x, rect.y, rect.width,
                            rect.height);
            }
        }
        std::printf("ZIWB_READY\n");
        std::fflush(stdout);
        return;  // stays open until the benchmark ends it
    }
    if (m_options.quit_when_ready) {
        m_frame->Update();  // what is still to be painted is painted before "ready" is claimed
        std::printf("ZIWB_READY\n");
        std::fflush(stdout);
    }
    try {
        if (m_options.bench_answers > 0) {
            RunAnswerBenchmark(*m_frame, static_cast<int>(m_options.bench_answers));
        }
        if (m_options.bench_next > 0) {
            RunNextCriterionBenchmark(*m_frame, static_cast<int>(m_options.bench_next));
        }
    } catch (const std::exception& error) {
        // A benchmark is a developer's run: it says why it stopped, and the window closes as usual.
        std::fprintf(stderr, "zi-workbench: the benchmark stopped: %s\n", error.what());
    }
    if (!m_options.screenshot.empty()) {
        m_frame->Raise();
        m_frame->Update();
        if (!SaveScreenshot(m_frame, m_options.screenshot)) {
            std::fprintf(stderr, "zi-workbench: the screen could not be read for %s\n",
                         m_options.screenshot.utf8_str().data());
        }
    }
    m_frame->Close();
}

int App::FilterEvent(wxEvent& event) {
    if (event.GetEventType() == wxEVT_SHOW && static_cast<wxShowEvent&>(event).IsShown()) {
        if (auto* window = dynamic_cast<wxTopLevelWindow*>(event.GetEventObject())) {
            LabelStockButtons(window);
        }
    }
    return Event_Skip;
}

int App::OnExit() {
    // Written and closed here, while our log target is still the active one: wxWidgets would
    // otherwise delete it after the application object is gone, and a failure to write would then
    // open an error dialog without an application (a crash at exit).
    // Windows waiting to be deleted may still save a setting (where the user left off) first.
    DeletePendingObjects();
    wxConfigBase::DontCreateOnDemand();
    if (std::unique_ptr<wxConfigBase> settings{wxConfigBase::Set(nullptr)}) {
        settings->Flush();
    }
    return wxApp::OnExit();
}

}  // namespace ziwb::gui
