# SPDX-License-Identifier: GPL-3.0-or-later
# The evaluation report (Laporan Hasil Evaluasi): a review's findings gathered from a workspace and
# printed from its template (templates/documents/laporan-hasil-evaluasi.xml) through the PDF layer.
target_sources(ziwb_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/evaluation_blocks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/evaluation_report.cpp)
