// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/size_text.hpp"

#include <wx/intl.h>

#include "common/text.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

wxString FileSizeText(std::uint64_t size) {
    if (size < 1024) {
        // TRANSLATORS: a size in bytes, below 1 KB
        return wxString::Format(_("%d bytes"), static_cast<int>(size));
    }
    if (size < std::uint64_t{1024} * 1024) {
        return Wx(core::FormatNumber(static_cast<double>(size) / 1024.0, 0)) + " KB";
    }
    return Wx(core::FormatNumber(static_cast<double>(size) / 1048576.0, 1)) + " MB";
}

}  // namespace ziwb::gui
