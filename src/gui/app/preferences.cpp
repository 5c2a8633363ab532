// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/preferences.hpp"

#include <wx/config.h>
#include <wx/filename.h>

namespace ziwb::gui::Preferences {

namespace {
wxConfigBase& Config() {
    return *wxConfigBase::Get();
}
}  // namespace

wxString Language() {
    const wxString code = Config().Read("/Preferences/Language", "id");
    return code == "en" ? wxString("en") : wxString("id");
}

void SetLanguage(const wxString& code) {
    Config().Write("/Preferences/Language", code);
    Config().Flush();
}

int EvidenceWarningMb() {
    return static_cast<int>(Config().ReadLong("/Preferences/EvidenceWarningMb", 2));
}

void SetEvidenceWarningMb(int megabytes) {
    Config().Write("/Preferences/EvidenceWarningMb", static_cast<long>(megabytes));
    Config().Flush();
}

bool IdentitySkipped() {
    return Config().ReadBool("/Preferences/IdentitySkipped", false);
}

void SetIdentitySkipped(bool skipped) {
    Config().Write("/Preferences/IdentitySkipped", skipped);
    Config().Flush();
}

wxString LastFolder() {
    return Config().Read("/Paths/LastFolder", wxString());
}

void SetLastFolder(const wxString& folder) {
    Config().Write("/Paths/LastFolder", folder);
    Config().Flush();
}

void RememberFolderOf(const wxString& file) {
    const wxString folder = wxFileName(file).GetPath();
    if (!folder.empty()) {
        SetLastFolder(folder);
    }
}

wxString SigningPlace() {
    return Config().Read("/Documents/Place", wxString());
}

void SetSigningPlace(const wxString& place) {
    Config().Write("/Documents/Place", place);
    Config().Flush();
}

}  // namespace ziwb::gui::Preferences
