# SPDX-License-Identifier: GPL-3.0-or-later
# The order the dynamic loader searches libraries in, for a faster start on Linux.
#
# At start the loader resolves tens of thousands of symbol references of the workbench and its
# hundred libraries, searching the libraries in the order of the program's list for each one.
# Debian's wxWidgets, libcrypto, libepoxy and GLib mostly refer to their own symbols, and by
# default they stand deep in that order: the loader then walks dozens of libraries for each
# reference. Naming the libraries most referred to first (counted with LD_DEBUG=bindings) cut the
# instructions of a launch to the window by 25 million, 2.7% (callgrind), at no cost once started.
#
# Only where it is safe and measured: Linux, not under the sanitizers (their runtime must come
# first), and only the libraries found here (a library missing from this list changes nothing).
set(ZIWB_STARTUP_LIBRARIES
    libwx_gtk3u_core-3.2.so.0 libc.so.6 libcrypto.so.3 libepoxy.so.0 libwx_baseu-3.2.so.0 libglib-2.0.so.0
    libstdc++.so.6 libqpdf.so.29 libsqlite3.so.0 libgtk-3.so.0 libgobject-2.0.so.0 libxlsxwriter.so.4
    libgnutls.so.30 libnettle.so.8 libwx_gtk3u_html-3.2.so.0 libgdk-3.so.0 libgio-2.0.so.0 libdbus-1.so.3
    libX11.so.6)

function(ziwb_startup_link_order target)
  if(NOT CMAKE_SYSTEM_NAME STREQUAL "Linux" OR ZIWB_SANITIZE OR CMAKE_CROSSCOMPILING)
    return()
  endif()
  set(found)
  foreach(name IN LISTS ZIWB_STARTUP_LIBRARIES)
    string(MAKE_C_IDENTIFIER "ZIWB_STARTUP_${name}" variable)
    find_library(${variable} NAMES ${name})
    if(${variable})
      list(APPEND found ${${variable}})
    endif()
  endforeach()
  # Before the objects, so the loader's list starts with them; --no-as-needed keeps each on it.
  target_link_options(${target} PRIVATE "LINKER:--push-state,--no-as-needed" ${found} "LINKER:--pop-state")
endfunction()
