// SPDX-License-Identifier: GPL-3.0-or-later
// The services window under Xvfb (issue 15 in the workbench): on a fresh workspace, a service and
// its standard, a public consultation forum from its attendance list to the signed minutes filed
// as evidence, and the satisfaction survey with its IKM, driven through the window's controls as a
// user would; every result read back through the core. And the window on a 1024x768 screen.
#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/display.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/radiobox.h>
#include <wx/stattext.h>
#include <wx/testing.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>
#include <wx/utils.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>

#include "answer_message.hpp"
#include "app/app.hpp"
#include "app/translations.hpp"
#include "commands/command.hpp"
#include "common/text.hpp"
#include "evidence/checklist.hpp"
#include "evidence/evidence_service.hpp"
#include "evidence/evidence_vault.hpp"
#include "form/form_catalog.hpp"
#include "frame/main_frame.hpp"
#include "log/audit.hpp"
#include "people/team_register.hpp"
#include "services/forum_page.hpp"
#include "services/service_checks.hpp"
#include "services/service_rules.hpp"
#include "services/service_store.hpp"
#include "services/services_window.hpp"
#include "services/skm_summary.hpp"
#include "services/standard_page.hpp"
#include "services/survey_page.hpp"
#include "util/screenshot.hpp"
#include "util/wrap_text.hpp"
#include "util/wx_text.hpp"

/// Types the name of a new service.
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
using gui::Wx;

namespace {

using ziwb::test_support::AnswerMessage;

fs::path g_root;

constexpr const char* kAttendance =
    "nama;unsur;instansi;jabatan;hadir\n"
    "Siti Aminah;Pengguna layanan;Pencari kerja;;ya\n"
    "Budi Santoso;dunia-usaha;Apindo Kutai Barat;Ketua;ya\n"
    "Yohanes Lie;Organisasi profesi;KSPSI Kutai Barat;Sekretaris;ya\n"
    "Dr. Rina Marlina;akademisi;Universitas Mulawarman;Dosen;tidak\n"
    "Agus Salim;penyelenggara;Disnakertrans;Kepala Bidang;ya\n";

/// A form service's export: a timestamp, a respondent id, then U1..U9.
std::string SurveyCsv(const std::vector<std::vector<int>>& rows) {
    std::string text = "Timestamp,Responden,U1,U2,U3,U4,U5,U6,U7,U8,U9\n";
    int n = 0;
    for (const auto& row : rows) {
        ++n;
        text += "2026-02-0" + std::to_string(n) + " 09:00:00,R" + std::to_string(n);
        for (const int score : row) {
            text += "," + (score == 0 ? std::string() : std::to_string(score));
        }
        text += "\n";
    }
    return text;
}

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
    ASSERT_TRUE(button->IsEnabled()) << name << " is disabled";
    wxCommandEvent event(wxEVT_BUTTON, button->GetId());
    event.SetEventObject(button);
    button->ProcessWindowEvent(event);
    Pump();
}

void SetText(wxWindow* root, const wxString& name, const wxString& text) {
    auto* control = Find<wxTextCtrl>(root, name);
    ASSERT_NE(control, nullptr);
    control->ChangeValue(text);
}

void Write(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

/// A window as the user sees it, into ZIWB_SCREENSHOT_DIR when it is set (docs/screenshots). Under
/// GTK 3 a process reads the screen once, so with ZIWB_SCREENSHOT_ONLY=NAME a run takes only that
/// picture: docs/screenshots/take-services.sh runs the test once per picture.
void Shoot(wxWindow* window, const std::string& name) {
    const char* folder = std::getenv("ZIWB_SCREENSHOT_DIR");
    const char* only = std::getenv("ZIWB_SCREENSHOT_ONLY");
    if (folder == nullptr || (only != nullptr && name != only)) {
        return;
    }
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

class ServicesTest : public ::testing::Test {
protected:
    void SetUp() override {
        core::SetLanguage(core::Language::Indonesian);
        gui::ApplyLanguage(core::Language::Indonesian);
        core::SetSessionSigner(nullptr);
        m_dir = g_root / ::testing::UnitTest::GetInstance()->current_test_info()->name();
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        m_path = m_dir / "disnakertrans.ziwb";
        const fs::path program = ZIWB_SOURCE_DIR;
        core::WorkspaceInfo info;
        info.unit_name = "Dinas Tenaga Kerja dan Transmigrasi";
        info.agency = "Kabupaten Kutai Barat";
        info.year = 2026;
        auto workspace =
            core::Workspace::Create(m_path, info, core::FormCatalog::Default(program).Find("lke-permenpanrb-90-2021"));
        // The head of the unit signs the documents.
        core::Person leader;
        leader.nip = "197001012000031001";
        leader.name = "Drs. Bambang Wijaya, M.Si.";
        leader.role = "pimpinan";
        leader.position = "Kepala Dinas Tenaga Kerja dan Transmigrasi";
        core::SetPeople(workspace, {leader}, "koordinator");
    }
    void TearDown() override {
        gui::OpenPathOverride() = nullptr;
        gui::SavePathOverride() = nullptr;
        if (m_frame != nullptr) {
            m_frame->Destroy();
            m_frame = nullptr;
            Pump();
        }
    }

    void Open(wxSize size) {
        m_frame = new gui::MainFrame;
        m_frame->SetSize(size);
        m_frame->Show();
        ASSERT_TRUE(m_frame->OpenWorkspace(Wx(m_path)));
        Pump();
    }

    gui::ServicesWindow* Window(const std::string& command) {
        EXPECT_TRUE(m_frame->IsCommandEnabled(command)) << command;
        EXPECT_TRUE(m_frame->RunCommand(command)) << command;
        Pump();
        return Find<gui::ServicesWindow>(m_frame, "services_window");
    }

    core::Workspace Read() { return core::Workspace::Open(m_path, core::Workspace::Access::ReadOnly); }
    static const core::ServiceRules& Rules() { return core::InstalledServiceRules(fs::path(ZIWB_SOURCE_DIR)); }

    fs::path m_dir;
    fs::path m_path;
    gui::MainFrame* m_frame = nullptr;
};

TEST_F(ServicesTest, FromTheStandardToTheForumsEvidenceAndTheSurvey) {
    Open(wxSize(1366, 768));
    gui::ServicesWindow* window = Window("services/standards");
    ASSERT_NE(window, nullptr);
    EXPECT_EQ(window->CurrentPage(), gui::ServicesWindow::StandardsPage);
    EXPECT_FALSE(window->ReadOnly());

    // 1. A service, and two components of its standard.
    wxTEST_DIALOG(Press(window, "service_add"), wxExpectModal<wxTextEntryDialog>("Kartu Pencari Kerja (AK/I)"));
    {
        auto workspace = Read();
        const auto services = core::LoadServices(workspace);
        ASSERT_EQ(services.size(), 1u);
        EXPECT_EQ(services[0].name, "Kartu Pencari Kerja (AK/I)");
    }
    gui::StandardPage& standards = window->Standards();
    ASSERT_NE(standards.Selected(), nullptr);
    standards.SelectComponent("persyaratan");
    EXPECT_TRUE(Find<gui::WrapText>(window, "component_hint")->Text().Contains("Persyaratan"));
    SetText(window, "component_text", "KTP; ijazah terakhir; pas foto 3x4");
    standards.SelectComponent("prosedur");
    SetText(window, "component_text", "1. Pemohon mengisi formulir\n2. Petugas memeriksa berkas");
    SetText(window, "service_decree", "Keputusan Kepala Dinas Nomor 12 Tahun 2026");
    SetText(window, "service_reviewed", "2026-03-02");
    SetText(window, "service_sops", "SOP Pelayanan AK/I\nSOP Legalisir\n");
    Press(window, "service_save");
    {
        auto workspace = Read();
        const auto service = core::FindService(workspace, "1");
        EXPECT_EQ(service.components.at("persyaratan"), "KTP; ijazah terakhir; pas foto 3x4");
        EXPECT_EQ(service.components.at("prosedur"), "1. Pemohon mengisi formulir\n2. Petugas memeriksa berkas");
        EXPECT_EQ(core::Completeness(Rules(), service).filled, 2u);
        EXPECT_EQ(service.reviewed_on, "2026-03-02");
        EXPECT_EQ(service.sops, (std::vector<std::string>{"SOP Pelayanan AK/I", "SOP Legalisir"}));
    }
    auto* services = Find<wxListCtrl>(window, "service_list");
    EXPECT_EQ(services->GetItemText(0, 2), "2/14");
    EXPECT_EQ(Find<wxListCtrl>(window, "component_list")->GetItemText(0, 0), wxString::FromUTF8("\u2713"));
    EXPECT_TRUE(window->GetStatusBar()->GetStatusText().Contains("2")) << window->GetStatusBar()->GetStatusText();
    // A date that is not one is refused in one line, and nothing changes.
    SetText(window, "service_reviewed", "2026-02-30");
    wxString refused;
    wxTEST_DIALOG(Press(window, "service_save"), AnswerMessage(refused));
    EXPECT_TRUE(refused.Contains("2026-02-30")) << refused;
    EXPECT_EQ(refused.Find('\n'), wxNOT_FOUND) << refused;
    {
        auto workspace = Read();
        EXPECT_EQ(core::FindService(workspace, "1").reviewed_on, "2026-03-02");
    }
    SetText(window, "service_reviewed", "2026-03-02");

    // 2. A forum on it.
    ASSERT_TRUE(m_frame->RunCommand("services/forums"));
    Pump();
    EXPECT_EQ(window->CurrentPage(), gui::ServicesWindow::ForumsPage);
    wxTEST_DIALOG(Press(window, "forum_add"), UserInDialog([](wxDialog* dialog) {
                      SetText(dialog, "forum_date", "2026-04-14");
                      SetText(dialog, "forum_place", "Aula Disnakertrans Kutai Barat");
                      Find<wxChoice>(dialog, "forum_purpose")->SetSelection(0);
                      SetText(dialog, "forum_topic", "Penyusunan Standar Pelayanan AK/I");
                      SetText(dialog, "forum_chair", "Drs. Bambang Wijaya, M.Si.");
                      EXPECT_TRUE(Find<wxCheckListBox>(dialog, "forum_services")->IsChecked(0));
                      return wxID_OK;
                  }));
    gui::ForumPage& forums = window->Forums();
    ASSERT_NE(forums.Selected(), nullptr);
    EXPECT_EQ(forums.Selected()->purpose, "drafting");
    EXPECT_TRUE(Find<gui::WrapText>(window, "forum_gaps")->Text().Contains("hadir"))
        << Find<gui::WrapText>(window, "forum_gaps")->Text();

    // Its attendance list, with people from outside the unit.
    const fs::path attendance = m_dir / "daftar-hadir.csv";
    Write(attendance, kAttendance);
    gui::OpenPathOverride() = [&] { return Wx(attendance); };
    Press(window, "participant_import");
    auto* participants = Find<wxListCtrl>(window, "participant_list");
    ASSERT_EQ(participants->GetItemCount(), 5);
    EXPECT_EQ(participants->GetItemText(3, 4), "tidak");
    // Dr. Rina came after all: the toggle.
    forums.ToggleAttendance(3);
    EXPECT_EQ(participants->GetItemText(3, 4), "ya");
    EXPECT_EQ(Find<wxListCtrl>(window, "forum_list")->GetItemText(0, 4), "5/5");

    // An input, and its follow-up.
    wxTEST_DIALOG(Press(window, "input_add"), UserInDialog([](wxDialog* dialog) {
                      SetText(dialog, "input_text", "Persyaratan pas foto dihapus");
                      SetText(dialog, "input_from", "Apindo");
                      Find<wxChoice>(dialog, "input_service")->SetSelection(1);
                      return wxID_OK;
                  }));
    auto* inputs = Find<wxListCtrl>(window, "input_list");
    ASSERT_EQ(inputs->GetItemCount(), 1);
    EXPECT_EQ(inputs->GetItemText(0, 3), "Kartu Pencari Kerja (AK/I)");
    EXPECT_FALSE(Find<gui::WrapText>(window, "forum_gaps")->Text().Contains("lengkap"));
    inputs->SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    wxTEST_DIALOG(Press(window, "input_follow_up"), UserInDialog([](wxDialog* dialog) {
                      Find<wxRadioBox>(dialog, "follow_up_kind")->SetSelection(0);
                      SetText(dialog, "follow_up_response", "Pas foto diambil di loket");
                      return wxID_OK;
                  }));
    EXPECT_EQ(inputs->GetItemText(0, 5), "Pas foto diambil di loket");
    EXPECT_EQ(Find<gui::WrapText>(window, "forum_gaps")->Text(), "Catatan forum sudah lengkap.");

    // Its documents, and the signed minutes filed as evidence.
    const fs::path documents = m_dir / "dokumen-fkp";
    gui::SavePathOverride() = [&](const wxString&) { return Wx(documents); };
    wxString written;
    wxTEST_DIALOG(Press(window, "forum_documents"), AnswerMessage(written));
    for (const char* name : {"fkp-undangan-fkp1.pdf", "fkp-daftar-hadir-fkp1.pdf", "fkp-berita-acara-fkp1.pdf"}) {
        EXPECT_TRUE(fs::exists(documents / name)) << name;
        EXPECT_TRUE(written.Contains(name)) << written;
    }
    const fs::path minutes = documents / "fkp-berita-acara-fkp1.pdf";
    gui::OpenPathOverride() = [&] { return Wx(minutes); };
    wxTEST_DIALOG(Press(window, "forum_attach"), UserInDialog([](wxDialog* dialog) {
                      Find<wxRadioBox>(dialog, "attach_document")->SetSelection(2);
                      return wxID_OK;
                  }));
    EXPECT_TRUE(window->GetStatusBar()->GetStatusText().Contains("A.I.6.i.c"))
        << window->GetStatusBar()->GetStatusText();
    {
        auto workspace = Read();
        const auto items = core::EvidenceVault(workspace).List("A.I.6.i.c");
        ASSERT_EQ(items.size(), 1u);
        EXPECT_EQ(items[0].title, "Berita Acara Forum Konsultasi Publik 2026-04-14, Aula Disnakertrans Kutai Barat");
        const auto lines = core::LoadChecklist(workspace, "A.I.6.i.c");
        const auto line = std::find_if(lines.begin(), lines.end(), [](const core::ChecklistEntry& entry) {
            return entry.key == "form:A.I.6.i.c:1";
        });
        ASSERT_NE(line, lines.end());
        EXPECT_EQ(line->items, std::vector<std::int64_t>{items[0].id});
        EXPECT_TRUE(core::FindForumGaps(Rules(), core::FindFkpSession(workspace, 1)).empty());
    }
    // The workbench knows: the criterion's evidence is counted.
    ASSERT_NE(m_frame->Evidence(), nullptr);
    EXPECT_EQ(m_frame->Evidence()->Count(m_frame->Session()->Form().Find("A.I.6.i.c")), 1);

    // The standard's documents too.
    window->ShowPage(gui::ServicesWindow::StandardsPage);
    const fs::path standard_documents = m_dir / "dokumen-sp";
    gui::SavePathOverride() = [&](const wxString&) { return Wx(standard_documents); };
    wxTEST_DIALOG(Press(window, "service_documents"), AnswerMessage(written));
    EXPECT_TRUE(fs::exists(standard_documents / "standar-pelayanan-1.pdf"));
    EXPECT_TRUE(fs::exists(standard_documents / "maklumat-pelayanan.pdf"));

    // 3. The survey: its IKM as the core computes it.
    ASSERT_TRUE(m_frame->RunCommand("services/surveys"));
    Pump();
    EXPECT_EQ(window->CurrentPage(), gui::ServicesWindow::SurveysPage);
    const fs::path survey = m_dir / "skm.csv";
    Write(survey, SurveyCsv({{4, 3, 3, 4, 3, 4, 4, 3, 3}, {4, 3, 3, 4, 3, 4, 4, 3, 3}, {4, 3, 3, 4, 3, 4, 4, 3, 3}}));
    gui::OpenPathOverride() = [&] { return Wx(survey); };
    wxTEST_DIALOG(Press(window, "skm_import"), UserInDialog([](wxDialog* dialog) {
                      SetText(dialog, "skm_period", "2026 Triwulan I");
                      SetText(dialog, "skm_from", "2026-01-01");
                      SetText(dialog, "skm_to", "2026-03-31");
                      return wxID_OK;
                  }));
    {
        auto workspace = Read();
        const auto summary = core::SummariseSurveys(workspace, Rules());
        ASSERT_EQ(summary.surveys.size(), 1u);
        EXPECT_EQ(Find<wxStaticText>(window, "skm_unit_ikm")->GetLabel(),
                  Wx(core::FormatNumber(summary.unit.score, 2)));
        EXPECT_EQ(Find<wxStaticText>(window, "skm_unit_ikm")->GetLabel(), "86,11");
        EXPECT_EQ(window->Surveys().UnitScoreText(), "86,11");
    }
    EXPECT_EQ(Find<wxListCtrl>(window, "survey_list")->GetItemText(0, 4), "86,11");
    // Where its results went (LKE A.I.6.iv.b and c).
    auto* surveys = Find<wxListCtrl>(window, "survey_list");
    surveys->SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    wxTEST_DIALOG(Press(window, "skm_results"), UserInDialog([](wxDialog* dialog) {
                      EXPECT_EQ(dialog->GetName(), "skm_results_dialog");
                      SetText(dialog, "skm_published_where", "Laman dinas dan papan informasi");
                      SetText(dialog, "skm_follow_up", "Ruang tunggu ditambah kursi");
                      return wxID_OK;
                  }));
    {
        auto workspace = Read();
        const auto stored = core::LoadSkmSurveys(workspace);
        ASSERT_EQ(stored.size(), 1u);
        EXPECT_EQ(stored[0].published_where, "Laman dinas dan papan informasi");
        EXPECT_EQ(stored[0].follow_up, "Ruang tunggu ditambah kursi");
    }
    EXPECT_EQ(Find<wxListCtrl>(window, "survey_list")->GetItemText(0, 6), "dipublikasikan, ditindaklanjuti");

    // A bad file: every row problem shown, nothing imported.
    const fs::path bad = m_dir / "skm-salah.csv";
    Write(bad, SurveyCsv({{4, 4, 4, 4, 4, 4, 4, 4, 4}, {3, 3, 5, 3, 3, 3, 3, 3, 3}, {3, 0, 3, 3, 3, 3, 3, 3, 3}}));
    gui::OpenPathOverride() = [&] { return Wx(bad); };
    std::vector<wxString> problem_rows;
    wxString problem_summary;
    wxTEST_DIALOG(Press(window, "skm_import"), UserInDialog([](wxDialog* dialog) {
                      SetText(dialog, "skm_period", "2026 Triwulan II");
                      return wxID_OK;
                  }),
                  UserInDialog([&](wxDialog* dialog) {
                      EXPECT_EQ(dialog->GetName(), "problems_dialog");
                      problem_summary = Find<wxStaticText>(dialog, "problems_summary")->GetLabel();
                      auto* list = Find<wxListCtrl>(dialog, "problems_list");
                      for (int row = 0; list != nullptr && row < list->GetItemCount(); ++row) {
                          problem_rows.push_back(list->GetItemText(row, 0));
                      }
                      return wxID_OK;
                  }),
                  UserInDialog([](wxDialog* dialog) {
                      // The import dialog is back with what was typed; the user gives up for now.
                      EXPECT_EQ(Find<wxTextCtrl>(dialog, "skm_period")->GetValue(), "2026 Triwulan II");
                      return wxID_CANCEL;
                  }));
    EXPECT_EQ(problem_rows, (std::vector<wxString>{"3", "4"})) << problem_summary;
    EXPECT_TRUE(problem_summary.StartsWith("2 ")) << problem_summary;
    {
        auto workspace = Read();
        EXPECT_EQ(core::LoadSkmSurveys(workspace).size(), 1u);
    }

    // The survey report, filed as evidence of A.I.6.iv.a.
    const fs::path report = m_dir / "laporan-skm.pdf";
    gui::SavePathOverride() = [&](const wxString&) { return Wx(report); };
    ASSERT_TRUE(Find<wxCheckBox>(window, "skm_file_report")->GetValue());
    Press(window, "skm_report");
    EXPECT_TRUE(fs::exists(report));
    {
        auto workspace = Read();
        EXPECT_EQ(core::EvidenceVault(workspace).List("A.I.6.iv.a").size(), 1u);
    }
    {
        auto workspace = Read();
        EXPECT_TRUE(core::VerifyLog(workspace).intact);
    }

    window->ShowPage(gui::ServicesWindow::StandardsPage);
    standards.SelectComponent("persyaratan");
    Shoot(window, "services-standards");
    window->ShowPage(gui::ServicesWindow::ForumsPage);
    Shoot(window, "services-forums");
    window->ShowPage(gui::ServicesWindow::SurveysPage);
    Shoot(window, "services-surveys");
}

// What is typed into a standard is never dropped: choosing another service, adding one, or
// closing the window records it first.
TEST_F(ServicesTest, WhatIsTypedIsRecordedBeforeThePageLetsGo) {
    Open(wxSize(1366, 768));
    gui::ServicesWindow* window = Window("services/standards");
    ASSERT_NE(window, nullptr);
    wxTEST_DIALOG(Press(window, "service_add"), wxExpectModal<wxTextEntryDialog>("Pelatihan BLK"));
    gui::StandardPage& standards = window->Standards();
    standards.SelectComponent("biaya");
    SetText(window, "component_text", "Tidak dipungut biaya.");
    EXPECT_TRUE(standards.HasUnsavedEdits());
    // Adding a second service records the first one's typed text before showing the new one.
    wxTEST_DIALOG(Press(window, "service_add"), wxExpectModal<wxTextEntryDialog>("Penempatan Tenaga Kerja"));
    {
        auto workspace = Read();
        EXPECT_EQ(core::FindService(workspace, "1").components.at("biaya"), "Tidak dipungut biaya.");
    }
    ASSERT_NE(standards.Selected(), nullptr);
    EXPECT_EQ(standards.Selected()->name, "Penempatan Tenaga Kerja");
    // Choosing the other service in the list records what was typed for this one.
    SetText(window, "service_published", "Papan informasi ruang pelayanan");
    auto* list = Find<wxListCtrl>(window, "service_list");
    list->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    Pump();
    {
        auto workspace = Read();
        EXPECT_EQ(core::FindService(workspace, "2").published_where, "Papan informasi ruang pelayanan");
    }
    ASSERT_NE(standards.Selected(), nullptr);
    EXPECT_EQ(standards.Selected()->name, "Pelatihan BLK");
    // Closing the window records the standard being typed.
    SetText(window, "service_decree", "Keputusan Kepala Dinas Nomor 7 Tahun 2026");
    window->Close();
    Pump();
    auto workspace = Read();
    EXPECT_EQ(core::FindService(workspace, "1").established_by, "Keputusan Kepala Dinas Nomor 7 Tahun 2026");
}

// On the smallest screen the workbench supports, every control of every page is inside the window.
TEST_F(ServicesTest, FitsTheSmallScreen) {
    Open(wxSize(1024, 768));
    gui::ServicesWindow* window = Window("services/standards");
    ASSERT_NE(window, nullptr);
    const wxRect screen = wxDisplay(0U).GetClientArea();
    const wxRect frame = window->GetScreenRect();
    EXPECT_TRUE(screen.Contains(frame)) << "window " << frame.width << "x" << frame.height;
    const std::vector<std::pair<gui::ServicesWindow::Page, std::vector<const char*>>> pages = {
        {gui::ServicesWindow::StandardsPage,
         {"service_list", "service_add", "service_remove", "service_documents", "service_attach", "service_name",
          "service_decree", "service_reviewed", "service_published", "service_sops", "component_list", "component_text",
          "service_save"}},
        {gui::ServicesWindow::ForumsPage,
         {"forum_list", "forum_add", "forum_documents", "forum_attach", "participant_list", "participant_add",
          "participant_import", "participant_toggle", "input_list", "input_add", "input_follow_up", "forum_gaps"}},
        {gui::ServicesWindow::SurveysPage,
         {"skm_unit_ikm", "survey_list", "skm_import", "skm_results", "skm_report", "skm_file_report"}}};
    const wxSize client = window->GetClientSize();
    for (const auto& [page, names] : pages) {
        window->ShowPage(page);
        Pump();
        for (const char* name : names) {
            auto* control = Find<wxWindow>(window, name);
            ASSERT_NE(control, nullptr);
            EXPECT_TRUE(control->IsShownOnScreen()) << name;
            const wxRect rect(window->ScreenToClient(control->GetScreenPosition()), control->GetSize());
            EXPECT_GE(rect.GetLeft(), 0) << name;
            EXPECT_GE(rect.GetTop(), 0) << name;
            EXPECT_LE(rect.GetRight(), client.x) << name << " is cut off at " << client.x;
            EXPECT_LE(rect.GetBottom(), client.y) << name << " is cut off at " << client.y;
            EXPECT_GT(rect.GetWidth(), 20) << name;
            EXPECT_GT(rect.GetHeight(), 10) << name;
        }
    }
}

}  // namespace

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    g_root = fs::temp_directory_path() / ("zi-workbench-services-test-" + std::to_string(::getpid()));
    fs::create_directories(g_root);
    ::setenv("XDG_CONFIG_HOME", (g_root / "config").c_str(), 1);
    ::setenv("XDG_DATA_HOME", (g_root / "data").c_str(), 1);
    ::setenv("ZIWB_CONFIG_DIR", (g_root / "keys").c_str(), 1);
    auto* app = new gui::App;
    wxApp::SetInstance(app);
    if (!wxEntryStart(argc, argv)) {
        std::fprintf(stderr, "services_gui_test: no display (run under xvfb-run)\n");
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
