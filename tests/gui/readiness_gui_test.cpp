// SPDX-License-Identifier: GPL-3.0-or-later
// The readiness window under Xvfb: the real frame and panel of ziwb_gui, driven through their
// controls, with every result read back from the workspace file by the core.
#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>

#include <cstdlib>
#include <filesystem>

#include "app/app.hpp"
#include "app/translations.hpp"
#include "common/text.hpp"
#include "demo/demo_workspace.hpp"
#include "form/form_catalog.hpp"
#include "frame/main_frame.hpp"
#include "readiness/action_plan.hpp"
#include "readiness/readiness_check.hpp"
#include "readiness/readiness_path.hpp"
#include "readiness/readiness_window.hpp"
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

template <class T>
T* Find(wxWindow* root, const wxString& name) {
    auto* window = dynamic_cast<T*>(wxWindow::FindWindowByName(name, root));
    EXPECT_NE(window, nullptr) << "no control named " << name;
    return window;
}

void Press(wxButton* button) {
    wxCommandEvent event(wxEVT_BUTTON, button->GetId());
    event.SetEventObject(button);
    button->ProcessWindowEvent(event);
    Pump();
}

class ReadinessWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::SetLanguage(core::Language::Indonesian);
        gui::ApplyLanguage(core::Language::Indonesian);
        m_dir = g_root / ::testing::UnitTest::GetInstance()->current_test_info()->name();
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        m_path = m_dir / "demo.ziwb";
        const fs::path program = ZIWB_SOURCE_DIR;
        auto workspace = core::CreateDemoWorkspace(m_path, core::FormCatalog::Default(program), program);
        // Survey results good enough for a path to WBK to exist.
        const auto& form = workspace.FormInUse();
        std::vector<core::AnswerChange> changes;
        for (const char* code : {"B.I.a", "B.II.a"}) {
            changes.push_back(
                {code, core::ParseAnswer(form, core::RequireCriterion(form, code), "3.80"), false, {}, {}});
        }
        workspace.Apply(core::Layer::Unit(), changes, "test", "answer");
    }
    void TearDown() override { Close(); }

    void Open() {
        m_frame = new gui::MainFrame;
        m_frame->SetSize(1280, 800);
        m_frame->Show();
        ASSERT_TRUE(m_frame->OpenWorkspace(Wx(m_path)));
        Pump();
    }
    void Close() {
        if (m_frame != nullptr) {
            m_frame->Destroy();
            m_frame = nullptr;
            Pump();
        }
    }
    gui::ReadinessWindow* Window() {
        return dynamic_cast<gui::ReadinessWindow*>(wxWindow::FindWindowByName("readiness_window", m_frame));
    }
    /// Saves the window at a screen size into ZIWB_SCREENSHOT_DIR when it is set (docs/screenshots).
    void Shoot(gui::ReadinessWindow* window, gui::ReadinessPanel::Page page, const char* name, int width, int height) {
        const char* folder = std::getenv("ZIWB_SCREENSHOT_DIR");
        if (folder == nullptr) {
            return;
        }
        window->SetSize(width, height);
        window->Move(0, 0);
        window->Panel().ShowPage(page);
        window->Layout();
        Pump();
        wxMilliSleep(300);
        Pump();
        const auto file = fs::path(folder) / (std::string("readiness-") + name + "-" + std::to_string(width) + "x" +
                                              std::to_string(height) + ".png");
        EXPECT_TRUE(gui::SaveScreenshot(window, Wx(file)));
    }

    fs::path m_dir;
    fs::path m_path;
    gui::MainFrame* m_frame = nullptr;
};

TEST_F(ReadinessWindowTest, ShowsTheCheckAndThePathAndBuildsThePlan) {
    Open();
    ASSERT_TRUE(m_frame->RunCommand("go/readiness"));
    Pump();
    auto* window = Window();
    ASSERT_NE(window, nullptr);
    EXPECT_TRUE(window->IsShown());

    // The check lists exactly what the core finds in the file.
    auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadWrite);
    const auto findings = core::RunCheck(core::LoadCheckInputs(workspace));
    auto* check = Find<wxListCtrl>(window, "check_list");
    ASSERT_EQ(check->GetItemCount(), static_cast<int>(findings.size()));
    EXPECT_EQ(check->GetItemText(0, 1), Wx(findings.front().code));
    EXPECT_EQ(check->GetItemText(0, 2), Wx(findings.front().problem));

    // The path to WBK, as the core computes it from the file.
    Find<wxChoice>(window, "path_predicate")->SetStringSelection("WBK");
    window->Panel().Recompute();
    const auto path = core::FindPath(workspace.FormInUse(), workspace.LoadAnswers(core::Layer::Unit()),
                                     core::UnitStanding{workspace.Info().current_predicate}, "WBK", {});
    ASSERT_TRUE(path.found);
    ASSERT_FALSE(path.best.steps.empty());
    auto* steps = Find<wxListCtrl>(window, "path_list");
    ASSERT_EQ(steps->GetItemCount(), static_cast<int>(path.best.steps.size()));
    EXPECT_EQ(steps->GetItemText(0, 0), Wx(path.best.steps.front().code));
    EXPECT_TRUE(Find<wxStaticText>(window, "path_summary")->GetLabel().Contains("terbukti optimal"));
    Shoot(window, gui::ReadinessPanel::CheckPage, "check", 1024, 768);
    Shoot(window, gui::ReadinessPanel::PathPage, "path", 1024, 768);
    Shoot(window, gui::ReadinessPanel::CheckPage, "check", 1920, 1080);
    Shoot(window, gui::ReadinessPanel::PathPage, "path", 1920, 1080);

    // One click puts the path into the plan, with the person and due date typed.
    Find<wxTextCtrl>(window, "plan_person")->SetValue("Sekretaris");
    Find<wxTextCtrl>(window, "plan_due")->SetValue("2026-06-30");
    Press(Find<wxButton>(window, "plan_from_path"));
    auto plan = core::LoadPlan(workspace);
    ASSERT_EQ(plan.size(), path.best.steps.size());
    EXPECT_EQ(plan.front().person, "Sekretaris");
    EXPECT_EQ(plan.front().due_date, "2026-06-30");
    auto* tasks = Find<wxListCtrl>(window, "plan_list");
    ASSERT_EQ(tasks->GetItemCount(), static_cast<int>(plan.size()));

    // Done on the selected task is written to the file.
    tasks->SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    Press(Find<wxButton>(window, "plan_done"));
    plan = core::LoadPlan(workspace);
    EXPECT_EQ(plan.front().status, "done");
}

TEST_F(ReadinessWindowTest, OpeningSaysWhatIsDueThisWeek) {
    {
        auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadWrite);
        core::PlanTask due;
        due.code = "A.I.1.i.a";
        due.task = "Tanda tangani SK Tim";
        due.due_date = core::AddDays(core::TodayDate(), 2);
        (void)core::AddPlanTask(workspace, due, "test");
        core::PlanTask late = due;
        late.code = "A.I.1.i.b";
        late.task = "Notulen pemilihan anggota";
        late.due_date = core::AddDays(core::TodayDate(), -3);
        (void)core::AddPlanTask(workspace, late, "test");
        core::PlanTask later = due;
        later.code = "A.I.2.i.a";
        later.task = "SOP";
        later.due_date = core::AddDays(core::TodayDate(), 40);
        (void)core::AddPlanTask(workspace, later, "test");
    }
    Open();
    auto* window = Window();
    ASSERT_NE(window, nullptr);
    EXPECT_TRUE(window->IsShown());
    EXPECT_EQ(Find<wxNotebook>(window, "readiness_pages")->GetSelection(), gui::ReadinessPanel::PlanPage);
    EXPECT_EQ(window->GetStatusBar()->GetStatusText(), "Minggu ini: 1 tugas jatuh tempo, 1 lewat tenggat.");
    auto* tasks = Find<wxListCtrl>(window, "plan_list");
    ASSERT_EQ(tasks->GetItemCount(), 3);
    // By due date: the overdue task first, filled red; this week's yellow; the later one plain.
    EXPECT_EQ(tasks->GetItemText(0, 2), "A.I.1.i.b");
    EXPECT_NE(tasks->GetItemBackgroundColour(0), tasks->GetItemBackgroundColour(1));
    EXPECT_NE(tasks->GetItemBackgroundColour(1), tasks->GetItemBackgroundColour(2));
    Shoot(window, gui::ReadinessPanel::PlanPage, "plan", 1024, 768);
    Shoot(window, gui::ReadinessPanel::PlanPage, "plan", 1920, 1080);

    // Without anything due, opening leaves the workbench alone.
    Close();
    {
        auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadWrite);
        for (const auto& task : core::LoadPlan(workspace)) {
            core::UpdatePlanTask(workspace, task.id, "done", "", "", "test");
        }
    }
    Open();
    EXPECT_EQ(Window(), nullptr);
}

}  // namespace

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    g_root = fs::temp_directory_path() / ("zi-workbench-readiness-test-" + std::to_string(::getpid()));
    fs::create_directories(g_root);
    ::setenv("XDG_CONFIG_HOME", (g_root / "config").c_str(), 1);
    ::setenv("XDG_DATA_HOME", (g_root / "data").c_str(), 1);
    auto* app = new gui::App;
    wxApp::SetInstance(app);
    if (!wxEntryStart(argc, argv)) {
        std::fprintf(stderr, "readiness_gui_test: no display (run under xvfb-run)\n");
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
