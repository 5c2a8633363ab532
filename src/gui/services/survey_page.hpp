// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/panel.h>

#include "services/service_ui.hpp"
#include "services/skm_summary.hpp"

class wxCheckBox;
class wxListCtrl;
class wxStaticText;

namespace ziwb::gui {

/// The public satisfaction surveys (Survei Kepuasan Masyarakat, PermenPANRB 14/2017): each
/// service's survey periods with their respondents, the minimum sample and the IKM, and the unit's
/// IKM over all of them; responses imported from a form service's CSV (every bad row said, nothing
/// imported unless the user leaves them out); the survey report, filed as evidence if wished.
class SurveyPage final : public wxPanel {
public:
    SurveyPage(wxWindow* parent, ServicesContext& context);

    /// Reads the surveys and their figures again.
    void Reload();
    [[nodiscard]] const core::SurveySummary& Summary() const { return m_summary; }
    /// The unit's IKM as shown ("86,11"), or empty without surveys.
    [[nodiscard]] wxString UnitScoreText() const;

private:
    void OnImport();
    void OnReport();
    void OnResults();

    ServicesContext& m_context;
    core::SurveySummary m_summary;

    wxStaticText* m_unit_score = nullptr;
    wxStaticText* m_unit_detail = nullptr;
    wxListCtrl* m_list = nullptr;
    wxCheckBox* m_file_report = nullptr;
};

}  // namespace ziwb::gui
