# SPDX-License-Identifier: GPL-3.0-or-later
# Electronic signatures in PDF files (issue 12 part 3): PAdES and adbe.pkcs7.detached signatures
# as BSrE's TTE makes them, verified offline. qpdf (Debian libqpdf-dev, Apache-2.0) reads the PDF's
# structure to find the signature dictionaries; OpenSSL's CMS checks each signature over its
# ByteRange; roots the user trusts live in the user's settings folder.
pkg_check_modules(QPDF REQUIRED IMPORTED_TARGET libqpdf)
target_sources(ziwb_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/byte_range.cpp
  ${CMAKE_CURRENT_LIST_DIR}/certificate_facts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/chain_check.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cms_signature.cpp
  ${CMAKE_CURRENT_LIST_DIR}/digest_ranges.cpp
  ${CMAKE_CURRENT_LIST_DIR}/evidence_signatures.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pdf_date.cpp
  ${CMAKE_CURRENT_LIST_DIR}/signature_fields.cpp
  ${CMAKE_CURRENT_LIST_DIR}/signature_report.cpp
  ${CMAKE_CURRENT_LIST_DIR}/signature_text.cpp
  ${CMAKE_CURRENT_LIST_DIR}/timestamp_token.cpp
  ${CMAKE_CURRENT_LIST_DIR}/trusted_roots.cpp
  ${CMAKE_CURRENT_LIST_DIR}/verify_pdf.cpp)
# signature_fields.cpp is the only file that includes qpdf, and it alone gets two settings:
# - qpdf 11 warns unless told which of its smart-pointer APIs the code uses: none of the old ones;
# - C++17: qpdf 11.3's JSON.hh does not parse as C++20 with clang 14 (a std::vector of the
#   incomplete JSON, destroyed in a constexpr destructor), so clang-tidy and clang builds fail on
#   it. The file needs nothing of C++20, and g++ builds it the same either way.
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/signature_fields.cpp PROPERTIES
  COMPILE_DEFINITIONS POINTERHOLDER_TRANSITION=4
  COMPILE_OPTIONS -std=c++17)
target_link_libraries(ziwb_core PRIVATE PkgConfig::QPDF)
