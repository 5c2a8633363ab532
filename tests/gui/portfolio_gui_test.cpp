// SPDX-License-Identifier: GPL-3.0-or-later
// The unit portfolio under Xvfb at 1024x768: an evaluation team's folder of unit workspaces shown
// with the figures the core computes for each file, sorted by a column, a unit opened from it, and
// the recap workbook written from it.
#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/listctrl.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "app/app.hpp"
#include "app/translations.hpp"
#include "commands/command.hpp"
#include "common/text.hpp"
#include "demo/demo_workspace.hpp"
#include "form/form_catalog.hpp"
#include "frame/main_frame.hpp"
#include "portfolio/portfolio_window.hpp"
#include "util/screenshot.hpp"
#include "util/wx_text.hpp"

namespace fs = std::filesystem;
using namespace ziwb;
using gui::Wx;

namespace {

fs::path g_root;

void Pump() {
    for (int i = 0; i < 6; ++i) {
        wxTheApp->ProcessPendingEvents();
        wxYield();
    }
}

class PortfolioTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::SetLanguage(core::Language::Indonesian);
        gui::ApplyLanguage(core::Language::Indonesian);
        m_dir = g_root / ::testing::UnitTest::GetInstance()->current_test_info()->name();
        fs::remove_all(m_dir);
        m_folder = m_dir / "unit";
        fs::create_directories(m_folder);
        const fs::path program = ZIWB_SOURCE_DIR;
        // Three units: the demo, the demo reviewed by the evaluator (one answer lower, one
        // criterion sent back for revision), and a damaged file.
        {
            auto demo =
                core::CreateDemoWorkspace(m_folder / "a-dinas.ziwb", core::FormCatalog::Default(program), program);
        }
        fs::copy_file(m_folder / "a-dinas.ziwb", m_folder / "b-kantor.ziwb");
        {
            auto reviewed = core::Workspace::Open(m_folder / "b-kantor.ziwb", core::Workspace::Access::ReadWrite);
            const auto& form = reviewed.FormInUse();
            std::vector<core::AnswerChange> changes;
            for (const auto& stored : reviewed.StoredAnswers(core::Layer::Unit())) {
                if (!stored.value) {
                    continue;
                }
                const auto& node = core::RequireCriterion(form, stored.code);
                const std::string value = stored.code == "A.I.1.i.a" ? std::string("Tidak") : *stored.value;
                changes.push_back({stored.code, core::ParseAnswer(form, node, value), false, {}, {}});
            }
            reviewed.Apply(core::Layer::Tpi(), changes, "Evaluator", "answer");
        }
        std::ofstream(m_folder / "c-rusak.ziwb") << "bukan ruang kerja";
        m_frame = new gui::MainFrame;
        m_frame->SetSize(1024, 768);
        m_frame->Show();
        Pump();
    }
    void TearDown() override {
        gui::OpenPathOverride() = nullptr;
        gui::SavePathOverride() = nullptr;
        m_frame->Destroy();
        Pump();
    }

    fs::path m_dir;
    fs::path m_folder;
    gui::MainFrame* m_frame = nullptr;
};

TEST_F(PortfolioTest, ShowsEachUnitsFiguresSortsOpensAndWritesTheRecap) {
    gui::OpenPathOverride() = [this] { return Wx(m_folder); };
    ASSERT_TRUE(m_frame->RunCommand("file/portfolio"));
    Pump();
    auto* window = dynamic_cast<gui::PortfolioWindow*>(wxWindow::FindWindowByName("portfolio_window", m_frame));
    ASSERT_NE(window, nullptr);
    wxListCtrl& list = window->List();
    ASSERT_EQ(list.GetItemCount(), 3);

    // Each row holds what the core computes from that file.
    for (const char* name : {"a-dinas.ziwb", "b-kantor.ziwb"}) {
        auto workspace = core::Workspace::Open(m_folder / name, core::Workspace::Access::ReadOnly);
        const long row = std::distance(window->Units().begin(),
                                       std::find_if(window->Units().begin(), window->Units().end(),
                                                    [&](const auto& unit) { return unit.path.filename() == name; }));
        EXPECT_EQ(list.GetItemText(row, 0), Wx(workspace.Info().unit_name));
        EXPECT_EQ(list.GetItemText(row, 3), Wx(core::FormatNumber(workspace.Score(core::Layer::Unit()).Total(), 2)));
    }
    auto reviewed = core::Workspace::Open(m_folder / "b-kantor.ziwb", core::Workspace::Access::ReadOnly);
    const double evaluator_total = reviewed.Score(core::Layer::Tpi()).Total();
    EXPECT_LT(evaluator_total, reviewed.Score(core::Layer::Unit()).Total());
    EXPECT_EQ(list.GetItemText(1, 4), Wx(core::FormatNumber(evaluator_total, 2)));
    EXPECT_EQ(list.GetItemText(0, 4), "-");             // not reviewed yet
    EXPECT_EQ(list.GetItemText(2, 0), "c-rusak.ziwb");  // a damaged file is a row saying why
    EXPECT_FALSE(list.GetItemText(2, 1).empty());

    // Sorting by the evaluator's score puts the unreviewed and damaged (0) first, then the reviewed.
    wxListEvent click(wxEVT_LIST_COL_CLICK, list.GetId());
    click.m_col = 4;
    list.GetEventHandler()->ProcessEvent(click);
    Pump();
    EXPECT_EQ(list.GetItemText(2, 4), Wx(core::FormatNumber(evaluator_total, 2)));

    if (const char* folder = std::getenv("ZIWB_SCREENSHOT_DIR")) {
        window->SetSize(1000, 400);
        window->Move(0, 0);
        window->Layout();
        window->Refresh();
        window->Update();
        for (int i = 0; i < 3; ++i) {
            Pump();
            wxMilliSleep(300);
        }
        EXPECT_TRUE(gui::SaveScreenshot(window, Wx(fs::path(folder) / "portfolio-1024x768.png")));
    }

    // The recap from the window is the same workbook `ziwb recap` writes.
    const fs::path recap = m_dir / "rekap.xlsx";
    gui::SavePathOverride() = [&](const wxString&) { return Wx(recap); };
    ASSERT_TRUE(window->WriteRecap());
    EXPECT_GT(fs::file_size(recap), 4000U);

    // Opening a unit from the portfolio opens it in the workbench.
    window->OpenRow(2);
    Pump();
    ASSERT_NE(m_frame->Session(), nullptr);
    EXPECT_EQ(m_frame->Session()->Workspace().Path().filename(), "b-kantor.ziwb");
}

}  // namespace

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    g_root = fs::temp_directory_path() / ("zi-workbench-portfolio-test-" + std::to_string(::getpid()));
    fs::create_directories(g_root);
    ::setenv("XDG_CONFIG_HOME", (g_root / "config").c_str(), 1);
    ::setenv("XDG_DATA_HOME", (g_root / "data").c_str(), 1);
    auto* app = new gui::App;
    wxApp::SetInstance(app);
    if (!wxEntryStart(argc, argv)) {
        std::fprintf(stderr, "portfolio_gui_test: no display (run under xvfb-run)\n");
        return 1;
    }
    gui::LaunchOptions options;
    options.config = wxString::FromUTF8((g_root / "settings.ini").string());
    options.language = "id";
    app->InitServices(options);
    const int result = RUN_ALL_TESTS();
    wxTheApp->OnExit();
    wxEntryCleanup();
    std::error_code ignored;
    fs::remove_all(g_root, ignored);
    return result;
}
