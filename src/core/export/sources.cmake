# SPDX-License-Identifier: GPL-3.0-or-later
# The workbook exporter: libxlsxwriter (no CMake package; pkg-config "xlsxwriter").
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
target_sources(ziwb_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/xlsx_book.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cell_styles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/lke_sheet.cpp
  ${CMAKE_CURRENT_LIST_DIR}/summary_sheet.cpp
  ${CMAKE_CURRENT_LIST_DIR}/evidence_sheet.cpp
  ${CMAKE_CURRENT_LIST_DIR}/readiness_sheet.cpp
  ${CMAKE_CURRENT_LIST_DIR}/recap_workbook.cpp
  ${CMAKE_CURRENT_LIST_DIR}/evaluation_sheet.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workbook_export.cpp)
target_link_libraries(ziwb_core PRIVATE PkgConfig::XLSXWRITER)
