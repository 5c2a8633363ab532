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
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/radiobox.h>
#include <wx/radiobut.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/testing.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>
#include <wx/uiaction.h>
#include <wx/wizard.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "app/app.hpp"
#include "app/translations.hpp"
#include "commands/command.hpp"
#include "common/text.hpp"
#include "criterion/node_page.hpp"
#include "demo/demo_workspace.hpp"
#include "evidence/checklist.hpp"
#include "evidence/checklist_panel.hpp"
#include "evidence/evidence_panel.hpp"
#include "evidence/evidence_service.hpp"
#include "evidence/evidence_vault.hpp"
#include "form/form_catalog.hpp"
#include "frame/main_frame.hpp"
#include "frame/start_panel.hpp"
#include "frame/workbench_view.hpp"
#include "navigator/navigator_panel.hpp"
#include "report/score_output.hpp"
#include "scoring/scoring_engine.hpp"
#include "util/wx_text.hpp"

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
    return core::Workspace::Open(path, core::Workspace::Access::ReadOnly).Score(core::Layer::Unit);
}

std::optional<core::StoredAnswer> Stored(const fs::path& path, const std::string& code) {
    return core::Workspace::Open(path, core::Workspace::Access::ReadOnly).FindAnswer(core::Layer::Unit, code);
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
        // The verdicts are laid out and take room on the panel: "WBK" and its conditions show.
        auto* verdicts = Find<wxHtmlWindow>(m_frame, "verdicts");
        EXPECT_TRUE(verdicts->ToText().Contains("WBK"));
        EXPECT_GT(verdicts->GetSize().y, verdicts->GetCharHeight() * 3);
    }

    fs::path m_dir;
    fs::path m_path;
    gui::MainFrame* m_frame = nullptr;
};

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
}

TEST_F(WorkbenchTest, ChoiceAnswerIsWrittenAndScored) {
    Select("A.I.1.iii.c");  // A-D, unanswered in the demo
    ASSERT_FALSE(Stored(m_path, "A.I.1.iii.c").has_value() && Stored(m_path, "A.I.1.iii.c")->value);
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
    ExpectPanelShowsEngine();

    Type(Find<wxTextCtrl>(m_frame, "input_sasaran"), "8");
    Type(Find<wxTextCtrl>(m_frame, "input_tercapai"), "6");
    EXPECT_EQ(*Stored(m_path, "A.II.4.i.a")->value, "sasaran=8;tercapai=6");
    EXPECT_TRUE(ResultText().Contains("75,00%")) << ResultText();
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
        core::Workspace::Open(m_path, core::Workspace::Access::ReadOnly).History(core::Layer::Unit, "A.I.1.iii.c");
    ASSERT_EQ(history.size(), 6u);
    EXPECT_EQ(history[2].action, "undo");
    EXPECT_EQ(history[5].action, "redo");
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
    auto* verdicts = Find<wxHtmlWindow>(m_frame, "verdicts");
    // The link is in the page the panel shows, and following it opens the node.
    EXPECT_TRUE(verdicts->ToText().Length() > 0);
    wxHtmlLinkInfo link("node:" + Wx(target));
    wxHtmlLinkEvent event(verdicts->GetId(), link);
    event.SetEventObject(verdicts);
    verdicts->ProcessWindowEvent(event);
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
    gui::ApplyLanguage(core::Language::English);
    m_frame->Relabel();
    Pump();
    EXPECT_EQ(m_frame->GetMenuBar()->GetMenuLabelText(0), "File");
    EXPECT_TRUE(Label("score_completeness").Contains("criteria answered")) << Label("score_completeness");
    EXPECT_TRUE(Find<wxHtmlWindow>(m_frame, "verdicts")->ToText().Contains("Every criterion of the LKE is answered"));
    gui::ApplyLanguage(core::Language::Indonesian);
    m_frame->Relabel();
    Pump();
    EXPECT_EQ(m_frame->GetMenuBar()->GetMenuLabelText(0), "Berkas");
    EXPECT_TRUE(Label("score_completeness").Contains("kriteria dijawab"));
}

TEST_F(WorkbenchTest, ExportsTheWorkbookAndASafeCopy) {
    const fs::path workbook = m_dir / "lke.xlsx";
    gui::SavePathOverride() = [&](const wxString&) { return Wx(workbook); };
    ASSERT_TRUE(m_frame->RunCommand("file/export_workbook"));
    Pump();
    ASSERT_TRUE(fs::exists(workbook));
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
    EXPECT_EQ(m_frame->Evidence()->Count(Node("A.I.1.iii.a")), 1);
    auto& navigator = m_frame->View()->Navigator();
    navigator.SetFilter(gui::NavigatorFilter::WithoutEvidence, "");
    const auto without = navigator.Model().ShownCriteria();
    EXPECT_EQ(std::find(without.begin(), without.end(), Node("A.I.1.iii.a")), without.end());
    EXPECT_NE(std::find(without.begin(), without.end(), Node("A.I.1.iii.b")), without.end());

    auto* list = Find<wxListView>(m_frame, "evidence_list");
    list->Select(0);
    Press(Find<wxButton>(m_frame, "evidence_remove"));
    Pump();
    EXPECT_EQ(Find<gui::EvidencePanel>(m_frame, "evidence_panel")->ItemCount(), 0);
    EXPECT_EQ(m_frame->Evidence()->Count(Node("A.I.1.iii.a")), 0);
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
        core::ReviewChecklist(workspace, first_key, core::Layer::Tpi, "rejected", "Belum ditandatangani", "TPI");
    }
    Close();
    Open();
    Select(code);
    EXPECT_TRUE(Find<gui::ChecklistPanel>(m_frame, "checklist_panel")->StateText(0).Contains("Belum ditandatangani"));
    EXPECT_TRUE(Find<gui::EvidencePanel>(m_frame, "evidence_panel")->StateText(0).Contains("Ditolak"));
}

TEST_F(WorkbenchTest, LinkEvidenceIsAddedAndABadAddressIsRefused) {
    const std::string code = "A.I.1.iii.b";
    Select(code);
    wxTEST_DIALOG(Press(Find<wxButton>(m_frame, "evidence_add_link")),
                  wxExpectModal<wxTextEntryDialog>("ftp://server/sk.pdf"), wxExpectModal<wxMessageDialog>(wxID_OK));
    EXPECT_EQ(m_frame->Evidence()->Count(Node(code)), 0);
    wxTEST_DIALOG(Press(Find<wxButton>(m_frame, "evidence_add_link")),
                  wxExpectModal<wxTextEntryDialog>("  https://drive.example.go.id/sk-tim-zi  "));
    EXPECT_EQ(Find<gui::EvidencePanel>(m_frame, "evidence_panel")->ItemCount(), 1);
    auto workspace = core::Workspace::Open(m_path, core::Workspace::Access::ReadOnly);
    const auto items = ItemsOf(workspace, code);
    ASSERT_EQ(items.size(), 1U);
    EXPECT_EQ(items[0].kind, "link");
    EXPECT_EQ(items[0].url, "https://drive.example.go.id/sk-tim-zi");
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
    const auto user = [&](wxWizard* wizard) {
        dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("wizard_unit", wizard))->SetValue("Kantor Imigrasi");
        dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("wizard_agency", wizard))
            ->SetValue("Kementerian Imigrasi dan Pemasyarakatan");
        dynamic_cast<wxSpinCtrl*>(wxWindow::FindWindowByName("wizard_year", wizard))->SetValue(2027);
        // "Next" runs the page's checks and fills in a file name from the unit and year.
        auto* next = dynamic_cast<wxButton*>(wizard->FindWindow(wxID_FORWARD));
        Press(next);
        auto* file = dynamic_cast<wxFilePickerCtrl*>(wxWindow::FindWindowByName("wizard_file", wizard));
        suggested_a_name = file->GetPath().EndsWith("Kantor Imigrasi 2027.ziwb");
        dynamic_cast<wxRadioBox*>(wxWindow::FindWindowByName("wizard_predicate", wizard))->SetSelection(1);
        Press(next);
        file->SetPath(Wx(target));
        return static_cast<int>(wxID_OK);
    };
    bool ran = false;
    wxTEST_DIALOG(ran = m_frame->RunCommand("file/new"), wxExpectModal<wxWizard>(user));
    ASSERT_TRUE(ran);
    EXPECT_TRUE(suggested_a_name);
    ASSERT_TRUE(fs::exists(target));
    ASSERT_NE(m_frame->Session(), nullptr);
    EXPECT_EQ(m_frame->Session()->Workspace().Path(), target);
    const auto workspace = core::Workspace::Open(target, core::Workspace::Access::ReadOnly);
    EXPECT_EQ(workspace.Info().unit_name, "Kantor Imigrasi");
    EXPECT_EQ(workspace.Info().agency, "Kementerian Imigrasi dan Pemasyarakatan");
    EXPECT_EQ(workspace.Info().year, 2027);
    EXPECT_EQ(workspace.Info().current_predicate, "WBK");
    EXPECT_EQ(workspace.Score(core::Layer::Unit).nodes[0].answered, 0);
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
