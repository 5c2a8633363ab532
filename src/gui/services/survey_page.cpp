// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/survey_page.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/filename.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

#include "commands/command.hpp"
#include "common/error.hpp"
#include "common/progress.hpp"
#include "common/sha256.hpp"
#include "common/text.hpp"
#include "frame/main_frame.hpp"
#include "pdf/pdf_fonts.hpp"
#include "readiness/action_plan.hpp"
#include "services/service_evidence.hpp"
#include "services/service_store.hpp"
#include "services/skm_csv.hpp"
#include "services/skm_report.hpp"
#include "session/workspace_session.hpp"
#include "util/program_dir.hpp"
#include "util/user_action.hpp"
#include "util/wrap_text.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {
namespace {

wxString Figure(double value, int decimals) {
    return Wx(core::FormatNumber(value, decimals));
}

wxString Number(std::int64_t value) {
    return wxString::Format("%lld", static_cast<long long>(value));
}

}  // namespace

SurveyPage::SurveyPage(wxWindow* parent, ServicesContext& context) : wxPanel(parent, wxID_ANY), m_context(context) {
    SetName("surveys_page");
    // TRANSLATORS: label before the unit's IKM (Indeks Kepuasan Masyarakat)
    auto* label = new wxStaticText(this, wxID_ANY, _("The unit's IKM:"));
    label->SetFont(label->GetFont().Bold());
    m_unit_score = new wxStaticText(this, wxID_ANY, "-");
    m_unit_score->SetName("skm_unit_ikm");
    ScaleFont(m_unit_score, 3, true);
    m_unit_score->SetMinSize(wxSize(FromDIP(80), -1));
    m_unit_detail = new wxStaticText(this, wxID_ANY, wxString());
    m_unit_detail->SetName("skm_unit_detail");
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(label, wxSizerFlags().CenterVertical().Border(wxRIGHT, FromDIP(8)));
    top->Add(m_unit_score, wxSizerFlags().CenterVertical().Border(wxRIGHT, FromDIP(12)));
    top->Add(m_unit_detail, wxSizerFlags(1).CenterVertical());

    m_list = NewServiceList(this, "survey_list",
                            {// TRANSLATORS: column of the survey list: the service surveyed
                             {_("Service"), 280},
                             // TRANSLATORS: column of the survey list
                             {_("Period"), 140},
                             // TRANSLATORS: column of the survey list: number of respondents
                             {_("Respondents"), 100},
                             // TRANSLATORS: column of the survey list: Krejcie-Morgan minimum sample
                             {_("Minimum sample"), 120},
                             // TRANSLATORS: column of the survey list
                             {_("IKM"), 70},
                             // TRANSLATORS: column of the survey list: quality grade and performance
                             {_("Grade"), 150},
                             // TRANSLATORS: column of the survey list: whether the results were published
                             // and followed up (LKE A.I.6.iv.b and c)
                             {_("Results"), 200}});
    // TRANSLATORS: button: import the responses of a survey from a CSV
    auto* import = new wxButton(this, wxID_ANY, _("Import Responses (CSV)..."));
    import->SetName("skm_import");
    import->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnImport();
});
import->Enable(!m_context.read_only);
// TRANSLATORS: button: record where a survey's results were published and how they were followed up
auto* results = new wxButton(this, wxID_ANY, _("Results..."));
results->SetName("skm_results");
results->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnResults(); });
results->Enable(!m_context.read_only);
// TRANSLATORS: button: write the survey report as PDF
auto* report = new wxButton(this, wxID_ANY, _("Survey Report..."));
report->SetName("skm_report");
report->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnReport(); });
// TRANSLATORS: checkbox beside the report button
m_file_report = new wxCheckBox(this, wxID_ANY, _("file it as evidence of A.I.6.iv.a"));
m_file_report->SetName("skm_file_report");
m_file_report->SetValue(!m_context.read_only);
m_file_report->Enable(!m_context.read_only);
auto* buttons = new wxBoxSizer(wxHORIZONTAL);
buttons->Add(import, wxSizerFlags().CenterVertical().Border(wxRIGHT, FromDIP(6)));
buttons->Add(results, wxSizerFlags().CenterVertical().Border(wxRIGHT, FromDIP(16)));
buttons->Add(report, wxSizerFlags().CenterVertical().Border(wxRIGHT, FromDIP(6)));
buttons->Add(m_file_report, wxSizerFlags().CenterVertical());
auto* note = new WrapText(
    this,
    // TRANSLATORS: under the survey list
    _("The IKM is computed as PermenPANRB 14/2017 states: the mean of each element's scores (NRR), weighted "
      "equally, times 25; the unit's over all respondents of its surveys. The minimum sample is Krejcie and "
      "Morgan's for the users of the period."),
    "skm_note");
note->Rewrap(FromDIP(900));
auto* sizer = new wxBoxSizer(wxVERTICAL);
sizer->Add(top, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
sizer->Add(m_list, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, FromDIP(6)));
sizer->Add(note, wxSizerFlags().Expand().Border(wxALL, FromDIP(6)));
sizer->Add(buttons, wxSizerFlags().Border(wxALL, FromDIP(6)));
SetSizer(sizer);
Bind(wxEVT_SIZE, [this, note](wxSizeEvent& event) {
    note->Rewrap(event.GetSize().x - FromDIP(16));
    event.Skip();
});
}  // namespace ziwb::gui

namespace {

/// "published, followed up", or what is still missing.
wxString ResultsText(const core::SurveyFigures& survey) {
    // TRANSLATORS: the survey's results were published / were not
    const wxString published = survey.published_where.empty() ? _("not published") : _("published");
    // TRANSLATORS: the survey's results were followed up / were not
    const wxString followed = survey.follow_up.empty() ? _("no follow-up") : _("followed up");
    return published + ", " + followed;
}

}  // namespace

void SurveyPage::OnResults() {
    const long row = SelectedRow(m_list);
    if (row < 0 || row >= static_cast<long>(m_summary.surveys.size())) {
        // TRANSLATORS: status bar
        m_context.status(_("Select a survey first."));
        return;
    }
    const core::SurveyFigures figures = m_summary.surveys[static_cast<std::size_t>(row)];
    core::SkmSurvey survey;
    for (const auto& stored : core::LoadSkmSurveys(m_context.session.Workspace())) {
        if (stored.id == figures.id) {
            survey = stored;
        }
    }
    // TRANSLATORS: dialog title: what became of a survey's results
    wxDialog dialog(this, wxID_ANY, _("Survey results"));
    dialog.SetName("skm_results_dialog");
    // TRANSLATORS: label in the survey results dialog (LKE A.I.6.iv.b)
    auto* where_label = new wxStaticText(&dialog, wxID_ANY, _("Where the results are published (website, counter):"));
    auto* where = NewText(&dialog, "skm_published_where", Wx(survey.published_where));
    // TRANSLATORS: label in the survey results dialog (LKE A.I.6.iv.c)
    auto* follow_label = new wxStaticText(&dialog, wxID_ANY, _("How the results were followed up:"));
    auto* follow = NewText(&dialog, "skm_follow_up", Wx(survey.follow_up), wxTE_MULTILINE);
    follow->SetMinSize(dialog.FromDIP(wxSize(420, 90)));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int border = dialog.FromDIP(10);
    sizer->Add(where_label, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(where, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, border));
    sizer->Add(follow_label, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, border));
    sizer->Add(follow, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, border));
    sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL));
    dialog.SetSizerAndFit(sizer);
    RunDialog(dialog, _("Survey results"), [&] {
        core::RecordSkmResult(m_context.session.Workspace(), survey, Utf8(where->GetValue().Strip(wxString::both)),
                              Utf8(follow->GetValue().Strip(wxString::both)), core::DefaultAuthor());
        m_context.changed({});
        // TRANSLATORS: status bar: the survey's period
        m_context.status(wxString::Format(_("Survey %s: results recorded"), Wx(survey.period)));
    });
}

wxString SurveyPage::UnitScoreText() const {
    return m_summary.unit.Empty() ? wxString() : Figure(m_summary.unit.score, 2);
}

void SurveyPage::Reload() {
    m_summary = core::SummariseSurveys(m_context.session.Workspace(), m_context.rules);
    m_list->Freeze();
    m_list->DeleteAllItems();
    for (const auto& survey : m_summary.surveys) {
        const auto& result = survey.result;
        AppendRow(m_list, {Wx(survey.service_name), Wx(survey.period), wxString::Format("%zu", result.respondents),
                           // TRANSLATORS: the population of the survey is not known
                           survey.required_sample > 0 ? Number(survey.required_sample) : _("unknown"),
                           result.Empty() ? wxString("-") : Figure(result.score, 2),
                           result.Empty() ? wxString("-") : Wx(result.grade) + " (" + Wx(result.performance) + ")",
                           ResultsText(survey)});
        if (survey.required_sample > 0 && static_cast<std::int64_t>(result.respondents) < survey.required_sample) {
            m_list->SetItemBackgroundColour(m_list->GetItemCount() - 1, wxColour(0xFF, 0xEB, 0x9C));
        }
    }
    m_list->Thaw();
    if (m_summary.unit.Empty()) {
        m_unit_score->SetLabel("-");
        // TRANSLATORS: no survey imported yet
        m_unit_detail->SetLabel(_("No survey yet: import the responses of one with Import Responses (CSV)...."));
    } else {
        m_unit_score->SetLabel(UnitScoreText());
        // TRANSLATORS: after the unit's IKM: index, respondents, grade, performance
        m_unit_detail->SetLabel(wxString::Format(_("index %s over %zu respondents: grade %s, %s"),
                                                 Figure(m_summary.unit.index, 4), m_summary.unit.respondents,
                                                 Wx(m_summary.unit.grade), Wx(m_summary.unit.performance)));
    }
    Layout();
}

void SurveyPage::OnImport() {
    const auto services = core::LoadServices(m_context.session.Workspace());
    if (services.empty()) {
        // TRANSLATORS: status bar
        m_context.status(_("Add the service to the catalogue first (Service Standards)."));
        return;
    }
    // TRANSLATORS: file dialog title
    const wxString file =
        AskOpenPath(m_context.frame, _("Import survey responses"), _("CSV files (*.csv)|*.csv|All files|*"));
    if (file.empty()) {
        return;
    }
    const wxString name = wxFileName(file).GetFullName();
    // TRANSLATORS: dialog title
    wxDialog dialog(this, wxID_ANY, _("Import survey responses"));
    dialog.SetName("skm_import_dialog");
    auto* grid = new wxFlexGridSizer(2, dialog.FromDIP(wxSize(10, 6)));
    grid->AddGrowableCol(1, 1);
    wxArrayString names;
    for (const auto& service : services) {
        names.Add(Wx(service.name));
    }
    auto* service = new wxChoice(&dialog, wxID_ANY, wxDefaultPosition, wxDefaultSize, names);
    service->SetName("skm_service");
    service->SetSelection(0);
    const auto text = [&](const char* field, const wxString& hint) {
        auto* control = new wxTextCtrl(&dialog, wxID_ANY);
        control->SetName(field);
        control->SetHint(hint);
        control->SetMinSize(wxSize(dialog.FromDIP(300), -1));
        return control;
    };
    // TRANSLATORS: hint of the survey's period
    auto* period = text("skm_period", _("Semester I 2026"));
    auto* from = text("skm_from", _("YYYY-MM-DD"));
    auto* to = text("skm_to", _("YYYY-MM-DD"));
    auto* population = new wxSpinCtrl(&dialog, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS,
                                      0, 100000000, 0);
    population->SetName("skm_population");
    // TRANSLATORS: checkbox of the survey import
    auto* skip = new wxCheckBox(&dialog, wxID_ANY, _("leave out the rows that are wrong"));
    skip->SetName("skm_skip_bad_rows");
    // TRANSLATORS: field of the survey import: the file chosen
    AddField(grid, &dialog, _("File"), new wxStaticText(&dialog, wxID_ANY, name));
    AddField(grid, &dialog, _("Service"), service);
    AddField(grid, &dialog, _("Period"), period);
    // TRANSLATORS: field of the survey import: first day of the period
    AddField(grid, &dialog, _("From (YYYY-MM-DD)"), from);
    // TRANSLATORS: field of the survey import: last day of the period
    AddField(grid, &dialog, _("To (YYYY-MM-DD)"), to);
    // TRANSLATORS: field of the survey import: users of the service in the period (0: not known)
    AddField(grid, &dialog, _("Users in the period (0: unknown)"), population);
    AddField(grid, &dialog, wxString(), skip);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, wxSizerFlags(1).Expand().Border(wxALL, dialog.FromDIP(12)));
    sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL),
               wxSizerFlags().Expand().Border(wxALL, dialog.FromDIP(6)));
    dialog.SetSizerAndFit(sizer);
    const wxString title = _("Import survey responses");
    RunDialog(dialog, title, [&] {
        const std::string content = ReadUserFile(file, core::kMaxSkmCsvBytes);
        const bool skip_bad = skip->GetValue();
        const auto parsed = core::ParseSkmCsv(m_context.rules, content, skip_bad);
        if (!parsed.problems.empty() && !skip_bad) {
            std::vector<std::vector<wxString>> rows;
            for (const auto& problem : parsed.problems) {
                rows.push_back(
                    {wxString::Format("%zu", problem.row), Wx(problem.column), Wx(problem.problem), Wx(problem.fix)});
            }
            ShowProblems(&dialog, title,
                         // TRANSLATORS: %zu rows of the file %s cannot be imported
                         wxString::Format(_("%zu row(s) of %s cannot be imported; nothing was imported. Fix them, "
                                            "or leave them out on purpose with the checkbox."),
                                          parsed.problems.size(), name),
                         // TRANSLATORS: columns of the problems of a survey file
                         {{_("Row"), 50}, {_("Column"), 110}, {_("Problem"), 300}, {_("How to fix it"), 260}}, rows);
            // The import dialog comes back with what was typed, so the checkbox is one click away.
            throw core::Cancelled("the survey file has bad rows");
        }
        core::SkmSurvey survey;
        survey.service_uid = services[static_cast<std::size_t>(std::max(service->GetSelection(), 0))].uid;
        survey.period = Utf8(period->GetValue().Strip(wxString::both));
        survey.start_date = Utf8(from->GetValue().Strip(wxString::both));
        survey.end_date = Utf8(to->GetValue().Strip(wxString::both));
        survey.population = population->GetValue();
        survey.responses = parsed.responses;
        survey.source_sha256 = core::Sha256::HexOf(content);
        const auto id =
            core::StoreSkmSurvey(m_context.session.Workspace(), m_context.rules, survey, core::DefaultAuthor());
        m_context.changed({});
        const auto summary =
            core::SummariseSurveys(m_context.session.Workspace(), m_context.rules, survey.service_uid, survey.period);
        const auto& result = summary.surveys.front().result;
        // TRANSLATORS: status bar: survey number, responses imported, its IKM and grade
        wxString said =
            wxString::Format(_("Survey %lld: %zu responses imported, IKM %s, grade %s"), static_cast<long long>(id),
                             parsed.responses.size(), Figure(result.score, 2), Wx(result.grade));
        if (parsed.skipped > 0) {
            // TRANSLATORS: status bar, after the import: rows left out
            said << "; " << wxString::Format(_("%zu bad row(s) left out"), parsed.skipped);
        }
        m_context.status(said);
    });
}

void SurveyPage::OnReport() {
    const bool file_it = m_file_report->GetValue() && !m_context.read_only;
    RunUserAction(this, _("Survey Report..."), [&] {
        auto& workspace = m_context.session.Workspace();
        const auto summary = core::SummariseSurveys(workspace, m_context.rules);
        const std::string date = core::TodayDate();
        auto input = core::GatherSkmReport(workspace, m_context.rules, summary, "", date);
        input.data.letterhead = input.letterhead ? &*input.letterhead : nullptr;
        // TRANSLATORS: file dialog title
        const wxString target = AskSavePath(m_context.frame, _("Save the survey report"),
                                            // TRANSLATORS: suggested file name of the survey report
                                            _("laporan-skm.pdf"), _("PDF files (*.pdf)|*.pdf"));
        if (target.empty()) {
            return;
        }
        // The file dialog asked before replacing.
        core::WriteSkmReport(m_context.rules, input.data, core::FindPdfFonts(ProgramDirectory()), PathOf(target),
                             core::Overwrite::Allowed);
        // TRANSLATORS: status bar: the report's file, the unit's IKM and grade
        wxString said = wxString::Format(_("Survey report written: %s (IKM %s, grade %s)"), target,
                                         Figure(summary.unit.score, 2), Wx(summary.unit.grade));
        if (file_it) {
            const std::string title =
                "Laporan Survei Kepuasan Masyarakat" + (input.data.period.empty() ? "" : " " + input.data.period);
            const auto filed =
                core::FileServiceDocument(workspace, "laporan-skm", PathOf(target), title, date, core::DefaultAuthor());
            m_context.changed(filed.criterion);
            said << "; "
                 << wxString::Format(_("Filed as evidence %lld of %s (evidence line %d ticked)"),
                                     static_cast<long long>(filed.evidence_id), Wx(filed.criterion), filed.line);
        }
        m_context.status(said);
    });
}

}  // namespace ziwb::gui
