// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/user_action.hpp"

#include <SQLiteCpp/Exception.h>
#include <wx/msgdlg.h>

#include <filesystem>

#include "common/error.hpp"
#include "common/progress.hpp"
#include "util/message_dialog.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

void RunUserAction(wxWindow* parent, const wxString& title, const std::function<void()>& action) {
    wxString message;
    try {
        action();
        return;
    } catch (const core::Cancelled&) {
        return;  // the user asked for it; what was done before the safe point stays and is shown
    } catch (const core::UserError& error) {
        message = Wx(error.what());
    } catch (const core::Error& error) {
        message = _("Something went wrong inside ZI Workbench:") + "\n" + Wx(error.what());
    } catch (const SQLite::Exception& error) {
        message = _("Something went wrong inside ZI Workbench:") + "\n" + Wx(error.what());
    } catch (const std::filesystem::filesystem_error& error) {
        // TRANSLATORS: a file could not be read or written; the system's reason follows
        message = _("A file could not be read or written:") + "\n" + Wx(error.what());
    }
    MessageDialog dialog(parent, message, title, wxOK | wxICON_WARNING);
    dialog.ShowModal();
}

}  // namespace ziwb::gui
