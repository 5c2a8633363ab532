// SPDX-License-Identifier: GPL-3.0-or-later
// The team features of the workbench under Xvfb: who the user is (their signing key), the warning on
// a workspace whose log does not hold, the team register, receiving changes a member sent with the
// command line, conflicts, and the member's own areas. Keys live in a folder of the test
// (ZIWB_CONFIG_DIR), never the developer's; every result is read back through the core.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/html/htmlwin.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/stattext.h>
#include <wx/testing.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>
#include <wx/utils.h>

#include <unistd.h>

#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>

#include "answer_message.hpp"
#include "app/app.hpp"
#include "app/preferences.hpp"
#include "app/translations.hpp"
#include "commands/command.hpp"
#include "common/text.hpp"
#include "demo/demo_workspace.hpp"
#include "documents/document_signatures.hpp"
#include "documents/document_template.hpp"
#include "documents/letterhead.hpp"
#include "exchange/conflicts.hpp"
#include "form/form_catalog.hpp"
#include "frame/main_frame.hpp"
#include "frame/trust_check.hpp"
#include "frame/workbench_view.hpp"
#include "log/change_log.hpp"
#include "navigator/navigator_model.hpp"
#include "navigator/navigator_panel.hpp"
#include "pdf_text.hpp"
#include "people/identity.hpp"
#include "people/signing_key.hpp"
#include "people/team_register.hpp"
#include "score/verdict_list.hpp"
#include "signoff/signoff.hpp"
#include "team/identity_dialog.hpp"
#include "team/workbench_signer.hpp"
#include "util/screenshot.hpp"
#include "util/wx_text.hpp"

/// Types a passphrase into the password dialog (or cancels it) and keeps the prompt it showed.
template <>
class wxExpectModal<wxTextEntryDialog> : public wxExpectModalBase<wxTextEntryDialog> {
public:
    wxExpectModal(const wxString& typed, wxString* prompt = nullptr) : m_typed(typed), m_prompt(prompt) {}

protected:
    int OnInvoked(wxTextEntryDialog* dialog) const override {
        if (m_prompt != nullptr) {
            // The prompt is the dialog's static text.
            for (wxWindow* child : dialog->GetChildren()) {
                if (auto* text = dynamic_cast<wxStaticText*>(child)) {
                    *m_prompt << text->GetLabel();
                }
            }
        }
        if (m_typed.empty()) {
            return wxID_CANCEL;
        }
        dialog->SetValue(m_typed);
        return wxID_OK;
    }

private:
    wxString m_typed;
    wxString* m_prompt;
};

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

using ziwb::test_support::AnswerMessage;

fs::path g_root;
constexpr const char* kMemberNip = "199001012015032001";
constexpr const char* kLeaderNip = "197002021995031005";

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

/// A dialog as the user sees it, into ZIWB_SCREENSHOT_DIR when it is set (docs/screenshots; the
/// run's screen is 1366x768). Ordinary runs leave the documentation alone.
void Shoot(wxWindow* window, const std::string& name) {
    const char* folder = std::getenv("ZIWB_SCREENSHOT_DIR");
    if (folder == nullptr) {
        return;
    }
    // A dialog the test answers is never shown by ShowModal: shown here for the picture.
    const bool was_shown = window->IsShown();
    window->Show();
    window->Raise();
    // Without a compositor the screen keeps what was there until the window has painted itself.
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

/// Runs the command line (the same build's ziwb) with the test's key folder; returns its exit code.
int Cli(const std::string& arguments) {
    return std::system((std::string(ZIWB_CLI) + " " + arguments + " > /dev/null 2>&1").c_str());
}

std::string Quoted(const fs::path& path) {
    return "'" + path.string() + "'";
}

std::optional<std::string> StoredValue(const fs::path& path, const std::string& code) {
    auto workspace = core::Workspace::Open(path, core::Workspace::Access::ReadOnly);
    const auto stored = workspace.FindAnswer(core::Layer::Unit(), code);
    if (!stored || !stored->value) {
        return std::nullopt;
    }
    return *stored->value;
}

class TeamTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::SetLanguage(core::Language::Indonesian);
        gui::ApplyLanguage(core::Language::Indonesian);
        m_dir = g_root / ::testing::UnitTest::GetInstance()->current_test_info()->name();
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        // Each test has its own key folder: no identity until the test makes one.
        ::setenv("ZIWB_CONFIG_DIR", (m_dir / "keys").c_str(), 1);
        EXPECT_TRUE(gui::InstallWorkbenchSigner().empty());
        m_path = m_dir / "dinas.ziwb";
        const fs::path program = ZIWB_SOURCE_DIR;
        (void)core::CreateDemoWorkspace(m_path, core::FormCatalog::Default(program), program);
    }
    void TearDown() override {
        gui::OpenPathOverride() = nullptr;
        Close();
        core::SetSessionSigner(nullptr);
    }

    void Open() {
        m_frame = new gui::MainFrame;
        m_frame->SetSize(1366, 768);
        m_frame->Show();
        ASSERT_TRUE(m_frame->OpenWorkspace(Wx(m_path)));
        Pump();
    }
    /// The log's check runs beside the window: its answer comes a moment after the workspace shows.
    void AwaitTrustCheck() {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (!m_frame->TrustChecked() && std::chrono::steady_clock::now() < deadline) {
            Pump();
            wxMilliSleep(5);
        }
        ASSERT_TRUE(m_frame->TrustChecked()) << "the log's check never answered";
        Pump();
    }
    void Close() {
        if (m_frame != nullptr) {
            m_frame->Destroy();
            m_frame = nullptr;
            Pump();
        }
    }
    int Node(const std::string& code) { return m_frame->Session()->Form().Find(code); }

    fs::path m_dir;
    fs::path m_path;
    gui::MainFrame* m_frame = nullptr;
};

TEST_F(TeamTest, WhoAreYouCreatesTheKeyThatSignsChanges) {
    ASSERT_FALSE(core::LoadIdentity());
    wxString refusal;
    std::optional<core::Identity> made;
    wxTEST_DIALOG(made = gui::RunWhoAreYouDialog(nullptr), UserInDialog([](wxDialog* dialog) {
                      // A NIP with a birth date that is no date: refused with its one line, nothing made.
                      Find<wxTextCtrl>(dialog, "identity_name")->SetValue("Anggota Uji");
                      Find<wxTextCtrl>(dialog, "identity_nip")->SetValue("199013012015032001");
                      return wxID_OK;
                  }),
                  AnswerMessage(wxID_OK, refusal), UserInDialog([](wxDialog* dialog) {
                      Find<wxTextCtrl>(dialog, "identity_nip")->SetValue("1990 0101 2015 03 2 001");
                      Find<wxTextCtrl>(dialog, "identity_passphrase")->SetValue("rahasia anggota");
                      Find<wxTextCtrl>(dialog, "identity_passphrase_again")->SetValue("rahasia anggota");
                      Shoot(dialog, "identity");
                      return wxID_OK;
                  }));
    EXPECT_FALSE(refusal.empty());
    EXPECT_EQ(refusal.Find('\n'), wxNOT_FOUND);
    ASSERT_TRUE(made);
    // The key is in the test's folder, protected, and now signs the workbench's changes.
    EXPECT_TRUE(fs::exists(m_dir / "keys" / "identity.json"));
    const auto identity = core::LoadIdentity();
    ASSERT_TRUE(identity);
    EXPECT_EQ(identity->name, "Anggota Uji");
    EXPECT_EQ(identity->nip, kMemberNip);
    EXPECT_TRUE(identity->passphrase_protected);
    ASSERT_NE(core::SessionSigner(), nullptr);
    EXPECT_EQ(core::SessionSigner()->public_key, identity->public_key_hex);

    // "Identitas saya" shows the public key to send to the koordinator.
    wxString shown_key;
    wxTEST_DIALOG(gui::ShowMyIdentityDialog(nullptr), UserInDialog([&](wxDialog* dialog) {
                      shown_key = Find<wxTextCtrl>(dialog, "my_identity_public_key")->GetValue();
                      EXPECT_EQ(Find<wxStaticText>(dialog, "my_identity_nip")->GetLabel(), kMemberNip);
                      Shoot(dialog, "my-identity");
                      return wxID_OK;
                  }));
    EXPECT_EQ(Utf8(shown_key), identity->public_key_hex);

    // Skipped: nothing is made.
    ::setenv("ZIWB_CONFIG_DIR", (m_dir / "skipped").c_str(), 1);
    wxTEST_DIALOG(made = gui::RunWhoAreYouDialog(nullptr), UserInDialog([](wxDialog*) { return wxID_CANCEL; }));
    EXPECT_FALSE(made);
    EXPECT_FALSE(core::LoadIdentity());
}

TEST_F(TeamTest, ATamperedWorkspaceOpensWithAWarning) {
    // An intact workspace opens without the banner.
    Open();
    AwaitTrustCheck();
    EXPECT_TRUE(m_frame->TrustProblem().empty());
    EXPECT_EQ(wxWindow::FindWindowByName("trust_banner", m_frame), nullptr);
    Close();
    {
        // A note changed behind the log's back, as another program could.
        SQLite::Database db(m_path.string(), SQLite::OPEN_READWRITE);
        ASSERT_EQ(db.exec("UPDATE answer SET note = 'diubah di luar' WHERE layer = 'unit' AND code = "
                          "(SELECT min(code) FROM answer WHERE layer = 'unit')"),
                  1);
    }
    Open();
    AwaitTrustCheck();
    auto* banner = Find<wxWindow>(m_frame, "trust_banner");
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->IsShownOnScreen());
    const wxString problem = Find<wxStaticText>(m_frame, "trust_problem")->GetLabel();
    EXPECT_FALSE(problem.empty());
    EXPECT_EQ(problem, m_frame->TrustProblem());
    EXPECT_NE(problem.Find("answer"), wxNOT_FOUND) << problem;
    // Still open for reading.
    EXPECT_NE(m_frame->View(), nullptr);
    m_frame->SelectNode(Node("A.I.1.i.a"));
    Pump();
    Shoot(m_frame, "trust-warning");
}

TEST_F(TeamTest, ChangesMadeWhileTheLogIsCheckedAreKeptWithoutAFalseWarning) {
    // The check reads the log and the tables in one transaction on its own thread: changes made
    // while it runs are either wholly before or wholly after what it compares.
    m_frame = new gui::MainFrame;
    m_frame->SetSize(1366, 768);
    m_frame->Show();
    ASSERT_TRUE(m_frame->OpenWorkspace(Wx(m_path)));
    const std::vector<std::string> codes = {"A.I.1.i.a", "A.I.1.i.b", "A.I.1.ii.a", "A.I.2.i.a"};
    for (const auto& code : codes) {
        m_frame->Session()->SetNote(Node(code), "ditulis selagi log diperiksa: " + code);
    }
    AwaitTrustCheck();
    EXPECT_TRUE(m_frame->TrustProblem().empty()) << m_frame->TrustProblem();
    EXPECT_EQ(wxWindow::FindWindowByName("trust_banner", m_frame), nullptr);
    Close();
    // Every change was kept, and the log still holds them all.
    EXPECT_EQ(gui::TrustCheck::Run(m_path), "");
    auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadOnly);
    for (const auto& code : codes) {
        const auto stored = workspace.FindAnswer(core::Layer::Unit(), code);
        ASSERT_TRUE(stored.has_value()) << code;
        EXPECT_EQ(stored->note, "ditulis selagi log diperiksa: " + code);
    }
}

TEST_F(TeamTest, TheTeamRegisterAddsAMemberWithTheirAreas) {
    const std::string key = core::SigningKey::Generate().PublicKeyHex();
    Open();
    wxString rows;
    wxTEST_DIALOG(m_frame->RunCommand("team/register"), UserInDialog([&](wxDialog* team) {
                      Press(Find<wxButton>(team, "team_add"));
                      auto* list = Find<wxListCtrl>(team, "team_list");
                      EXPECT_EQ(list->GetItemCount(), 1);
                      if (list->GetItemCount() == 1) {
                          for (int column = 0; column < 6; ++column) {
                              rows << list->GetItemText(0, column) << "|";
                          }
                      }
                      EXPECT_EQ(Find<wxListCtrl>(team, "team_area_progress")->GetItemCount(), 6);
                      Shoot(team, "team-register");
                      return wxID_CLOSE;
                  }),
                  UserInDialog([&](wxDialog* person) {
                      Find<wxTextCtrl>(person, "person_nip")->SetValue(kMemberNip);
                      Find<wxTextCtrl>(person, "person_name")->SetValue("Anggota Satu");
                      Find<wxChoice>(person, "person_role")->SetStringSelection("anggota");
                      Find<wxCheckBox>(person, "person_area_1")->SetValue(true);
                      Find<wxCheckBox>(person, "person_area_3")->SetValue(true);
                      Find<wxTextCtrl>(person, "person_public_key")->SetValue(Wx(key));
                      Shoot(person, "team-person");
                      return wxID_OK;
                  }));
    // Name, NIP, role, areas, key, progress of their areas.
    EXPECT_TRUE(rows.StartsWith(wxString("Anggota Satu|") + kMemberNip + "|anggota|1, 3|ya|")) << rows;
    EXPECT_TRUE(rows.Contains(" dari ")) << rows;
    auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadOnly);
    const auto team = core::LoadTeam(workspace);
    ASSERT_EQ(team.size(), 1u);
    EXPECT_EQ(team[0].nip, kMemberNip);
    EXPECT_EQ(team[0].role, "anggota");
    EXPECT_EQ(team[0].areas, (std::vector<int>{1, 3}));
    EXPECT_EQ(team[0].public_key, key);
}

// An evaluator's layer and level are the form's: the TPN's evaluators are added like the TPI's.
TEST_F(TeamTest, AnEvaluatorIsAddedToAnyReviewLayerOfTheForm) {
    constexpr const char* kEvaluatorNip = "198001012005011003";
    Open();
    wxArrayString layers;
    wxTEST_DIALOG(m_frame->RunCommand("team/register"), UserInDialog([&](wxDialog* team) {
                      Press(Find<wxButton>(team, "team_add"));
                      return wxID_CLOSE;
                  }),
                  UserInDialog([&](wxDialog* person) {
                      Find<wxTextCtrl>(person, "person_nip")->SetValue(kEvaluatorNip);
                      Find<wxTextCtrl>(person, "person_name")->SetValue("Evaluator Nasional");
                      Find<wxChoice>(person, "person_role")->SetStringSelection("evaluator");
                      auto* layer = Find<wxChoice>(person, "person_layer");
                      layers = layer->GetStrings();
                      EXPECT_EQ(layer->GetStringSelection(), "Tim Penilai Internal (TPI)");  // the usual one first
                      EXPECT_TRUE(layer->SetStringSelection("Tim Penilai Nasional (TPN)"));
                      EXPECT_TRUE(Find<wxChoice>(person, "person_level")->SetStringSelection("Ketua tim"));
                      return wxID_OK;
                  }));
    EXPECT_EQ(layers.size(), 3u);  // pendahuluan, TPI, TPN: never the unit's own layer
    EXPECT_EQ(layers.Index("Unit kerja"), wxNOT_FOUND);
    auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadOnly);
    const auto team = core::LoadTeam(workspace);
    ASSERT_EQ(team.size(), 1u);
    EXPECT_EQ(team[0].role, "evaluator");
    EXPECT_EQ(team[0].review_layer, "tpn");
    EXPECT_EQ(team[0].level, "ketua_tim");
}

/// The lines of `file` that start with `word` ("entry ", "blob "): the exchange file's framing.
std::size_t FramingLines(const fs::path& file, const std::string& word) {
    std::ifstream in(file, std::ios::binary);
    std::size_t count = 0;
    for (std::string line; std::getline(in, line);) {
        count += line.starts_with(word) && line.size() > word.size() + 64 ? 1 : 0;
    }
    return count;
}

TEST_F(TeamTest, SendChangesShowsWhatWillBeWrittenAndMayLeaveTheFilesOut) {
    Open();
    // A change with an evidence file, so that the preview has a file to leave out.
    const fs::path scan = m_dir / "sk-tim.pdf";
    {
        std::ofstream out(scan, std::ios::binary);
        out << "%PDF-1.4\n% SK Tim Zona Integritas\n";
    }
    ASSERT_EQ(Cli("evidence add " + Quoted(m_path) + " A.I.1.i.a " + Quoted(scan)), 0);
    m_frame->ReloadWorkspace();
    const fs::path file = m_dir / "kirim.ziwbx";
    gui::SavePathOverride() = [&](const wxString&) { return Wx(file); };

    // Cancel: nothing is written.
    wxTEST_DIALOG(m_frame->RunCommand("file/send_changes"), UserInDialog([&](wxDialog*) { return wxID_CANCEL; }));
    EXPECT_FALSE(fs::exists(file));

    wxString with_files;
    wxString without_files;
    wxArrayString lines;
    wxTEST_DIALOG(m_frame->RunCommand("file/send_changes"), UserInDialog([&](wxDialog* preview) {
                      auto* heading = Find<wxStaticText>(preview, "send_heading");
                      with_files = heading->GetLabel();
                      lines = Find<wxListBox>(preview, "send_changes")->GetStrings();
                      Shoot(preview, "send-changes");
                      auto* evidence = Find<wxCheckBox>(preview, "send_with_evidence");
                      EXPECT_TRUE(evidence->IsEnabled());
                      evidence->SetValue(false);
                      wxCommandEvent toggled(wxEVT_CHECKBOX, evidence->GetId());
                      toggled.SetEventObject(evidence);
                      evidence->ProcessWindowEvent(toggled);
                      without_files = heading->GetLabel();
                      return wxID_OK;
                  }));
    ASSERT_TRUE(fs::exists(file));
    // The preview listed exactly the entries written, the newest being the evidence just added.
    EXPECT_EQ(lines.size(), FramingLines(file, "entry "));
    ASSERT_FALSE(lines.empty());
    EXPECT_NE(lines.back().Find("sk-tim.pdf"), wxNOT_FOUND) << lines.back();
    EXPECT_EQ(without_files.Find("berkas bukti dukung"), wxNOT_FOUND) << without_files;
    // Chosen without the files: none travels.
    EXPECT_EQ(FramingLines(file, "blob "), 0u);

    // With them, the file travels with the entries.
    fs::remove(file);
    wxTEST_DIALOG(m_frame->RunCommand("file/send_changes"), UserInDialog([&](wxDialog*) { return wxID_OK; }));
    const std::size_t blobs = FramingLines(file, "blob ");
    EXPECT_GE(blobs, 1u);
    // The preview counted the files that were then written.
    EXPECT_NE(with_files.Find(wxString::Format(" dan %zu berkas bukti dukung (", blobs)), wxNOT_FOUND) << with_files;
    gui::SavePathOverride() = nullptr;
}

TEST_F(TeamTest, ChangesSentWithTheCommandLineArePreviewedThenApplied) {
    // A member's copy, changed and exported with ziwb.
    const fs::path member = m_dir / "anggota.ziwb";
    fs::copy_file(m_path, member);
    const std::string code = "A.I.1.i.a";
    const std::string before = StoredValue(m_path, code).value_or("");
    const std::string value = before == "Tidak" ? "Ya" : "Tidak";
    ASSERT_EQ(Cli("answer " + Quoted(member) + " " + code + " " + value + " --note 'dari anggota'"), 0);
    const fs::path file = m_dir / "anggota.ziwbx";
    ASSERT_EQ(Cli("exchange export " + Quoted(member) + " " + Quoted(file)), 0);

    Open();
    wxString heading;
    wxArrayString lines;
    gui::OpenPathOverride() = [&] { return Wx(file); };
    wxTEST_DIALOG(m_frame->RunCommand("file/receive_changes"), UserInDialog([&](wxDialog* preview) {
                      heading = Find<wxStaticText>(preview, "preview_heading")->GetLabel();
                      lines = Find<wxListBox>(preview, "preview_changes")->GetStrings();
                      EXPECT_EQ(wxWindow::FindWindowByName("preview_conflicts", preview), nullptr);
                      Shoot(preview, "receive-changes");
                      return wxID_OK;
                  }));
    ASSERT_EQ(lines.size(), 1u) << heading;
    EXPECT_NE(lines[0].Find(Wx(code)), wxNOT_FOUND) << lines[0];
    // Written to the file, and shown by the session without reopening.
    EXPECT_EQ(StoredValue(m_path, code), value);
    EXPECT_EQ(m_frame->Session()->State(Node(code)).value, value);
    EXPECT_EQ(m_frame->Session()->Note(Node(code)), "dari anggota");

    // The same file again: nothing new, said in a message; nothing changes.
    wxString nothing;
    wxTEST_DIALOG(m_frame->RunCommand("file/receive_changes"), AnswerMessage(wxID_OK, nothing));
    EXPECT_NE(nothing.Find(Wx(file.filename())), wxNOT_FOUND) << nothing;
}

TEST_F(TeamTest, AConflictIsShownAndTheChosenVersionStands) {
    const fs::path member = m_dir / "anggota.ziwb";
    fs::copy_file(m_path, member);
    const std::string code = "A.I.1.i.a";
    ASSERT_EQ(Cli("answer " + Quoted(member) + " " + code + " Ya --note 'versi anggota'"), 0);
    Open();
    // The koordinator's copy changes the same criterion differently, then merges the member's copy.
    m_frame->Session()->SetAnswer(Node(code), std::nullopt);
    m_frame->Session()->SetNote(Node(code), "versi koordinator");
    wxString conflict_heading;
    gui::OpenPathOverride() = [&] { return Wx(member); };
    wxTEST_DIALOG(m_frame->RunCommand("file/merge_copy"), UserInDialog([&](wxDialog* preview) {
                      conflict_heading = Find<wxStaticText>(preview, "preview_conflict_heading")->GetLabel();
                      return wxID_OK;
                  }),
                  UserInDialog([&](wxDialog* conflicts) {
                      auto* list = Find<wxListCtrl>(conflicts, "conflicts_list");
                      EXPECT_EQ(list->GetItemCount(), 2);
                      Shoot(conflicts, "conflicts");
                      // Keep the member's version.
                      for (long row = 0; row < list->GetItemCount(); ++row) {
                          if (list->GetItemText(row, 3).Contains("versi anggota")) {
                              list->SetItemState(row, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
                          }
                      }
                      Press(Find<wxButton>(conflicts, "conflicts_choose"));
                      EXPECT_EQ(list->GetItemCount(), 1);  // "no conflicts"
                      return wxID_CLOSE;
                  }));
    EXPECT_FALSE(conflict_heading.empty());
    auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadOnly);
    EXPECT_TRUE(core::ListConflicts(workspace).empty());
    EXPECT_EQ(StoredValue(m_path, code), "Ya");
    EXPECT_EQ(m_frame->Session()->Note(Node(code)), "versi anggota");
}

TEST_F(TeamTest, AMembersKeyIsUnlockedOnceAndTheirAreasComeFirst) {
    const auto identity = core::CreateIdentity("Anggota Satu", kMemberNip, std::string("rahasia anggota"), false);
    core::Person member;
    member.nip = kMemberNip;
    member.name = "Anggota Satu";
    member.role = "anggota";
    member.areas = {2};
    member.public_key = identity.public_key_hex;
    {
        auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadWrite);
        core::SetPeople(workspace, {member}, "koordinator");  // the first key: unsigned, no signer yet
    }
    ASSERT_TRUE(gui::InstallWorkbenchSigner().empty());
    Open();
    // The navigator starts on the member's areas.
    EXPECT_EQ(Find<wxChoice>(m_frame, "navigator_filter")->GetSelection(),
              static_cast<int>(gui::NavigatorFilter::MyAreas));
    const auto shown = m_frame->View()->Navigator().Model().ShownCriteria();
    ASSERT_FALSE(shown.empty());
    for (const int node : shown) {
        EXPECT_EQ(m_frame->Session()->Form().Node(node).change_area, 2);
    }

    // The first signed change asks the passphrase: Cancel changes nothing.
    const int criterion = shown.front();
    const std::string code = m_frame->Session()->Form().Node(criterion).code;
    const auto before = StoredValue(m_path, code);
    wxTEST_DIALOG(EXPECT_THROW(m_frame->Session()->SetNote(criterion, "catatan anggota"), core::UserError),
                  wxExpectModal<wxTextEntryDialog>(wxString()));
    EXPECT_EQ(m_frame->Session()->Note(criterion), core::Workspace::Open(m_path, core::Workspace::Access::ReadOnly)
                                                       .FindAnswer(core::Layer::Unit(), code)
                                                       .value_or(core::StoredAnswer{})
                                                       .note);
    // A wrong passphrase says so and asks again; the right one signs.
    wxString second_prompt;
    wxTEST_DIALOG(m_frame->Session()->SetNote(criterion, "catatan anggota"), wxExpectModal<wxTextEntryDialog>("salah"),
                  wxExpectModal<wxTextEntryDialog>("rahasia anggota", &second_prompt));
    EXPECT_TRUE(second_prompt.Contains("tidak membuka kunci")) << second_prompt;
    EXPECT_EQ(
        core::Workspace::Open(m_path, core::Workspace::Access::ReadOnly).FindAnswer(core::Layer::Unit(), code)->note,
        "catatan anggota");
    EXPECT_EQ(StoredValue(m_path, code), before);
    // Unlocked once: the next change asks nothing (an unexpected dialog would fail the test).
    m_frame->Session()->SetNote(criterion, "catatan kedua");
    EXPECT_EQ(m_frame->Session()->Note(criterion), "catatan kedua");
}

TEST_F(TeamTest, TheLeaderSignsOffInTheWorkbenchAndTheLeadersPageSaysSo) {
    const auto identity = core::CreateIdentity("Kepala Dinas", kLeaderNip, std::string("rahasia pimpinan"), false);
    core::Person leader;
    leader.nip = kLeaderNip;
    leader.name = "Kepala Dinas";
    leader.position = "Kepala Dinas Tenaga Kerja";
    leader.role = "pimpinan";
    leader.public_key = identity.public_key_hex;
    {
        auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadWrite);
        core::SetPeople(workspace, {leader}, "koordinator");  // the first key: unsigned, no signer yet
    }
    ASSERT_TRUE(gui::InstallWorkbenchSigner().empty());
    Open();
    wxString explanation;
    wxTEST_DIALOG(
        m_frame->RunCommand("team/signoff"), UserInDialog([&](wxDialog* dialog) {
            explanation =
                dynamic_cast<wxStaticText*>(wxWindow::FindWindowByName("signoff_explanation", dialog))->GetLabel();
            dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("signoff_note", dialog))
                ->SetValue("Diperiksa bersama tim");
            return static_cast<int>(wxID_OK);
        }),
        wxExpectModal<wxTextEntryDialog>("rahasia pimpinan"));
    EXPECT_TRUE(explanation.Contains("59,65")) << explanation;  // the demo's total, as the leader signs it
    {
        auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadOnly);
        const auto status = core::CheckSignoff(workspace);
        EXPECT_EQ(status.state, core::SignoffState::Current);
        ASSERT_TRUE(status.signoff.has_value());
        EXPECT_EQ(status.signoff->nip, kLeaderNip);
        EXPECT_EQ(status.signoff->note, "Diperiksa bersama tim");
    }
    wxString page;
    wxTEST_DIALOG(m_frame->RunCommand("team/leader"), UserInDialog([&](wxDialog* dialog) {
                      page = dynamic_cast<wxHtmlWindow*>(wxWindow::FindWindowByName("leader_page", dialog))->ToText();
                      return static_cast<int>(wxID_CLOSE);
                  }));
    EXPECT_TRUE(page.Contains("Nilai dan simpulan")) << page;
    EXPECT_TRUE(page.Contains("Disahkan oleh Kepala Dinas")) << page;
    EXPECT_TRUE(page.Contains("Tandatangani: Komitmen Bersama")) << page;
    EXPECT_FALSE(page.Contains("Sahkan usulan")) << page;

    // The score panel says so too, and says when a change of the unit's answers undoes it.
    const auto verdicts = [&] {
        return dynamic_cast<gui::VerdictList*>(wxWindow::FindWindowByName("verdicts", m_frame))->ToText();
    };
    EXPECT_TRUE(verdicts().Contains("Disahkan oleh Kepala Dinas")) << verdicts();
    EXPECT_FALSE(verdicts().Contains("BERUBAH SETELAH DISAHKAN"));
    m_frame->Session()->SetNote(Node("A.I.1.iii.c"), "catatan sesudah pengesahan");
    Pump();
    EXPECT_TRUE(verdicts().Contains("BERUBAH SETELAH DISAHKAN")) << verdicts();
}

// The coordinator makes every Pakta Integritas in the workbench, a leader's scan comes back signed,
// and the documents window files it as evidence and shows who has signed and who has not.
TEST_F(TeamTest, TheDocumentsWindowMakesThePaktaIntegritasAndAttachesTheSignedScans) {
    constexpr const char* kSecondNip = "198505052010012002";
    {
        const auto person = [](const char* nip, const char* name, const char* position, const char* role,
                               std::vector<int> areas) {
            core::Person made;
            made.nip = nip;
            made.name = name;
            made.position = position;
            made.role = role;
            made.areas = std::move(areas);
            return made;
        };
        const std::vector<core::Person> people = {
            person(kLeaderNip, "Kepala Dinas", "Kepala Dinas Tenaga Kerja", "pimpinan", {}),
            person(kMemberNip, "Anggota Satu", "Analis Kebijakan", "anggota", {1}),
            person(kSecondNip, "Anggota Dua", "Pranata Komputer", "anggota", {2})};
        auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadWrite);
        core::SetPeople(workspace, people, "koordinator");
    }
    const fs::path out = m_dir / "pakta";
    const fs::path scans = m_dir / "pindaian";
    fs::create_directories(scans);
    std::ofstream(scans / (std::string("pakta_") + kMemberNip + ".pdf"), std::ios::binary) << "%PDF-1.4\n% pindaian\n";
    Open();
    gui::SavePathOverride() = [&](const wxString&) { return Wx(out); };
    // The logo is chosen first, the folder of scans later.
    wxString open_answer = Wx(fs::path(ZIWB_SOURCE_DIR) / "tests" / "data" / "pdf" / "logo.png");
    gui::OpenPathOverride() = [&] { return open_answer; };
    wxString logo_state;
    wxString close_label;
    wxString before;
    wxString after;
    wxString made;
    wxString replace;
    wxString replace_buttons;
    wxString confirm;
    int unsigned_rows = 0;
    wxTEST_DIALOG(m_frame->RunCommand("team/documents"), UserInDialog([&](wxDialog* dialog) {
                      EXPECT_EQ(Find<wxChoice>(dialog, "documents_template")->GetStringSelection(), "Pakta Integritas");
                      // Shown, its stock button says "Tutup" in our words, not GTK's untranslated "Close".
                      dialog->Show();
                      Pump();
                      close_label = dialog->FindWindow(wxID_CLOSE)->GetLabel();
                      dialog->Hide();
                      before = Find<wxStaticText>(dialog, "documents_summary")->GetLabel();
                      EXPECT_EQ(Find<wxListCtrl>(dialog, "documents_signers")->GetItemCount(), 3);
                      Find<wxTextCtrl>(dialog, "documents_place")->SetValue("Purwokerto");
                      Press(Find<wxButton>(dialog, "documents_letterhead"));
                      open_answer = Wx(scans);
                      Press(Find<wxButton>(dialog, "documents_make_all"));
                      Press(Find<wxButton>(dialog, "documents_make_all"));  // again: asked, and declined
                      Press(Find<wxButton>(dialog, "documents_attach"));
                      after = Find<wxStaticText>(dialog, "documents_summary")->GetLabel();
                      auto* only = Find<wxCheckBox>(dialog, "documents_only_unsigned");
                      only->SetValue(true);
                      wxCommandEvent toggled(wxEVT_CHECKBOX, only->GetId());
                      toggled.SetEventObject(only);
                      only->ProcessWindowEvent(toggled);
                      unsigned_rows = Find<wxListCtrl>(dialog, "documents_signers")->GetItemCount();
                      only->SetValue(false);
                      only->ProcessWindowEvent(toggled);
                      Shoot(dialog, "documents");
                      return wxID_CLOSE;
                  }),
                  UserInDialog([&](wxDialog* letterhead) {
                      Find<wxTextCtrl>(letterhead, "letterhead_lines")
                          ->SetValue("PEMERINTAH KABUPATEN BANYUMAS\nDINAS TENAGA KERJA\n\n  Jl. Gatot Subroto 1  ");
                      Press(Find<wxButton>(letterhead, "letterhead_choose_logo"));
                      logo_state = Find<wxStaticText>(letterhead, "letterhead_logo_state")->GetLabel();
                      Shoot(letterhead, "letterhead");
                      return wxID_OK;
                  }),
                  AnswerMessage(wxID_OK, made), AnswerMessage(wxID_NO, replace, &replace_buttons),
                  AnswerMessage(wxID_YES, confirm));
    gui::SavePathOverride() = nullptr;
    EXPECT_EQ(close_label.Strip(wxString::both), "&Tutup");
    EXPECT_TRUE(logo_state.Contains("logo.png")) << logo_state;
    {
        auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadOnly);
        const auto letterhead = core::LoadLetterhead(workspace);
        ASSERT_TRUE(letterhead.has_value());
        // Blank lines left out, each line trimmed; the logo stored with the workspace.
        EXPECT_EQ(letterhead->lines, (std::vector<std::string>{"PEMERINTAH KABUPATEN BANYUMAS", "DINAS TENAGA KERJA",
                                                               "Jl. Gatot Subroto 1"}));
        EXPECT_FALSE(letterhead->logo.empty());
    }
    EXPECT_TRUE(before.Contains("0 dari 3")) << before;
    EXPECT_TRUE(made.StartsWith("3 Pakta Integritas")) << made;
    EXPECT_TRUE(replace.StartsWith("3 ")) << replace;
    // The question's own buttons in our words too: GTK's stock "Yes" and "No" stay English here.
    EXPECT_EQ(replace_buttons, "_Ya|_Tidak");
    EXPECT_TRUE(confirm.Contains("A.I.1.iv.d")) << confirm;
    EXPECT_TRUE(after.Contains("1 dari 3")) << after;
    EXPECT_EQ(unsigned_rows, 2);
    // One PDF per person, in the folder chosen, dated in the place typed.
    for (const char* nip : {kLeaderNip, kMemberNip, kSecondNip}) {
        const fs::path pdf = out / (std::string("pakta-integritas-") + nip + ".pdf");
        ASSERT_TRUE(fs::exists(pdf)) << pdf;
        const std::string text = ziwb::test_support::PdfText(pdf);
        EXPECT_NE(text.find("PAKTA INTEGRITAS"), std::string::npos) << text;
        EXPECT_NE(text.find("Purwokerto"), std::string::npos) << text;
        EXPECT_NE(text.find("DINAS TENAGA KERJA"), std::string::npos) << text;  // the kop surat
    }
    EXPECT_NE(ziwb::test_support::PdfText(out / (std::string("pakta-integritas-") + kMemberNip + ".pdf"))
                  .find("Anggota Satu"),
              std::string::npos);
    // The scan is the member's signature in ink, filed as evidence.
    auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadOnly);
    const auto shipped = core::FindTemplate(ZIWB_SOURCE_DIR, "pakta-integritas");
    for (const auto& row : core::DocumentStatus(workspace, {shipped})) {
        EXPECT_EQ(row.is_signed, row.nip == kMemberNip) << row.nip;
        if (row.nip == kMemberNip) {
            EXPECT_EQ(row.how, "ink");
            EXPECT_GT(row.evidence_id, 0);
        }
    }
    EXPECT_EQ(gui::Preferences::SigningPlace(), "Purwokerto");
}

}  // namespace

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    g_root = fs::temp_directory_path() / ("zi-workbench-team-test-" + std::to_string(::getpid()));
    fs::create_directories(g_root);
    ::setenv("XDG_CONFIG_HOME", (g_root / "config").c_str(), 1);
    ::setenv("XDG_DATA_HOME", (g_root / "data").c_str(), 1);
    // Never the developer's key, even before a test sets its own folder.
    ::setenv("ZIWB_CONFIG_DIR", (g_root / "keys").c_str(), 1);
    ::unsetenv("ZIWB_PASSPHRASE_FILE");
    auto* app = new gui::App;
    wxApp::SetInstance(app);
    if (!wxEntryStart(argc, argv)) {
        std::fprintf(stderr, "team_gui_test: no display (run under xvfb-run)\n");
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
