# SPDX-License-Identifier: GPL-3.0-or-later
# The unit's documents (issue 12): templates as data in templates/documents/, rendered through the
# PDF layer with the letterhead and the team register; who has signed which document.
target_sources(ziwb_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/document_make.cpp
  ${CMAKE_CURRENT_LIST_DIR}/document_registers.cpp
  ${CMAKE_CURRENT_LIST_DIR}/document_render.cpp
  ${CMAKE_CURRENT_LIST_DIR}/document_signatures.cpp
  ${CMAKE_CURRENT_LIST_DIR}/document_template.cpp
  ${CMAKE_CURRENT_LIST_DIR}/letterhead.cpp
  ${CMAKE_CURRENT_LIST_DIR}/signed_scans.cpp)
