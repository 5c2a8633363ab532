# SPDX-License-Identifier: GPL-3.0-or-later
# Readiness: the pre-submission check, the cheapest path to a predicate, the action plan.
target_sources(ziwb_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/criterion_points.cpp
  ${CMAKE_CURRENT_LIST_DIR}/readiness_check.cpp
  ${CMAKE_CURRENT_LIST_DIR}/path_solver.cpp
  ${CMAKE_CURRENT_LIST_DIR}/readiness_path.cpp
  ${CMAKE_CURRENT_LIST_DIR}/action_plan.cpp
  ${CMAKE_CURRENT_LIST_DIR}/plan_projection.cpp
  ${CMAKE_CURRENT_LIST_DIR}/readiness_output.cpp)
