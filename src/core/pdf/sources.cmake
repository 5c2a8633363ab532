# The PDF document layer: libharu (Debian libhpdf-dev). It ships neither a CMake package nor a
# pkg-config file, so its header and library are found by name.
find_path(HPDF_INCLUDE_DIR hpdf.h REQUIRED)
find_library(HPDF_LIBRARY NAMES hpdf libhpdf REQUIRED)
# PNGs are decoded here with libpng (png_pixels.cpp), not by libharu: see png_pixels.hpp.
find_package(PNG REQUIRED)
# The documents' QR codes: libqrencode (Debian libqrencode-dev, LGPL-2.1-or-later), by pkg-config.
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
target_sources(ziwb_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/pdf_document.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pdf_fonts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pdf_layout.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pdf_qr.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pdf_table.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pdf_text.cpp
  ${CMAKE_CURRENT_LIST_DIR}/png_pixels.cpp)
target_include_directories(ziwb_core SYSTEM PRIVATE ${HPDF_INCLUDE_DIR})
target_link_libraries(ziwb_core PRIVATE ${HPDF_LIBRARY} PNG::PNG PkgConfig::QRENCODE)
