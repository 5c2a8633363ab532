// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/forum_page.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/filename.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/radiobox.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

#include "commands/command.hpp"
#include "common/error.hpp"
#include "common/utf8.hpp"
#include "documents/document_template.hpp"
#include "frame/main_frame.hpp"
#include "readiness/action_plan.hpp"
#include "services/fkp_attendance.hpp"
#include "services/fkp_documents.hpp"
#include "services/service_checks.hpp"
#include "services/service_evidence.hpp"
#include "services/service_store.hpp"
#include "session/workspace_session.hpp"
#include "util/message_dialog.hpp"
#include "util/program_dir.hpp"
#include "util/user_action.hpp"
#include "util/wrap_text.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {
namespace {

constexpr std::size_t kMaxAttendanceBytes = std::size_t{16} * 1024 * 1024;

wxButton* NewButton(wxWindow* parent, const wxString& label, const char* name) {
    auto* button = new wxButton(parent, wxID_ANY, label);
    button->SetName(name);
    return button;
}

wxString FollowUpLabel(const std::string& follow_up) {
    if (follow_up == "adopted") {
        // TRANSLATORS: follow-up of a forum's input
        return _("taken into the standard");
    }
    if (follow_up == "declined") {
        // TRANSLATORS: follow-up of a forum's input
        return _("not taken in");
    }
    // TRANSLATORS: follow-up of a forum's input
    return _("no follow-up yet");
}

/// A dialog with a form grid and OK/Cancel, fitted.
class FormDialog final : public wxDialog {
public:
    FormDialog(wxWindow* parent, const wxString& title, const char* name) : wxDialog(parent, wxID_ANY, title) {
        SetName(name);
        m_grid = new wxFlexGridSizer(2, FromDIP(wxSize(10, 6)));
        m_grid->AddGrowableCol(1, 1);
    }
    void Add(const wxString& label, wxWindow* control) { AddField(m_grid, this, label, control); }
    void Finish() {
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(m_grid, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(12)));
        sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL, FromDIP(6)));
        SetSizerAndFit(sizer);
    }

private:
    wxFlexGridSizer* m_grid = nullptr;
};

}  // namespace

ForumPage::ForumPage(wxWindow* parent, ServicesContext& context) : wxPanel(parent, wxID_ANY), m_context(context) {
    SetName("forums_page");
    const bool writable = !m_context.read_only;
    m_list = NewServiceList(this, "forum_list",
                            {// TRANSLATORS: column of the forum list: its number
                             {_("No"), 40},
                             // TRANSLATORS: column of the forum list
                             {_("Date"), 95},
                             // TRANSLATORS: column of the forum list
                             {_("Place"), 220},
                             // TRANSLATORS: column of the forum list: drafting or review
                             {_("Purpose"), 95},
                             // TRANSLATORS: column of the forum list: participants present of all
                             {_("Present"), 70},
                             // TRANSLATORS: column of the forum list: inputs without a follow-up
                             {_("Open inputs"), 130}});
    m_list->SetMinSize(wxSize(-1, FromDIP(90)));
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) { SelectForum(event.GetIndex()); });
    // TRANSLATORS: button: record a new forum
    auto* add = NewButton(this, _("Add Forum..."), "forum_add");
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnAddForum(); });
    add->Enable(writable);
    auto* make = NewButton(this, _("Make Documents..."), "forum_documents");
    make->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnMakeDocuments(); });
    auto* attach = NewButton(this, _("Attach the Signed Scan..."), "forum_attach");
    attach->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnAttach(); });

    m_participants = NewServiceList(this, "participant_list",
                                    {// TRANSLATORS: column of a forum's participants
                                     {_("Name"), 180},
                                     // TRANSLATORS: column of a forum's participants: stakeholder group
                                     {_("Group"), 170},
                                     // TRANSLATORS: column of a forum's participants
                                     {_("Organisation"), 180},
                                     // TRANSLATORS: column of a forum's participants
                                     {_("Position"), 110},
                                     // TRANSLATORS: column of a forum's participants: attended or not
                                     {_("Present"), 60}});
    m_participants->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) {
        if (!m_context.read_only) {
            ToggleAttendance(event.GetIndex());
        }
    });
    // TRANSLATORS: button: add one participant to the forum
    auto* participant = NewButton(this, _("Add Participant..."), "participant_add");
    participant->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnAddParticipant(); });
    // TRANSLATORS: button: add the participants of an attendance list kept in a spreadsheet
    auto* import = NewButton(this, _("Import Attendance (CSV)..."), "participant_import");
    import->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnImportAttendance();
});
// TRANSLATORS: button: the selected participant came, or did not after all
auto* toggle = NewButton(this, _("Present / Absent"), "participant_toggle");
toggle->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { ToggleAttendance(SelectedRow(m_participants)); });

m_inputs = NewServiceList(this, "input_list",
                          {// TRANSLATORS: column of a forum's inputs: its number
                           {_("No"), 36},
                           // TRANSLATORS: column of a forum's inputs: what was said
                           {_("Input"), 230},
                           // TRANSLATORS: column of a forum's inputs: who gave it
                           {_("From"), 100},
                           // TRANSLATORS: column of a forum's inputs: the service it is about
                           {_("Service"), 120},
                           // TRANSLATORS: column of a forum's inputs
                           {_("Follow-up"), 130},
                           // TRANSLATORS: column of a forum's inputs: the change made or the reason
                           {_("Remarks"), 170}});
// TRANSLATORS: button: record an input received in the forum
auto* input = NewButton(this, _("Add Input..."), "input_add");
input->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnAddInput(); });
// TRANSLATORS: button: record how the selected input was followed up
auto* follow = NewButton(this, _("Follow-up..."), "input_follow_up");
follow->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnFollowUp(); });
for (wxWindow* control :
     {static_cast<wxWindow*>(participant), static_cast<wxWindow*>(import), static_cast<wxWindow*>(toggle),
      static_cast<wxWindow*>(input), static_cast<wxWindow*>(follow), static_cast<wxWindow*>(attach)}) {
    m_forum_controls.push_back(control);
}
m_forum_controls.push_back(make);

m_gaps = new WrapText(this, wxString(), "forum_gaps");
m_gaps->SetMinSize(wxSize(-1, FromDIP(34)));

const auto section = [&](wxWindow* list, std::initializer_list<wxButton*> buttons) {
    auto* column = new wxBoxSizer(wxVERTICAL);
    for (wxButton* button : buttons) {
        column->Add(button, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(4)));
    }
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(list, wxSizerFlags(1).Expand().Border(wxRIGHT, FromDIP(6)));
    row->Add(column);
    return row;
};
const auto heading = [&](const wxString& text) {
    auto* label = new wxStaticText(this, wxID_ANY, text);
    label->SetFont(label->GetFont().Bold());
    return label;
};
auto* sizer = new wxBoxSizer(wxVERTICAL);
const int gap = FromDIP(6);
sizer->Add(section(m_list, {add, make, attach}), wxSizerFlags(3).Expand().Border(wxALL, gap));
// TRANSLATORS: heading of the selected forum's participants
sizer->Add(heading(_("Participants of the selected forum")), wxSizerFlags().Border(wxLEFT | wxRIGHT, gap));
sizer->Add(section(m_participants, {participant, import, toggle}), wxSizerFlags(4).Expand().Border(wxALL, gap));
// TRANSLATORS: heading of the selected forum's inputs
sizer->Add(heading(_("Inputs and their follow-up")), wxSizerFlags().Border(wxLEFT | wxRIGHT, gap));
sizer->Add(section(m_inputs, {input, follow}), wxSizerFlags(4).Expand().Border(wxALL, gap));
// TRANSLATORS: box around what a forum's record still lacks
auto* box = new wxStaticBoxSizer(wxVERTICAL, this, _("What the forum's record still lacks"));
m_gaps->Reparent(box->GetStaticBox());
box->Add(m_gaps, wxSizerFlags().Expand().Border(wxALL, FromDIP(4)));
sizer->Add(box, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
SetSizer(sizer);
Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
    m_gaps->Rewrap(event.GetSize().x - FromDIP(40));
    event.Skip();
});
}  // namespace ziwb::gui

const core::FkpSession* ForumPage::Selected() const {
    const auto found =
        std::find_if(m_forums.begin(), m_forums.end(), [&](const core::FkpSession& f) { return f.id == m_selected; });
    return found == m_forums.end() ? nullptr : &*found;
}

void ForumPage::Reload() {
    auto& workspace = m_context.session.Workspace();
    m_forums = core::LoadFkpSessions(workspace);
    m_services = core::LoadServices(workspace, true);
    FillForums();
    const auto found =
        std::find_if(m_forums.begin(), m_forums.end(), [&](const core::FkpSession& f) { return f.id == m_selected; });
    SelectForum(found != m_forums.end() ? static_cast<long>(found - m_forums.begin()) : m_forums.empty() ? -1 : 0);
}

void ForumPage::FillForums() {
    m_list->Freeze();
    m_list->DeleteAllItems();
    for (const auto& forum : m_forums) {
        const auto present = std::count_if(forum.participants.begin(), forum.participants.end(),
                                           [](const core::FkpParticipant& p) { return p.attended; });
        const auto open = std::count_if(forum.inputs.begin(), forum.inputs.end(),
                                        [](const core::FkpInput& i) { return i.follow_up == "open"; });
        AppendRow(m_list, {wxString::Format("%lld", static_cast<long long>(forum.id)), Wx(forum.date), Wx(forum.place),
                           Wx(core::FkpPurposeLabel(forum.purpose)),
                           wxString::Format("%ld/%zu", static_cast<long>(present), forum.participants.size()),
                           wxString::Format("%ld", static_cast<long>(open))});
    }
    m_list->Thaw();
}

void ForumPage::SelectForum(long row) {
    const bool valid = row >= 0 && row < static_cast<long>(m_forums.size());
    m_selected = valid ? m_forums[static_cast<std::size_t>(row)].id : 0;
    if (valid && SelectedRow(m_list) != row) {
        m_list->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                             wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    }
    FillForum();
}

void ForumPage::FillForum() {
    const core::FkpSession* forum = Selected();
    for (wxWindow* control : m_forum_controls) {
        control->Enable(forum != nullptr && (!m_context.read_only || control->GetName() == "forum_documents"));
    }
    m_participants->Freeze();
    m_participants->DeleteAllItems();
    m_inputs->Freeze();
    m_inputs->DeleteAllItems();
    if (forum != nullptr) {
        for (const auto& p : forum->participants) {
            AppendRow(m_participants,
                      {Wx(p.name), GroupNameOf(m_context.rules, p.group), Wx(p.organisation), Wx(p.position),
                       // TRANSLATORS: a participant attended / did not
                       p.attended ? _("yes") : _("no")});
        }
        for (const auto& input : forum->inputs) {
            AppendRow(m_inputs,
                      {wxString::Format("%lld", static_cast<long long>(input.number)), Wx(input.text), Wx(input.from),
                       // TRANSLATORS: an input about every service of the forum
                       input.service_uid.empty() ? _("all") : ServiceNameOf(m_services, input.service_uid),
                       FollowUpLabel(input.follow_up), Wx(input.response)});
        }
    }
    m_participants->Thaw();
    m_inputs->Thaw();
    wxString gaps;
    if (forum == nullptr) {
        // TRANSLATORS: no forum recorded or selected
        gaps = _("No forum selected. Record one with Add Forum....");
    } else {
        for (const auto& gap : core::FindForumGaps(m_context.rules, *forum)) {
            gaps << (gaps.empty() ? "" : "\n") << "\u2022 " << Wx(gap.problem);
        }
        if (gaps.empty()) {
            // TRANSLATORS: the forum has what PermenPANRB 16/2017 asks of its record
            gaps = _("The forum's record is complete.");
        }
    }
    m_gaps->SetText(gaps);
    Layout();
}

void ForumPage::ToggleAttendance(long row) {
    const core::FkpSession* forum = Selected();
    if (forum == nullptr || row < 0 || row >= static_cast<long>(forum->participants.size())) {
        return;
    }
    const core::FkpSession session = *forum;
    const core::FkpParticipant participant = session.participants[static_cast<std::size_t>(row)];
    RunUserAction(this, _("Present / Absent"), [&] {
        core::SetFkpAttendance(m_context.session.Workspace(), session, participant, !participant.attended,
                               core::DefaultAuthor());
        m_context.changed({});
        // TRANSLATORS: status bar: %s is a participant
        m_context.status(
            wxString::Format(participant.attended ? _("%s: absent") : _("%s: present"), Wx(participant.name)));
    });
}

void ForumPage::OnAddForum() {
    // TRANSLATORS: dialog title
    FormDialog dialog(this, _("Add a forum"), "forum_add_dialog");
    auto* date = NewText(&dialog, "forum_date", Wx(core::TodayDate()));
    auto* place = NewText(&dialog, "forum_place");
    wxArrayString purposes;
    purposes.Add(Wx(core::FkpPurposeLabel("drafting")));
    purposes.Add(Wx(core::FkpPurposeLabel("review")));
    auto* purpose = new wxChoice(&dialog, wxID_ANY, wxDefaultPosition, wxDefaultSize, purposes);
    purpose->SetName("forum_purpose");
    purpose->SetSelection(1);
    auto* topic = NewText(&dialog, "forum_topic");
    // TRANSLATORS: hint in the forum's topic field
    topic->SetHint(_("Empty: what its purpose says"));
    auto* chair = NewText(&dialog, "forum_chair");
    auto* services = new wxCheckListBox(&dialog, wxID_ANY);
    services->SetName("forum_services");
    std::vector<std::string> uids;
    const auto catalogue = core::LoadServices(m_context.session.Workspace());
    for (const auto& service : catalogue) {
        services->Append(Wx(service.name));
        uids.push_back(service.uid);
    }
    if (catalogue.size() == 1) {
        services->Check(0);
    }
    services->SetMinSize(dialog.FromDIP(wxSize(340, 100)));
    // TRANSLATORS: field of a forum (YYYY-MM-DD)
    dialog.Add(_("Date (YYYY-MM-DD)"), date);
    // TRANSLATORS: field of a forum
    dialog.Add(_("Place"), place);
    // TRANSLATORS: field of a forum: drafting or reviewing the standard
    dialog.Add(_("Purpose"), purpose);
    // TRANSLATORS: field of a forum: what was consulted on
    dialog.Add(_("Topic"), topic);
    // TRANSLATORS: field of a forum: who led it
    dialog.Add(_("Chair"), chair);
    // TRANSLATORS: field of a forum: the services it consulted on
    dialog.Add(_("Services"), services);
    dialog.Finish();
    RunDialog(dialog, _("Add a forum"), [&] {
        core::FkpSession session;
        session.date = Utf8(date->GetValue().Strip(wxString::both));
        session.place = Utf8(place->GetValue().Strip(wxString::both));
        session.purpose = core::ParseFkpPurpose(purpose->GetSelection() == 0 ? "drafting" : "review");
        session.topic = Utf8(topic->GetValue().Strip(wxString::both));
        session.chair = Utf8(chair->GetValue().Strip(wxString::both));
        for (unsigned i = 0; i < services->GetCount(); ++i) {
            if (services->IsChecked(i)) {
                session.service_uids.push_back(uids[i]);
            }
        }
        const auto id = core::AddFkpSession(m_context.session.Workspace(), session, core::DefaultAuthor());
        m_selected = id;
        m_context.changed({});
        // TRANSLATORS: status bar: the forum's number, date and place
        m_context.status(wxString::Format(_("Forum %lld recorded: %s, %s"), static_cast<long long>(id),
                                          Wx(session.date), Wx(session.place)));
    });
}

void ForumPage::OnAddParticipant() {
    const core::FkpSession* forum = Selected();
    if (forum == nullptr) {
        return;
    }
    const core::FkpSession session = *forum;
    // TRANSLATORS: dialog title
    FormDialog dialog(this, _("Add a participant"), "participant_add_dialog");
    auto* name = NewText(&dialog, "participant_name");
    wxArrayString groups;
    for (const auto& group : m_context.rules.stakeholder_groups) {
        groups.Add(Wx(group.name));
    }
    auto* group = new wxChoice(&dialog, wxID_ANY, wxDefaultPosition, wxDefaultSize, groups);
    group->SetName("participant_group");
    group->SetSelection(0);
    auto* organisation = NewText(&dialog, "participant_organisation");
    auto* position = NewText(&dialog, "participant_position");
    // TRANSLATORS: checkbox: the participant attended the forum
    auto* present = new wxCheckBox(&dialog, wxID_ANY, _("Present"));
    present->SetName("participant_present");
    present->SetValue(true);
    dialog.Add(_("Name"), name);
    dialog.Add(_("Group"), group);
    dialog.Add(_("Organisation"), organisation);
    dialog.Add(_("Position"), position);
    dialog.Add(wxString(), present);
    dialog.Finish();
    RunDialog(dialog, _("Add a participant"), [&] {
        core::FkpParticipant participant;
        participant.name = Utf8(name->GetValue().Strip(wxString::both));
        const int chosen = std::max(group->GetSelection(), 0);
        participant.group = m_context.rules.stakeholder_groups[static_cast<std::size_t>(chosen)].id;
        participant.organisation = Utf8(organisation->GetValue().Strip(wxString::both));
        participant.position = Utf8(position->GetValue().Strip(wxString::both));
        participant.attended = present->GetValue();
        core::AddFkpParticipants(m_context.session.Workspace(), m_context.rules, session, {participant},
                                 core::DefaultAuthor());
        m_context.changed({});
        // TRANSLATORS: status bar: the forum's number and the participant
        m_context.status(
            wxString::Format(_("Forum %lld: %s added"), static_cast<long long>(session.id), Wx(participant.name)));
    });
}

void ForumPage::OnImportAttendance() {
    const core::FkpSession* forum = Selected();
    if (forum == nullptr) {
        return;
    }
    const core::FkpSession session = *forum;
    // TRANSLATORS: file dialog title
    const wxString file = AskOpenPath(m_context.frame, _("Import an attendance list"),
                                      // TRANSLATORS: file type filter
                                      _("CSV files (*.csv)|*.csv|All files|*"));
    if (file.empty()) {
        return;
    }
    // TRANSLATORS: title of messages about an attendance list
    const wxString title = _("Import an attendance list");
    RunUserAction(this, title, [&] {
        const std::string text = ReadUserFile(file, kMaxAttendanceBytes);
        const wxString name = wxFileName(file).GetFullName();
        if (text.size() > kMaxAttendanceBytes) {
            // TRANSLATORS: %s is the file
            throw core::UserError(Utf8(wxString::Format(_("%s is larger than 16 MB; split it."), name)));
        }
        if (!core::IsValidUtf8(text)) {
            // TRANSLATORS: %s is the file
            throw core::UserError(
                Utf8(wxString::Format(_("%s is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in Excel)."), name)));
        }
        const auto list = core::ParseParticipantCsv(m_context.rules, text, Utf8(name));
        if (!list.problems.empty()) {
            std::vector<std::vector<wxString>> rows;
            for (const auto& problem : list.problems) {
                rows.push_back({Wx(problem)});
            }
            ShowProblems(this, title,
                         // TRANSLATORS: %zu rows of the file %s cannot be read
                         wxString::Format(_("%zu row(s) of %s cannot be read; nothing was added. Fix them and "
                                            "import the file again."),
                                          list.problems.size(), name),
                         // TRANSLATORS: column of the problems of a file
                         {{_("Problem"), 660}}, rows);
            return;
        }
        core::AddFkpParticipants(m_context.session.Workspace(), m_context.rules, session, list.participants,
                                 core::DefaultAuthor());
        const auto present = std::count_if(list.participants.begin(), list.participants.end(),
                                           [](const core::FkpParticipant& p) { return p.attended; });
        m_context.changed({});
        // TRANSLATORS: status bar: forum number, participants added, of them present
        m_context.status(wxString::Format(_("Forum %lld: %zu participants added, %ld present"),
                                          static_cast<long long>(session.id), list.participants.size(),
                                          static_cast<long>(present)));
    });
}

void ForumPage::OnAddInput() {
    const core::FkpSession* forum = Selected();
    if (forum == nullptr) {
        return;
    }
    const core::FkpSession session = *forum;
    // TRANSLATORS: dialog title
    FormDialog dialog(this, _("Add an input"), "input_add_dialog");
    auto* text = NewText(&dialog, "input_text", wxString(), wxTE_MULTILINE);
    auto* from = NewText(&dialog, "input_from");
    // TRANSLATORS: hint: who gave the input
    from->SetHint(_("A participant or a group"));
    wxArrayString names;
    // TRANSLATORS: an input about every service of the forum
    names.Add(_("All the forum's services"));
    std::vector<std::string> uids{""};
    for (const auto& uid : session.service_uids) {
        names.Add(ServiceNameOf(m_services, uid));
        uids.push_back(uid);
    }
    auto* service = new wxChoice(&dialog, wxID_ANY, wxDefaultPosition, wxDefaultSize, names);
    service->SetName("input_service");
    service->SetSelection(0);
    dialog.Add(_("Input"), text);
    dialog.Add(_("From"), from);
    dialog.Add(_("Service"), service);
    dialog.Finish();
    RunDialog(dialog, _("Add an input"), [&] {
        core::FkpInput input;
        input.text = Utf8(text->GetValue().Strip(wxString::both));
        input.from = Utf8(from->GetValue().Strip(wxString::both));
        input.service_uid = uids[static_cast<std::size_t>(std::max(service->GetSelection(), 0))];
        const auto number = core::AddFkpInput(m_context.session.Workspace(), session, input, core::DefaultAuthor());
        m_context.changed({});
        // TRANSLATORS: status bar: forum number, input number
        m_context.status(wxString::Format(_("Forum %lld: input %lld recorded; record its follow-up with "
                                            "Follow-up...."),
                                          static_cast<long long>(session.id), static_cast<long long>(number)));
    });
}

void ForumPage::OnFollowUp() {
    const core::FkpSession* forum = Selected();
    const long row = SelectedRow(m_inputs);
    if (forum == nullptr || row < 0 || row >= static_cast<long>(forum->inputs.size())) {
        // TRANSLATORS: status bar
        m_context.status(_("Select an input first."));
        return;
    }
    const core::FkpSession session = *forum;
    const core::FkpInput input = session.inputs[static_cast<std::size_t>(row)];
    // TRANSLATORS: dialog title
    wxDialog dialog(this, wxID_ANY, _("Follow-up of an input"));
    dialog.SetName("input_follow_up_dialog");
    auto* said = new wxStaticText(&dialog, wxID_ANY, Wx(input.text));
    said->Wrap(dialog.FromDIP(420));
    wxArrayString choices;
    // TRANSLATORS: follow-up choice of an input
    choices.Add(_("Taken into the standard: the change made"));
    // TRANSLATORS: follow-up choice of an input
    choices.Add(_("Not taken in: the reason why not"));
    // TRANSLATORS: how the input was followed up
    auto* how = new wxRadioBox(&dialog, wxID_ANY, _("Follow-up"), wxDefaultPosition, wxDefaultSize, choices, 1);
    how->SetName("follow_up_kind");
    how->SetSelection(input.follow_up == "declined" ? 1 : 0);
    auto* response = NewText(&dialog, "follow_up_response", Wx(input.response), wxTE_MULTILINE);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const int border = dialog.FromDIP(10);
    sizer->Add(said, wxSizerFlags().Expand().Border(wxALL, border));
    sizer->Add(how, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, border));
    sizer->Add(response, wxSizerFlags(1).Expand().Border(wxALL, border));
    sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL));
    dialog.SetSizerAndFit(sizer);
    RunDialog(dialog, _("Follow-up of an input"), [&] {
        const std::string follow_up = how->GetSelection() == 1 ? "declined" : "adopted";
        core::FollowUpFkpInput(m_context.session.Workspace(), session, input.number, follow_up,
                               Utf8(response->GetValue().Strip(wxString::both)), core::DefaultAuthor());
        m_context.changed({});
        // TRANSLATORS: status bar: forum number, input number, its follow-up
        m_context.status(wxString::Format(_("Forum %lld, input %lld: %s"), static_cast<long long>(session.id),
                                          static_cast<long long>(input.number), FollowUpLabel(follow_up)));
    });
}

void ForumPage::OnMakeDocuments() {
    const core::FkpSession* forum = Selected();
    if (forum == nullptr) {
        return;
    }
    const core::FkpSession session = *forum;
    RunUserAction(this, _("Make Documents..."), [&] {
        // TRANSLATORS: folder dialog title
        const wxString folder = AskFolder(m_context.frame, _("Choose a folder for the forum's documents"),
                                          wxString::Format("fkp-%lld", static_cast<long long>(session.id)));
        if (folder.empty()) {
            return;
        }
        core::MakeRequest request;
        // The invitation and the minutes are dated the forum's day.
        request.date = session.date;
        const auto made = core::MakeFkpDocuments(m_context.session.Workspace(), m_context.rules, session,
                                                 core::LoadServices(m_context.session.Workspace(), true),
                                                 core::LoadShippedTemplates(ProgramDirectory()), request,
                                                 PathOf(folder), ProgramDirectory());
        wxString list;
        for (const auto& document : made) {
            list << Wx(document.path) << "\n";
        }
        m_context.status(wxString::Format(_("%zu document(s) written to %s"), made.size(), folder));
        MessageDialog said(this, list + "\n" + _("Once signed, file each scan with Attach the Signed Scan...."),
                           _("Documents written"), wxOK | wxICON_INFORMATION);
        said.ShowModal();
    });
}

void ForumPage::OnAttach() {
    const core::FkpSession* forum = Selected();
    if (forum == nullptr) {
        return;
    }
    const core::FkpSession session = *forum;
    wxDialog dialog(this, wxID_ANY, _("Attach the signed scan"));
    dialog.SetName("forum_attach_dialog");
    wxArrayString kinds;
    // TRANSLATORS: a forum's document: the invitation
    kinds.Add(_("Invitation (undangan)"));
    // TRANSLATORS: a forum's document: the attendance list
    kinds.Add(_("Attendance list (daftar hadir)"));
    // TRANSLATORS: a forum's document: the minutes
    kinds.Add(_("Minutes (berita acara)"));
    auto* kind = new wxRadioBox(&dialog, wxID_ANY, _("The scan is"), wxDefaultPosition, wxDefaultSize, kinds, 1);
    kind->SetName("attach_document");
    kind->SetSelection(2);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(kind, wxSizerFlags().Expand().Border(wxALL, dialog.FromDIP(10)));
    sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL));
    dialog.SetSizerAndFit(sizer);
    if (dialog.ShowModal() != wxID_OK) {
        return;
    }
    static const char* const kDocuments[] = {"fkp-undangan", "fkp-daftar-hadir", "fkp-berita-acara"};
    static const char* const kKinds[] = {"Undangan", "Daftar Hadir", "Berita Acara"};
    const auto chosen = static_cast<std::size_t>(std::clamp(kind->GetSelection(), 0, 2));
    const wxString file =
        AskOpenPath(m_context.frame, _("Choose the signed scan"),
                    _("PDF and images (*.pdf;*.jpg;*.jpeg;*.png)|*.pdf;*.jpg;*.jpeg;*.png|All files|*"));
    if (file.empty()) {
        return;
    }
    const std::string title =
        std::string(kKinds[chosen]) + " Forum Konsultasi Publik " + session.date + ", " + session.place;
    RunUserAction(this, _("Attach the signed scan"), [&] {
        const auto filed = core::FileServiceDocument(m_context.session.Workspace(), kDocuments[chosen], PathOf(file),
                                                     title, session.date, core::DefaultAuthor());
        m_context.changed(filed.criterion);
        m_context.status(wxString::Format(_("Filed as evidence %lld of %s (evidence line %d ticked)"),
                                          static_cast<long long>(filed.evidence_id), Wx(filed.criterion), filed.line));
    });
}

}  // namespace ziwb::gui
