// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/app.h>
#include <wx/string.h>

#include <memory>
#include <thread>

class wxConfigBase;

namespace ziwb::gui {

class MainFrame;

/// What the command line asked for.
struct LaunchOptions {
    wxString workspace;            ///< open this workspace (else the start screen)
    wxString language;             ///< "id" or "en" for this run (else the preference)
    wxString config;               ///< keep settings in this file (tests, benchmarks)
    wxString select;               ///< show this node code
    wxString screenshot;           ///< save a PNG of the window once shown, then quit
    bool quit_when_ready = false;  ///< print "ZIWB_READY" once shown and quit (launch benchmark)
    long bench_answers = 0;        ///< time this many answers to the updated score panel, then quit
    long bench_next = 0;           ///< time moving to this many criteria with a scan's preview, then quit
    wxString report_controls;      ///< once shown, print where these named controls are on screen (bench)
};

/// The workbench application: settings, language, the main window.
class App final : public wxApp {
public:
    App();
    bool OnInit() override;
    int OnExit() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;
    /// Every window shown gets our labels on its stock buttons (LabelStockButtons).
    int FilterEvent(wxEvent& event) override;

    /// Settings, language and image handlers, without a window (the GUI tests call this).
    void InitServices(const LaunchOptions& options);
    [[nodiscard]] MainFrame* Frame() const { return m_frame; }

private:
    void OnReady();
    /// Signs this run's changes with the identity on this machine; on first use (not in scripted
    /// runs) asks who the user is.
    void SetUpIdentity(bool may_ask);
    LaunchOptions m_options;
    MainFrame* m_frame = nullptr;
    bool m_ready_seen = false;
    bool m_gl_disabled_here = false;  ///< App() set GDK_GL for GTK alone (see there)
    /// Builds the schema a workspace is checked against while GTK starts and the window is made.
    std::jthread m_schema_warm_up;
};

}  // namespace ziwb::gui
