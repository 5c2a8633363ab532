// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/workbench_signer.hpp"

#include <wx/app.h>
#include <wx/intl.h>
#include <wx/textdlg.h>

#include <memory>
#include <optional>

#include "common/error.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "log/change_log.hpp"
#include "people/identity.hpp"
#include "people/signing_key.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

namespace {

/// Asks the passphrase until it opens the key; Cancel refuses the change being signed.
core::SigningKey AskAndUnlock(const std::string& name) {
    wxString problem;
    for (;;) {
        // TRANSLATORS: the passphrase dialog; %s is the person's name
        wxString prompt =
            wxString::Format(_("Your changes are signed with your key. Passphrase of %s's key:"), Wx(name));
        if (!problem.empty()) {
            // TRANSLATORS: above the passphrase prompt after a wrong passphrase; the core's reason follows
            prompt = _("That passphrase does not open the key:") + " " + problem + "\n\n" + prompt;
        }
        // TRANSLATORS: title of the passphrase dialog
        wxPasswordEntryDialog dialog(wxTheApp->GetTopWindow(), prompt, _("Unlock your key"));
        dialog.SetName("passphrase_dialog");
        if (dialog.ShowModal() != wxID_OK) {
            // TRANSLATORS: the change was refused because the key was not unlocked
            throw core::UserError(
                Utf8(_("Nothing was changed: the change must be signed with your key, and its passphrase was not "
                       "given.")));
        }
        try {
            return core::UnlockIdentity(Utf8(dialog.GetValue()));
        } catch (const core::UserError& error) {
            problem = Wx(core::OneLine(error.what()));
        }
    }
}

}  // namespace

wxString InstallWorkbenchSigner() {
    std::optional<core::Identity> identity;
    try {
        identity = core::LoadIdentity();
    } catch (const core::UserError& error) {
        core::SetSessionSigner(nullptr);
        return Wx(core::OneLine(error.what()));
    }
    if (!identity) {
        core::SetSessionSigner(nullptr);
        return {};
    }
    auto signer = std::make_shared<core::Signer>();
    signer->name = identity->name;
    signer->nip = identity->nip;
    signer->public_key = identity->public_key_hex;
    signer->passphrase_protected = identity->passphrase_protected;
    auto unlocked = std::make_shared<std::optional<core::SigningKey>>();
    signer->sign = [unlocked, protected_key = identity->passphrase_protected,
                    name = identity->name](std::string_view body) {
        if (!unlocked->has_value()) {
            // A passphrase file named for scripts comes first, as on the command line.
            if (auto passphrase = core::PassphraseFromEnvironment(); passphrase || !protected_key) {
                unlocked->emplace(core::UnlockIdentity(passphrase));
            } else {
                unlocked->emplace(AskAndUnlock(name));
            }
        }
        return (*unlocked)->Sign(body);
    };
    core::SetSessionSigner(std::move(signer));
    return {};
}

}  // namespace ziwb::gui
