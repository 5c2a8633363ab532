# Standar Pelayanan, the public consultation forum (FKP) and the satisfaction survey (SKM/IKM), issue
# 15: the rules as data in rules/pelayanan-publik.xml, the unit's services, forums and surveys as
# registers of the log; the forum's and the services' documents from templates/documents/.
target_sources(ziwb_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/fkp_documents.cpp
  ${CMAKE_CURRENT_LIST_DIR}/service_rules.cpp)
