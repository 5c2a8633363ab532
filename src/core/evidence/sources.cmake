# SPDX-License-Identifier: GPL-3.0-or-later
# The evidence vault: files and links backing criteria, stored inside the workspace.
target_sources(ziwb_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/blob_store.cpp
  ${CMAKE_CURRENT_LIST_DIR}/blob_verify.cpp
  ${CMAKE_CURRENT_LIST_DIR}/checklist.cpp
  ${CMAKE_CURRENT_LIST_DIR}/evidence_files.cpp
  ${CMAKE_CURRENT_LIST_DIR}/evidence_projection.cpp
  ${CMAKE_CURRENT_LIST_DIR}/evidence_review.cpp
  ${CMAKE_CURRENT_LIST_DIR}/evidence_vault.cpp
  ${CMAKE_CURRENT_LIST_DIR}/evidence_writes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/stored_file.cpp
  ${CMAKE_CURRENT_LIST_DIR}/folder_import.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bundle_export.cpp)
