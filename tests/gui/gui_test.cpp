// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench under Xvfb: the real frame, panels and commands of ziwb_gui, driven through their
// controls, with every result read back from the workspace file by the core.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/choice.h>
#include <wx/filedlg.h>
#include <wx/filepicker.h>
#include <wx/html/htmlwin.h>
#include <wx/image.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/radiobox.h>
#include <wx/radiobut.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/testing.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>
#include <wx/uiaction.h>
#include <wx/wizard.h>

#include <unistd.h>

#include <wx/weakref.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>

#include <wx/dataview.h>
#include <wx/display.h>
#include <wx/srchctrl.h>

#include "answer_message.hpp"
#include "app/app.hpp"
#include "app/quiet_log.hpp"
#include "app/translations.hpp"
#include "commands/command.hpp"
#include "common/text.hpp"
#include "criterion/history_panel.hpp"
#include "criterion/node_page.hpp"
#include "demo/demo_workspace.hpp"
#include "evidence/checklist.hpp"
#include "evidence/checklist_panel.hpp"
#include "evidence/evidence_panel.hpp"
#include "evidence/evidence_preview_panel.hpp"
#include "evidence/evidence_service.hpp"
#include "evidence/evidence_vault.hpp"
#include "form/form_catalog.hpp"
#include "frame/main_frame.hpp"
#include "frame/start_panel.hpp"
#include "frame/workbench_view.hpp"
#include "navigator/navigator_model.hpp"
#include "navigator/navigator_panel.hpp"
#include "pdf/pdf_document.hpp"
#include "pdf/pdf_fonts.hpp"
#include "report/score_output.hpp"
#include "score/score_panel.hpp"
#include "scoring/scoring_engine.hpp"
#include "session/workspace_lock.hpp"
#include "util/line_breaks.hpp"
#include "util/list_tooltips.hpp"
#include "util/screenshot.hpp"
#include "util/shown_time.hpp"
#include "util/value_label.hpp"
#include "util/wx_text.hpp"
#include "workspace/prerequisites.hpp"

// Answers for the workbench's own questions, as a user gives them (wx answers message and file
// dialogs itself; these add the text entry, single choice and wizard dialogs).
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

template <>
class wxExpectModal<wxSingleChoiceDialog> : public wxExpectModalBase<wxSingleChoiceDialog> {
public:
    explicit wxExpectModal(int choice) : m_choice(choice) {}

protected:
    int OnInvoked(wxSingleChoiceDialog* dialog) const override {
        dialog->SetSelection(m_choice);
        return wxID_OK;
    }

private:
    int m_choice;
};

template <>
class wxExpectModal<wxWizard> : public wxExpectModalBase<wxWizard> {
public:
    explicit wxExpectModal(std::function<int(wxWizard*)> user) : m_user(std::move(user)) {}

protected:
    int OnInvoked(wxWizard* wizard) const override { return m_user(wizard); }

private:
    std::function<int(wxWizard*)> m_user;
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
using gui::Wx;

namespace {

using ziwb::test_support::AnswerMessage;

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

/// What the engine says about the workspace file, read independently of the GUI.
std::vector<core::EvidenceItem> ItemsOf(core::Workspace& workspace, const std::string& code) {
    std::vector<core::EvidenceItem> items;
    for (auto& item : core::EvidenceVault(workspace).List()) {
        if (std::find(item.codes.begin(), item.codes.end(), code) != item.codes.end()) {
            items.push_back(std::move(item));
        }
    }
    return items;
}

core::ScoreReport EngineScore(const fs::path& path) {
    return core::Workspace::Open(path, core::Workspace::Access::ReadOnly).Score(core::Layer::Unit());
}

std::optional<core::StoredAnswer> Stored(const fs::path& path, const std::string& code) {
    return core::Workspace::Open(path, core::Workspace::Access::ReadOnly).FindAnswer(core::Layer::Unit(), code);
}

void Click(wxRadioButton* radio) {
    radio->SetValue(true);
    wxCommandEvent event(wxEVT_RADIOBUTTON, radio->GetId());
    event.SetEventObject(radio);
    event.SetInt(1);
    radio->ProcessWindowEvent(event);
    Pump();
}

void Press(wxButton* button) {
    wxCommandEvent event(wxEVT_BUTTON, button->GetId());
    event.SetEventObject(button);
    button->ProcessWindowEvent(event);
    Pump();
}

/// Types into a field and presses Enter, as a user does.
void Type(wxTextCtrl* field, const wxString& text) {
    field->SetValue(text);  // sends wxEVT_TEXT like typing
    wxCommandEvent enter(wxEVT_TEXT_ENTER, field->GetId());
    enter.SetEventObject(field);
    enter.SetString(text);
    field->ProcessWindowEvent(enter);
    Pump();
}

class WorkbenchTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::SetLanguage(core::Language::Indonesian);
        gui::ApplyLanguage(core::Language::Indonesian);
        m_dir = g_root / ::testing::UnitTest::GetInstance()->current_test_info()->name();
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        m_path = m_dir / "demo.ziwb";
        const fs::path program = ZIWB_SOURCE_DIR;
        (void)core::CreateDemoWorkspace(m_path, core::FormCatalog::Default(program), program);
        Open();
    }
    void TearDown() override { Close(); }

    void Open() {
        m_frame = new gui::MainFrame;
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
    int Node(const std::string& code) { return m_frame->Session()->Form().Find(code); }
    void Select(const std::string& code) {
        m_frame->SelectNode(Node(code));
        Pump();
        ASSERT_EQ(m_frame->CurrentNode(), Node(code));
    }
    wxString Label(const wxString& name) { return Find<wxStaticText>(m_frame, name)->GetLabel(); }
    wxString ResultText() { return Find<wxStaticText>(m_frame, "answer_result")->GetLabel(); }
    /// The score panel shows exactly what the engine computes from the file.
    void ExpectPanelShowsEngine() {
        const auto report = EngineScore(m_path);
        EXPECT_EQ(Label("score_total"), Wx(core::FormatNumber(report.Total(), 2)));
        const auto& form = m_frame->Session()->Form();
        const auto& hasil = report.nodes[static_cast<std::size_t>(form.ComponentWithRole("hasil"))];
        EXPECT_EQ(Label("score_hasil"),
                  Wx(core::FormatNumber(hasil.value.value_or(0.0), 2)) + " / " + Wx(core::FormatNumber(40.0, 2)));
        EXPECT_TRUE(Label("score_completeness")
                        .Contains(wxString::Format("%d dari %d", report.nodes[0].answered, report.nodes[0].criteria)));
        // Values change in place after an answer, their rows laid out only when they need it:
        // each is still given the room its text takes, inside the panel.
        for (const wxString& name : {wxString("score_total"), wxString("score_pengungkit"), wxString("score_hasil"),
                                     wxString("area_value_1"), wxString("area_value_3"), wxString("area_value_6")}) {
            auto* value = Find<wxStaticText>(m_frame, name);
            value->InvalidateBestSize();  // GTK's own measure of the label as it is now
            EXPECT_GE(value->GetSize().x, value->GetBestSize().x) << name << " is cut off";
            EXPECT_LE(value->GetPosition().x + value->GetSize().x, value->GetParent()->GetClientSize().x) << name;
        }
        for (int area = 1; area <= 6; ++area) {
            auto* bar = Find<wxWindow>(m_frame, wxString::Format("area_bar_%d", area));
            auto* value = Find<wxStaticText>(m_frame, wxString::Format("area_value_%d", area));
            EXPECT_LE(bar->GetPosition().x + bar->GetSize().x, value->GetPosition().x) << "bar over its value " << area;
        }
        // The verdicts are laid out and take room on the panel: "WBK" and its conditions show.
        auto* verdicts = Find<gui::VerdictList>(m_frame, "verdicts");
        EXPECT_TRUE(verdicts->ToText().Contains("WBK"));
        EXPECT_GT(verdicts->GetSize().y, verdicts->GetCharHeight() * 3);
    }

    fs::path m_dir;
    fs::path m_path;
    gui::MainFrame* m_frame = nullptr;
};

// The log's UTC times are shown on the computer's clock: a change made at 10:32 UTC happened at
// 17:32 in Jakarta (WIB, UTC+7), and the history, previews and conflicts say so.
TEST(ShownTime, ALogTimeIsShownInTheLocalTimeZone) {
    const char* saved = std::getenv("TZ");
    const std::string before = saved != nullptr ? saved : "";
    ::setenv("TZ", "WIB-7", 1);  // POSIX form: needs no time zone database
    ::tzset();
    EXPECT_EQ(gui::ShownTime("2026-12-02T10:32:03Z"), "2026-12-02 17:32");
    EXPECT_EQ(gui::ShownTime("2026-12-31T20:00:00Z"), "2027-01-01 03:00");  // across the year's end
    EXPECT_EQ(gui::WithShownTime("2026-12-02T10:32:03Z, Siti: 3 jawaban diubah"),
              "2026-12-02 17:32, Siti: 3 jawaban diubah");
    EXPECT_EQ(gui::ShownTime("kemarin"), "kemarin");  // not a time: as it is
    EXPECT_EQ(gui::WithShownTime("tanpa waktu"), "tanpa waktu");
    if (saved != nullptr) {
        ::setenv("TZ", before.c_str(), 1);
    } else {
        ::unsetenv("TZ");
    }
    ::tzset();
}

TEST_F(WorkbenchTest, OpensTheDemoWithItsEvidence) {
    // The demo brings a shared-drive folder's documents, mapped by the codes in their names.
    EXPECT_EQ(m_frame->Evidence()->Count(Node("A.I.1.i.a")), 2);
    Select("A.I.1.i.a");
    EXPECT_EQ(Find<gui::EvidencePanel>(m_frame, "evidence_panel")->ItemCount(), 2);
    EXPECT_EQ(m_frame->Evidence()->Count(Node("A.I.1.iii.a")), 0);
}

TEST_F(WorkbenchTest, OpensTheDemoWithTheEnginesScore) {
    ASSERT_NE(m_frame->View(), nullptr);
    ExpectPanelShowsEngine();
    // It opens on the first criterion without a score.
    const auto report = EngineScore(m_path);
    const int current = m_frame->CurrentNode();
    ASSERT_GE(current, 0);
    EXPECT_FALSE(report.nodes[static_cast<std::size_t>(current)].value.has_value());
    EXPECT_EQ(m_frame->GetMenuBar()->GetMenuLabelText(0), "Berkas");
    // Completeness is a percentage, and says so.
    EXPECT_TRUE(Find<gui::VerdictList>(m_frame, "verdicts")->ToText().Contains("perlu 100,00%"))
        << Find<gui::VerdictList>(m_frame, "verdicts")->ToText();
}

TEST_F(WorkbenchTest, ChoiceAnswerIsWrittenAndScored) {
    Select("A.I.1.iii.c");  // A-D, unanswered in the demo
    ASSERT_FALSE(Stored(m_path, "A.I.1.iii.c").has_value() && Stored(m_path, "A.I.1.iii.c")->value);
    // Unanswered, the hidden button is on. It leads the group, so no option was ever on: the first
    // of a group is on from its creation, and an option on, even for a moment, is styled with the
    // theme's dot (GTK's SVG loader at launch).
    auto* none = Find<wxRadioButton>(m_frame, "option_none");
    EXPECT_TRUE(none->GetValue());
    EXPECT_FALSE(none->IsShown());
    EXPECT_EQ(Find<wxRadioButton>(m_frame, "option_A")->GetFirstInGroup(), none);
    EXPECT_EQ(Find<wxRadioButton>(m_frame, "option_D")->GetFirstInGroup(), none);
    const wxString before = Label("score_total");
    Click(Find<wxRadioButton>(m_frame, "option_B"));
    const auto stored = Stored(m_path, "A.I.1.iii.c");
    ASSERT_TRUE(stored && stored->value);
    EXPECT_EQ(*stored->value, "B");
    EXPECT_TRUE(Find<wxRadioButton>(m_frame, "option_B")->GetValue());
    EXPECT_FALSE(Find<wxRadioButton>(m_frame, "option_A")->GetValue());
    EXPECT_TRUE(ResultText().Contains("0,67")) << ResultText();
    ExpectPanelShowsEngine();

    Click(Find<wxRadioButton>(m_frame, "option_D"));
    EXPECT_EQ(*Stored(m_path, "A.I.1.iii.c")->value, "D");
    EXPECT_FALSE(Find<wxRadioButton>(m_frame, "option_B")->GetValue());
    EXPECT_NE(Label("score_total"), before);  // a 0 among answered criteria lowers the average
    ExpectPanelShowsEngine();

    Press(Find<wxButton>(m_frame, "clear_answer"));
    const auto cleared = Stored(m_path, "A.I.1.iii.c");
    EXPECT_TRUE(!cleared || !cleared->value);
    for (const char* key : {"option_A", "option_B", "option_C", "option_D"}) {
        EXPECT_FALSE(Find<wxRadioButton>(m_frame, key)->GetValue()) << key;
    }
    ExpectPanelShowsEngine();
}

TEST_F(WorkbenchTest, StepsThroughTheOptionsAreOneChange) {
    // Arrow keys select every option they pass over; B and C on the way to D are not answers.
    Select("A.I.1.iii.c");
    const auto history = [&] {
        return core::Workspace::Open(m_path, core::Workspace::Access::ReadOnly)
            .History(core::Layer::Unit(), "A.I.1.iii.c");
    };
    const std::size_t before = history().size();
    const auto log_entries = [&] {
        SQLite::Database db(m_path.string(), SQLite::OPEN_READONLY);
        return db.execAndGet("SELECT COUNT(*) FROM log_entry").getInt64();
    };
    const auto entries = log_entries();
    for (const char* key : {"option_B", "option_C", "option_D"}) {
        Click(Find<wxRadioButton>(m_frame, key));
    }
    EXPECT_EQ(*Stored(m_path, "A.I.1.iii.c")->value, "D");
    ASSERT_EQ(history().size(), before + 1);
    EXPECT_EQ(history().back().value, std::optional<std::string>("D"));
    EXPECT_EQ(log_entries(), entries + 1);
    ASSERT_TRUE(m_frame->RunCommand("edit/undo"));
    Pump();
    const auto undone = Stored(m_path, "A.I.1.iii.c");
    EXPECT_TRUE(!undone || !undone->value) << "one undo takes back the whole run";

    // A change after a pause is a change of its own.
    ASSERT_TRUE(m_frame->RunCommand("edit/redo"));
    Pump();
    wxMilliSleep(1600);
    Click(Find<wxRadioButton>(m_frame, "option_A"));
    EXPECT_EQ(*Stored(m_path, "A.I.1.iii.c")->value, "A");
    ASSERT_TRUE(m_frame->RunCommand("edit/undo"));
    Pump();
    EXPECT_EQ(*Stored(m_path, "A.I.1.iii.c")->value, "D");
}

TEST_F(WorkbenchTest, PercentageAnswerComputesAndExplainsAZeroTotal) {
    Select("A.II.4.i.a");
    Type(Find<wxTextCtrl>(m_frame, "input_sasaran"), "0");
    Type(Find<wxTextCtrl>(m_frame, "input_tercapai"), "3");
    EXPECT_EQ(*Stored(m_path, "A.II.4.i.a")->value, "sasaran=0;tercapai=3");
    // The page says what the engine says: not computable, and which count to change.
    const auto& form = m_frame->Session()->Form();
    const auto& node = form.Node(Node("A.II.4.i.a"));
    core::CriterionFinding finding;
    core::Answer answer;
    answer.inputs = {0.0, 3.0};
    EXPECT_FALSE(core::CriterionValue(form, node, answer, finding).has_value());
    const std::string message = core::DescribeFinding(form, node, finding);
    ASSERT_FALSE(message.empty());
    EXPECT_TRUE(ResultText().Contains(Wx(message.substr(0, 30)))) << ResultText();
    EXPECT_TRUE(ResultText().Contains("sasaran")) << ResultText();
    // The whole message is one hover away, and the page gave it the room it needs.
    auto* result = Find<wxStaticText>(m_frame, "answer_result");
    EXPECT_TRUE(result->GetToolTipText().Contains(Wx(message.substr(0, 30)))) << result->GetToolTipText();
    EXPECT_GE(result->GetSize().GetHeight(), result->GetBestSize().GetHeight());
    ExpectPanelShowsEngine();

    Type(Find<wxTextCtrl>(m_frame, "input_sasaran"), "8");
    Type(Find<wxTextCtrl>(m_frame, "input_tercapai"), "6");
    EXPECT_EQ(*Stored(m_path, "A.II.4.i.a")->value, "sasaran=8;tercapai=6");
    EXPECT_TRUE(ResultText().Contains("75,00%")) << ResultText();
    EXPECT_TRUE(result->GetToolTipText().empty()) << result->GetToolTipText();
    ExpectPanelShowsEngine();

    // A count that is not a whole number is refused with the core's words; nothing is written.
    Type(Find<wxTextCtrl>(m_frame, "input_tercapai"), "2,5");
    EXPECT_EQ(*Stored(m_path, "A.II.4.i.a")->value, "sasaran=8;tercapai=6");
    EXPECT_TRUE(ResultText().Contains("bilangan bulat") || ResultText().Contains("2,5")) << ResultText();
}

TEST_F(WorkbenchTest, IndexAnswerTakesADecimalCommaAndRefusesOutOfRange) {
    Select("B.II.a");
    Type(Find<wxTextCtrl>(m_frame, "input_index"), "3,5");
    EXPECT_EQ(*Stored(m_path, "B.II.a")->value, "3.5");
    EXPECT_TRUE(ResultText().Contains("0,88")) << ResultText();  // 3.5 / 4 = 0.875 -> 0,88
    ExpectPanelShowsEngine();
    Type(Find<wxTextCtrl>(m_frame, "input_index"), "5");
    EXPECT_EQ(*Stored(m_path, "B.II.a")->value, "3.5");
    EXPECT_TRUE(ResultText().Contains("4")) << ResultText();
    ExpectPanelShowsEngine();
}

TEST_F(WorkbenchTest, UndoAndRedoAnswersAndNotes) {
    Select("A.I.1.iii.c");
    const wxString original_total = Label("score_total");
    Click(Find<wxRadioButton>(m_frame, "option_A"));
    Find<wxTextCtrl>(m_frame, "note")->SetValue("Notulen rapat evaluasi triwulan III");
    m_frame->CommitPending();
    EXPECT_EQ(Stored(m_path, "A.I.1.iii.c")->note, "Notulen rapat evaluasi triwulan III");

    ASSERT_TRUE(m_frame->RunCommand("edit/undo"));
    Pump();
    EXPECT_EQ(Stored(m_path, "A.I.1.iii.c")->note, "");
    EXPECT_EQ(*Stored(m_path, "A.I.1.iii.c")->value, "A");
    EXPECT_EQ(Find<wxTextCtrl>(m_frame, "note")->GetValue(), "");

    ASSERT_TRUE(m_frame->RunCommand("edit/undo"));
    Pump();
    const auto undone = Stored(m_path, "A.I.1.iii.c");
    EXPECT_TRUE(!undone || !undone->value);
    EXPECT_FALSE(Find<wxRadioButton>(m_frame, "option_A")->GetValue());
    EXPECT_EQ(Label("score_total"), original_total);
    ExpectPanelShowsEngine();

    // Undo from elsewhere shows the criterion it changes.
    ASSERT_TRUE(m_frame->RunCommand("edit/redo"));
    Select("A.I.1.i.a");
    ASSERT_TRUE(m_frame->RunCommand("edit/redo"));
    Pump();
    EXPECT_EQ(m_frame->CurrentNode(), Node("A.I.1.iii.c"));
    EXPECT_EQ(Stored(m_path, "A.I.1.iii.c")->note, "Notulen rapat evaluasi triwulan III");
    EXPECT_TRUE(Find<wxRadioButton>(m_frame, "option_A")->GetValue());
    EXPECT_FALSE(m_frame->IsCommandEnabled("edit/redo"));
    ExpectPanelShowsEngine();
    // Every step is in the workspace history.
    const auto history =
        core::Workspace::Open(m_path, core::Workspace::Access::ReadOnly).History(core::Layer::Unit(), "A.I.1.iii.c");
    ASSERT_EQ(history.size(), 6u);
    EXPECT_EQ(history[2].action, "undo");
    EXPECT_EQ(history[5].action, "redo");
}

TEST_F(WorkbenchTest, ValueLabelsSayWhenTheirRowMustBeLaidOut) {
    // The score panel's rows: a bar that takes the room left, then a right-aligned value; and a
    // total followed by "of 100". Values change in place; a row is laid out only when SetValueLabel
    // says so, and then every value shows whole.
    wxFrame frame(nullptr, wxID_ANY, "values", wxDefaultPosition, wxSize(400, 200));
    auto* rows = new wxBoxSizer(wxVERTICAL);
    auto* bar_row = new wxBoxSizer(wxHORIZONTAL);
    auto* bar = new wxWindow(&frame, wxID_ANY);
    auto* value = new wxStaticText(&frame, wxID_ANY, "5,33 / 8,00  (67%)", wxDefaultPosition, wxDefaultSize,
                                   wxALIGN_RIGHT | wxST_NO_AUTORESIZE);
    bar_row->Add(bar, wxSizerFlags(1));
    bar_row->Add(value);
    auto* total_row = new wxBoxSizer(wxHORIZONTAL);
    auto* total = new wxStaticText(&frame, wxID_ANY, "9,53", wxDefaultPosition, wxDefaultSize, wxST_NO_AUTORESIZE);
    auto* of_hundred = new wxStaticText(&frame, wxID_ANY, "dari 100");
    total_row->Add(total);
    total_row->Add(of_hundred);
    rows->Add(bar_row, wxSizerFlags().Expand());
    rows->Add(total_row);
    frame.SetSizer(rows);
    frame.Show();
    frame.Layout();
    Pump();
    const auto shown_whole = [](wxStaticText* label) {
        label->InvalidateBestSize();
        return label->GetSize().x >= label->GetBestSize().x;
    };
    // Same room: nothing to lay out, and the value is whole where it was.
    EXPECT_FALSE(gui::SetValueLabel(value, "5,34 / 8,00  (67%)"));
    EXPECT_TRUE(shown_whole(value));
    EXPECT_FALSE(gui::SetValueLabel(total, "9,54"));
    // Narrower and right-aligned: it still fits.
    EXPECT_FALSE(gui::SetValueLabel(value, "5 / 8  (6%)"));
    // Wider: the row is laid out, and then the text is whole and the bar gave way.
    const int bar_before = bar->GetSize().x;
    ASSERT_TRUE(gui::SetValueLabel(value, "10,04 / 15,00  (100%) sekali lagi"));
    EXPECT_FALSE(shown_whole(value)) << "the label resized itself; the check above would prove nothing";
    bar_row->Layout();
    EXPECT_TRUE(shown_whole(value));
    EXPECT_LT(bar->GetSize().x, bar_before);
    // A total with another number of digits moves "of 100".
    ASSERT_TRUE(gui::SetValueLabel(total, "100,00"));
    total_row->Layout();
    EXPECT_TRUE(shown_whole(total));
    EXPECT_GE(of_hundred->GetPosition().x, total->GetPosition().x + total->GetSize().x);
    // The same text again costs nothing.
    EXPECT_FALSE(gui::SetValueLabel(total, "100,00"));
}

TEST_F(WorkbenchTest, TextBreaksIntoLinesWithEveryCharacterKept) {
    // util/line_breaks: the lines a label shows hold the whole text, in any script, broken between
    // words only, and no wider than asked.
    wxFrame frame(nullptr, wxID_ANY, "lines", wxDefaultPosition, wxSize(400, 200));
    auto* label = new wxStaticText(&frame, wxID_ANY, wxString());
    const auto words = [](const wxString& text) {
        wxString joined = text;
        joined.Replace("\n", " ");
        return wxSplit(joined, ' ', '\0');
    };
    const auto widest_line = [&](const wxString& text) {
        int widest = 0;
        for (const wxString& line : wxSplit(text, '\n', '\0')) {
            widest = std::max(widest, label->GetTextExtent(line).x);
        }
        return widest;
    };
    const int width = label->FromDIP(120);
    for (const wxString& text :
         {wxString("Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas"),
          wxString::FromUTF8("\xD9\x86\xD8\xA7\xD9\x85\xD8\xA9 \xD9\x85\xD8\xAF\xD8\xB1\xD8\xB3\xD8\xA9 "
                             "\xD8\xA7\xD9\x84\xD9\x87\xD8\xAF\xD9\x89 \xD8\xA7\xD9\x84\xD8\xA5\xD8\xB3\xD9\x84\xD8\xA7"
                             "\xD9\x85\xD9\x8A\xD8\xA9 \xD8\xA8\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x84\xD9\x85"),
          wxString::FromUTF8(
              "Madrasah \xD9\x85\xD8\xAF\xD8\xB1\xD8\xB3\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x87\xD8\xAF\xD9\x89 "
              "di kota yang ramai sekali")}) {
        const gui::LineBreaks lines = gui::BreakIntoLines(label, wxNullFont, text, width);
        EXPECT_GT(lines.text.Freq('\n'), 0) << lines.text;
        EXPECT_EQ(words(lines.text), words(text)) << lines.text;
        EXPECT_LE(widest_line(lines.text), width) << lines.text;
        EXPECT_GT(lines.height, label->GetTextExtent(text).y) << "more than one line's height";
    }
    // Lines already broken stay so, an empty one too; and nothing is broken without a width.
    EXPECT_EQ(gui::BreakIntoLines(label, wxNullFont, "satu\n\ndua", width).text, "satu\n\ndua");
    EXPECT_EQ(gui::BreakIntoLines(label, wxNullFont, "satu dua tiga", 0).text, "satu dua tiga");
    EXPECT_EQ(gui::BreakIntoLines(label, wxNullFont, wxString(), width).text, wxString());
}

TEST_F(WorkbenchTest, UnmetConditionLinksToWherePointsAreMissing) {
    const auto report = EngineScore(m_path);
    std::string target;
    for (const auto& verdict : report.verdicts) {
        for (const auto& unmet : verdict.unmet) {
            if (!unmet.target_code.empty() &&
                unmet.target_code != m_frame->Session()->Form().Node(m_frame->CurrentNode()).code) {
                target = unmet.target_code;
            }
        }
    }
    ASSERT_FALSE(target.empty());
    auto* verdicts = Find<gui::VerdictList>(m_frame, "verdicts");
    // The link is drawn on the panel, and a click on it opens the node.
    const wxRect link = verdicts->LinkRect("node:" + Wx(target));
    ASSERT_FALSE(link.IsEmpty()) << verdicts->ToText();
    EXPECT_LE(link.GetRight(), verdicts->GetClientSize().x) << "the condition is drawn beyond the panel";
    wxMouseEvent click(wxEVT_LEFT_UP);
    click.SetPosition(wxPoint(link.x + link.width / 2, link.y + link.height / 2));
    click.SetEventObject(verdicts);
    verdicts->ProcessWindowEvent(click);
    Pump();
    EXPECT_EQ(m_frame->CurrentNode(), Node(target));
}

TEST_F(WorkbenchTest, NavigatorFiltersAndSearches) {
    auto& navigator = m_frame->View()->Navigator();
    auto* filter = Find<wxChoice>(m_frame, "navigator_filter");
    filter->SetSelection(1);  // unanswered
    wxCommandEvent choice(wxEVT_CHOICE, filter->GetId());
    choice.SetEventObject(filter);
    filter->ProcessWindowEvent(choice);
    Pump();
    const auto report = EngineScore(m_path);
    const auto shown = navigator.Model().ShownCriteria();
    EXPECT_EQ(static_cast<int>(shown.size()), report.nodes[0].criteria - report.nodes[0].answered);
    for (const int node : shown) {
        EXPECT_FALSE(report.nodes[static_cast<std::size_t>(node)].value.has_value());
    }
    navigator.SetFilter(gui::NavigatorFilter::All, "agen perubahan");
    const auto found = navigator.Model().ShownCriteria();
    EXPECT_NE(std::find(found.begin(), found.end(), Node("A.II.1.i.a")), found.end());
    EXPECT_EQ(std::find(found.begin(), found.end(), Node("A.I.1.i.a")), found.end());
    // Option texts are searched too: "tidak di seleksi" is only an option of A.I.1.i.b.
    navigator.SetFilter(gui::NavigatorFilter::All, "TIDAK DI SELEKSI");
    const auto by_option = navigator.Model().ShownCriteria();
    ASSERT_EQ(by_option.size(), 1u);
    EXPECT_EQ(by_option.front(), Node("A.I.1.i.b"));
}

TEST_F(WorkbenchTest, KeyboardMovesBetweenCriteria) {
    Select("A.I.1.i.a");
    ASSERT_TRUE(m_frame->RunCommand("go/next"));
    Pump();
    EXPECT_EQ(m_frame->CurrentNode(), Node("A.I.1.i.b"));
    ASSERT_TRUE(m_frame->RunCommand("go/previous"));
    Pump();
    EXPECT_EQ(m_frame->CurrentNode(), Node("A.I.1.i.a"));
    ASSERT_TRUE(m_frame->RunCommand("go/next_unanswered"));
    Pump();
    EXPECT_EQ(m_frame->CurrentNode(), Node("A.I.1.iii.c"));
    // The same through the keyboard: F8 is "next unanswered" in the menu.
    m_frame->Raise();
    m_frame->View()->Navigator().FocusTree();
    Pump();
    wxUIActionSimulator keyboard;
    keyboard.Char(WXK_F8);
    for (int i = 0; i < 20 && m_frame->CurrentNode() == Node("A.I.1.iii.c"); ++i) {
        Pump();
        wxMilliSleep(20);
    }
    const auto report = EngineScore(m_path);
    EXPECT_NE(m_frame->CurrentNode(), Node("A.I.1.iii.c"));
    EXPECT_FALSE(report.nodes[static_cast<std::size_t>(m_frame->CurrentNode())].value.has_value());
}

TEST_F(WorkbenchTest, ReopenFindsEverythingAsItWas) {
    Select("A.I.1.iii.c");
    Click(Find<wxRadioButton>(m_frame, "option_C"));
    Find<wxTextCtrl>(m_frame, "note")->SetValue("Perlu tindak lanjut rekomendasi");
    Select("B.II.a");
    Type(Find<wxTextCtrl>(m_frame, "input_index"), "3,21");
    const wxString total = Label("score_total");
    Close();
    Open();
    EXPECT_EQ(m_frame->CurrentNode(), Node("B.II.a"));  // where the user left off
    EXPECT_EQ(Label("score_total"), total);
    Select("A.I.1.iii.c");
    EXPECT_TRUE(Find<wxRadioButton>(m_frame, "option_C")->GetValue());
    EXPECT_EQ(Find<wxTextCtrl>(m_frame, "note")->GetValue(), "Perlu tindak lanjut rekomendasi");
    Select("B.II.a");
    EXPECT_EQ(Find<wxTextCtrl>(m_frame, "input_index")->GetValue(), "3,21");
    ExpectPanelShowsEngine();
    // The start screen lists it among the recent workspaces.
    m_frame->CloseWorkspace();
    Pump();
    auto* recent = Find<wxListBox>(m_frame, "recent_list");
    ASSERT_GE(recent->GetCount(), 1u);
    EXPECT_TRUE(recent->GetString(0).Contains("demo"));
}

TEST_F(WorkbenchTest, LanguageSwitchesTheWorkbenchAndTheCore) {
    const int score_width = m_frame->View()->Score().GetSize().x;
    gui::ApplyLanguage(core::Language::English);
    m_frame->Relabel();
    Pump();
    EXPECT_EQ(m_frame->View()->Score().GetSize().x, score_width);  // it stayed narrower before
    EXPECT_EQ(m_frame->GetMenuBar()->GetMenuLabelText(0), "File");
    EXPECT_TRUE(Label("score_completeness").Contains("criteria answered")) << Label("score_completeness");
    EXPECT_TRUE(
        Find<gui::VerdictList>(m_frame, "verdicts")->ToText().Contains("Every criterion of the LKE is answered"));
    gui::ApplyLanguage(core::Language::Indonesian);
    m_frame->Relabel();
    Pump();
    EXPECT_EQ(m_frame->GetMenuBar()->GetMenuLabelText(0), "Berkas");
    EXPECT_TRUE(Label("score_completeness").Contains("kriteria dijawab"));
}

TEST_F(WorkbenchTest, ExportsTheWorkbookAndASafeCopy) {
    const fs::path workbook = m_dir / "lke.xlsx";
    gui::SavePathOverride() = [&](const wxString&) { return Wx(workbook); };
    // With evidence, its bundle is written beside the workbook in the same step.
    wxTEST_DIALOG(ASSERT_TRUE(m_frame->RunCommand("file/export_workbook")), wxExpectModal<wxMessageDialog>(wxID_OK));
    Pump();
    ASSERT_TRUE(fs::exists(workbook));
    ASSERT_TRUE(fs::exists(m_dir / "bukti-dukung" / "index.html"));
    // The workbook's links point into that folder, and every file they name is there.
    const auto links_into = [](const fs::path& book, const std::string& folder) {
        const std::string command = "/usr/bin/python3 '" ZIWB_SOURCE_DIR "/tests/gui/workbook_links.py' '" +
                                    book.string() + "' '" + folder + "'";
        return std::system(command.c_str());
    };
    EXPECT_EQ(links_into(workbook, "bukti-dukung"), 0);
    // Exported again beside the first: a new bundle folder, and the new workbook links to it.
    const fs::path second = m_dir / "lke-2.xlsx";
    gui::SavePathOverride() = [&](const wxString&) { return Wx(second); };
    wxTEST_DIALOG(ASSERT_TRUE(m_frame->RunCommand("file/export_workbook")), wxExpectModal<wxMessageDialog>(wxID_OK));
    EXPECT_TRUE(fs::exists(m_dir / "bukti-dukung-2" / "index.html"));
    EXPECT_EQ(links_into(second, "bukti-dukung-2"), 0);
    std::ifstream in(workbook, std::ios::binary);
    char magic[2] = {};
    in.read(magic, 2);
    EXPECT_EQ(std::string(magic, 2), "PK");

    const fs::path copy = m_dir / "copy.ziwb";
    gui::SavePathOverride() = [&](const wxString&) { return Wx(copy); };
    ASSERT_TRUE(m_frame->RunCommand("file/save_copy"));
    gui::SavePathOverride() = nullptr;
    const auto original = EngineScore(m_path);
    const auto copied = EngineScore(copy);
    EXPECT_EQ(copied.Total(), original.Total());
    EXPECT_EQ(copied.nodes[0].answered, original.nodes[0].answered);
}

TEST_F(WorkbenchTest, AnElectronicallySignedPdfShowsWhoSignedIt) {
    // tests/data/pdf/signed-pakta.pdf: signed PAdES-style by "Budi Santoso" (a test CA no one trusts
    // here), made with tests/cli/signed_pdf.py.
    Select("A.I.1.iii.a");  // no evidence in the demo yet
    auto* panel = Find<gui::EvidencePanel>(m_frame, "evidence_panel");
    ASSERT_NE(panel, nullptr);
    const fs::path signed_pdf = fs::path(ZIWB_SOURCE_DIR) / "tests" / "data" / "pdf" / "signed-pakta.pdf";
    const fs::path unsigned_pdf = m_dir / "Daftar hadir.pdf";
    std::ofstream(unsigned_pdf) << "%PDF-1.4 Daftar hadir";
    wxArrayString paths;
    paths.Add(Wx(signed_pdf));
    paths.Add(Wx(unsigned_pdf));
    panel->AddPaths(paths);
    Pump();
    auto* list = Find<wxListView>(m_frame, "evidence_list");
    ASSERT_EQ(list->GetItemCount(), 2);
    int signed_row = -1;
    for (int row = 0; row < list->GetItemCount(); ++row) {
        if (list->GetItemText(row, 0).Contains("signed-pakta")) {
            signed_row = row;
        }
    }
    ASSERT_GE(signed_row, 0);
    EXPECT_TRUE(list->GetItemText(signed_row, 1).Contains("(TTE)")) << list->GetItemText(signed_row, 1);
    EXPECT_TRUE(list->GetItemText(signed_row, 4).Contains("Budi Santoso")) << list->GetItemText(signed_row, 4);
    const int other = 1 - signed_row;
    EXPECT_FALSE(list->GetItemText(other, 1).Contains("(TTE)"));
    EXPECT_FALSE(list->GetItemText(other, 4).Contains("Budi"));
}

TEST_F(WorkbenchTest, AreaNamesCutShortInTheScorePanelShowWholeOnHover) {
    const auto& form = m_frame->Session()->Form();
    for (const auto& area : form.ChangeAreas()) {
        auto* name = Find<wxStaticText>(m_frame, wxString::Format("area_name_%d", area.number));
        ASSERT_NE(name, nullptr) << area.number;
        EXPECT_TRUE(name->GetToolTipText().Contains(Wx(area.name))) << name->GetToolTipText();
    }
}

TEST_F(WorkbenchTest, AFileNamedLikeAChecklistLineTicksIt) {
    Select("A.I.1.iii.a");
    const fs::path file = m_dir / "Dokumentasi pelaksanaan rencana aksi 2026.pdf";
    std::ofstream(file) << "%PDF-1.4 foto kegiatan";
    auto* panel = Find<gui::EvidencePanel>(m_frame, "evidence_panel");
    panel->AddPaths(wxArrayString(1, Wx(file)));
    Pump();
    auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadOnly);
    const auto items = ItemsOf(workspace, "A.I.1.iii.a");
    ASSERT_EQ(items.size(), 1U);
    const auto lines = core::LoadChecklist(workspace, "A.I.1.iii.a");
    ASSERT_EQ(lines.size(), 3U);
    // The third suggestion of the form is "Dokumentasi pelaksanaan rencana aksi": ticked with the file.
    EXPECT_EQ(lines[2].items, std::vector<std::int64_t>{items.front().id});
    EXPECT_EQ(lines[2].state, "attached");
    EXPECT_TRUE(lines[0].items.empty());
    EXPECT_TRUE(lines[1].items.empty());
}

TEST_F(WorkbenchTest, EvidenceIsAddedShownAndRemoved) {
    Select("A.I.1.iii.a");
    auto* panel = Find<gui::EvidencePanel>(m_frame, "evidence_panel");
    ASSERT_NE(panel, nullptr);
    EXPECT_EQ(panel->ItemCount(), 0);
    const fs::path file = m_dir / "SK Tim Kerja ZI.pdf";
    std::ofstream(file) << "%PDF-1.4 SK Kepala Dinas";
    panel->AddPaths(wxArrayString(1, Wx(file)));
    Pump();
    panel = Find<gui::EvidencePanel>(m_frame, "evidence_panel");
    EXPECT_EQ(panel->ItemCount(), 1);
    // A file under 1 KB shows its bytes, not "0 KB".
    EXPECT_EQ(Find<wxListView>(m_frame, "evidence_list")->GetItemText(0, 2), "24 bita");
    EXPECT_EQ(m_frame->Evidence()->Count(Node("A.I.1.iii.a")), 1);
    auto& navigator = m_frame->View()->Navigator();
    navigator.SetFilter(gui::NavigatorFilter::WithoutEvidence, "");
    const auto without = navigator.Model().ShownCriteria();
    EXPECT_EQ(std::find(without.begin(), without.end(), Node("A.I.1.iii.a")), without.end());
    EXPECT_NE(std::find(without.begin(), without.end(), Node("A.I.1.iii.b")), without.end());

    // Removing asks first; "Keep" keeps it.
    auto* list = Find<wxListView>(m_frame, "evidence_list");
    list->Select(0);
    wxTEST_DIALOG(Press(Find<wxButton>(m_frame, "evidence_remove")), wxExpectModal<wxMessageDialog>(wxID_NO));
    EXPECT_EQ(Find<gui::EvidencePanel>(m_frame, "evidence_panel")->ItemCount(), 1);
    Find<wxListView>(m_frame, "evidence_list")->Select(0);
    wxTEST_DIALOG(Press(Find<wxButton>(m_frame, "evidence_remove")), wxExpectModal<wxMessageDialog>(wxID_YES));
    Pump();
    EXPECT_EQ(Find<gui::EvidencePanel>(m_frame, "evidence_panel")->ItemCount(), 0);
    EXPECT_EQ(m_frame->Evidence()->Count(Node("A.I.1.iii.a")), 0);
    {
        auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadOnly);
        EXPECT_TRUE(ItemsOf(workspace, "A.I.1.iii.a").empty());
    }
    // Undo brings it back, in the file and on the page; redo removes it again; so does undoing the add.
    ASSERT_TRUE(m_frame->RunCommand("edit/undo"));
    Pump();
    EXPECT_EQ(Find<gui::EvidencePanel>(m_frame, "evidence_panel")->ItemCount(), 1);
    {
        auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadOnly);
        EXPECT_EQ(ItemsOf(workspace, "A.I.1.iii.a").size(), 1U);
    }
    ASSERT_TRUE(m_frame->RunCommand("edit/redo"));
    Pump();
    EXPECT_EQ(m_frame->Evidence()->Count(Node("A.I.1.iii.a")), 0);
    ASSERT_TRUE(m_frame->RunCommand("edit/undo"));
    ASSERT_TRUE(m_frame->RunCommand("edit/undo"));
    Pump();
    EXPECT_EQ(m_frame->Evidence()->Count(Node("A.I.1.iii.a")), 0);
    EXPECT_EQ(Find<gui::EvidencePanel>(m_frame, "evidence_panel")->ItemCount(), 0);
}

TEST_F(WorkbenchTest, EvidenceShowsInlineAPhotoAndAScannedPdf) {
    Select("A.I.1.iii.a");
    // A photo of the forum (JPEG), the SK as a scanner makes it (a PDF page that is one JPEG), and
    // a PDF of text, each added as the user would.
    wxImage photo(300, 200);
    photo.SetRGB(wxRect(0, 0, 300, 200), 200, 30, 30);
    const fs::path photo_file = m_dir / "Foto FKP.jpg";
    ASSERT_TRUE(photo.SaveFile(Wx(photo_file), wxBITMAP_TYPE_JPEG));
    std::string jpeg;
    {
        std::ifstream in(photo_file, std::ios::binary);
        jpeg.assign(std::istreambuf_iterator<char>(in), {});
    }
    core::PdfDocument scan(core::FindPdfFonts({}), {"SK pindaian", "", "", 0});
    const auto page = scan.AddPage();
    const auto image = scan.EmbedImage(jpeg);
    scan.DrawImage(page, image, 0, 0, 595, 397);
    scan.AddPage();
    const fs::path scan_file = m_dir / "SK pindaian.pdf";
    std::ofstream(scan_file, std::ios::binary) << scan.Bytes();
    core::PdfDocument text(core::FindPdfFonts({}), {"Notulen", "", "", 0});
    text.DrawText(text.AddPage(), 72, 700, "Notulen rapat", core::PdfFont::Regular, 12);
    const fs::path text_file = m_dir / "Notulen.pdf";
    std::ofstream(text_file, std::ios::binary) << text.Bytes();
    wxArrayString paths;
    for (const auto& file : {photo_file, scan_file, text_file}) {
        paths.Add(Wx(file));
    }
    Find<gui::EvidencePanel>(m_frame, "evidence_panel")->AddPaths(paths);
    Pump();
    auto* panel = Find<gui::EvidencePanel>(m_frame, "evidence_panel");
    ASSERT_EQ(panel->ItemCount(), 3);
    auto* list = Find<wxListView>(m_frame, "evidence_list");
    std::map<wxString, int> rows;
    for (int row = 0; row < list->GetItemCount(); ++row) {
        rows[list->GetItemText(row, 0)] = row;
    }
    // Nothing is selected on the unit's page: no preview takes the room.
    EXPECT_FALSE(panel->Preview().Picture().IsOk());
    const auto show = [&](const wxString& title) {
        const auto found = rows.find(title);
        EXPECT_NE(found, rows.end()) << title << " is not listed; the list has " << list->GetItemText(0, 0) << ", "
                                     << list->GetItemText(1, 0) << ", " << list->GetItemText(2, 0);
        panel->SelectRow(found == rows.end() ? 0 : found->second);
        Pump();
        return &panel->Preview();
    };
    const gui::EvidencePreviewPanel* preview = show("SK pindaian.pdf");
    ASSERT_TRUE(preview->Picture().IsOk());
    EXPECT_EQ(preview->Picture().GetSize(), wxSize(300, 200));
    // The colour of the page survives JPEG: red stays red.
    EXPECT_GT(preview->Picture().GetRed(150, 100), 150);
    EXPECT_LT(preview->Picture().GetGreen(150, 100), 80);
    EXPECT_TRUE(preview->Caption().Contains("Halaman 1 dari 2")) << preview->Caption();
    EXPECT_TRUE(Find<wxWindow>(m_frame, "evidence_preview_picture")->IsShown());
    const auto wait_for_page = [&] {
        for (const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(30);
             preview->Drawing() && std::chrono::steady_clock::now() < until;) {
            Pump();
            wxMilliSleep(10);
        }
        Pump();
    };
    const auto click = [&](const char* name) {
        auto* button = Find<wxButton>(m_frame, name);
        EXPECT_TRUE(button->IsShown() && button->IsEnabled()) << name;
        wxCommandEvent event(wxEVT_BUTTON, button->GetId());
        event.SetEventObject(button);
        button->ProcessWindowEvent(event);
    };
    // Its pages turn: the second (an empty page) is drawn by the renderer, and back again.
    EXPECT_FALSE(Find<wxButton>(m_frame, "evidence_preview_previous")->IsEnabled());
    click("evidence_preview_next");
    EXPECT_TRUE(preview->Caption().Contains("Menggambar halaman 2")) << preview->Caption();
    wait_for_page();
    EXPECT_EQ(preview->Page(), 2);
    EXPECT_TRUE(preview->Caption().Contains("Halaman 2 dari 2")) << preview->Caption();
    ASSERT_TRUE(preview->Picture().IsOk());
    EXPECT_EQ(preview->Picture().GetRed(150, 100), 255);  // nothing on it
    EXPECT_FALSE(Find<wxButton>(m_frame, "evidence_preview_next")->IsEnabled());
    // Back by the keyboard's command (Alt+PgUp), as an evaluator turns pages.
    ASSERT_TRUE(m_frame->RunCommand("go/evidence_previous_page"));
    wait_for_page();
    EXPECT_EQ(preview->Page(), 1);
    EXPECT_TRUE(Find<wxButton>(m_frame, "evidence_preview_next")->IsEnabled());
    ASSERT_TRUE(preview->Picture().IsOk());
    // The scan fills the lower half of the page (PDF's origin is at the bottom), red as it was.
    const wxPoint scan_middle(preview->Picture().GetWidth() / 2, preview->Picture().GetHeight() * 3 / 4);
    EXPECT_GT(preview->Picture().GetRed(scan_middle.x, scan_middle.y), 150);
    EXPECT_LT(preview->Picture().GetGreen(scan_middle.x, scan_middle.y), 80);
    EXPECT_EQ(preview->Picture().GetGreen(scan_middle.x, preview->Picture().GetHeight() / 4), 255);
    // Under GTK 3 a process reads the screen once: ZIWB_SCREENSHOT_ONLY=NAME takes only that one.
    const auto screenshot = [&](const char* name) {
        const char* only = std::getenv("ZIWB_SCREENSHOT_ONLY");
        if (const char* dir = std::getenv("ZIWB_SCREENSHOT_DIR");
            dir != nullptr && (only == nullptr || wxString(name).StartsWith(only))) {
            auto* node_page = Find<wxScrolledWindow>(m_frame, "node_page");
            int unit_x = 0;
            int unit_y = 1;
            node_page->GetScrollPixelsPerUnit(&unit_x, &unit_y);
            const wxPoint at = node_page->CalcUnscrolledPosition(panel->GetPosition());
            node_page->Scroll(0, (at.y - 80) / std::max(1, unit_y));
            m_frame->Update();
            Pump();
            gui::SaveScreenshot(m_frame, wxString(dir) + "/" + name);
        }
    };
    screenshot("evidence-preview-id.png");
    preview = show("Foto FKP.jpg");
    ASSERT_TRUE(preview->Picture().IsOk());
    EXPECT_EQ(preview->Picture().GetSize(), wxSize(300, 200));
    EXPECT_TRUE(preview->Caption().empty()) << preview->Caption();
    // A PDF of text is drawn by poppler's pdftoppm, a separate program: the caption says so until
    // the page comes back, and the picture is the page itself, drawn at the height it is shown.
    // Moving on while a page is drawn stops the renderer: the photo stays, no late page replaces it.
    preview = show("Notulen.pdf");
    preview = show("Foto FKP.jpg");
    EXPECT_FALSE(preview->Drawing());
    for (int i = 0; i < 50; ++i) {
        Pump();
        wxMilliSleep(10);
    }
    ASSERT_TRUE(preview->Picture().IsOk());
    EXPECT_EQ(preview->Picture().GetSize(), wxSize(300, 200));
    EXPECT_TRUE(preview->Caption().empty()) << preview->Caption();
    // A photo has no pages: the keyboard's page command says so in the status bar.
    ASSERT_TRUE(m_frame->RunCommand("go/evidence_next_page"));
    EXPECT_TRUE(m_frame->GetStatusBar()->GetStatusText().Contains("tidak punya halaman lain"))
        << m_frame->GetStatusBar()->GetStatusText();
    EXPECT_FALSE(preview->Drawing());
    preview = show("Notulen.pdf");
    if (preview->Drawing()) {
        EXPECT_TRUE(preview->Caption().Contains("Menggambar halaman 1")) << preview->Caption();
    }
    wait_for_page();
    ASSERT_TRUE(preview->Picture().IsOk()) << preview->Caption();
    EXPECT_EQ(preview->Picture().GetHeight(), preview->FromDIP(420));
    const double pixels_per_point = preview->Picture().GetHeight() / 842.0;  // A4: 595 x 842 points
    EXPECT_NEAR(preview->Picture().GetWidth(), 595 * pixels_per_point, 1.5);
    EXPECT_EQ(preview->Caption(), "Halaman 1 dari 1");
    EXPECT_FALSE(Find<wxWindow>(m_frame, "evidence_preview_next")->IsShown());
    EXPECT_TRUE(Find<wxWindow>(m_frame, "evidence_preview_picture")->IsShown());
    // "Notulen rapat" stands at 72 points from the left, 700 from the bottom: dark pixels there, on
    // a white page. Areas in points from the top left.
    const auto dark_pixels = [&](wxRect points) {
        const auto pixel = [pixels_per_point](int point) { return static_cast<int>(point * pixels_per_point); };
        const wxRect area(pixel(points.x), pixel(points.y), pixel(points.width), pixel(points.height));
        int dark = 0;
        for (int y = area.GetTop(); y <= area.GetBottom(); ++y) {
            for (int x = area.GetLeft(); x <= area.GetRight(); ++x) {
                dark += preview->Picture().GetRed(x, y) < 160 ? 1 : 0;
            }
        }
        return dark;
    };
    EXPECT_GT(dark_pixels(wxRect(67, 126, 140, 21)), 40);
    EXPECT_EQ(dark_pixels(wxRect(67, 281, 421, 281)), 0);
    EXPECT_EQ(preview->Picture().GetRed(5, 5), 255);
    screenshot("evidence-preview-text-id.png");

    // Bytes that only call themselves a PDF: the renderer gives up, and the caption says to open it.
    const fs::path junk_file = m_dir / "Rusak.pdf";
    std::ofstream(junk_file, std::ios::binary) << "%PDF-1.4\nbukan isi PDF\n";
    wxArrayString junk;
    junk.Add(Wx(junk_file));
    panel->AddPaths(junk);
    Pump();
    rows.clear();
    for (int row = 0; row < list->GetItemCount(); ++row) {
        rows[list->GetItemText(row, 0)] = row;
    }
    preview = show("Rusak.pdf");
    wait_for_page();
    EXPECT_FALSE(preview->Picture().IsOk());
    EXPECT_TRUE(preview->Caption().Contains("Tidak ada pratinjau")) << preview->Caption();
    EXPECT_FALSE(Find<wxWindow>(m_frame, "evidence_preview_picture")->IsShown());
}

TEST_F(WorkbenchTest, AFileThatIsNotAWorkspaceSaysWhyAndChangesNothing) {
    const fs::path bad = m_dir / "surat.ziwb";
    std::ofstream(bad) << "bukan ruang kerja";
    bool opened = true;
    wxTEST_DIALOG(opened = m_frame->OpenWorkspace(Wx(bad)), wxExpectModal<wxMessageDialog>(wxID_OK));
    EXPECT_FALSE(opened);
    // The workspace that was open stays open.
    ASSERT_NE(m_frame->Session(), nullptr);
    EXPECT_EQ(m_frame->Session()->Workspace().Path(), m_path);
}

TEST_F(WorkbenchTest, ChecklistTracksWhatIsAttachedAndWhatTheEvaluatorSaid) {
    const std::string code = "A.I.1.iii.a";
    Select(code);
    auto* checklist = Find<gui::ChecklistPanel>(m_frame, "checklist_panel");
    ASSERT_NE(checklist, nullptr);
    const auto suggestions = m_frame->Session()->Form().Node(Node(code)).evidence_suggestions.size();
    ASSERT_GE(suggestions, 1U);
    EXPECT_EQ(checklist->LineCount(), static_cast<int>(suggestions));
    EXPECT_TRUE(checklist->StateText(0).Contains("Belum ada"));

    // Attaching without evidence says what to do first.
    checklist->SelectLine(0);
    wxTEST_DIALOG(checklist->AttachToSelected(), wxExpectModal<wxMessageDialog>(wxID_OK));

    const fs::path file = m_dir / "SK Tim ZI.pdf";
    std::ofstream(file) << "%PDF-1.4 SK";
    Find<gui::EvidencePanel>(m_frame, "evidence_panel")->AddPaths(wxArrayString(1, Wx(file)));
    Pump();
    checklist = Find<gui::ChecklistPanel>(m_frame, "checklist_panel");
    checklist->SelectLine(0);
    wxTEST_DIALOG(checklist->AttachToSelected(), wxExpectModal<wxSingleChoiceDialog>(0));
    Pump();
    EXPECT_TRUE(checklist->StateText(0).Contains("1 bukti terlampir")) << checklist->StateText(0);
    EXPECT_TRUE(Find<gui::EvidencePanel>(m_frame, "evidence_panel")->StateText(0).Contains("Belum diperiksa"));
    // Undo takes the item off the line again (the criterion keeps it); redo puts it back.
    ASSERT_TRUE(m_frame->RunCommand("edit/undo"));
    Pump();
    checklist = Find<gui::ChecklistPanel>(m_frame, "checklist_panel");
    EXPECT_TRUE(checklist->StateText(0).Contains("Belum ada")) << checklist->StateText(0);
    EXPECT_EQ(Find<gui::EvidencePanel>(m_frame, "evidence_panel")->ItemCount(), 1);
    ASSERT_TRUE(m_frame->RunCommand("edit/redo"));
    Pump();
    checklist = Find<gui::ChecklistPanel>(m_frame, "checklist_panel");
    EXPECT_TRUE(checklist->StateText(0).Contains("1 bukti terlampir")) << checklist->StateText(0);

    wxTEST_DIALOG(checklist->AddLine(), wxExpectModal<wxTextEntryDialog>("Foto rapat pembentukan tim"));
    Pump();
    EXPECT_EQ(checklist->LineCount(), static_cast<int>(suggestions) + 1);
    // An empty line is refused with the reason, and nothing is added.
    wxTEST_DIALOG(checklist->AddLine(), wxExpectModal<wxTextEntryDialog>("   "),
                  wxExpectModal<wxMessageDialog>(wxID_OK));
    EXPECT_EQ(checklist->LineCount(), static_cast<int>(suggestions) + 1);

    // What the file says, read by the core on its own connection.
    std::string first_key;
    {
        auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadWrite);
        const auto lines = core::LoadChecklist(workspace, code);
        ASSERT_EQ(lines.size(), suggestions + 1);
        EXPECT_EQ(lines[0].state, "attached");
        ASSERT_EQ(lines[0].items.size(), 1U);
        EXPECT_EQ(lines.back().title, "Foto rapat pembentukan tim");
        EXPECT_FALSE(lines.back().suggested_by_form);
        first_key = lines[0].key;
        // The evaluator rejects the first line (as `ziwb evidence review` does).
        core::ReviewChecklist(workspace, first_key, core::Layer::Tpi(), "rejected", "Belum ditandatangani", "TPI");
    }
    Close();
    Open();
    Select(code);
    EXPECT_TRUE(Find<gui::ChecklistPanel>(m_frame, "checklist_panel")->StateText(0).Contains("Belum ditandatangani"));
    EXPECT_TRUE(Find<gui::EvidencePanel>(m_frame, "evidence_panel")->StateText(0).Contains("Ditolak"));
    // The reason, cut off by its column, shows whole over the cell.
    auto* list = Find<wxListView>(m_frame, "evidence_list");
    list->SetColumnWidth(4, list->FromDIP(40));
    wxRect cell;
    ASSERT_TRUE(list->GetSubItemRect(0, 4, cell));
    const wxPoint inside =
        gui::RowsWindowOf(list)->ScreenToClient(list->ClientToScreen(cell.GetPosition() + wxPoint(4, cell.height / 2)));
    EXPECT_TRUE(gui::CutOffCellText(list, inside).Contains("Belum ditandatangani"));
}

TEST_F(WorkbenchTest, LinkEvidenceIsAddedAndABadAddressIsRefused) {
    const std::string code = "A.I.1.iii.b";
    Select(code);
    // A refused address is said; the dialog opens again with what was typed, to be corrected.
    wxString kept_url;
    wxString kept_title;
    const auto type_bad = [](wxDialog* dialog) {
        dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("link_url", dialog))->SetValue("ftp://server/sk.pdf");
        dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("link_title", dialog))->SetValue("SK Tim ZI");
        return static_cast<int>(wxID_OK);
    };
    const auto correct = [&](wxDialog* dialog) {
        auto* url = dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("link_url", dialog));
        kept_url = url->GetValue();
        kept_title = dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("link_title", dialog))->GetValue();
        url->SetValue("  https://drive.example.go.id/sk-tim-zi  ");
        return static_cast<int>(wxID_OK);
    };
    wxTEST_DIALOG(Press(Find<wxButton>(m_frame, "evidence_add_link")), UserInDialog(type_bad),
                  wxExpectModal<wxMessageDialog>(wxID_OK), UserInDialog(correct));
    EXPECT_EQ(kept_url, "ftp://server/sk.pdf");
    EXPECT_EQ(kept_title, "SK Tim ZI");
    EXPECT_EQ(Find<gui::EvidencePanel>(m_frame, "evidence_panel")->ItemCount(), 1);
    auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadOnly);
    const auto items = ItemsOf(workspace, code);
    ASSERT_EQ(items.size(), 1U);
    EXPECT_EQ(items[0].kind, "link");
    EXPECT_EQ(items[0].url, "https://drive.example.go.id/sk-tim-zi");
    EXPECT_EQ(items[0].title, "SK Tim ZI");
    EXPECT_EQ(items[0].codes, std::vector<std::string>{code});
}

TEST_F(WorkbenchTest, VerifyFindsADamagedFileAndNamesItsCriterion) {
    const std::string code = "A.I.1.iii.c";
    Select(code);
    const fs::path file = m_dir / "notulen.pdf";
    std::ofstream(file) << "%PDF-1.4 " << std::string(5000, 'n');
    Find<gui::EvidencePanel>(m_frame, "evidence_panel")->AddPaths(wxArrayString(1, Wx(file)));
    Pump();
    std::optional<core::VerifyReport> report;
    wxTEST_DIALOG(report = m_frame->Evidence()->Verify(m_frame), wxExpectModal<wxMessageDialog>(wxID_OK));
    ASSERT_TRUE(report.has_value());
    const auto stored_files = report->files;
    EXPECT_GE(stored_files, 1U);
    EXPECT_TRUE(report->problems.empty());
    {
        auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadOnly);
        const auto items = ItemsOf(workspace, code);
        ASSERT_EQ(items.size(), 1U);
        SQLite::Database db(m_path.string(), SQLite::OPEN_READWRITE);
        SQLite::Statement damage(db,
                                 "UPDATE blob_chunk SET data = zeroblob(length(data)) WHERE blob_id = (SELECT id FROM "
                                 "blob WHERE sha256 = ?)");
        damage.bind(1, items[0].sha256);
        ASSERT_EQ(damage.exec(), 1);
    }
    wxTEST_DIALOG(report = m_frame->Evidence()->Verify(m_frame), wxExpectModal<wxMessageDialog>(wxID_OK));
    ASSERT_TRUE(report.has_value());
    EXPECT_EQ(report->files, stored_files);
    ASSERT_EQ(report->problems.size(), 1U);
    EXPECT_EQ(report->problems[0].codes, std::vector<std::string>{code});
}

TEST_F(WorkbenchTest, EvidenceBundleIsWrittenWithMatchingChecksums) {
    Select("A.I.1.iii.c");
    const fs::path file = m_dir / "SK Tim.pdf";
    std::ofstream(file) << "%PDF-1.4 SK Tim Kerja";
    Find<gui::EvidencePanel>(m_frame, "evidence_panel")->AddPaths(wxArrayString(1, Wx(file)));
    Pump();
    const fs::path bundle = m_dir / "bundle";
    gui::SavePathOverride() = [&](const wxString&) { return Wx(bundle); };
    bool ran = false;
    wxTEST_DIALOG(ran = m_frame->RunCommand("file/export_evidence"), wxExpectModal<wxMessageDialog>(wxID_OK));
    gui::SavePathOverride() = nullptr;
    ASSERT_TRUE(ran);
    ASSERT_TRUE(fs::exists(bundle / "index.html"));
    {
        // The index says how to check the files on Windows too.
        std::ifstream index(bundle / "index.html");
        const std::string html((std::istreambuf_iterator<char>(index)), std::istreambuf_iterator<char>());
        EXPECT_NE(html.find("Get-FileHash -Algorithm SHA256"), std::string::npos);
        EXPECT_NE(html.find("certutil -hashfile"), std::string::npos);
    }
    std::ifstream sums(bundle / "SHA256SUMS");
    const std::string text((std::istreambuf_iterator<char>(sums)), std::istreambuf_iterator<char>());
    auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadOnly);
    const auto items = core::EvidenceVault(workspace).List();
    ASSERT_GE(items.size(), 1U);
    for (const auto& item : items) {
        EXPECT_NE(text.find(item.sha256), std::string::npos) << item.title << "\n" << text;
    }
    // Every line of SHA256SUMS names a file that exists in the bundle with that content.
    EXPECT_EQ(std::system(("cd '" + bundle.string() + "' && sha256sum --quiet -c SHA256SUMS").c_str()), 0);
}

TEST_F(WorkbenchTest, NewAssessmentWizardCreatesAndOpensTheWorkspace) {
    const fs::path target = m_dir / "Kantor Imigrasi 2027.ziwb";
    bool suggested_a_name = false;
    std::vector<std::string> overlaps;
    wxString back_label;
    // Every control of the page shown lies above the wizard's buttons (they were drawn over the form
    // list on pages 2 and 3).
    const auto check_page = [&](wxWizard* wizard) {
        Pump();
        const int buttons_top = wizard->FindWindow(wxID_FORWARD)->GetScreenRect().GetTop();
        wxWizardPage* page = wizard->GetCurrentPage();
        for (wxWindow* child : page->GetChildren()) {
            if (child->IsShown() && child->GetScreenRect().GetBottom() >= buttons_top) {
                overlaps.push_back(gui::Utf8(child->GetName() + " " + child->GetLabel()));
            }
        }
    };
    const auto user = [&](wxWizard* wizard) {
        check_page(wizard);
        back_label = wizard->FindWindow(wxID_BACKWARD)->GetLabel();
        dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("wizard_unit", wizard))->SetValue("Kantor Imigrasi");
        dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("wizard_agency", wizard))
            ->SetValue("Kementerian Imigrasi dan Pemasyarakatan");
        dynamic_cast<wxSpinCtrl*>(wxWindow::FindWindowByName("wizard_year", wizard))->SetValue(2027);
        // "Next" runs the page's checks and fills in a file name from the unit and year.
        auto* next = dynamic_cast<wxButton*>(wizard->FindWindow(wxID_FORWARD));
        Press(next);
        auto* file = dynamic_cast<wxFilePickerCtrl*>(wxWindow::FindWindowByName("wizard_file", wizard));
        suggested_a_name = file->GetPath().EndsWith("Kantor Imigrasi 2027.ziwb");
        check_page(wizard);
        dynamic_cast<wxRadioBox*>(wxWindow::FindWindowByName("wizard_predicate", wizard))->SetSelection(1);
        Press(next);
        check_page(wizard);
        file->SetPath(Wx(target));
        return static_cast<int>(wxID_OK);
    };
    bool ran = false;
    wxTEST_DIALOG(ran = m_frame->RunCommand("file/new"), wxExpectModal<wxWizard>(user));
    ASSERT_TRUE(ran);
    EXPECT_TRUE(suggested_a_name);
    EXPECT_TRUE(overlaps.empty()) << "drawn under the wizard's buttons: " << overlaps.front();
    EXPECT_EQ(wxStripMenuCodes(back_label), "< Kembali");  // wxWidgets' own button, in Indonesian
    ASSERT_TRUE(fs::exists(target));
    ASSERT_NE(m_frame->Session(), nullptr);
    EXPECT_EQ(m_frame->Session()->Workspace().Path(), target);
    const auto workspace = core::Workspace::Open(target, core::Workspace::Access::ReadOnly);
    EXPECT_EQ(workspace.Info().unit_name, "Kantor Imigrasi");
    EXPECT_EQ(workspace.Info().agency, "Kementerian Imigrasi dan Pemasyarakatan");
    EXPECT_EQ(workspace.Info().year, 2027);
    EXPECT_EQ(workspace.Info().current_predicate, "WBK");
    EXPECT_EQ(workspace.Score(core::Layer::Unit()).nodes[0].answered, 0);
}

/// Everything a user needs is on the screen: the window fits the display it opens on, every button
/// of the criterion page lies within the page's width (rows wrap), and the score panel is shown or
/// one keystroke away. Run at 1600x1000 with the other tests, and at 1024x768, 1366x768 and
/// 1920x1080 on their own.
TEST_F(WorkbenchTest, LayoutFitsTheScreen) {
    const wxRect display = wxDisplay(0U).GetClientArea();
    const wxRect frame = m_frame->GetScreenRect();
    EXPECT_TRUE(display.Contains(frame)) << "window " << frame.width << "x" << frame.height << " at " << frame.x << ","
                                         << frame.y << ", screen " << display.width << "x" << display.height;
    Select("A.I.1.i.a");  // with evidence, its checklist and every button
    auto* page = Find<gui::NodePage>(m_frame, "node_page");
    const wxRect page_rect = page->GetScreenRect();
    EXPECT_GE(page_rect.width, m_frame->FromDIP(400));
    for (const char* name : {"clear_answer", "previous_criterion", "next_criterion", "next_unanswered",
                             "evidence_add_files", "evidence_add_folder", "evidence_add_link", "evidence_open",
                             "evidence_remove", "checklist_add_line", "checklist_attach"}) {
        auto* button = dynamic_cast<wxWindow*>(wxWindow::FindWindowByName(name, page));
        ASSERT_NE(button, nullptr) << name;
        const wxRect rect = button->GetScreenRect();
        EXPECT_GE(rect.GetLeft(), page_rect.GetLeft()) << name;
        EXPECT_LE(rect.GetRight(), page_rect.GetRight()) << name << " is cut off at the right";
    }
    auto& view = *m_frame->View();
    auto& score = view.Score();
    if (view.IsCompact()) {
        // Folded into a line with the total; F9 (or its button) shows the panel beside the page.
        EXPECT_FALSE(score.IsShownOnScreen());
        EXPECT_TRUE(Label("score_summary_text").Contains(Wx(core::FormatNumber(EngineScore(m_path).Total(), 2))));
        ASSERT_TRUE(m_frame->RunCommand("go/score_panel"));
        Pump();
        EXPECT_TRUE(score.IsShownOnScreen());
        EXPECT_GE(score.GetSize().x, m_frame->FromDIP(240));
        EXPECT_GE(Find<gui::NodePage>(m_frame, "node_page")->GetSize().x, m_frame->FromDIP(400));
        ExpectPanelShowsEngine();
    } else {
        EXPECT_TRUE(score.IsShownOnScreen());
        ExpectPanelShowsEngine();
        if (display.width >= 1900) {
            // A wide screen gives the tree and the score panel room too, not only the page.
            EXPECT_GT(view.Navigator().GetSize().x, m_frame->FromDIP(440));
            EXPECT_GT(score.GetSize().x, m_frame->FromDIP(380));
        }
    }
}

TEST_F(WorkbenchTest, TreeShowsFullNamesAndTypingSearches) {
    auto& navigator = m_frame->View()->Navigator();
    auto* tree = Find<wxDataViewCtrl>(m_frame, "navigator_tree");
    Select("A.I.1.i.a");
    const wxRect row = tree->GetItemRect(gui::NavigatorModel::ItemOf(Node("A.I.1.i.a")), tree->GetColumn(0));
    ASSERT_FALSE(row.IsEmpty());
    navigator.HoverAt(row.GetPosition() + wxPoint(row.width / 2, row.height / 2));
    const auto& form = m_frame->Session()->Form();
    EXPECT_TRUE(tree->GetToolTipText().Contains(Wx(form.Node(Node("A.I.1.i.a")).name.substr(0, 40))))
        << tree->GetToolTipText();
    // A letter typed in the tree goes to our search box, not GTK's own.
    m_frame->Raise();
    navigator.FocusTree();
    Pump();
    wxUIActionSimulator keyboard;
    keyboard.Char('s');
    keyboard.Char('k');
    for (int i = 0; i < 20 && Find<wxSearchCtrl>(m_frame, "navigator_search")->GetValue() != "sk"; ++i) {
        Pump();
        wxMilliSleep(20);
    }
    EXPECT_EQ(Find<wxSearchCtrl>(m_frame, "navigator_search")->GetValue(), "sk");
}

TEST_F(WorkbenchTest, ASecondOpenerIsToldWhoHasTheWorkspace) {
    // The note of a workbench on this computer that is still running (pid 1 always is).
    const fs::path lock = gui::WorkspaceLock::LockPathOf(m_path);
    ASSERT_TRUE(fs::exists(lock));  // ours, while this window has it open
    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    std::ofstream(lock) << "author=siti.rahma\nhost=" << host << "\npid=1\nsince=2026-11-30T08:15:00Z\n";
    auto* second = new gui::MainFrame;
    second->Show();
    bool opened = true;
    wxString told;
    wxTEST_DIALOG(opened = second->OpenWorkspace(Wx(m_path)), AnswerMessage(wxID_NO, told));
    EXPECT_FALSE(opened);
    EXPECT_TRUE(told.Contains("siti.rahma")) << told;
    EXPECT_TRUE(told.Contains("2026-11-30 08:15")) << told;
    // Opened anyway, both windows work on the file, and each shows what the other wrote.
    wxTEST_DIALOG(opened = second->OpenWorkspace(Wx(m_path)), AnswerMessage(wxID_YES, told));
    ASSERT_TRUE(opened);
    second->SelectNode(Node("A.I.1.iii.c"));
    second->Session()->SetAnswer(
        Node("A.I.1.iii.c"),
        core::ParseAnswer(second->Session()->Form(), second->Session()->Form().Node(Node("A.I.1.iii.c")), "B"));
    second->Destroy();
    Pump();
    (void)m_frame->LoadOutsideChanges();  // unless the window's timer did already
    Select("A.I.1.iii.c");
    EXPECT_TRUE(Find<wxRadioButton>(m_frame, "option_B")->GetValue());
    ExpectPanelShowsEngine();
    // A window that closes removes only its own note, never another's.
    std::ofstream(lock) << "author=siti.rahma\nhost=" << host << "\npid=1\nsince=2026-11-30T08:15:00Z\n";
    Close();
    EXPECT_TRUE(fs::exists(lock));
    fs::remove(lock);
    Open();
    ASSERT_TRUE(fs::exists(lock));
    Close();
    EXPECT_FALSE(fs::exists(lock));
    Open();
}

TEST_F(WorkbenchTest, ChangesFromTheCommandLineShowWithoutReopening) {
    Select("A.I.1.iii.c");
    EXPECT_FALSE(m_frame->LoadOutsideChanges());  // nothing changed yet
    {
        // What `ziwb answer` does, on its own connection.
        auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadWrite);
        core::AnswerChange change;
        change.code = "A.I.1.iii.c";
        change.answer = core::ParseAnswer(workspace.FormInUse(), workspace.FormInUse().Node(Node("A.I.1.iii.c")), "C");
        change.note = "Diisi lewat ziwb";
        workspace.Apply(core::Layer::Unit(), {change}, "ziwb", "answer");
    }
    // The window's own timer finds it (about once a second).
    for (int i = 0; i < 60 && !Find<wxRadioButton>(m_frame, "option_C")->GetValue(); ++i) {
        Pump();
        wxMilliSleep(50);
    }
    EXPECT_TRUE(Find<wxRadioButton>(m_frame, "option_C")->GetValue());
    EXPECT_EQ(Find<wxTextCtrl>(m_frame, "note")->GetValue(), "Diisi lewat ziwb");
    EXPECT_EQ(m_frame->CurrentNode(), Node("A.I.1.iii.c"));
    ExpectPanelShowsEngine();
}

TEST_F(WorkbenchTest, UnitDetailsAreCorrectedAndRecorded) {
    const auto user = [](wxDialog* dialog) {
        dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("details_unit", dialog))
            ->SetValue("Dinas Tenaga Kerja dan Transmigrasi");
        dynamic_cast<wxSpinCtrl*>(wxWindow::FindWindowByName("details_year", dialog))->SetValue(2027);
        return static_cast<int>(wxID_OK);
    };
    wxTEST_DIALOG(ASSERT_TRUE(m_frame->RunCommand("edit/unit_details")), UserInDialog(user));
    Pump();
    EXPECT_TRUE(m_frame->GetTitle().StartsWith("Dinas Tenaga Kerja dan Transmigrasi 2027")) << m_frame->GetTitle();
    const auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadOnly);
    EXPECT_EQ(workspace.Info().unit_name, "Dinas Tenaga Kerja dan Transmigrasi");
    EXPECT_EQ(workspace.Info().year, 2027);
    int recorded = 0;
    for (const auto& entry : workspace.History(core::Layer::Unit())) {
        recorded += entry.action == "details" ? 1 : 0;
    }
    EXPECT_EQ(recorded, 2);  // the name and the year; the agency did not change
    ExpectPanelShowsEngine();
}

TEST_F(WorkbenchTest, TheProposalDetailsAreChosenFromTheFormAndShowTheExemption) {
    wxString exemption_shown;
    const auto user = [&](wxDialog* dialog) {
        auto* agency = dynamic_cast<wxChoice*>(wxWindow::FindWindowByName("details_agency_type", dialog));
        auto* service = dynamic_cast<wxChoice*>(wxWindow::FindWindowByName("details_service_type", dialog));
        auto* exemption = dynamic_cast<wxStaticText*>(wxWindow::FindWindowByName("details_exemption", dialog));
        EXPECT_TRUE(agency != nullptr && service != nullptr && exemption != nullptr);
        if (agency == nullptr || service == nullptr || exemption == nullptr) {
            return static_cast<int>(wxID_CANCEL);
        }
        // The demo is a Pemda labour office: the Stranas PK exception shows from the start.
        EXPECT_EQ(agency->GetStringSelection(), "Pemerintah Daerah");
        EXPECT_TRUE(exemption->GetLabel().Contains("Stranas PK")) << exemption->GetLabel();
        // A ministry's labour office has no exemption: the text follows the choice at once.
        agency->SetStringSelection("Kementerian/Lembaga");
        wxCommandEvent changed(wxEVT_CHOICE, agency->GetId());
        changed.SetEventObject(agency);
        agency->ProcessWindowEvent(changed);
        exemption_shown = exemption->GetLabel();
        agency->SetStringSelection("Pemerintah Daerah");
        service->SetStringSelection("Rumah sakit umum daerah");
        dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("details_deadline", dialog))->SetValue("2026-06-15");
        dynamic_cast<wxRadioBox*>(wxWindow::FindWindowByName("unit_predicate", dialog))->SetSelection(2);
        return static_cast<int>(wxID_OK);
    };
    wxTEST_DIALOG(ASSERT_TRUE(m_frame->RunCommand("edit/unit_details")), UserInDialog(user));
    Pump();
    EXPECT_TRUE(exemption_shown.empty()) << exemption_shown;
    const auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadOnly);
    EXPECT_EQ(workspace.Info().agency_type, "pemda");
    EXPECT_EQ(workspace.Info().service_type, "rsud");
    EXPECT_EQ(workspace.Info().proposal_deadline, "2026-06-15");
    EXPECT_EQ(workspace.Info().current_predicate, "WBK-mandiri");
    ExpectPanelShowsEngine();
}

TEST_F(WorkbenchTest, EachCriterionShowsWhoChangedWhatAndWhen) {
    Select("A.I.1.iii.c");
    Click(Find<wxRadioButton>(m_frame, "option_B"));
    Find<wxTextCtrl>(m_frame, "note")->SetValue("Notulen rapat");
    m_frame->CommitPending();
    {
        // The evaluator's answer, given with `ziwb answer --layer tpi`.
        auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadWrite);
        core::AnswerChange change;
        change.code = "A.I.1.iii.c";
        change.answer = core::ParseAnswer(workspace.FormInUse(), workspace.FormInUse().Node(Node("A.I.1.iii.c")), "A");
        workspace.Apply(core::Layer::Tpi(), {change}, "tpi.budi", "answer");
    }
    (void)m_frame->LoadOutsideChanges();  // unless the window's timer did already
    Select("A.I.1.iii.c");
    auto* history = Find<gui::HistoryPanel>(m_frame, "history_panel");
    EXPECT_EQ(history->RowCount(), 0);  // folded: no list made yet, the heading counts the changes
    EXPECT_TRUE(history->Heading().Contains("3 perubahan")) << history->Heading();
    EXPECT_GE(history->GetSize().y, history->GetCharHeight()) << "the folded heading has no room";
    // Unfolded as by a click on its heading: the toolkit unfolds it, then says so.
    history->wxCollapsiblePane::Collapse(false);
    wxCollapsiblePaneEvent unfolded(history, history->GetId(), false);
    history->ProcessWindowEvent(unfolded);
    Pump();
    ASSERT_EQ(history->RowCount(), 3);
    const auto* list = Find<wxWindow>(history, "criterion_history");
    EXPECT_GT(list->GetSize().y, list->GetCharHeight() * 4) << "the unfolded list has no room";
    // Newest first: the evaluator's A, the note, the answer B; each with who and how.
    EXPECT_EQ(history->CellText(0, 1), "tpi.budi");
    EXPECT_EQ(history->CellText(0, 2), "TPI");
    EXPECT_EQ(history->CellText(0, 4), "A");
    EXPECT_EQ(history->CellText(1, 5), "Notulen rapat");
    EXPECT_EQ(history->CellText(2, 4), "B");
    EXPECT_EQ(history->CellText(2, 3), "diubah di sini");
    EXPECT_EQ(history->CellText(2, 1), Wx(core::DefaultAuthor()));
    EXPECT_TRUE(history->Heading().Contains("3 perubahan")) << history->Heading();
    // It follows a new change at once.
    Click(Find<wxRadioButton>(m_frame, "option_C"));
    history = Find<gui::HistoryPanel>(m_frame, "history_panel");
    history->Expand();
    EXPECT_EQ(history->RowCount(), 4);
}

TEST_F(WorkbenchTest, PrerequisitesAreConfirmedInTheWorkbench) {
    const auto user = [](wxDialog* dialog) {
        auto* state = dynamic_cast<wxChoice*>(wxWindow::FindWindowByName("prerequisite_unit-2", dialog));
        EXPECT_NE(state, nullptr);
        if (state != nullptr) {
            EXPECT_EQ(state->GetSelection(), 0);  // not confirmed yet
            state->SetSelection(1);
            dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("prerequisite_note_unit-2", dialog))
                ->SetValue("LHP Inspektorat 2026");
        }
        return static_cast<int>(wxID_OK);
    };
    wxTEST_DIALOG(ASSERT_TRUE(m_frame->RunCommand("edit/prerequisites")), UserInDialog(user));
    auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadOnly);
    int confirmed = 0;
    for (const auto& state : core::LoadPrerequisites(workspace)) {
        if (state.prerequisite->id == "unit-2") {
            ASSERT_TRUE(state.met.has_value());
            EXPECT_TRUE(*state.met);
            EXPECT_EQ(state.note, "LHP Inspektorat 2026");
        }
        confirmed += state.met ? 1 : 0;
    }
    EXPECT_EQ(confirmed, 1);  // the others stay as they were
}

TEST_F(WorkbenchTest, TheHelpMenuHasAUserGuideInBothLanguages) {
    wxString shown;
    const auto reader = [&](wxDialog* dialog) {
        shown = dynamic_cast<wxHtmlWindow*>(wxWindow::FindWindowByName("guide", dialog))->ToText();
        return static_cast<int>(wxID_OK);
    };
    wxTEST_DIALOG(ASSERT_TRUE(m_frame->RunCommand("help/guide")), UserInDialog(reader));
    EXPECT_TRUE(shown.Contains("Alur kerja")) << shown.Left(200);
    EXPECT_TRUE(shown.Contains("F8"));
    EXPECT_TRUE(shown.Contains("WBBM memerlukan predikat WBK"));
    gui::ApplyLanguage(core::Language::English);
    wxTEST_DIALOG(ASSERT_TRUE(m_frame->RunCommand("help/guide")), UserInDialog(reader));
    gui::ApplyLanguage(core::Language::Indonesian);
    EXPECT_TRUE(shown.Contains("The workflow")) << shown.Left(200);
    EXPECT_TRUE(shown.Contains("What the verdicts mean"));
}

TEST_F(WorkbenchTest, ANoteTypedJustBeforeLogoutIsSaved) {
    Select("A.I.1.iii.c");
    // Typed, and the session ends (SIGTERM at logout) before the pause that saves a note.
    Find<wxTextCtrl>(m_frame, "note")->SetValue("Ditulis sesaat sebelum keluar");
    std::raise(SIGTERM);
    wxWeakRef<wxWindow> frame(m_frame);
    for (int i = 0; i < 50 && frame; ++i) {
        Pump();
        wxTheApp->CheckSignal();  // what the event loop does when the signal's pipe wakes it
        wxTheApp->ProcessIdle();  // where closed windows are deleted
        wxMilliSleep(10);
    }
    EXPECT_FALSE(frame) << "the window did not close on SIGTERM";
    m_frame = nullptr;
    EXPECT_EQ(Stored(m_path, "A.I.1.iii.c")->note, "Ditulis sesaat sebelum keluar");
    Open();
}

TEST_F(WorkbenchTest, WxWidgetsSpeaksIndonesianAndKeepsItsMessagesToItself) {
    // wxWidgets' own words, from Debian's catalog embedded in the program and our corrections.
    EXPECT_EQ(wxGetTranslation("&Finish"), "&Selesai");
    EXPECT_EQ(wxGetTranslation("Cancel"), "Batal");
    EXPECT_EQ(wxGetTranslation("Browse"), "Telusuri");
    EXPECT_EQ(wxGetTranslation("About %s"), "Tentang %s");
    // Texts beyond ASCII come whole (the catalogs are read as UTF-8, not through their header).
    EXPECT_EQ(wxGetTranslation(wxString::FromUTF8("Remove \u201C%s\u201D from the evidence?")),
              wxString::FromUTF8("Hapus \u201C%s\u201D dari bukti dukung?"));
    // A raw library message goes to stderr, never into a dialog in front of the user.
    auto* log = dynamic_cast<gui::QuietLog*>(wxLog::GetActiveTarget());
    ASSERT_NE(log, nullptr);
    const int before = log->Count();
    wxLogError("can't open user configuration file");
    wxLog::FlushActive();
    Pump();
    EXPECT_EQ(log->Count(), before + 1);
    EXPECT_EQ(wxWindow::FindWindowByLabel("can't open user configuration file"), nullptr);
}

}  // namespace

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    // Settings and data of the test run stay in a folder of their own.
    g_root = fs::temp_directory_path() / ("zi-workbench-gui-test-" + std::to_string(::getpid()));
    fs::create_directories(g_root);
    ::setenv("XDG_CONFIG_HOME", (g_root / "config").c_str(), 1);
    ::setenv("XDG_DATA_HOME", (g_root / "data").c_str(), 1);
    auto* app = new gui::App;
    wxApp::SetInstance(app);
    if (!wxEntryStart(argc, argv)) {
        std::fprintf(stderr, "gui_test: no display (run under xvfb-run)\n");
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
