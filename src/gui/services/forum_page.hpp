// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/panel.h>

#include <vector>

#include "services/service_records.hpp"
#include "services/service_ui.hpp"

class wxListCtrl;

namespace ziwb::gui {

class WrapText;

/// The public consultation forums (Forum Konsultasi Publik, PermenPANRB 16/2017): each forum with
/// its participants by stakeholder group and whether they came, the inputs received and how each
/// was followed up, what its record still lacks (FindForumGaps), its documents and their signed
/// scans filed as evidence.
class ForumPage final : public wxPanel {
public:
    ForumPage(wxWindow* parent, ServicesContext& context);

    /// Reads the forums again; the selected forum stays selected.
    void Reload();
    /// Shows the forum of `row` (-1: none).
    void SelectForum(long row);
    /// Records the participant of `row` of the selected forum as present or not, the other way round.
    void ToggleAttendance(long row);
    [[nodiscard]] const std::vector<core::FkpSession>& Forums() const { return m_forums; }
    [[nodiscard]] const core::FkpSession* Selected() const;

private:
    void FillForums();
    void FillForum();
    void OnAddForum();
    void OnAddParticipant();
    void OnImportAttendance();
    void OnAddInput();
    void OnFollowUp();
    void OnMakeDocuments();
    void OnAttach();

    ServicesContext& m_context;
    std::vector<core::FkpSession> m_forums;
    std::vector<core::Service> m_services;  ///< with removed ones, for the names
    std::int64_t m_selected = 0;

    wxListCtrl* m_list = nullptr;
    wxListCtrl* m_participants = nullptr;
    wxListCtrl* m_inputs = nullptr;
    WrapText* m_gaps = nullptr;
    std::vector<wxWindow*> m_forum_controls;  ///< enabled while a forum is selected (and writable)
};

}  // namespace ziwb::gui
