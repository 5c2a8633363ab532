// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/string.h>

#include <cstdint>

/// The user's settings, kept in wxConfig (a file under the XDG config folder on Linux, the
/// registry on Windows). Window size and sash positions are kept by wxPersistenceManager.
namespace ziwb::gui::Preferences {

/// "id" or "en".
[[nodiscard]] wxString Language();
void SetLanguage(const wxString& code);

/// Evidence files above this size (MB) get a warning before they are added (the national portal
/// refuses PDFs above 2 MB).
[[nodiscard]] int EvidenceWarningMb();
void SetEvidenceWarningMb(int megabytes);

/// Whether the user skipped the first-use "who are you" dialog (it is not asked again).
[[nodiscard]] bool IdentitySkipped();
void SetIdentitySkipped(bool skipped);

/// The folder of the last file opened or saved, for the next file dialog.
[[nodiscard]] wxString LastFolder();
void SetLastFolder(const wxString& folder);
/// Remembers the folder of `file`.
void RememberFolderOf(const wxString& file);

/// The city documents were last dated in ("Purwokerto, 1 Desember 2026"), offered for the next.
[[nodiscard]] wxString SigningPlace();
void SetSigningPlace(const wxString& place);

}  // namespace ziwb::gui::Preferences
