// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/cell_styles.hpp"

namespace ziwb::core::xlsx {

void SheetTitle(lxw_format* f) {
    format_set_bold(f);
    format_set_font_size(f, 13);
}

void ColumnHeader(lxw_format* f) {
    format_set_bold(f);
    format_set_font_color(f, LXW_COLOR_WHITE);
    format_set_bg_color(f, 0x1F4E79);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_text_wrap(f);
    format_set_align(f, LXW_ALIGN_CENTER);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
}

void WrappedText(lxw_format* f) {
    format_set_border(f, LXW_BORDER_THIN);
    format_set_text_wrap(f);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
}

}  // namespace ziwb::core::xlsx
