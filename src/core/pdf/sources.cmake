# SPDX-License-Identifier: GPL-3.0-or-later
# The PDF document layer: libharu (Debian libhpdf-dev). It ships neither a CMake package nor a
# pkg-config file, so its header and library are found by name.
find_path(HPDF_INCLUDE_DIR hpdf.h REQUIRED)
# (hpdfs: the static library's name in libharu's own CMake build, which the Windows build uses.)
find_library(HPDF_LIBRARY NAMES hpdf libhpdf hpdfs REQUIRED)
# PNGs are decoded here with libpng (png_pixels.cpp), not by libharu: see png_pixels.hpp.
find_package(PNG REQUIRED)
# The documents' QR codes: Nayuki's QR Code generator (Debian libqrcodegencpp-dev, MIT), by
# pkg-config. It does the job of libqrencode (LGPL) as well, and the static Windows build takes the
# permissive one; Linux uses the same, so both print the same codes.
pkg_check_modules(QRCODEGEN REQUIRED IMPORTED_TARGET qrcodegencpp)
target_sources(ziwb_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/pdf_document.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pdf_fonts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pdf_layout.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pdf_qr.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pdf_table.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pdf_text.cpp
  ${CMAKE_CURRENT_LIST_DIR}/png_pixels.cpp)
target_include_directories(ziwb_core SYSTEM PRIVATE ${HPDF_INCLUDE_DIR})
target_link_libraries(ziwb_core PRIVATE ${HPDF_LIBRARY} PNG::PNG PkgConfig::QRCODEGEN)
