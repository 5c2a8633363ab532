# SPDX-License-Identifier: GPL-3.0-or-later
# The generated sources of the core, shared by its build (src/core) and the fuzz build (tests/fuzz):
# the version header and the Indonesian catalog (po/core/*.po, one file per module), compiled in so
# messages need no installed locale. Sets ZIWB_PO_CPP; both land in BINARY_DIR/generated.
function(ziwb_core_generated_sources root binary_dir version)
  set(PROJECT_VERSION ${version})
  configure_file(${root}/src/core/common/version.hpp.in ${binary_dir}/generated/common/version.hpp @ONLY)
  file(GLOB po_files CONFIGURE_DEPENDS ${root}/po/core/*.po)
  # A CMake list would be split into separate command arguments; pass it "|"-separated.
  string(REPLACE ";" "|" po_argument "${po_files}")
  set(po_cpp ${binary_dir}/generated/po_catalog_data.cpp)
  add_custom_command(
    OUTPUT ${po_cpp}
    COMMAND ${CMAKE_COMMAND} "-DINPUTS=${po_argument}" -DOUTPUT=${po_cpp} -P ${root}/cmake/embed_po.cmake
    DEPENDS ${po_files} ${root}/cmake/embed_po.cmake
    COMMENT "Embedding the Indonesian catalog po/core/*.po"
    VERBATIM)
  set(ZIWB_PO_CPP ${po_cpp} PARENT_SCOPE)
endfunction()
