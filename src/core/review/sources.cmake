# SPDX-License-Identifier: GPL-3.0-or-later
# Review: the evaluators' status per criterion, the revision loop, the closing signature, and the
# comparison of two layers' scores.
target_sources(ziwb_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/review_projection.cpp
  ${CMAKE_CURRENT_LIST_DIR}/review_status.cpp
  ${CMAKE_CURRENT_LIST_DIR}/score_compare.cpp)
