// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <xlsxwriter.h>

namespace ziwb::core::xlsx {

// Cell formats every sheet of the workbook shares, so the sheets look like one document. A sheet's
// own formats stay in its file. Use them through Book::Style.

/// The sheet's title line: bold, larger.
void SheetTitle(lxw_format* f);
/// Column headers: white bold text on the dark blue of the LKE, centred, wrapped, thin border.
void ColumnHeader(lxw_format* f);
/// Body text in a bordered cell, wrapped, aligned to the top of the row.
void WrappedText(lxw_format* f);

}  // namespace ziwb::core::xlsx
