// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/panel.h>

#include <map>
#include <string>
#include <vector>

#include "services/service_records.hpp"
#include "services/service_ui.hpp"

class wxButton;
class wxListCtrl;
class wxTextCtrl;

namespace ziwb::gui {

class WrapText;

/// The catalogue of services and the selected service's Standar Pelayanan: its decree, review,
/// publication, SOPs and the components the rules list, each written in its own editor; saved whole
/// (UpdateService). Makes the standards' and the maklumat's documents and files their signed scans.
class StandardPage final : public wxPanel {
public:
    StandardPage(wxWindow* parent, ServicesContext& context);

    /// Reads the catalogue again; the selected service stays selected.
    void Reload();
    /// Shows the service of `row` (-1: none) for editing.
    void SelectService(long row);
    /// Shows component `id` of the selected service in the editor (what was typed in the previous
    /// one is kept until Save).
    void SelectComponent(const std::string& id);
    [[nodiscard]] const std::vector<core::Service>& Services() const { return m_services; }
    /// The service being edited, or null.
    [[nodiscard]] const core::Service* Selected() const;
    /// Whether the controls hold something the selected service's record does not.
    [[nodiscard]] bool HasUnsavedEdits() const;
    /// Records what was typed before the page lets go of it (another service is chosen, the window
    /// closes or reloads): nothing typed is lost. False when it could not be recorded (the user was
    /// told why); the typed values then stay in the controls.
    bool SaveBeforeLeaving();

private:
    void FillList();
    void FillComponents();
    void KeepEditorText();
    void OnAdd();
    void OnRemove();
    void OnSave();
    /// The selected service as the controls show it.
    [[nodiscard]] core::Service Typed() const;
    /// Records Typed(); `notify` reloads the window and tells the workbench.
    bool SaveTyped(bool notify);
    void OnMakeDocuments();
    void OnAttach();

    ServicesContext& m_context;
    std::vector<core::Service> m_services;
    std::string m_selected_uid;
    std::string m_component;                          ///< the component in the editor
    std::map<std::string, std::string> m_components;  ///< the selected service's, as typed

    wxListCtrl* m_list = nullptr;
    wxTextCtrl* m_name = nullptr;
    wxTextCtrl* m_decree = nullptr;
    wxTextCtrl* m_reviewed = nullptr;
    wxTextCtrl* m_published = nullptr;
    wxTextCtrl* m_sops = nullptr;
    wxListCtrl* m_component_list = nullptr;
    WrapText* m_hint = nullptr;
    wxTextCtrl* m_editor = nullptr;
    std::vector<wxWindow*> m_edit_controls;  ///< disabled while no service is selected
    bool m_restoring_selection = false;      ///< the list's selection is being put back, not chosen
};

}  // namespace ziwb::gui
