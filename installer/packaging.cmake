# SPDX-License-Identifier: GPL-3.0-or-later
# Packages: a Debian package (installer/debian/build.sh runs cpack -G DEB in a Release build); the
# Windows installer is installer/windows/build.sh (NSIS).
if(NOT WIN32)
  # What Debian policy wants in every package: the copyright file (machine-readable, with the list of
  # linked libraries and their licences beside it) and a changelog compressed reproducibly.
  set(ZIWB_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/zi-workbench)
  set(ZIWB_CHANGELOG_GZ ${PROJECT_BINARY_DIR}/generated/changelog.gz)
  add_custom_command(
    OUTPUT ${ZIWB_CHANGELOG_GZ}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/generated
    COMMAND sh -c "gzip -9nc '${PROJECT_SOURCE_DIR}/installer/debian/changelog' > '${ZIWB_CHANGELOG_GZ}'"
    DEPENDS ${PROJECT_SOURCE_DIR}/installer/debian/changelog
    VERBATIM)
  add_custom_target(ziwb_changelog ALL DEPENDS ${ZIWB_CHANGELOG_GZ})
  install(FILES installer/debian/copyright installer/dependencies ${ZIWB_CHANGELOG_GZ} DESTINATION ${ZIWB_DOC_DIR})
endif()

set(CPACK_PACKAGE_NAME "zi-workbench")
set(CPACK_PACKAGE_VENDOR "ZI Workbench")
set(CPACK_PACKAGE_CONTACT "ZI Workbench <maintainers@zi-workbench.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Zona Integritas (WBK/WBBM) assessment workbench")
# CPack puts the summary on the first line itself; the long description is the rest.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "ZI Workbench guides an Indonesian government unit through the LKE of
PermenPANRB 90/2021 towards the WBK and WBBM predicates: it scores every
criterion exactly as the official workbook does, keeps the evidence behind
every answer in one workspace file, exports the submission workbook, and
tells at every moment which conditions are still missing.
.
This package holds the desktop workbench (zi-workbench), the command line
(ziwb), the LKE form and the demo.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The hub loads libpq when it is first used (src/core/hub/libpq_library.cpp), so the shared library
# dependencies cannot see it: named here, and added to what they find.
if(ZIWB_HAVE_HUB)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libpq5")
endif()
# The evidence preview draws a PDF's page with poppler's pdftoppm, a separate program; without it a
# text PDF shows "open it to read it" instead.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "poppler-utils")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ZI Workbench")
include(CPack)
