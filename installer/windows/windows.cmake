# SPDX-License-Identifier: GPL-3.0-or-later
# Windows builds (cross-compiled by installer/windows/build.sh): icon, version information and the
# common-controls/DPI manifest for both programs, and data found only beside the installed programs.
if(NOT WIN32)
  return()
endif()

# The installed layout is bin\*.exe and share\ziwb\{forms,templates} (data_dirs.cpp): the source tree
# is no fallback, so a test of the installed programs cannot pass on data the installer forgot.
foreach(target IN ITEMS ziwb_core ziwb_gui)
  if(TARGET ${target})
    get_target_property(definitions ${target} COMPILE_DEFINITIONS)
    list(FILTER definitions EXCLUDE REGEX "^ZIWB_SOURCE_DIR=")
    set_target_properties(${target} PROPERTIES COMPILE_DEFINITIONS "${definitions}")
  endif()
endforeach()

# The program icon, drawn from the same SVG as the Linux one.
find_program(ZIWB_RSVG_CONVERT rsvg-convert REQUIRED)
find_program(ZIWB_ICOTOOL icotool REQUIRED)
set(ZIWB_ICON_DIR ${PROJECT_BINARY_DIR}/generated/icon)
set(ZIWB_ICON ${ZIWB_ICON_DIR}/zi-workbench.ico)
set(ZIWB_ICON_PNGS)
set(ZIWB_ICON_COMMANDS)
foreach(size IN ITEMS 16 24 32 48 64 256)
  list(APPEND ZIWB_ICON_PNGS ${ZIWB_ICON_DIR}/icon-${size}.png)
  list(APPEND ZIWB_ICON_COMMANDS COMMAND ${ZIWB_RSVG_CONVERT} -w ${size} -h ${size}
       -o ${ZIWB_ICON_DIR}/icon-${size}.png ${PROJECT_SOURCE_DIR}/installer/zi-workbench.svg)
endforeach()
add_custom_command(
  OUTPUT ${ZIWB_ICON}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${ZIWB_ICON_DIR}
  ${ZIWB_ICON_COMMANDS}
  COMMAND ${ZIWB_ICOTOOL} -c -o ${ZIWB_ICON} ${ZIWB_ICON_PNGS}
  DEPENDS ${PROJECT_SOURCE_DIR}/installer/zi-workbench.svg
  COMMENT "Drawing the Windows icon"
  VERBATIM)
add_custom_target(ziwb_windows_icon DEPENDS ${ZIWB_ICON})

function(ziwb_windows_resources target description gui)
  set(ZIWB_RC_DESCRIPTION "${description}")
  set(ZIWB_RC_FILE_NAME "${target}.exe")
  set(ZIWB_RC_ICON "${ZIWB_ICON}")
  set(ZIWB_RC_GUI ${gui})
  configure_file(${PROJECT_SOURCE_DIR}/installer/windows/resources.rc.in
                 ${PROJECT_BINARY_DIR}/generated/${target}.rc @ONLY)
  target_sources(${target} PRIVATE ${PROJECT_BINARY_DIR}/generated/${target}.rc)
  set_source_files_properties(${PROJECT_BINARY_DIR}/generated/${target}.rc PROPERTIES OBJECT_DEPENDS ${ZIWB_ICON})
  add_dependencies(${target} ziwb_windows_icon)
endfunction()

ziwb_windows_resources(ziwb "ZI Workbench command line" 0)
if(TARGET zi-workbench)
  ziwb_windows_resources(zi-workbench "ZI Workbench" 1)
  # A window program: no console opens beside it.
  set_target_properties(zi-workbench PROPERTIES WIN32_EXECUTABLE ON)
  # wx/msw/wx.rc (the manifest) includes wx headers and rcdefs.h from wx's include folders.
  target_include_directories(zi-workbench PRIVATE ${wxWidgets_INCLUDE_DIRS})
endif()

# Static libraries are linked in order: libxlsxwriter uses libcrypto's MD5 and zlib, and static
# libcrypto needs Winsock and CryptoAPI, so these come after everything ziwb_core links.
find_package(ZLIB REQUIRED)
target_link_libraries(ziwb_core PUBLIC OpenSSL::Crypto ZLIB::ZLIB ws2_32 crypt32)
