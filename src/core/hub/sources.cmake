# SPDX-License-Identifier: GPL-3.0-or-later
# The agency hub (issue 17): sync with a shared PostgreSQL server over libpq. Built where libpq is
# found (Debian); a build without it (the Windows cross build today) has no `ziwb hub` commands.
pkg_check_modules(LIBPQ IMPORTED_TARGET libpq)
if(LIBPQ_FOUND)
  target_sources(ziwb_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/pg_array.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pg_connection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hub_admin.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hub_clone.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hub_figures.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hub_link.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hub_proposal.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hub_recap.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hub_schema.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hub_sync.cpp
    ${CMAKE_CURRENT_LIST_DIR}/libpq_library.cpp)
  # libpq's headers only: the library itself is loaded when the hub is first used
  # (libpq_library.cpp), not by every start of the workbench and of ziwb.
  target_include_directories(ziwb_core SYSTEM PRIVATE ${LIBPQ_INCLUDE_DIRS})
  target_link_libraries(ziwb_core PRIVATE ${CMAKE_DL_LIBS})
  target_compile_definitions(ziwb_core PUBLIC ZIWB_HAVE_HUB=1)
  set(ZIWB_HAVE_HUB ON CACHE INTERNAL "libpq found: the hub is built")
else()
  set(ZIWB_HAVE_HUB OFF CACHE INTERNAL "libpq found: the hub is built")
endif()
