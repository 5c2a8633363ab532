# SPDX-License-Identifier: GPL-3.0-or-later
# Cross-compiling for 64-bit Windows with Debian's mingw-w64 (posix threads: std::thread needs them,
# and every C++ library must use the same variant).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(ZIWB_MINGW_HOST x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${ZIWB_MINGW_HOST}-gcc-posix)
set(CMAKE_CXX_COMPILER ${ZIWB_MINGW_HOST}-g++-posix)
set(CMAKE_RC_COMPILER ${ZIWB_MINGW_HOST}-windres)
set(CMAKE_AR ${ZIWB_MINGW_HOST}-gcc-ar-posix CACHE FILEPATH "archiver")
set(CMAKE_RANLIB ${ZIWB_MINGW_HOST}-gcc-ranlib-posix CACHE FILEPATH "ranlib")

# The dependencies build.sh made, one install prefix each, come from ZIWB_WIN_PREFIXES (a CMake list,
# from the environment so that try_compile projects see it too).
if(DEFINED ENV{ZIWB_WIN_PREFIXES})
  set(ZIWB_WIN_PREFIXES "$ENV{ZIWB_WIN_PREFIXES}")
endif()
set(CMAKE_FIND_ROOT_PATH /usr/${ZIWB_MINGW_HOST} ${ZIWB_WIN_PREFIXES})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# Static libraries only: Debian's mingw zlib also ships libz.dll.a, and CMake would otherwise link
# that import library, making the program need zlib1.dll. CMake's Windows platform module sets its
# own list after this file, so the project sets .a again after project() (CMakeLists.txt); here it
# covers what runs before that (try_compile checks).
set(CMAKE_FIND_LIBRARY_SUFFIXES .a)
# FindZLIB adds .dll.a to the suffixes on Windows unless told to look for the static library.
set(ZLIB_USE_STATIC_LIBS ON)
set(CMAKE_FIND_LIBRARY_PREFIXES lib "")
# The runtime (libgcc, libstdc++, winpthread) goes into the .exe: it then needs Windows DLLs only.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")
