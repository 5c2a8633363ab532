// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/log.h>

namespace ziwb::gui {

/// Where wxWidgets' own messages go: to stderr for whoever runs the program from a terminal, never
/// into a dialog. They are in the library's words (a settings file it could not write, a missing
/// image handler); the workbench tells the user in its own words what failed and what to do.
class QuietLog final : public wxLog {
public:
    /// The messages seen in this run, for the tests.
    [[nodiscard]] int Count() const { return m_count; }

protected:
    void DoLogTextAtLevel(wxLogLevel level, const wxString& message) override;

private:
    int m_count = 0;
};

/// Makes QuietLog the active log target.
void InstallQuietLog();

}  // namespace ziwb::gui
