# SPDX-License-Identifier: GPL-3.0-or-later
# Proposing units to the national team (PermenPANRB 5/2024 Bab II): the form's <proposal> rules
# applied to the unit's details (agency type, service type, deadline, self-evaluation).
target_sources(ziwb_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/proposal_rules.cpp)
