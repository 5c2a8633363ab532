# SPDX-License-Identifier: GPL-3.0-or-later
# The leader's sign-off of the unit's submission (issue 12 part 4): the log head, the score and a
# snapshot of the unit layer, signed with the pimpinan's key; later changes show against it.
target_sources(ziwb_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/signoff.cpp
  ${CMAKE_CURRENT_LIST_DIR}/signoff_register.cpp
  ${CMAKE_CURRENT_LIST_DIR}/unit_snapshot.cpp)
