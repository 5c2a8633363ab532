// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench on a workspace linked to a real hub (tests/hub/test_hub_gui.py starts PostgreSQL,
// makes the hub and the two copies, and runs this under Xvfb): the sync state in the status bar, a
// member's change arriving in the open window without a reopen (LISTEN/NOTIFY), a change made in
// the window reaching the member through "Sync with the Hub", and the link dialog refusing an
// address that does not answer with one line while keeping what was typed.
#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/testing.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <thread>

#include "app/app.hpp"
#include "app/translations.hpp"
#include "commands/command.hpp"
#include "common/text.hpp"
#include "frame/main_frame.hpp"
#include "hub/hub_link.hpp"
#include "hub/hub_link_dialog.hpp"
#include "hub/hub_syncer.hpp"
#include "portfolio/portfolio_window.hpp"
#include "session/workspace_session.hpp"
#include "team/workbench_signer.hpp"
#include "util/screenshot.hpp"
#include "util/wx_text.hpp"

/// Acts in a dialog of ours as a user would, then closes it with the returned id.
class UserInDialog : public wxExpectModalBase<wxDialog> {
public:
    explicit UserInDialog(std::function<int(wxDialog*)> user) : m_user(std::move(user)) {}

protected:
    int OnInvoked(wxDialog* dialog) const override { return m_user(dialog); }

private:
    std::function<int(wxDialog*)> m_user;
};

namespace fs = std::filesystem;
using namespace ziwb;
using gui::Utf8;
using gui::Wx;

namespace {

std::string Env(const char* name) {
    const char* value = std::getenv(name);
    return value == nullptr ? std::string() : std::string(value);
}

void Pump() {
    for (int i = 0; i < 6; ++i) {
        wxTheApp->ProcessPendingEvents();
        wxYield();
    }
}

/// Pumps the event loop until `done` or `seconds` pass; returns whether it became true.
bool WaitFor(const std::function<bool()>& done, int seconds) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < until) {
        Pump();
        if (done()) {
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return done();
}

/// The member's command line, with the member's key folder.
int MemberCli(const std::string& arguments) {
    const std::string command = "ZIWB_CONFIG_DIR='" + Env("ZIWB_TEST_MEMBER_CONFIG") + "' '" + Env("ZIWB_CLI") + "' " +
                                arguments + " > /dev/null 2>&1";
    return std::system(command.c_str());
}

std::optional<std::string> StoredValue(const fs::path& path, const std::string& code) {
    auto workspace = core::Workspace::Open(path, core::Workspace::Access::ReadOnly);
    const auto stored = workspace.FindAnswer(core::Layer::Unit(), code);
    if (!stored || !stored->value) {
        return std::nullopt;
    }
    return *stored->value;
}

void Shoot(wxWindow* window, const std::string& name) {
    const std::string folder = Env("ZIWB_SCREENSHOT_DIR");
    if (folder.empty()) {
        return;
    }
    // A dialog the test answers is never shown by ShowModal: shown here for the picture.
    const bool was_shown = window->IsShown();
    window->Show();
    window->Raise();
    for (int i = 0; i < 12; ++i) {
        window->Refresh();
        window->Update();
        Pump();
        wxMilliSleep(50);
    }
    EXPECT_TRUE(gui::SaveScreenshot(window, Wx(fs::path(folder) / (name + "-id.png"))));
    if (!was_shown) {
        window->Hide();
    }
}

class HubTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::SetLanguage(core::Language::Indonesian);
        gui::ApplyLanguage(core::Language::Indonesian);
        EXPECT_TRUE(gui::InstallWorkbenchSigner().empty());
        m_path = Env("ZIWB_TEST_WS");
        m_member = Env("ZIWB_TEST_MEMBER_WS");
        ASSERT_FALSE(m_path.empty()) << "run by tests/hub/test_hub_gui.py";
    }
    void TearDown() override { Close(); }

    void Open() {
        m_frame = new gui::MainFrame;
        m_frame->SetSize(1366, 768);
        m_frame->Show();
        ASSERT_TRUE(m_frame->OpenWorkspace(Wx(m_path)));
        Pump();
        ASSERT_NE(m_frame->Hub(), nullptr);
        ASSERT_TRUE(m_frame->Hub()->Linked());
    }
    void Close() {
        if (m_frame != nullptr) {
            m_frame->Destroy();
            m_frame = nullptr;
            Pump();
        }
    }
    [[nodiscard]] wxString HubField() const { return m_frame->GetStatusBar()->GetStatusText(1); }
    [[nodiscard]] std::optional<std::string> ShownValue(const std::string& code) {
        const auto stored = m_frame->Session()->Workspace().FindAnswer(core::Layer::Unit(), code);
        return stored && stored->value ? std::optional<std::string>(*stored->value) : std::nullopt;
    }

    fs::path m_path;
    fs::path m_member;
    gui::MainFrame* m_frame = nullptr;
};

TEST_F(HubTest, AMembersChangeArrivesInTheOpenWindow) {
    Open();
    ASSERT_TRUE(WaitFor([&] { return m_frame->Hub()->CurrentState() == gui::HubSyncer::State::Synced; }, 60))
        << HubField();
    EXPECT_TRUE(HubField().Contains("dinas-a")) << HubField();
    EXPECT_TRUE(HubField().Contains("tersinkron")) << HubField();
    ASSERT_NE(ShownValue("A.I.1.i.a"), std::optional<std::string>("Ya"));
    // The member answers on their own laptop and syncs; the open window is told and pulls it.
    ASSERT_EQ(MemberCli("answer '" + m_member.string() + "' A.I.1.i.a Ya --note 'SK Tim ZI'"), 0);
    ASSERT_EQ(MemberCli("hub sync '" + m_member.string() + "'"), 0);
    EXPECT_TRUE(WaitFor([&] { return ShownValue("A.I.1.i.a") == std::optional<std::string>("Ya"); }, 60))
        << Utf8(HubField());
    // The view shows it, not only the file: the criterion's panel is rebuilt on the new answer.
    m_frame->SelectNode(m_frame->Session()->Form().Find("A.I.1.i.a"));
    Pump();
    Shoot(m_frame, "hub-sync");
}

TEST_F(HubTest, AChangeInTheWindowReachesTheMemberThroughSync) {
    Open();
    ASSERT_TRUE(WaitFor([&] { return m_frame->Hub()->CurrentState() == gui::HubSyncer::State::Synced; }, 60));
    const int node = m_frame->Session()->Form().Find("A.I.1.i.b");
    m_frame->Session()->SetAnswer(node, core::Answer{"B", {}});
    const int before = m_frame->Hub()->SyncsFinished();
    ASSERT_TRUE(m_frame->IsCommandEnabled("file/hub_sync"));
    ASSERT_TRUE(m_frame->RunCommand("file/hub_sync"));
    // A sync after the change, and the link synced. The hub also tells the window of its own push,
    // so another sync may already be running when the first ends: it ends synced as well.
    EXPECT_TRUE(WaitFor(
        [&] {
            return m_frame->Hub()->SyncsFinished() > before &&
                   m_frame->Hub()->CurrentState() == gui::HubSyncer::State::Synced;
        },
        60))
        << Utf8(HubField());
    ASSERT_EQ(MemberCli("hub sync '" + m_member.string() + "'"), 0);
    EXPECT_EQ(StoredValue(m_member, "A.I.1.i.b"), std::optional<std::string>("B"));
}

TEST_F(HubTest, TheLinkDialogSaysWhyAndKeepsWhatWasTyped) {
    Open();
    wxString problem;
    wxString kept;
    bool linked = true;
    wxTEST_DIALOG(
        linked = gui::ShowHubLinkDialog(m_frame, *m_frame->Session()), UserInDialog([&](wxDialog* dialog) {
            auto* address = dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("hub_address", dialog));
            auto* unit = dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("hub_unit", dialog));
            EXPECT_NE(address, nullptr);
            EXPECT_NE(unit, nullptr);
            if (address == nullptr || unit == nullptr) {
                return wxID_CANCEL;
            }
            // Linked already: the dialog shows the link as it is.
            EXPECT_TRUE(address->GetValue().Contains("127.0.0.1")) << address->GetValue();
            EXPECT_EQ(unit->GetValue(), "dinas-a");
            address->SetValue("postgresql://siapa@127.0.0.1:1/tidak_ada");
            auto* ok = dynamic_cast<wxButton*>(dialog->FindWindow(wxID_OK));
            EXPECT_NE(ok, nullptr);
            if (ok != nullptr) {
                wxCommandEvent event(wxEVT_BUTTON, wxID_OK);
                event.SetEventObject(ok);
                ok->ProcessWindowEvent(event);
            }
            problem = dynamic_cast<wxStaticText*>(wxWindow::FindWindowByName("hub_link_problem", dialog))->GetLabel();
            kept = address->GetValue();
            return wxID_CANCEL;
        }));
    EXPECT_FALSE(linked);
    EXPECT_FALSE(problem.empty());
    // One message (the dialog wraps it to its width), in the user's language, naming the address.
    EXPECT_FALSE(problem.Lower().Contains("internal")) << problem;
    EXPECT_TRUE(problem.Contains("tidak dapat")) << problem;
    EXPECT_TRUE(problem.Contains("127.0.0.1:1")) << problem;
    EXPECT_EQ(kept, "postgresql://siapa@127.0.0.1:1/tidak_ada");
    // The workspace keeps its link.
    auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadOnly);
    const auto link = core::LoadHubLink(workspace);
    ASSERT_TRUE(link);
    EXPECT_EQ(link->unit, "dinas-a");
    EXPECT_FALSE(link->address.find(":1/") != std::string::npos);
}

TEST_F(HubTest, TheAgencyViewComesFromTheHubAndOpensAUnitFromIt) {
    Open();
    ASSERT_TRUE(WaitFor([&] { return m_frame->Hub()->CurrentState() == gui::HubSyncer::State::Synced; }, 60));
    auto* window = new gui::PortfolioWindow(*m_frame);
    window->Show();
    ASSERT_TRUE(window->LoadFromHub(Env("ZIWB_TEST_HUB_ADDRESS")));
    Pump();
    ASSERT_EQ(window->List().GetItemCount(), 1);
    EXPECT_EQ(window->List().GetItemText(0, 0), "Dinas A");
    EXPECT_EQ(window->Units().front().unit.answered, 2);  // the member's and the window's answers
    // Opening the unit makes its copy from the hub and opens it, linked.
    const fs::path copy = fs::path(Env("ZIWB_TEST_WS")).parent_path() / "salinan-dari-hub.ziwb";
    gui::SavePathOverride() = [&](const wxString&) { return Wx(copy); };
    window->OpenRow(0);
    gui::SavePathOverride() = nullptr;
    Pump();
    ASSERT_TRUE(fs::exists(copy));
    EXPECT_EQ(m_frame->Session()->Workspace().Path(), copy);
    ASSERT_NE(m_frame->Hub(), nullptr);
    EXPECT_TRUE(m_frame->Hub()->Linked());
    EXPECT_EQ(StoredValue(copy, "A.I.1.i.a"), std::optional<std::string>("Ya"));
    window->Destroy();
    Pump();
}

}  // namespace

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    const fs::path root = fs::temp_directory_path() / ("zi-workbench-hub-test-" + std::to_string(::getpid()));
    fs::create_directories(root);
    ::setenv("XDG_CONFIG_HOME", (root / "config").c_str(), 1);
    ::setenv("XDG_DATA_HOME", (root / "data").c_str(), 1);
    auto* app = new gui::App;
    wxApp::SetInstance(app);
    if (!wxEntryStart(argc, argv)) {
        std::fprintf(stderr, "hub_gui_test: no display (run under xvfb-run)\n");
        return 1;
    }
    gui::LaunchOptions options;
    options.config = wxString::FromUTF8((root / "settings.ini").string());
    options.language = "id";
    app->InitServices(options);
    const int result = RUN_ALL_TESTS();
    wxTheApp->OnExit();
    wxEntryCleanup();
    std::error_code ignored;
    fs::remove_all(root, ignored);
    return result;
}
