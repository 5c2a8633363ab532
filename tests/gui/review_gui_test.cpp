// SPDX-License-Identifier: GPL-3.0-or-later
// The evaluator's desk under Xvfb: one review loop across two copies of a workspace, the unit's and
// the evaluator's, moved between them with the File menu's send and receive. The evaluator answers
// and asks for a revision with a reason, the unit marks it ready for re-check, the evaluator sets it
// done, both scores stand side by side, and the team leader's signed closing then refuses an edit.
// Every result is read back from the workspace through the core as well as from the widgets.
#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/stattext.h>
#include <wx/testing.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>
#include <wx/utils.h>

#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <set>

#include "app/app.hpp"
#include "app/translations.hpp"
#include "commands/command.hpp"
#include "common/text.hpp"
#include "criterion/node_page.hpp"
#include "demo/demo_workspace.hpp"
#include "evaluation_report/evaluation_blocks.hpp"
#include "evidence/checklist.hpp"
#include "evidence/checklist_panel.hpp"
#include "evidence/evidence_panel.hpp"
#include "evidence/evidence_review.hpp"
#include "exchange/exchange.hpp"
#include "form/form_catalog.hpp"
#include "frame/main_frame.hpp"
#include "frame/workbench_view.hpp"
#include "log/change_log.hpp"
#include "navigator/navigator_model.hpp"
#include "navigator/navigator_panel.hpp"
#include "pdf_text.hpp"
#include "people/identity.hpp"
#include "people/team_register.hpp"
#include "review/review_desk.hpp"
#include "review/review_status.hpp"
#include "review/revision_notice.hpp"
#include "review/score_compare.hpp"
#include "score/score_comparison.hpp"
#include "score/score_panel.hpp"
#include "team/workbench_signer.hpp"
#include "util/screenshot.hpp"
#include "util/wrap_text.hpp"
#include "util/wx_text.hpp"

/// Types a text into a text entry dialog (the reason of a rejection, the closing note).
template <>
class wxExpectModal<wxTextEntryDialog> : public wxExpectModalBase<wxTextEntryDialog> {
public:
    explicit wxExpectModal(const wxString& typed) : m_typed(typed) {}

protected:
    int OnInvoked(wxTextEntryDialog* dialog) const override {
        dialog->SetValue(m_typed);
        return wxID_OK;
    }

private:
    wxString m_typed;
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

fs::path g_root;
constexpr const char* kCode = "A.I.1.i.a";
constexpr const char* kPassphrase = "rahasia tim penilai";

struct Member {
    const char* who;
    const char* name;
    const char* nip;
    const char* role;
    const char* level;
};
const Member kKoordinator{"koordinator", "Koordinator Unit", "199001012015032001", "koordinator", ""};
const Member kEvaluator{"evaluator", "Evaluator TPI", "198505152010011002", "evaluator", "anggota_tim"};
const Member kLeader{"ketua", "Ketua Tim TPI", "197803202005012003", "evaluator", "ketua_tim"};

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

void Press(wxWindow* root, const wxString& name) {
    auto* button = Find<wxButton>(root, name);
    ASSERT_NE(button, nullptr);
    wxCommandEvent event(wxEVT_BUTTON, button->GetId());
    event.SetEventObject(button);
    button->ProcessWindowEvent(event);
    Pump();
}

wxString TextOf(wxWindow* root, const wxString& name) {
    auto* text = Find<gui::WrapText>(root, name);
    return text == nullptr ? wxString() : text->Text();
}

/// A window as the user sees it, into ZIWB_SCREENSHOT_DIR when it is set (docs/screenshots). Under
/// GTK 3 the screen is read once per process (later reads return the first picture), so with
/// ZIWB_SCREENSHOT_ONLY=NAME a run takes only that one: docs/screenshots/take-review.sh runs the
/// test once per picture.
void Shoot(wxWindow* window, const std::string& name) {
    const char* folder = std::getenv("ZIWB_SCREENSHOT_DIR");
    const char* only = std::getenv("ZIWB_SCREENSHOT_ONLY");
    if (folder == nullptr || (only != nullptr && name != only)) {
        return;
    }
    // Without a compositor the screen keeps what was there until the window has painted itself.
    window->Raise();
    window->SetFocus();
    for (int i = 0; i < 20; ++i) {
        window->Refresh();
        window->Update();
        Pump();
        wxMilliSleep(50);
    }
    EXPECT_TRUE(gui::SaveScreenshot(window, Wx(fs::path(folder) / (name + "-id.png"))));
}

core::Workspace OpenRead(const fs::path& path) {
    return core::Workspace::Open(path, core::Workspace::Access::ReadOnly);
}

std::optional<core::StoredAnswer> LevelAnswer(const fs::path& path, const std::string& level) {
    for (auto& answer : OpenRead(path).LevelAnswers(core::Layer::Tpi(), kCode)) {
        if (answer.level == level) {
            return answer;
        }
    }
    return std::nullopt;
}

core::CriterionReview Review(const fs::path& path) {
    auto workspace = OpenRead(path);
    return core::LoadReview(workspace, core::Layer::Tpi(), kCode);
}

class ReviewTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::SetLanguage(core::Language::Indonesian);
        gui::ApplyLanguage(core::Language::Indonesian);
        m_dir = g_root / ::testing::UnitTest::GetInstance()->current_test_info()->name();
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        // Evaluators and leaders sign with a protected key; the file answers its passphrase.
        std::ofstream(m_dir / "passphrase") << kPassphrase << "\n";
        ::setenv("ZIWB_PASSPHRASE_FILE", (m_dir / "passphrase").c_str(), 1);
        m_unit_copy = m_dir / "dinas.ziwb";
        const fs::path program = ZIWB_SOURCE_DIR;
        (void)core::CreateDemoWorkspace(m_unit_copy, core::FormCatalog::Default(program), program);

        std::map<std::string, std::string> keys;
        for (const Member* member : {&kKoordinator, &kEvaluator, &kLeader}) {
            ::setenv("ZIWB_CONFIG_DIR", KeyFolder(*member).c_str(), 1);
            keys[member->who] =
                core::CreateIdentity(member->name, member->nip, std::string(kPassphrase), false).public_key_hex;
        }
        const auto person = [&](const Member& member) {
            core::Person p;
            p.nip = member.nip;
            p.name = member.name;
            p.role = member.role;
            p.level = member.level;
            p.review_layer = member.level[0] != '\0' ? "tpi" : "";
            p.public_key = keys[member.who];
            return p;
        };
        {
            auto workspace = core::Workspace::Open(m_unit_copy, core::Workspace::Access::ReadWrite);
            core::SetSessionSigner(nullptr);  // the koordinator's first key goes in unsigned
            core::SetPeople(workspace, {person(kKoordinator)}, "koordinator");
            Become(kKoordinator);
            core::SetPeople(workspace, {person(kEvaluator), person(kLeader)}, "koordinator");
        }
        // The evaluator's copy: the same workspace, as the TPI received it.
        m_evaluator_copy = m_dir / "tpi.ziwb";
        fs::copy_file(m_unit_copy, m_evaluator_copy);
    }
    void TearDown() override {
        gui::OpenPathOverride() = nullptr;
        gui::SavePathOverride() = nullptr;
        Close();
        core::SetSessionSigner(nullptr);
        ::unsetenv("ZIWB_PASSPHRASE_FILE");
    }

    fs::path KeyFolder(const Member& member) const { return m_dir / (std::string("keys-") + member.who); }

    /// Makes `member` the person at this machine: their identity signs the workbench's changes.
    void Become(const Member& member) {
        ::setenv("ZIWB_CONFIG_DIR", KeyFolder(member).c_str(), 1);
        ASSERT_TRUE(gui::InstallWorkbenchSigner().empty());
        ASSERT_NE(core::SessionSigner(), nullptr);
    }

    void Open(const fs::path& path, wxSize size = wxSize(1366, 768)) {
        m_frame = new gui::MainFrame;
        m_frame->SetSize(size);
        m_frame->Show();
        ASSERT_TRUE(m_frame->OpenWorkspace(Wx(path)));
        m_frame->SelectNode(Node(kCode));
        Pump();
    }
    void Close() {
        if (m_frame != nullptr) {
            m_frame->Hide();  // off the screen now: the next copy's window is what the screenshots show
            m_frame->Destroy();
            m_frame = nullptr;
            Pump();
        }
    }
    int Node(const std::string& code) { return m_frame->Session()->Form().Find(code); }
    gui::NodePage& Page() { return m_frame->View()->Page(); }

    /// File > Send changes, to `file`, agreeing to the preview.
    /// File > Send changes to `file`, agreeing to the preview; returns the layers of the entries sent.
    /// An evaluator's preview offers, checked, to send their layer alone; the unit's does not.
    std::set<std::string> Send(const fs::path& file) {
        fs::remove(file);
        gui::SavePathOverride() = [&](const wxString&) { return Wx(file); };
        bool previewed = false;
        bool only_layer_offered = false;
        wxTEST_DIALOG(m_frame->RunCommand("file/send_changes"), UserInDialog([&](wxDialog* preview) {
                          previewed = wxWindow::FindWindowByName("send_changes", preview) != nullptr;
                          auto* only =
                              dynamic_cast<wxCheckBox*>(wxWindow::FindWindowByName("send_only_layer", preview));
                          only_layer_offered = only != nullptr && only->GetValue();
                          return wxID_OK;
                      }));
        EXPECT_TRUE(previewed);
        EXPECT_EQ(only_layer_offered, m_frame->Session()->Role().evaluator);
        std::set<std::string> layers;
        EXPECT_TRUE(fs::exists(file));
        if (fs::exists(file)) {
            auto& workspace = m_frame->Session()->Workspace();
            for (const auto& received : core::ReadExchangeFile(file, core::WorkspaceId(workspace.Database()))) {
                layers.insert(received.entry.layer);
            }
        }
        return layers;
    }
    /// File > Receive changes from `file`, agreeing to the preview; returns the preview's lines.
    wxArrayString Receive(const fs::path& file) {
        wxArrayString lines;
        gui::OpenPathOverride() = [&] { return Wx(file); };
        wxTEST_DIALOG(
            m_frame->RunCommand("file/receive_changes"), UserInDialog([&](wxDialog* preview) {
                if (auto* list = dynamic_cast<wxListBox*>(wxWindow::FindWindowByName("preview_changes", preview))) {
                    lines = list->GetStrings();
                }
                return wxID_OK;
            }));
        m_frame->SelectNode(Node(kCode));
        Pump();
        return lines;
    }

    fs::path m_dir;
    fs::path m_unit_copy;
    fs::path m_evaluator_copy;
    gui::MainFrame* m_frame = nullptr;
};

TEST_F(ReviewTest, TheWholeLoopAcrossTheUnitsAndTheEvaluatorsCopies) {
    const std::string unit_answer = OpenRead(m_unit_copy).FindAnswer(core::Layer::Unit(), kCode)->value.value_or("");
    const std::string evaluator_answer = unit_answer == "Ya" ? "Tidak" : "Ya";

    // 1. The evaluator, on their copy. They have been through the rest already (with the core, as
    // the command line would): they agree with the unit except on two choice criteria.
    Become(kEvaluator);
    std::vector<std::string> disagreed;
    {
        auto workspace = core::Workspace::Open(m_evaluator_copy, core::Workspace::Access::ReadWrite);
        const core::Form& form = workspace.FormInUse();
        std::vector<core::AnswerChange> changes;
        for (const auto& stored : workspace.StoredAnswers(core::Layer::Unit())) {
            if (!stored.value || stored.code == kCode) {
                continue;
            }
            const core::FormNode& node = form.Node(form.Find(stored.code));
            core::AnswerChange change;
            change.code = stored.code;
            change.answer = core::ParseAnswer(form, node, *stored.value);
            if (disagreed.size() < 2 && node.answer_kind == core::AnswerKind::Choice) {
                for (const auto& choice : form.ScaleOf(node).choices) {
                    if (choice.key != change.answer->choice) {
                        change.answer->choice = choice.key;
                        disagreed.push_back(stored.code);
                        break;
                    }
                }
            }
            changes.push_back(std::move(change));
        }
        workspace.Apply(core::Layer::Tpi(), changes, "evaluator", "review");
    }
    ASSERT_EQ(disagreed.size(), 2u);
    Open(m_evaluator_copy);
    ASSERT_TRUE(m_frame->Session()->Role().evaluator);
    EXPECT_EQ(m_frame->Session()->Role().level, "anggota_tim");
    EXPECT_FALSE(m_frame->Session()->Role().may_close);
    gui::ReviewDesk* desk = Page().Desk();
    ASSERT_NE(desk, nullptr);
    EXPECT_EQ(wxWindow::FindWindowByName("clear_answer", &Page()), nullptr);  // the unit's editor is not there
    EXPECT_TRUE(TextOf(desk, "review_unit_answer").Contains(Wx(unit_answer))) << TextOf(desk, "review_unit_answer");
    EXPECT_TRUE(Find<wxTextCtrl>(desk, "review_unit_note")->HasFlag(wxTE_READONLY));
    // The unit's evidence stays on the page, with its open action.
    EXPECT_NE(wxWindow::FindWindowByName("evidence_panel", &Page()), nullptr);
    // The Review menu lists the evaluator's keys.
    wxMenuBar* bar = m_frame->GetMenuBar();
    for (const auto& [command, key] : std::map<std::string, wxString>{{"review/accept_line", "Ctrl+Shift+A"},
                                                                      {"review/reject_line", "Ctrl+Shift+R"},
                                                                      {"review/next_unreviewed", "Shift+F8"}}) {
        wxMenuItem* item = bar->FindItem(gui::FindCommand(command)->id);
        ASSERT_NE(item, nullptr) << command;
        EXPECT_TRUE(item->GetItemLabel().EndsWith("\t" + key)) << item->GetItemLabel();
        EXPECT_TRUE(m_frame->IsCommandEnabled(command)) << command;
    }
    EXPECT_FALSE(m_frame->IsCommandEnabled("review/close"));

    // F7 (Go > Answer) reaches the evaluator's own answer.
    ASSERT_TRUE(m_frame->RunCommand("go/answer"));
    Pump();
    EXPECT_EQ(wxWindow::FindFocus(), Find<wxWindow>(desk, "review_answer"));
    // Their own answer and note, at their level of the TPI layer.
    ASSERT_TRUE(Find<wxChoice>(desk, "review_answer")->SetStringSelection(Wx(evaluator_answer)));
    Find<wxTextCtrl>(desk, "review_note")->ChangeValue("SK tim belum ditandatangani");
    Press(desk, "review_save_answer");
    EXPECT_TRUE(desk->Problem().empty()) << desk->Problem();
    const auto own = LevelAnswer(m_evaluator_copy, "anggota_tim");
    ASSERT_TRUE(own);
    EXPECT_EQ(own->value, evaluator_answer);
    EXPECT_EQ(own->note, "SK tim belum ditandatangani");
    EXPECT_EQ(OpenRead(m_evaluator_copy).FindAnswer(core::Layer::Unit(), kCode)->value, unit_answer);  // untouched
    // The score panel's headline is the evaluator's own layer; the unit's total stands under it.
    {
        auto workspace = OpenRead(m_evaluator_copy);
        const double tpi_total = workspace.Score(core::Layer::Tpi()).Total();
        const double unit_total = workspace.Score(core::Layer::Unit()).Total();
        ASSERT_NE(core::FormatNumber(tpi_total, 2), core::FormatNumber(unit_total, 2));
        EXPECT_EQ(Utf8(Find<wxStaticText>(m_frame, "score_total")->GetLabel()), core::FormatNumber(tpi_total, 2));
        EXPECT_TRUE(TextOf(m_frame, "score_heading").Contains("TPI")) << TextOf(m_frame, "score_heading");
        EXPECT_TRUE(TextOf(m_frame, "score_unit_total").EndsWith(Wx(core::FormatNumber(unit_total, 2))))
            << TextOf(m_frame, "score_unit_total");
    }

    // "Needs revision" without a reason is refused in one line; with one, it counts a revision.
    auto* status = Find<wxChoice>(desk, "review_status");
    status->SetSelection(2);
    EXPECT_EQ(Utf8(status->GetStringSelection()), core::ReviewStateLabel(core::ReviewState::NeedsRevision));
    Press(desk, "review_save_status");
    EXPECT_FALSE(desk->Problem().empty());
    EXPECT_EQ(desk->Problem().Find('\n'), wxNOT_FOUND);
    EXPECT_EQ(Review(m_evaluator_copy).state, core::ReviewState::NotChecked);
    Find<wxChoice>(desk, "review_status")->SetSelection(2);
    Find<wxTextCtrl>(desk, "review_reason")->ChangeValue("Lampirkan SK yang sudah ditandatangani");
    Press(desk, "review_save_status");
    EXPECT_TRUE(desk->Problem().empty()) << desk->Problem();
    auto review = Review(m_evaluator_copy);
    EXPECT_EQ(review.state, core::ReviewState::NeedsRevision);
    EXPECT_EQ(review.note, "Lampirkan SK yang sudah ditandatangani");
    EXPECT_EQ(review.revisions, 1);
    EXPECT_TRUE(TextOf(desk, "review_revisions").StartsWith("1 ")) << TextOf(desk, "review_revisions");

    // The checklist: accept one line and reject another with a reason, from the Review menu.
    if (auto* checklist = dynamic_cast<gui::ChecklistPanel*>(wxWindow::FindWindowByName("checklist_panel", &Page()));
        checklist != nullptr && checklist->LineCount() >= 2) {
        checklist->SelectLine(0);
        ASSERT_TRUE(m_frame->RunCommand("review/accept_line"));
        checklist->SelectLine(1);
        wxTEST_DIALOG(ASSERT_TRUE(m_frame->RunCommand("review/reject_line")),
                      wxExpectModal<wxTextEntryDialog>("Belum ada tanda tangan"));
        auto workspace = OpenRead(m_evaluator_copy);
        const auto lines = core::LoadChecklist(workspace, kCode, core::Layer::Tpi());
        EXPECT_EQ(lines[0].state, "accepted");
        EXPECT_EQ(lines[1].state, "rejected");
        EXPECT_EQ(lines[1].reason, "Belum ada tanda tangan");
        EXPECT_TRUE(checklist->StateText(1).Contains("Belum ada tanda tangan")) << checklist->StateText(1);
    } else {
        ADD_FAILURE() << "the demo's criterion " << kCode << " has no checklist of two lines";
    }
    // The evidence item itself: rejected with a reason from the Review menu (Ctrl+Alt+R).
    {
        auto* evidence = Find<gui::EvidencePanel>(&Page(), "evidence_panel");
        ASSERT_NE(evidence, nullptr);
        ASSERT_GE(evidence->ItemCount(), 1);
        EXPECT_NE(wxWindow::FindWindowByName("evidence_reject", evidence), nullptr);
        evidence->SelectRow(0);
        wxTEST_DIALOG(ASSERT_TRUE(m_frame->RunCommand("review/reject_item")),
                      wxExpectModal<wxTextEntryDialog>("Pindaian tidak terbaca"));
        auto workspace = OpenRead(m_evaluator_copy);
        const auto verdicts = core::LoadEvidenceReviews(workspace, core::Layer::Tpi());
        ASSERT_EQ(verdicts.size(), 1U);
        EXPECT_EQ(verdicts.begin()->second.state, "rejected");
        EXPECT_EQ(verdicts.begin()->second.reason, "Pindaian tidak terbaca");
        evidence = Find<gui::EvidencePanel>(&Page(), "evidence_panel");
        EXPECT_TRUE(evidence->StateText(0).Contains("Pindaian tidak terbaca")) << evidence->StateText(0);
    }
    Shoot(m_frame, "review-desk");
    // The next criterion to review is another one, never one waiting for the unit.
    ASSERT_TRUE(m_frame->RunCommand("review/next_unreviewed"));
    EXPECT_NE(m_frame->CurrentNode(), Node(kCode));
    EXPECT_TRUE(m_frame->Session()->Form().Node(m_frame->CurrentNode()).IsCriterion());
    {
        auto workspace = OpenRead(m_evaluator_copy);
        const auto next = core::LoadReview(workspace, core::Layer::Tpi(),
                                           m_frame->Session()->Form().Node(m_frame->CurrentNode()).code);
        EXPECT_EQ(next.state, core::ReviewState::NotChecked);
    }
    const fs::path to_unit = m_dir / "tpi-ke-unit.ziwbx";
    // The evaluator sends their layer alone: the unit has everything else.
    EXPECT_EQ(Send(to_unit), std::set<std::string>{"tpi"});
    Close();

    // 2. The unit, on its copy: the reason is shown, and it marks the revision ready.
    Become(kKoordinator);
    Open(m_unit_copy);
    EXPECT_FALSE(m_frame->Session()->Role().evaluator);
    EXPECT_FALSE(m_frame->IsCommandEnabled("review/accept_line"));
    const auto received = Receive(to_unit);
    EXPECT_FALSE(received.empty());
    EXPECT_EQ(Review(m_unit_copy).state, core::ReviewState::NeedsRevision);
    gui::RevisionNotice* notice = Page().Notice();
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(TextOf(notice, "revision_status").Contains("perlu revisi")) << TextOf(notice, "revision_status");
    EXPECT_TRUE(TextOf(notice, "revision_reason").Contains("Lampirkan SK yang sudah ditandatangani"));
    EXPECT_TRUE(TextOf(notice, "revision_reason").Contains("1 ")) << TextOf(notice, "revision_reason");
    // The rejected document says why on the unit's evidence list, and the unit has no verdict buttons.
    {
        auto* evidence = Find<gui::EvidencePanel>(&Page(), "evidence_panel");
        ASSERT_NE(evidence, nullptr);
        EXPECT_TRUE(evidence->StateText(0).Contains("Pindaian tidak terbaca")) << evidence->StateText(0);
        EXPECT_EQ(wxWindow::FindWindowByName("evidence_reject", evidence), nullptr);
    }
    // The "revision asked" filter lists every criterion sent back, each with the evaluator's reason.
    auto& navigator = m_frame->View()->Navigator();
    navigator.SetFilter(gui::NavigatorFilter::RevisionAsked, wxString());
    Pump();
    EXPECT_EQ(navigator.Model().ShownCriteria(), std::vector<int>{Node(kCode)});
    EXPECT_TRUE(navigator.Model().RevisionText(Node(kCode)).Contains("Lampirkan SK yang sudah ditandatangani"))
        << navigator.Model().RevisionText(Node(kCode));
    EXPECT_EQ(wxWindow::FindWindowByName("score_unit_total", m_frame), nullptr);  // the unit's panel: one total
    // The "differs from the evaluator" filter says both answers.
    const wxString both = navigator.Model().DifferenceText(Node(kCode));
    EXPECT_TRUE(both.Contains(Wx(unit_answer)) && both.Contains(Wx(evaluator_answer)) && both.Contains("TPI")) << both;
    Find<wxTextCtrl>(notice, "revision_note")->ChangeValue("SK bertanda tangan sudah dilampirkan");
    Press(notice, "revision_mark_ready");
    review = Review(m_unit_copy);
    EXPECT_EQ(review.state, core::ReviewState::ReadyForRecheck);
    EXPECT_EQ(review.ready_note, "SK bertanda tangan sudah dilampirkan");
    EXPECT_TRUE(TextOf(notice, "revision_ready").Contains("SK bertanda tangan sudah dilampirkan"));
    // Marked ready, it stays in the list, now saying it waits for the evaluator.
    EXPECT_EQ(navigator.Model().ShownCriteria(), std::vector<int>{Node(kCode)});
    EXPECT_EQ(navigator.Model().RevisionText(Node(kCode)),
              Wx(core::ReviewStateLabel(core::ReviewState::ReadyForRecheck)));
    navigator.SetFilter(gui::NavigatorFilter::All, wxString());
    const fs::path to_evaluator = m_dir / "unit-ke-tpi.ziwbx";
    EXPECT_TRUE(Send(to_evaluator).contains("unit"));
    Close();

    // 3. The evaluator again: the unit's note is there; the criterion is done.
    Become(kEvaluator);
    Open(m_evaluator_copy);
    (void)Receive(to_evaluator);
    EXPECT_EQ(Review(m_evaluator_copy).state, core::ReviewState::ReadyForRecheck);
    desk = Page().Desk();
    ASSERT_NE(desk, nullptr);
    EXPECT_TRUE(TextOf(desk, "review_ready_note").Contains("SK bertanda tangan sudah dilampirkan"));
    Find<wxChoice>(desk, "review_status")->SetSelection(3);
    Press(desk, "review_save_status");
    EXPECT_TRUE(desk->Problem().empty()) << desk->Problem();
    review = Review(m_evaluator_copy);
    EXPECT_EQ(review.state, core::ReviewState::Done);
    EXPECT_EQ(review.revisions, 1);

    // Both scores side by side, as the core compares them.
    gui::ScoreComparisonView* comparison = m_frame->View()->Score().Comparison();
    ASSERT_NE(comparison, nullptr);
    auto workspace = OpenRead(m_evaluator_copy);
    const auto expected = core::CompareLayers(workspace, core::Layer::Unit(), core::Layer::Tpi());
    auto* scores = Find<wxListView>(comparison, "comparison_scores");
    EXPECT_EQ(scores->GetItemText(0, 1), Wx(core::FormatNumber(expected.first_report.Total(), 2)));
    EXPECT_EQ(scores->GetItemText(0, 2), Wx(core::FormatNumber(expected.second_report.Total(), 2)));
    EXPECT_NE(scores->GetItemText(0, 1), scores->GetItemText(0, 2));
    auto* differences = Find<wxListView>(comparison, "comparison_differences");
    ASSERT_EQ(expected.differences.size(), 3u);  // the two seeded, and the one answered at the desk
    ASSERT_EQ(differences->GetItemCount(), static_cast<int>(expected.differences.size()));
    bool listed = false;
    for (int row = 0; row < differences->GetItemCount(); ++row) {
        EXPECT_EQ(Utf8(differences->GetItemText(row, 0)), expected.differences[static_cast<std::size_t>(row)].code);
        if (differences->GetItemText(row, 0) == kCode) {
            listed = true;
            EXPECT_EQ(differences->GetItemText(row, 1), Wx(unit_answer));
            EXPECT_EQ(differences->GetItemText(row, 2), Wx(evaluator_answer));
        }
    }
    EXPECT_TRUE(listed);
    // The comparison is at the foot of the score panel: scrolled into view for the picture.
    gui::ScorePanel& score_panel = m_frame->View()->Score();
    int unit_y = 1;
    score_panel.GetScrollPixelsPerUnit(nullptr, &unit_y);
    score_panel.Scroll(0, score_panel.CalcUnscrolledPosition(comparison->GetPosition()).y / std::max(unit_y, 1));
    Shoot(m_frame, "review-scores");
    Close();

    // 4. The team leader closes the review with their signature; an edit is then refused.
    Become(kLeader);
    Open(m_evaluator_copy);
    EXPECT_TRUE(m_frame->Session()->Role().may_close);
    ASSERT_TRUE(m_frame->IsCommandEnabled("review/close"));
    wxTEST_DIALOG(ASSERT_TRUE(m_frame->RunCommand("review/close")),
                  wxExpectModal<wxTextEntryDialog>("Ditutup setelah rapat tim"));
    const auto closing = [&] {
        auto reopened = OpenRead(m_evaluator_copy);
        return core::LoadClosing(reopened, core::Layer::Tpi());
    }();
    ASSERT_TRUE(closing);
    EXPECT_TRUE(closing->closed);
    EXPECT_EQ(closing->author, kLeader.name);
    EXPECT_EQ(closing->note, "Ditutup setelah rapat tim");
    EXPECT_FALSE(closing->author_key.empty());  // signed
    desk = Page().Desk();
    ASSERT_NE(desk, nullptr);
    EXPECT_TRUE(Find<gui::WrapText>(desk, "review_locked")->IsShown());
    EXPECT_TRUE(TextOf(desk, "review_locked").Contains(Wx(kLeader.name))) << TextOf(desk, "review_locked");
    EXPECT_TRUE(TextOf(desk, "review_unit_answer").Contains(Wx(unit_answer)));
    ASSERT_TRUE(Find<wxChoice>(desk, "review_answer")->SetStringSelection(Wx(unit_answer)));
    Press(desk, "review_save_answer");
    EXPECT_TRUE(desk->Problem().Contains("ditutup")) << desk->Problem();
    EXPECT_EQ(desk->Problem().Find('\n'), wxNOT_FOUND);
    EXPECT_FALSE(LevelAnswer(m_evaluator_copy, "ketua_tim"));
    EXPECT_EQ(LevelAnswer(m_evaluator_copy, "anggota_tim")->value, evaluator_answer);
    Shoot(m_frame, "review-closed");

    // The team leader saves the evaluation report: the PDF is made from the shipped template, states
    // the closing and the place asked, and carries the TPI total the engine computes.
    const fs::path lhe = m_dir / "lhe-tpi.pdf";
    gui::SavePathOverride() = [&](const wxString&) { return Wx(lhe); };
    ASSERT_TRUE(m_frame->IsCommandEnabled("review/report"));
    wxTEST_DIALOG(ASSERT_TRUE(m_frame->RunCommand("review/report")), wxExpectModal<wxTextEntryDialog>("Purwokerto"));
    gui::SavePathOverride() = nullptr;
    const std::string report = ziwb::test_support::PdfText(lhe);
    EXPECT_NE(report.find("LAPORAN HASIL EVALUASI"), std::string::npos) << report;
    EXPECT_NE(report.find("Purwokerto"), std::string::npos) << report;
    EXPECT_NE(report.find(std::string("ditutup dengan tanda tangan elektronik oleh ") + kLeader.name),
              std::string::npos)
        << report;
    const std::string tpi_total = core::ReportFigure(OpenRead(m_evaluator_copy).Score(core::Layer::Tpi()).Total());
    EXPECT_NE(report.find("NILAI TOTAL"), std::string::npos);
    EXPECT_NE(report.find(tpi_total), std::string::npos) << tpi_total;

    // 5. The team leader reopens it, signed; the layer takes the edit again.
    wxTEST_DIALOG(ASSERT_TRUE(m_frame->RunCommand("review/reopen")),
                  wxExpectModal<wxTextEntryDialog>("Koreksi nilai A.I.1.i.a"));
    const auto reopened = [&] {
        auto file = OpenRead(m_evaluator_copy);
        return core::LoadClosing(file, core::Layer::Tpi());
    }();
    ASSERT_TRUE(reopened);
    EXPECT_FALSE(reopened->closed);
    EXPECT_EQ(reopened->note, "Koreksi nilai A.I.1.i.a");
    desk = Page().Desk();
    ASSERT_NE(desk, nullptr);
    EXPECT_FALSE(Find<gui::WrapText>(desk, "review_locked")->IsShown());
    ASSERT_TRUE(Find<wxChoice>(desk, "review_answer")->SetStringSelection(Wx(unit_answer)));
    Press(desk, "review_save_answer");
    EXPECT_TRUE(desk->Problem().empty()) << desk->Problem();
    ASSERT_TRUE(LevelAnswer(m_evaluator_copy, "ketua_tim"));
    EXPECT_EQ(LevelAnswer(m_evaluator_copy, "ketua_tim")->value, unit_answer);
}

// The desk on the smallest screen the workbench supports: both columns and every button reachable.
TEST_F(ReviewTest, TheDeskFitsTheSmallScreen) {
    Become(kEvaluator);
    Open(m_evaluator_copy, wxSize(1024, 768));
    gui::ReviewDesk* desk = Page().Desk();
    ASSERT_NE(desk, nullptr);
    const int page_width = Page().GetClientSize().x;
    for (const char* name : {"review_answer", "review_note", "review_save_answer", "review_status", "review_reason",
                             "review_save_status", "review_unit_note"}) {
        auto* control = Find<wxWindow>(desk, name);
        ASSERT_NE(control, nullptr);
        const wxRect rect(Page().ScreenToClient(control->GetScreenPosition()), control->GetSize());
        EXPECT_GE(rect.GetLeft(), 0) << name;
        EXPECT_LE(rect.GetRight(), page_width) << name << " is cut off at " << page_width;
        EXPECT_GT(rect.GetWidth(), 20) << name;
    }
}

}  // namespace

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    g_root = fs::temp_directory_path() / ("zi-workbench-review-test-" + std::to_string(::getpid()));
    fs::create_directories(g_root);
    ::setenv("XDG_CONFIG_HOME", (g_root / "config").c_str(), 1);
    ::setenv("XDG_DATA_HOME", (g_root / "data").c_str(), 1);
    ::setenv("ZIWB_CONFIG_DIR", (g_root / "keys").c_str(), 1);
    auto* app = new gui::App;
    wxApp::SetInstance(app);
    if (!wxEntryStart(argc, argv)) {
        std::fprintf(stderr, "review_gui_test: no display (run under xvfb-run)\n");
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
