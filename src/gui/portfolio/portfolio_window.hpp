// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/frame.h>

#include <filesystem>
#include <vector>

#include "portfolio/unit_summary.hpp"

class wxListCtrl;
class wxListEvent;
class wxStaticText;

namespace ziwb::gui {

class MainFrame;

/// An evaluation team's units at a glance: every workspace of a folder with its review status,
/// progress, both scores, the verdict and the days since its last change. A double click opens the
/// unit in the workbench; the recap button writes the same figures to a workbook (ziwb recap).
class PortfolioWindow final : public wxFrame {
public:
    explicit PortfolioWindow(MainFrame& frame);

    /// Reads the folder's workspaces and shows them (a file that cannot be read is a row saying why).
    void Load(const std::filesystem::path& folder);
    /// Shows every unit the person may see on the agency hub at `address`, as the server computes
    /// them (`ziwb hub recap`). Opening a unit then makes its copy from the hub (`ziwb hub clone`).
    /// Says why in a message when the hub refuses; returns whether it loaded.
    bool LoadFromHub(const std::string& address);
    [[nodiscard]] const std::vector<core::UnitSummary>& Units() const { return m_units; }
    [[nodiscard]] wxListCtrl& List() { return *m_list; }
    /// Opens the unit on row `row` in the workbench.
    void OpenRow(long row);
    /// Writes the recap workbook; asks where (or SavePathOverride). Returns whether it was written.
    bool WriteRecap();

private:
    void Fill();
    void SortBy(int column);

    MainFrame& m_frame;
    std::filesystem::path m_folder;
    std::string m_hub_address;  ///< not empty when the units come from the hub
    std::vector<core::UnitSummary> m_units;
    wxStaticText* m_heading = nullptr;
    wxListCtrl* m_list = nullptr;
    int m_sort_column = -1;
    bool m_sort_ascending = true;
};

/// Asks for a folder (or OpenPathOverride) and shows its units in the portfolio window.
PortfolioWindow* ShowPortfolio(MainFrame& frame);

}  // namespace ziwb::gui
