// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/quiet_log.hpp"

#include <cstdio>

namespace ziwb::gui {

void QuietLog::DoLogTextAtLevel(wxLogLevel level, const wxString& message) {
    ++m_count;
    if (level <= wxLOG_Info) {
        std::fprintf(stderr, "zi-workbench: %s\n", message.utf8_str().data());
    }
}

void InstallQuietLog() {
    delete wxLog::SetActiveTarget(new QuietLog);
}

}  // namespace ziwb::gui
