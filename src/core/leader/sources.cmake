# SPDX-License-Identifier: GPL-3.0-or-later
# The leader's page (issue 12 part 6): the score and verdict, what is missing, who has not signed,
# and what waits for the leader's signature, on one screen and one PDF page.
target_sources(ziwb_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/leader_page.cpp
  ${CMAKE_CURRENT_LIST_DIR}/leader_summary.cpp)
