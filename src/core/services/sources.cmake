# SPDX-License-Identifier: GPL-3.0-or-later
# Standar Pelayanan, the public consultation forum (FKP) and the satisfaction survey (SKM/IKM), issue
# 15: the rules as data in rules/pelayanan-publik.xml, the unit's services, forums and surveys as
# registers of the log; the IKM, the survey file reader and the survey report; the forum's and the
# services' documents from templates/documents/.
target_sources(ziwb_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/fkp_attendance.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fkp_documents.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ikm.cpp
  ${CMAKE_CURRENT_LIST_DIR}/service_checks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/service_evidence.cpp
  ${CMAKE_CURRENT_LIST_DIR}/service_registers.cpp
  ${CMAKE_CURRENT_LIST_DIR}/service_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/service_store.cpp
  ${CMAKE_CURRENT_LIST_DIR}/skm_csv.cpp
  ${CMAKE_CURRENT_LIST_DIR}/skm_report.cpp
  ${CMAKE_CURRENT_LIST_DIR}/skm_summary.cpp)
