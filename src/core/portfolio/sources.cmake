# SPDX-License-Identifier: GPL-3.0-or-later
# Portfolio: a folder of unit workspaces summarized for an evaluation team and the recap.
target_sources(ziwb_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/unit_summary.cpp
  ${CMAKE_CURRENT_LIST_DIR}/portfolio.cpp)
