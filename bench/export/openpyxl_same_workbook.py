# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes, with openpyxl, the same workbook `ziwb export` wrote: every cell (values and formulas),
merged ranges, column widths, row heights and the number formats, fonts, fills and borders of the
cells. The exported file is read first (not timed); then the writing is timed, in-process, which
leaves out Python's start-up and so favours openpyxl. Prints the seconds of the writing and of
importing openpyxl, which a whole process pays too."""
import time

IMPORT_START = time.perf_counter()
import sys  # noqa: E402
from copy import copy  # noqa: E402

import openpyxl  # noqa: E402

IMPORT_SECONDS = time.perf_counter() - IMPORT_START

source = openpyxl.load_workbook(sys.argv[1])
sheets = []
for sheet in source.worksheets:
    cells = [(c.row, c.column, c.value, copy(c.font), copy(c.fill), copy(c.border), c.number_format, copy(c.alignment))
             for row in sheet.iter_rows() for c in row if c.value is not None or c.has_style]
    sheets.append((sheet.title, cells, [str(m) for m in sheet.merged_cells.ranges],
                   {k: d.width for k, d in sheet.column_dimensions.items()},
                   {k: d.height for k, d in sheet.row_dimensions.items() if d.height}))

start = time.perf_counter()
book = openpyxl.Workbook()
book.remove(book.active)
for title, cells, merged, widths, heights in sheets:
    sheet = book.create_sheet(title)
    for row, column, value, font, fill, border, number_format, alignment in cells:
        cell = sheet.cell(row=row, column=column, value=value)
        cell.font, cell.fill, cell.border = font, fill, border
        cell.number_format, cell.alignment = number_format, alignment
    for merge in merged:
        sheet.merge_cells(merge)
    for key, width in widths.items():
        sheet.column_dimensions[key].width = width
    for key, height in heights.items():
        sheet.row_dimensions[key].height = height
book.save(sys.argv[2])
print(f"{time.perf_counter() - start:.4f} {IMPORT_SECONDS:.4f}")
