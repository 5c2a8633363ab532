// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/person_dialog.hpp"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <array>

#include "common/error.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "form/form.hpp"
#include "util/message_dialog.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

namespace {

// Data values of the register, as the core and the CSV take them (Indonesian terms of the
// regulation, shown as they are).
constexpr std::array<const char*, 4> kRoles{"koordinator", "anggota", "evaluator", "pimpinan"};

wxChoice* MakeChoice(wxWindow* parent, const char* name, const auto& values, const std::string& selected) {
    wxArrayString items;
    for (const char* value : values) {
        items.Add(value);
    }
    auto* choice = new wxChoice(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, items);
    choice->SetName(name);
    choice->SetStringSelection(Wx(selected));
    if (choice->GetSelection() == wxNOT_FOUND) {
        choice->SetSelection(0);
    }
    return choice;
}

/// A choice of the form's named values (review layers, levels): shows their names, in the form's
/// order, and keeps their ids beside them; `selected` (an id) is chosen, else `fallback`, else the first.
class IdChoice {
public:
    IdChoice(wxWindow* parent, const char* name, std::vector<std::pair<std::string, std::string>> ids_and_names,
             const std::string& selected, const std::string& fallback)
        : m_ids_and_names(std::move(ids_and_names)) {
        wxArrayString items;
        for (const auto& [id, shown] : m_ids_and_names) {
            items.Add(Wx(shown.empty() ? id : shown));
        }
        m_choice = new wxChoice(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, items);
        m_choice->SetName(name);
        m_choice->SetSelection(0);
        for (const std::string& wanted : {fallback, selected}) {
            for (std::size_t i = 0; i < m_ids_and_names.size(); ++i) {
                if (m_ids_and_names[i].first == wanted) {
                    m_choice->SetSelection(static_cast<int>(i));
                }
            }
        }
    }
    [[nodiscard]] wxChoice* Control() const { return m_choice; }
    [[nodiscard]] std::string SelectedId() const {
        const int at = m_choice->GetSelection();
        return at < 0 || m_ids_and_names.empty() ? std::string()
                                                 : m_ids_and_names.at(static_cast<std::size_t>(at)).first;
    }

private:
    std::vector<std::pair<std::string, std::string>> m_ids_and_names;
    wxChoice* m_choice = nullptr;
};

}  // namespace

std::optional<core::Person> AskPerson(wxWindow* parent, const core::Form& form, const core::Person& person,
                                      const std::function<void(const core::Person&)>& save) {
    // TRANSLATORS: title of the dialog for one person of the team register
    const wxString title = person.nip.empty() ? _("Add a person") : _("Change a person");
    wxDialog dialog(parent, wxID_ANY, title);
    dialog.SetName("person_dialog");
    auto* grid = new wxFlexGridSizer(2, dialog.FromDIP(wxSize(12, 6)));
    grid->AddGrowableCol(1, 1);
    const auto label = [&](const wxString& text) {
        grid->Add(new wxStaticText(&dialog, wxID_ANY, text), wxSizerFlags().CenterVertical());
    };
    const auto field = [&](const wxString& text, const std::string& value, const char* name) {
        label(text);
        auto* control = new wxTextCtrl(&dialog, wxID_ANY, Wx(value));
        control->SetName(name);
        control->SetMinSize(wxSize(dialog.FromDIP(420), -1));
        grid->Add(control, wxSizerFlags().Expand());
        return control;
    };
    auto* nip = field(_("NIP"), person.nip, "person_nip");
    nip->SetEditable(person.nip.empty());  // the NIP is who the person is: a changed NIP is another person
    auto* name = field(_("Name"), person.name, "person_name");
    // TRANSLATORS: person field (jabatan)
    auto* position = field(_("Position"), person.position, "person_position");
    // TRANSLATORS: person field
    auto* email = field(_("E-mail"), person.email, "person_email");
    // TRANSLATORS: person field
    label(_("Role"));
    auto* role = MakeChoice(&dialog, "person_role", kRoles, person.role.empty() ? "anggota" : person.role);
    grid->Add(role);
    // TRANSLATORS: person field: the change areas an anggota is in charge of
    label(_("Change areas"));
    auto* areas_box = new wxBoxSizer(wxVERTICAL);
    std::vector<wxCheckBox*> areas;
    for (const auto& area : form.ChangeAreas()) {
        auto* box = new wxCheckBox(&dialog, wxID_ANY, wxString::Format("%d. %s", area.number, Wx(area.name)));
        box->SetName(wxString::Format("person_area_%d", area.number));
        box->SetValue(std::find(person.areas.begin(), person.areas.end(), area.number) != person.areas.end());
        areas_box->Add(box);
        areas.push_back(box);
    }
    grid->Add(areas_box);
    // TRANSLATORS: person field: an evaluator's level in the evaluation team
    label(_("Evaluator level"));
    std::vector<std::pair<std::string, std::string>> levels;
    for (const auto& known : form.Levels()) {
        levels.emplace_back(known.id, known.name);
    }
    const IdChoice level_choice(&dialog, "person_level", levels, person.level, "anggota_tim");
    auto* level = level_choice.Control();
    grid->Add(level);
    // TRANSLATORS: person field: the answer layer an evaluator answers in
    label(_("Review layer"));
    // The form's review layers (the TPI, and where the form has them the pendahuluan and the TPN).
    std::vector<std::pair<std::string, std::string>> layers;
    for (const auto& known : form.Layers()) {
        if (!known.is_unit) {
            layers.emplace_back(known.id, known.name);
        }
    }
    const IdChoice layer_choice(&dialog, "person_layer", layers, person.review_layer, "tpi");
    auto* layer = layer_choice.Control();
    grid->Add(layer);
    // TRANSLATORS: person field: the public key the person sent (64 hexadecimal characters)
    auto* key = field(_("Public key"), person.public_key, "person_public_key");
    key->SetHint(_("paste the key the person sent (Team > My Identity on their computer)"));
    const auto follow_role = [&, role, level, layer] {
        const wxString chosen = role->GetStringSelection();
        for (auto* box : areas) {
            box->Enable(chosen == "anggota");
        }
        level->Enable(chosen == "evaluator");
        layer->Enable(chosen == "evaluator");
    };
    follow_role();
    role->Bind(wxEVT_CHOICE, [&](wxCommandEvent&) { follow_role(); });
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, wxSizerFlags().Expand().Border(wxALL, dialog.FromDIP(12)));
    sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL));
    dialog.SetSizerAndFit(sizer);
    while (dialog.ShowModal() == wxID_OK) {
        core::Person result = person;
        result.nip = Utf8(nip->GetValue().Strip(wxString::both));
        result.name = Utf8(name->GetValue().Strip(wxString::both));
        result.position = Utf8(position->GetValue().Strip(wxString::both));
        result.email = Utf8(email->GetValue().Strip(wxString::both));
        result.role = Utf8(role->GetStringSelection());
        result.areas.clear();
        result.level.clear();
        result.review_layer.clear();
        if (result.role == "anggota") {
            for (std::size_t i = 0; i < areas.size(); ++i) {
                if (areas[i]->GetValue()) {
                    result.areas.push_back(form.ChangeAreas()[i].number);
                }
            }
        } else if (result.role == "evaluator") {
            result.level = level_choice.SelectedId();
            result.review_layer = layer_choice.SelectedId();
        }
        result.public_key = Utf8(key->GetValue().Strip(wxString::both).Lower());
        try {
            save(result);
            return result;
        } catch (const core::UserError& error) {
            MessageDialog message(&dialog, Wx(core::OneLine(error.what())), title, wxOK | wxICON_WARNING);
            message.ShowModal();
        }
    }
    return std::nullopt;
}

}  // namespace ziwb::gui
