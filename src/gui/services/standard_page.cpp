// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/standard_page.hpp"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/radiobox.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>
#include <wx/tokenzr.h>

#include <algorithm>

#include "commands/command.hpp"
#include "common/error.hpp"
#include "documents/document_template.hpp"
#include "frame/main_frame.hpp"
#include "readiness/action_plan.hpp"
#include "services/fkp_documents.hpp"
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

wxString Check() {
    return wxString::FromUTF8("\u2713");
}

wxString GroupLabel(const std::string& group) {
    // TRANSLATORS: a component of a service standard about delivering the service (PermenPANRB 15/2014)
    return group == "delivery" ? _("Delivery")
                               // TRANSLATORS: a component of a service standard about managing the service
                               : _("Management");
}

wxButton* NewButton(wxWindow* parent, const wxString& label, const char* name) {
    auto* button = new wxButton(parent, wxID_ANY, label);
    button->SetName(name);
    return button;
}

std::vector<std::string> Lines(const wxString& text) {
    std::vector<std::string> lines;
    wxStringTokenizer tokens(text, "\n");
    while (tokens.HasMoreTokens()) {
        const wxString line = tokens.GetNextToken().Strip(wxString::both);
        if (!line.empty()) {
            lines.push_back(Utf8(line));
        }
    }
    return lines;
}

}  // namespace

StandardPage::StandardPage(wxWindow* parent, ServicesContext& context) : wxPanel(parent, wxID_ANY), m_context(context) {
    SetName("standards_page");
    const bool writable = !m_context.read_only;
    m_list = NewServiceList(this, "service_list",
                            {// TRANSLATORS: column of the service list: its number
                             {_("No"), 40},
                             // TRANSLATORS: column of the service list
                             {_("Name"), 320},
                             // TRANSLATORS: column of the service list: components written of all
                             {_("Components"), 95},
                             // TRANSLATORS: column of the service list: date of the last review
                             {_("Reviewed"), 95},
                             // TRANSLATORS: column of the service list: where the standard is published
                             {_("Published"), 190}});
    m_list->SetMinSize(wxSize(-1, FromDIP(110)));
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        if (m_restoring_selection) {
            return;
        }
        const long row = event.GetIndex();
        const bool another = row >= 0 && row < static_cast<long>(m_services.size()) &&
                             m_services[static_cast<std::size_t>(row)].uid != m_selected_uid;
        if (another && HasUnsavedEdits()) {
            // What was typed for the service being left is recorded first, then the other is shown.
            if (!SaveBeforeLeaving()) {
                const auto back = std::find_if(m_services.begin(), m_services.end(),
                                               [&](const core::Service& s) { return s.uid == m_selected_uid; });
                m_restoring_selection = true;
                m_list->SetItemState(static_cast<long>(back - m_services.begin()),
                                     wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                                     wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
                m_restoring_selection = false;
                return;
            }
            SelectService(row);  // the controls show the chosen service before the window reloads
            m_context.changed({});
            return;
        }
        SelectService(row);
    });

    // TRANSLATORS: button: add a service to the catalogue
    auto* add = NewButton(this, _("Add..."), "service_add");
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnAdd(); });
    // TRANSLATORS: button: remove the selected service from the catalogue
    auto* remove = NewButton(this, _("Remove"), "service_remove");
    remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnRemove(); });
    // TRANSLATORS: button: write the Standar Pelayanan and Maklumat Pelayanan as PDF
    auto* make = NewButton(this, _("Make Documents..."), "service_documents");
    make->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnMakeDocuments(); });
    // TRANSLATORS: button: file the signed scan of a document as evidence
    auto* attach = NewButton(this, _("Attach the Signed Scan..."), "service_attach");
    attach->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnAttach(); });
    add->Enable(writable);
    remove->Enable(writable);
    attach->Enable(writable);
    auto* buttons = new wxBoxSizer(wxVERTICAL);
    for (wxButton* button : {add, remove}) {
        buttons->Add(button, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(4)));
    }
    buttons->AddSpacer(FromDIP(8));
    for (wxButton* button : {make, attach}) {
        buttons->Add(button, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(4)));
    }
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(m_list, wxSizerFlags(1).Expand().Border(wxRIGHT, FromDIP(6)));
    top->Add(buttons);

    // The selected service.
    // TRANSLATORS: box around the selected service's standard
    auto* box = new wxStaticBoxSizer(wxHORIZONTAL, this, _("Standard of the selected service"));
    wxWindow* in = box->GetStaticBox();
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(6, 4)));
    grid->AddGrowableCol(1, 1);
    grid->AddGrowableRow(4, 1);
    const auto text = [&](const char* name, long style = 0) {
        auto* control = new wxTextCtrl(in, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, style);
        control->SetName(name);
        control->SetEditable(writable);
        m_edit_controls.push_back(control);
        return control;
    };
    m_name = text("service_name");
    m_decree = text("service_decree");
    // TRANSLATORS: hint in the decree field
    m_decree->SetHint(_("Keputusan Kepala ... Nomor ..."));
    m_reviewed = text("service_reviewed");
    // TRANSLATORS: hint in a date field
    m_reviewed->SetHint(_("YYYY-MM-DD"));
    m_published = text("service_published");
    // TRANSLATORS: hint in the field where the standard is published
    m_published->SetHint(_("Website, notice board, ..."));
    m_sops = text("service_sops", wxTE_MULTILINE);
    m_sops->SetMinSize(FromDIP(wxSize(180, 50)));
    // TRANSLATORS: field of a service
    AddField(grid, in, _("Name"), m_name);
    // TRANSLATORS: field of a service: the decree that sets its standard
    AddField(grid, in, _("Set by"), m_decree);
    // TRANSLATORS: field of a service: date of the last review of its standard
    AddField(grid, in, _("Last reviewed"), m_reviewed);
    // TRANSLATORS: field of a service: where the standard and maklumat are published
    AddField(grid, in, _("Published at"), m_published);
    // TRANSLATORS: field of a service: its SOPs, one per line
    grid->Add(new wxStaticText(in, wxID_ANY, _("SOPs\n(one per line)")), wxSizerFlags());
    grid->Add(m_sops, wxSizerFlags(1).Expand());

    m_component_list = NewServiceList(in, "component_list",
                                      {{wxString(), 26},
                                       // TRANSLATORS: column of the components of a standard
                                       {_("Component"), 190},
                                       // TRANSLATORS: column of the components: delivery or management
                                       {_("Aspect"), 100}});
    m_component_list->SetMinSize(FromDIP(wxSize(230, 120)));
    m_component_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        const auto row = static_cast<std::size_t>(event.GetIndex());
        if (row < m_context.rules.components.size()) {
            SelectComponent(m_context.rules.components[row].id);
        }
    });
    m_hint = new WrapText(in, wxString(), "component_hint");
    m_editor = text("component_text", wxTE_MULTILINE);
    m_editor->SetMinSize(FromDIP(wxSize(200, 80)));
    m_editor->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        // The tick follows what is typed.
        const auto& components = m_context.rules.components;
        const auto found = std::find_if(components.begin(), components.end(),
                                        [&](const core::ServiceComponent& c) { return c.id == m_component; });
        if (found != components.end()) {
            m_component_list->SetItem(static_cast<long>(found - components.begin()), 0,
                                      m_editor->GetValue().Strip(wxString::both).empty() ? wxString() : Check());
        }
    });
    m_editor->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        m_hint->Rewrap(event.GetSize().x);
        event.Skip();
    });
    auto* editor = new wxBoxSizer(wxVERTICAL);
    editor->Add(m_hint, wxSizerFlags().Expand().Border(wxBOTTOM, FromDIP(4)));
    editor->Add(m_editor, wxSizerFlags(1).Expand());
    // TRANSLATORS: button: record the selected service's standard as shown
    auto* save = NewButton(in, _("Save"), "service_save");
    save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnSave(); });
    save->Enable(writable);
    m_edit_controls.push_back(save);
    editor->Add(save, wxSizerFlags().Right().Border(wxTOP, FromDIP(6)));

    box->Add(grid, wxSizerFlags(4).Expand().Border(wxALL, FromDIP(4)));
    box->Add(m_component_list, wxSizerFlags(5).Expand().Border(wxALL, FromDIP(4)));
    box->Add(editor, wxSizerFlags(5).Expand().Border(wxALL, FromDIP(4)));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(top, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(6)));
    sizer->Add(box, wxSizerFlags(3).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6)));
    SetSizer(sizer);
}

const core::Service* StandardPage::Selected() const {
    const auto found = std::find_if(m_services.begin(), m_services.end(),
                                    [&](const core::Service& s) { return s.uid == m_selected_uid; });
    return found == m_services.end() ? nullptr : &*found;
}

void StandardPage::Reload() {
    // Another page's change reloads this one: what was typed here is recorded, not dropped.
    if (HasUnsavedEdits() && !SaveBeforeLeaving()) {
        m_services = core::LoadServices(m_context.session.Workspace());
        FillList();
        return;
    }
    m_services = core::LoadServices(m_context.session.Workspace());
    FillList();
    const auto found = std::find_if(m_services.begin(), m_services.end(),
                                    [&](const core::Service& s) { return s.uid == m_selected_uid; });
    SelectService(found != m_services.end() ? static_cast<long>(found - m_services.begin())
                  : m_services.empty()      ? -1
                                            : 0);
}

void StandardPage::FillList() {
    m_list->Freeze();
    m_list->DeleteAllItems();
    for (const auto& service : m_services) {
        const auto completeness = core::Completeness(m_context.rules, service);
        AppendRow(m_list, {wxString::Format("%lld", static_cast<long long>(service.id)), Wx(service.name),
                           wxString::Format("%zu/%zu", completeness.filled, completeness.total),
                           // TRANSLATORS: a standard never reviewed
                           service.reviewed_on.empty() ? _("never") : Wx(service.reviewed_on),
                           // TRANSLATORS: a standard not published
                           service.published_where.empty() ? _("no") : Wx(service.published_where)});
    }
    m_list->Thaw();
}

void StandardPage::SelectService(long row) {
    const core::Service* service =
        row >= 0 && row < static_cast<long>(m_services.size()) ? &m_services[static_cast<std::size_t>(row)] : nullptr;
    if (service != nullptr && SelectedRow(m_list) != row) {
        m_list->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                             wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    }
    m_selected_uid = service != nullptr ? service->uid : std::string();
    m_components = service != nullptr ? service->components : std::map<std::string, std::string>();
    m_name->ChangeValue(service != nullptr ? Wx(service->name) : wxString());
    m_decree->ChangeValue(service != nullptr ? Wx(service->established_by) : wxString());
    m_reviewed->ChangeValue(service != nullptr ? Wx(service->reviewed_on) : wxString());
    m_published->ChangeValue(service != nullptr ? Wx(service->published_where) : wxString());
    wxString sops;
    if (service != nullptr) {
        for (const auto& sop : service->sops) {
            sops << Wx(sop) << "\n";
        }
    }
    m_sops->ChangeValue(sops);
    for (wxWindow* control : m_edit_controls) {
        control->Enable(service != nullptr && !m_context.read_only);
    }
    m_component.clear();
    FillComponents();
    const std::string first = m_context.rules.components.empty() ? std::string() : m_context.rules.components[0].id;
    SelectComponent(first);
}

void StandardPage::FillComponents() {
    m_component_list->Freeze();
    m_component_list->DeleteAllItems();
    for (const auto& component : m_context.rules.components) {
        const auto found = m_components.find(component.id);
        const bool written = found != m_components.end() && !found->second.empty();
        AppendRow(m_component_list, {written ? Check() : wxString(), Wx(component.name), GroupLabel(component.group)});
    }
    m_component_list->Thaw();
}

void StandardPage::KeepEditorText() {
    if (m_component.empty()) {
        return;
    }
    const std::string text = Utf8(m_editor->GetValue().Strip(wxString::both));
    if (text.empty()) {
        m_components.erase(m_component);
    } else {
        m_components[m_component] = text;
    }
}

void StandardPage::SelectComponent(const std::string& id) {
    KeepEditorText();
    const auto& components = m_context.rules.components;
    const auto found =
        std::find_if(components.begin(), components.end(), [&](const core::ServiceComponent& c) { return c.id == id; });
    if (found == components.end() || m_selected_uid.empty()) {
        m_component.clear();
        m_hint->SetText(wxString());
        m_editor->ChangeValue(wxString());
        return;
    }
    m_component = id;
    m_hint->SetText(Wx(found->name) + ": " + Wx(found->hint));
    m_hint->Rewrap(m_editor->GetClientSize().x > 50 ? m_editor->GetClientSize().x : FromDIP(300));
    const auto text = m_components.find(id);
    m_editor->ChangeValue(text == m_components.end() ? wxString() : Wx(text->second));
    // Selecting the row calls back here: the editor already holds this component's text.
    const auto row = static_cast<long>(found - components.begin());
    if (SelectedRow(m_component_list) != row) {
        m_component_list->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                                       wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    }
    Layout();
}

void StandardPage::OnAdd() {
    if (!SaveBeforeLeaving()) {
        return;
    }
    // TRANSLATORS: dialog asking the name of a new service
    wxTextEntryDialog dialog(this, _("Name of the service:"), _("Add a service"));
    dialog.SetName("service_add_dialog");
    RunDialog(dialog, _("Add a service"), [&] {
        core::Service service;
        service.name = Utf8(dialog.GetValue().Strip(wxString::both));
        const auto id =
            core::AddService(m_context.session.Workspace(), m_context.rules, service, core::DefaultAuthor());
        m_selected_uid = core::FindService(m_context.session.Workspace(), std::to_string(id)).uid;
        m_context.changed({});
        // TRANSLATORS: status bar: %lld is the service's number, %s its name
        m_context.status(wxString::Format(_("Service %lld added: %s"), static_cast<long long>(id), Wx(service.name)));
    });
}

void StandardPage::OnRemove() {
    const core::Service* service = Selected();
    if (service == nullptr) {
        return;
    }
    const core::Service removed = *service;
    // TRANSLATORS: question before removing a service; %s is its name
    MessageDialog ask(this,
                      wxString::Format(_("Remove %s from the catalogue? Forums and surveys that name it keep "
                                         "its name."),
                                       Wx(removed.name)),
                      _("Remove a service"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    if (ask.ShowModal() != wxID_YES) {
        return;
    }
    RunUserAction(this, _("Remove a service"), [&] {
        core::RemoveService(m_context.session.Workspace(), removed, core::DefaultAuthor());
        m_selected_uid.clear();
        m_context.changed({});
        // TRANSLATORS: status bar: %s is the service's name
        m_context.status(wxString::Format(_("Service removed: %s"), Wx(removed.name)));
    });
}

core::Service StandardPage::Typed() const {
    core::Service service = *Selected();
    service.name = Utf8(m_name->GetValue().Strip(wxString::both));
    service.established_by = Utf8(m_decree->GetValue().Strip(wxString::both));
    service.reviewed_on = Utf8(m_reviewed->GetValue().Strip(wxString::both));
    service.published_where = Utf8(m_published->GetValue().Strip(wxString::both));
    service.sops = Lines(m_sops->GetValue());
    service.components = m_components;
    if (!m_component.empty()) {
        const std::string text = Utf8(m_editor->GetValue().Strip(wxString::both));
        if (text.empty()) {
            service.components.erase(m_component);
        } else {
            service.components[m_component] = text;
        }
    }
    return service;
}

bool StandardPage::HasUnsavedEdits() const {
    const core::Service* stored = Selected();
    if (stored == nullptr || m_context.read_only) {
        return false;
    }
    const core::Service typed = Typed();
    return typed.name != stored->name || typed.established_by != stored->established_by ||
           typed.reviewed_on != stored->reviewed_on || typed.published_where != stored->published_where ||
           typed.sops != stored->sops || typed.components != stored->components;
}

bool StandardPage::SaveTyped(bool notify) {
    KeepEditorText();
    const core::Service service = Typed();
    bool saved = false;
    RunUserAction(this, _("Save the standard"), [&] {
        core::UpdateService(m_context.session.Workspace(), m_context.rules, service, core::DefaultAuthor());
        saved = true;
    });
    if (!saved) {
        return false;
    }
    // The page's copy is the record now, so that a reload finds nothing unsaved.
    for (auto& known : m_services) {
        if (known.uid == service.uid) {
            known = service;
        }
    }
    const auto completeness = core::Completeness(m_context.rules, service);
    // TRANSLATORS: status bar after saving a standard: the service, components written, all components
    m_context.status(wxString::Format(_("Service %lld recorded: %zu of %zu components written"),
                                      static_cast<long long>(service.id), completeness.filled, completeness.total));
    if (notify) {
        m_context.changed({});
    }
    return true;
}

bool StandardPage::SaveBeforeLeaving() {
    return !HasUnsavedEdits() || SaveTyped(false);
}

void StandardPage::OnSave() {
    if (Selected() == nullptr) {
        return;
    }
    const std::string component = m_component;
    if (SaveTyped(true)) {
        SelectComponent(component);
    }
}

void StandardPage::OnMakeDocuments() {
    // The documents print the standard as typed, so it is recorded first.
    if (!m_context.read_only && HasUnsavedEdits()) {
        if (!SaveTyped(true)) {
            return;
        }
    }
    RunUserAction(this, _("Make Documents..."), [&] {
        // Refused before the folder is asked: nothing to make.
        const auto catalogue = core::LoadServices(m_context.session.Workspace());
        // TRANSLATORS: folder dialog title
        const wxString folder = AskFolder(m_context.frame, _("Choose a folder for the service documents"),
                                          // TRANSLATORS: suggested folder name for the service documents
                                          _("standar-pelayanan"));
        if (folder.empty()) {
            return;
        }
        core::MakeRequest request;
        request.date = core::TodayDate();
        const auto made = core::MakeServiceDocuments(m_context.session.Workspace(), m_context.rules, catalogue,
                                                     core::LoadShippedTemplates(ProgramDirectory()), request,
                                                     PathOf(folder), ProgramDirectory());
        wxString list;
        for (const auto& document : made) {
            list << Wx(document.path) << "\n";
        }
        // TRANSLATORS: status bar: %zu documents, %s the folder
        m_context.status(wxString::Format(_("%zu document(s) written to %s"), made.size(), folder));
        MessageDialog said(this,
                           list + "\n" +
                               // TRANSLATORS: after the list of documents written
                               _("Once signed, file each scan with Attach the Signed Scan...."),
                           _("Documents written"), wxOK | wxICON_INFORMATION);
        said.ShowModal();
    });
}

void StandardPage::OnAttach() {
    const core::Service* service = Selected();
    // TRANSLATORS: dialog title: which signed document is filed as evidence
    wxDialog dialog(this, wxID_ANY, _("Attach the signed scan"));
    dialog.SetName("service_attach_dialog");
    wxArrayString kinds;
    kinds.Add(service != nullptr
                  // TRANSLATORS: %s is the selected service
                  ? wxString::Format(_("Standar Pelayanan of %s"), Wx(service->name))
                  : _("Standar Pelayanan (select a service first)"));
    kinds.Add(_("Maklumat Pelayanan"));
    // TRANSLATORS: which document the scan is
    auto* kind = new wxRadioBox(&dialog, wxID_ANY, _("The scan is"), wxDefaultPosition, wxDefaultSize, kinds, 1);
    kind->SetName("attach_document");
    kind->Enable(0, service != nullptr);
    kind->SetSelection(service != nullptr ? 0 : 1);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(kind, wxSizerFlags().Expand().Border(wxALL, dialog.FromDIP(10)));
    sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL));
    dialog.SetSizerAndFit(sizer);
    if (dialog.ShowModal() != wxID_OK) {
        return;
    }
    const bool standard = kind->GetSelection() == 0 && service != nullptr;
    const std::string document = standard ? "standar-pelayanan" : "maklumat-pelayanan";
    const std::string title = standard ? "Standar Pelayanan " + service->name : "Maklumat Pelayanan";
    // TRANSLATORS: file dialog title
    const wxString file =
        AskOpenPath(m_context.frame, _("Choose the signed scan"),
                    // TRANSLATORS: file type filter
                    _("PDF and images (*.pdf;*.jpg;*.jpeg;*.png)|*.pdf;*.jpg;*.jpeg;*.png|All files|*"));
    if (file.empty()) {
        return;
    }
    RunUserAction(this, _("Attach the signed scan"), [&] {
        const auto filed = core::FileServiceDocument(m_context.session.Workspace(), document, PathOf(file), title,
                                                     core::TodayDate(), core::DefaultAuthor());
        m_context.changed(filed.criterion);
        // TRANSLATORS: status bar: evidence number, criterion, evidence line
        m_context.status(wxString::Format(_("Filed as evidence %lld of %s (evidence line %d ticked)"),
                                          static_cast<long long>(filed.evidence_id), Wx(filed.criterion), filed.line));
    });
}

}  // namespace ziwb::gui
