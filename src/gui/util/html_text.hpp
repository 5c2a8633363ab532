// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <wx/string.h>

namespace ziwb::gui {

/// `text` as HTML text for wxHtmlWindow: &, < and > escaped, so a name or note from a workspace is
/// shown as written and never read as markup.
[[nodiscard]] inline wxString HtmlEscape(const wxString& text) {
    wxString out = text;
    out.Replace("&", "&amp;");
    out.Replace("<", "&lt;");
    out.Replace(">", "&gt;");
    return out;
}

}  // namespace ziwb::gui
