# SPDX-License-Identifier: GPL-3.0-or-later
# The inline preview of evidence (issue 11): an image file as it is, and the first page of a
# scanned PDF (the page's one image, read out with qpdf), for the front ends to draw; any other PDF
# is handed to the front end, which runs a PDF renderer and reads its picture back here.
target_sources(ziwb_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/evidence_preview.cpp
  ${CMAKE_CURRENT_LIST_DIR}/portable_pixmap.cpp
  ${CMAKE_CURRENT_LIST_DIR}/scanned_page.cpp)
# Like pdf_signatures/signature_fields.cpp, the one file that includes qpdf builds as C++17 with
# qpdf's new smart-pointer API only (qpdf 11.3's headers do not parse as C++20 with clang 14).
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/scanned_page.cpp PROPERTIES
  COMPILE_DEFINITIONS POINTERHOLDER_TRANSITION=4
  COMPILE_OPTIONS -std=c++17)
