# SPDX-License-Identifier: GPL-3.0-or-later
# Every message box of the workbench is a gui::MessageDialog (src/gui/util/message_dialog.hpp): a bare
# wxMessageDialog or wxMessageBox gets GTK's stock buttons, which stay English on a laptop without
# the Indonesian system locale.
file(GLOB_RECURSE sources ${DIR}/*.cpp ${DIR}/*.hpp)
set(count 0)
foreach(source IN LISTS sources)
  if(source MATCHES "util/message_dialog\\.(cpp|hpp)$")
    continue()
  endif()
  file(STRINGS ${source} hits REGEX "wxMessageBox[ \t]*\\(|wxMessageDialog[ \t]+[A-Za-z_]|wxMessageDialog[ \t]*\\(")
  if(hits)
    message(FATAL_ERROR "${source} shows a bare wxWidgets message box; use gui::MessageDialog or gui::ShowMessage: ${hits}")
  endif()
  math(EXPR count "${count} + 1")
endforeach()
message(STATUS "${count} workbench files, every message box a gui::MessageDialog")
