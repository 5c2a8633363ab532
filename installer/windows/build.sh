#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds ZI Workbench for 64-bit Windows on Debian 12 with Debian's mingw-w64, and its installer.
#
#   bash installer/windows/build.sh               # dependencies (cached), ziwb.exe, zi-workbench.exe, setup
#   bash installer/windows/build.sh --deps-only   # only the dependencies
#   ZIWB_WIN_ONLY="sqlite3 pugixml" bash installer/windows/build.sh --deps-only   # some of them
#   ZIWB_WIN_GUI=0 bash installer/windows/build.sh  # ziwb.exe only (no wxWidgets): a quick check of the core
#
# Every dependency is compiled statically from Debian's own source package at a pinned version
# (`apt-get source`), never from downloaded binaries. Each is installed into its own prefix in a cache
# outside the repository, ${ZIWB_WIN_CACHE:-~/.cache/ziwb-windows}/<name>-<version>, together with a
# hash of the recipe that built it: a rebuild reuses it and takes minutes; a new version or recipe
# builds that library again.
#
# Output (ZIWB_WIN_BUILD, default build-windows/ in the project): bin/ziwb.exe, bin/zi-workbench.exe,
# stage/ (the installed tree) and zi-workbench-<version>-setup.exe.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
here="$repo/installer/windows"
cache=${ZIWB_WIN_CACHE:-$HOME/.cache/ziwb-windows}
out=${ZIWB_WIN_BUILD:-$repo/build-windows}
jobs=${ZIWB_JOBS:-$(nproc)}
host=x86_64-w64-mingw32
deps_only=0
[ "${1:-}" = "--deps-only" ] && deps_only=1

# The Debian source packages, pinned. Some current security versions have no .dsc in the archive this
# machine reaches; these do.
declare -A version=(
  [openssl]=3.0.20-1~deb12u2
  [sqlite3]=3.40.1-2+deb12u2
  [sqlitecpp]=3.2.1-1
  [pugixml]=1.13-0.2
  [libxlsxwriter]=1.1.4-2
  [nlohmann-json3]=3.11.2-2
  [libpng1.6]=1.6.39-2+deb12u5
  [libharu]=2.3.0+dfsg-1
  [qr-code-generator]=1.8.0-1.1
  [libjpeg-turbo]=1:2.1.5-2
  [qpdf]=11.3.0-1+deb12u1
  [libsodium]=1.0.18-1+deb12u1
  [freetype]=2.12.1+dfsg-5+deb12u4
  [poppler]=22.12.0-2+deb12u3
  [wxwidgets3.2]=3.2.2+dfsg-2
)
order=(openssl sqlite3 sqlitecpp pugixml libxlsxwriter nlohmann-json3 libpng1.6 libharu qr-code-generator libjpeg-turbo qpdf libsodium freetype poppler wxwidgets3.2)
gui=${ZIWB_WIN_GUI:-1}
# Without the workbench, neither wxWidgets nor the preview's renderer is needed.
if [ "$gui" != 1 ]; then
  order=("${order[@]/wxwidgets3.2/}")
  order=("${order[@]/freetype/}")
  order=("${order[@]/poppler/}")
fi

export CC=$host-gcc-posix CXX=$host-g++-posix
export AR=$host-gcc-ar-posix RANLIB=$host-gcc-ranlib-posix
toolchain="$here/mingw-toolchain.cmake"
# No host pkg-config file may leak into a cross build.
export PKG_CONFIG_LIBDIR=/nonexistent PKG_CONFIG_PATH=
log() { printf '[windows-build %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)

# deb-src for the archive the machine already uses: a copy of its deb entries with Types: deb-src.
ensure_deb_src() {
  if apt-cache showsrc sqlite3 2>/dev/null | grep -q '^Package:'; then
    return
  fi
  local sources=/etc/apt/sources.list.d/debian.sources
  [ -f "$sources" ] || { echo "no $sources to copy a deb-src entry from" >&2; exit 1; }
  log "adding deb-src entries (a copy of $sources)"
  sed 's/^Types: deb$/Types: deb-src/' "$sources" | "${sudo_cmd[@]}" tee /etc/apt/sources.list.d/ziwb-deb-src.sources > /dev/null
  "${sudo_cmd[@]}" apt-get update -qq > /dev/null
}

# The first of the files a glob names, or nothing (an unmatched glob stays as the pattern).
first_file() {
  [ -e "$1" ] && echo "$1"
  return 0
}

# Unpacks a Debian source package (with Debian's patches applied) into a fresh folder; prints it.
# For a few packages (libharu, qr-code-generator) the archive this machine reaches lacks the Debian
# tarball, so apt-get source stops after the .dsc and the upstream tarball: then the upstream source
# of that same package is unpacked alone (Debian's patches for these two touch only its packaging).
unpack() {
  local name=$1 ver=$2 dsc orig
  ver=${ver#*:}
  mkdir -p "$cache/src"
  dsc="$cache/src/${name}_${ver}.dsc"
  if [ ! -f "$dsc" ] || ! ls "$cache/src/${name}_${ver%-*}".orig.tar.* > /dev/null 2>&1; then
    ensure_deb_src
    (cd "$cache/src" && apt-get source --download-only -qq "$name=$2" > /dev/null 2>&1) || true
  fi
  local dir="$cache/work/$name-$$"
  rm -rf "$dir"
  mkdir -p "$cache/work"
  if ls "$cache/src/${name}_${ver}".debian.tar.* > /dev/null 2>&1; then
    dpkg-source --no-check -x "$dsc" "$dir" > /dev/null
  else
    orig=$(first_file "$cache/src/${name}_${ver%-*}".orig.tar.[gx]z)
    [ -n "$orig" ] || { echo "apt-get source $name=$2 failed: neither its Debian nor its upstream tarball" >&2; exit 1; }
    log "$name: the archive has no Debian tarball for $ver; building its upstream source $(basename "$orig")"
    mkdir -p "$dir"
    tar -xf "$orig" -C "$dir" --strip-components=1
  fi
  echo "$dir"
}

# Cross CMake configure/build/install of a library in $1 into prefix $2 (extra options follow).
cmake_install() {
  local src=$1 prefix=$2
  shift 2
  cmake -S "$src" -B "$src/_build" -G "Unix Makefiles" -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" -DBUILD_SHARED_LIBS=OFF "$@" > "$src/_configure.log" 2>&1 \
    || { cat "$src/_configure.log"; exit 1; }
  cmake --build "$src/_build" -j "$jobs" > "$src/_build.log" 2>&1 || { tail -50 "$src/_build.log"; exit 1; }
  cmake --install "$src/_build" > /dev/null
}

build_openssl() {
  local src=$1 prefix=$2
  # Configured for a neutral prefix and installed with DESTDIR, so that no build path is baked into
  # the binary; no-autoload-config: the program reads no openssl.cnf from the machine.
  (cd "$src" && CC=gcc-posix AR=ar RANLIB=ranlib ./Configure mingw64 no-shared no-tests no-autoload-config \
      --cross-compile-prefix=$host- --prefix=/openssl --openssldir=/openssl/ssl --libdir=lib > _configure.log 2>&1 \
    && make -j "$jobs" build_libs > _build.log 2>&1 && make DESTDIR="$src/_stage" install_dev > _install.log 2>&1) \
    || { tail -n 40 "$src"/_*.log; exit 1; }
  mkdir -p "$(dirname "$prefix")"
  mv "$src/_stage/openssl" "$prefix"
}

# SQLite's configure mixes host and target tools when cross-compiling: generate the amalgamation
# with the host compiler, then cross-compile that one file.
sqlite_flags=(-O2 -DSQLITE_THREADSAFE=1 -DSQLITE_OMIT_LOAD_EXTENSION -DSQLITE_ENABLE_COLUMN_METADATA
  -DSQLITE_SECURE_DELETE -DSQLITE_ENABLE_DBSTAT_VTAB -DSQLITE_LIKE_DOESNT_MATCH_BLOBS
  -DSQLITE_USE_URI=1 -DSQLITE_MAX_SCHEMA_RETRY=25 -DSQLITE_MAX_VARIABLE_NUMBER=250000)
build_sqlite3() {
  local src=$1 prefix=$2
  (cd "$src" && mkdir -p _host && cd _host && CC=gcc AR=ar RANLIB=ranlib ../configure > ../_configure.log 2>&1 \
    && make sqlite3.c > ../_build.log 2>&1) || { tail -n 40 "$src"/_*.log; exit 1; }
  mkdir -p "$prefix/include" "$prefix/lib"
  "$CC" "${sqlite_flags[@]}" -c "$src/_host/sqlite3.c" -o "$src/_host/sqlite3.o"
  "$AR" rcs "$prefix/lib/libsqlite3.a" "$src/_host/sqlite3.o"
  cp "$src/_host/sqlite3.h" "$src/src/sqlite3ext.h" "$prefix/include/"
}

build_sqlitecpp() {
  cmake_install "$1" "$2" -DSQLITECPP_INTERNAL_SQLITE=OFF -DSQLITE_OMIT_LOAD_EXTENSION=ON \
    -DSQLITECPP_RUN_CPPLINT=OFF -DSQLITECPP_RUN_CPPCHECK=OFF -DSQLITECPP_BUILD_TESTS=OFF \
    -DSQLITECPP_BUILD_EXAMPLES=OFF
}

build_pugixml() {
  cmake_install "$1" "$2" -DPUGIXML_BUILD_TESTS=OFF
}

# Its own MD5 clashes with static libcrypto's: use OpenSSL's. Its bundled minizip and tmpfileplus stay.
build_libxlsxwriter() {
  cmake_install "$1" "$2" -DUSE_OPENSSL_MD5=ON -DUSE_SYSTEM_MINIZIP=OFF -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF \
    -DOPENSSL_USE_STATIC_LIBS=ON -DOPENSSL_ROOT_DIR="${prefix_of[openssl]}"
}

# JSON for Modern C++: headers only, installed with its CMake package files.
build_nlohmann-json3() {
  cmake_install "$1" "$2" -DJSON_BuildTests=OFF -DJSON_Install=ON -DJSON_MultipleHeaders=OFF
}

# libpng for the PDF layer's own PNG decoding (png_pixels.cpp); zlib is Debian's mingw one.
build_libpng1.6() {
  cmake_install "$1" "$2" -DPNG_SHARED=OFF -DPNG_STATIC=ON -DPNG_TESTS=OFF -DPNG_FRAMEWORK=OFF \
    -DPNG_HARDWARE_OPTIMIZATIONS=ON -DSKIP_INSTALL_PROGRAMS=ON -DSKIP_INSTALL_EXECUTABLES=ON
  # wxWidgets' configure looks for -lpng.
  [ -e "$2/lib/libpng.a" ] || cp "$2/lib/libpng16.a" "$2/lib/libpng.a"
}

# libharu without its PNG support: the PDF layer decodes PNGs itself and hands libharu raw pixels.
# The static library is libhpdfs.a.
build_libharu() {
  cmake_install "$1" "$2" -DLIBHPDF_SHARED=OFF -DLIBHPDF_STATIC=ON -DLIBHPDF_EXAMPLES=OFF \
    -DCMAKE_DISABLE_FIND_PACKAGE_PNG=ON -DCMAKE_POLICY_DEFAULT_CMP0074=NEW
  # It copies the zlib it found (the DLL's import library) beside itself: that must not be linked.
  rm -f "$2"/lib/*.dll.a
}

# Nayuki's QR Code generator: one C++ file. Installed as Debian's libqrcodegencpp-dev lays it out
# (include/qrcodegen/qrcodegen.hpp and a qrcodegencpp.pc), so the project finds it the same way.
build_qr-code-generator() {
  local src=$1 prefix=$2
  mkdir -p "$prefix/include/qrcodegen" "$prefix/lib/pkgconfig"
  "$CXX" -O2 -std=c++17 -c "$src/cpp/qrcodegen.cpp" -o "$src/qrcodegen.o"
  "$AR" rcs "$prefix/lib/libqrcodegencpp.a" "$src/qrcodegen.o"
  cp "$src/cpp/qrcodegen.hpp" "$prefix/include/qrcodegen/"
  printf '%s\n' "prefix=$prefix" 'libdir=${prefix}/lib' 'includedir=${prefix}/include/qrcodegen' '' \
    'Name: qrcodegencpp' 'Description: QR Code generator library - C++ version' \
    "Version: ${version[qr-code-generator]%-*}" 'Libs: -L${libdir} -lqrcodegencpp' 'Cflags: -I${includedir}' \
    > "$prefix/lib/pkgconfig/qrcodegencpp.pc"
}

# libjpeg-turbo, which qpdf needs for its DCT filter; no SIMD (Debian has no nasm for this). Its own
# GNUInstallDirs reads a relative library folder from the build folder, so the folder is absolute.
build_libjpeg-turbo() {
  cmake_install "$1" "$2" -DENABLE_SHARED=OFF -DENABLE_STATIC=ON -DWITH_SIMD=OFF -DWITH_TURBOJPEG=OFF \
    -DCMAKE_INSTALL_LIBDIR="$2/lib"
}

# qpdf's library alone, with its own (native) crypto: the project checks signatures with OpenSSL and
# asks qpdf for structure only. Its CMake names Advapi32 with a capital A, which a case-sensitive
# disk does not find (every configure check would then fail quietly). Its pkg-config file names
# zlib.pc, which Debian's mingw zlib lacks: it is written again with the libraries in link order.
build_qpdf() {
  local src=$1 prefix=$2
  sed -i 's/\bAdvapi32\b/advapi32/' "$src/CMakeLists.txt" "$src/libqpdf/CMakeLists.txt"
  cmake -S "$src" -B "$src/_build" -G "Unix Makefiles" -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" -DBUILD_SHARED_LIBS=OFF \
    -DBUILD_STATIC_LIBS=ON -DUSE_IMPLICIT_CRYPTO=OFF -DREQUIRE_CRYPTO_NATIVE=ON -DBUILD_DOC=OFF \
    -DINSTALL_EXAMPLES=OFF -DINSTALL_CMAKE_PACKAGE=OFF -DINSTALL_MANUAL=OFF \
    > "$src/_configure.log" 2>&1 || { cat "$src/_configure.log"; exit 1; }
  cmake --build "$src/_build" -j "$jobs" --target libqpdf > "$src/_build.log" 2>&1 || { tail -50 "$src/_build.log"; exit 1; }
  mkdir -p "$prefix/include" "$prefix/lib/pkgconfig"
  cp -r "$src/include/qpdf" "$prefix/include/"
  cp "$src/_build/libqpdf/libqpdf.a" "$prefix/lib/"
  printf '%s\n' "prefix=$prefix" 'libdir=${prefix}/lib' 'includedir=${prefix}/include' '' \
    'Name: libqpdf' 'Description: PDF transformation library' "Version: ${version[qpdf]%-*}" \
    "Libs: -L\${libdir} -lqpdf -L${prefix_of[libjpeg-turbo]}/lib -ljpeg" 'Cflags: -I${includedir}' \
    > "$prefix/lib/pkgconfig/libqpdf.pc"
}

# libsodium, which checks the log's Ed25519 signatures, as a static library of its high-level API
# (--enable-minimal keeps crypto_sign). Its Debian source has no configure script: Debian's rules run
# autoreconf first, and so does this. No stack protector: mingw would then need libssp's DLL.
build_libsodium() {
  local src=$1 prefix=$2
  (cd "$src" && autoreconf -fi > _autoreconf.log 2>&1 && ./configure --host=$host --prefix="$prefix" --disable-shared --enable-static --enable-minimal \
      --disable-ssp > _configure.log 2>&1 && make -j "$jobs" > _build.log 2>&1 && make install > _install.log 2>&1) \
    || { tail -n 40 "$src"/_*.log; exit 1; }
}

# FreeType, which poppler draws text with: zlib for compressed fonts, nothing else.
build_freetype() {
  cmake_install "$1" "$2" -DFT_REQUIRE_ZLIB=ON -DFT_DISABLE_BZIP2=ON -DFT_DISABLE_PNG=ON \
    -DFT_DISABLE_HARFBUZZ=ON -DFT_DISABLE_BROTLI=ON
}

# poppler's pdftoppm alone, which draws a PDF's page for the evidence preview. The workbench runs it
# as a separate program, so a stranger's PDF that crashes or hangs poppler cannot take the workbench
# with it. Splash draws; FreeType gives the text; libjpeg decodes scans; Windows' own fonts stand in
# for fonts a PDF does not embed. No JPEG 2000, colour management, Boost, TIFF or PNG output. Linked
# statically like the programs (the toolchain file's linker flags): it needs Windows' DLLs only.
build_poppler() {
  local src=$1 prefix=$2
  cmake -S "$src" -B "$src/_build" -G "Unix Makefiles" -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" -DBUILD_SHARED_LIBS=OFF \
    -DENABLE_UTILS=ON -DENABLE_CPP=OFF -DENABLE_GLIB=OFF -DENABLE_GOBJECT_INTROSPECTION=OFF \
    -DENABLE_QT5=OFF -DENABLE_QT6=OFF -DENABLE_BOOST=OFF -DENABLE_LIBCURL=OFF -DENABLE_LIBOPENJPEG=none \
    -DENABLE_DCTDECODER=libjpeg -DFONT_CONFIGURATION=win32 -DRUN_GPERF_IF_PRESENT=OFF \
    -DBUILD_GTK_TESTS=OFF -DBUILD_QT5_TESTS=OFF -DBUILD_QT6_TESTS=OFF -DBUILD_CPP_TESTS=OFF \
    -DBUILD_MANUAL_TESTS=OFF -DENABLE_RELOCATABLE=OFF -DCMAKE_DISABLE_FIND_PACKAGE_NSS3=ON \
    -DCMAKE_DISABLE_FIND_PACKAGE_LCMS2=ON -DCMAKE_DISABLE_FIND_PACKAGE_TIFF=ON \
    -DCMAKE_DISABLE_FIND_PACKAGE_PNG=ON -DCMAKE_DISABLE_FIND_PACKAGE_Cairo=ON \
    -DCMAKE_DISABLE_FIND_PACKAGE_Gpgmepp=ON \
    > "$src/_configure.log" 2>&1 || { cat "$src/_configure.log"; exit 1; }
  cmake --build "$src/_build" -j "$jobs" --target pdftoppm > "$src/_build.log" 2>&1 || { tail -50 "$src/_build.log"; exit 1; }
  mkdir -p "$prefix/bin"
  cp "$src/_build/utils/pdftoppm.exe" "$prefix/bin/"
}

# wxWidgets for MSW, static, with the parts the workbench does not use turned off. Debian's source
# has no bundled libpng/jpeg/tiff/expat: PNG (which its SVG icons and the screenshots need) is the
# libpng built above, JPEG (photos and scans in the evidence preview) the libjpeg-turbo built above,
# zlib Debian's mingw one.
build_wxwidgets3.2() {
  local src=$1 prefix=$2 png=${prefix_of[libpng1.6]} jpeg=${prefix_of[libjpeg-turbo]}
  (cd "$src" && mkdir -p _build && cd _build && ../configure --host=$host --prefix="$prefix" \
      --disable-shared --with-msw --with-zlib=sys --with-libpng=sys --with-libjpeg=sys --without-libtiff \
      --with-expat=no --without-opengl --with-regex=builtin --disable-xrc --disable-aui \
      --disable-ribbon --disable-propgrid --disable-richtext --disable-stc --disable-webview \
      --disable-mediactrl --disable-sound --disable-webrequest --disable-debugreport \
      CFLAGS=-O2 CXXFLAGS=-O2 CPPFLAGS="-I$png/include -I$jpeg/include" LDFLAGS="-L$png/lib -L$jpeg/lib" \
      > ../_configure.log 2>&1 \
    && make -j "$jobs" > ../_build.log 2>&1 && make install > ../_install.log 2>&1) \
    || { tail -n 60 "$src"/_*.log; exit 1; }
  # The resource script (manifest: modern controls, DPI awareness) and what it includes.
  cp -r "$src/include/wx/msw" "$prefix/share/wx-msw-rc"
}

# The recipe's hash: a library is rebuilt when its version, its recipe or the compiler changes, or
# when any library built before it does: every build may find the ones before it (ZIWB_WIN_PREFIXES,
# pkg-config), and a static library keeps what it compiled from their headers.
recipe_hash() {
  local name=$1 before="" other
  for other in "${order[@]}"; do
    [ -n "$other" ] || continue
    [ "$other" = "$name" ] && break
    before+="$other ${version[$other]} $(declare -f "build_$other")"$'\n'
  done
  { echo "$name ${version[$name]}"; declare -f "build_$name" cmake_install; declare -p sqlite_flags
    "$CXX" --version | head -1; printf '%s' "$before"; } | sha256sum | cut -c1-16
}

declare -A prefix_of=()
build_dependencies() {
  local name ver prefix stamp hash src started
  for name in "${order[@]}"; do
    [ -n "$name" ] || continue
    ver=${version[$name]}
    prefix="$cache/$name-${ver//[~:]/_}"
    prefix_of[$name]=$prefix
    if [ -n "${ZIWB_WIN_ONLY:-}" ] && [[ " $ZIWB_WIN_ONLY " != *" $name "* ]]; then
      continue
    fi
    hash=$(recipe_hash "$name")
    stamp="$prefix/.ziwb-recipe"
    # One build of a library at a time, even from several worktrees sharing the cache.
    exec {lock}> "$cache/$name.lock"
    flock "$lock"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$hash" ]; then
      exec {lock}>&-
      continue
    fi
    log "building $name $ver (static, $host)"
    started=$SECONDS
    rm -rf "$prefix"
    src=$(unpack "$name" "$ver")
    # CMake finds the libraries built before this one (mingw-toolchain.cmake reads this).
    ZIWB_WIN_PREFIXES=$(IFS=';'; echo "${prefix_of[*]}")
    export ZIWB_WIN_PREFIXES
    "build_$name" "$src" "$prefix"
    echo "$hash" > "$stamp"
    rm -rf "$src"
    exec {lock}>&-
    log "built $name in $((SECONDS - started)) s"
  done
}

# The licence texts of everything linked statically into the programs: each library's Debian
# copyright file (machine-readable, naming every licence in it) and its upstream licence files.
declare -A licence_files=(
  [openssl]="LICENSE.txt"
  [sqlite3]=""
  [sqlitecpp]="LICENSE.txt"
  [pugixml]="LICENSE.md"
  [libxlsxwriter]="License.txt"
  [nlohmann-json3]="LICENSE.MIT"
  [libpng1.6]="LICENSE"
  [libharu]="README"
  [qr-code-generator]="Readme.markdown"
  [libjpeg-turbo]="LICENSE.md README.ijg"
  [qpdf]="LICENSE.txt NOTICE.md"
  [libsodium]="LICENSE"
  [freetype]="LICENSE.TXT docs/FTL.TXT docs/GPLv2.TXT"
  [poppler]="COPYING COPYING3"
  [wxwidgets3.2]="docs/licence.txt docs/lgpl.txt docs/gpl.txt 3rdparty/pcre/LICENCE"
)
declare -A debian_copyright=(
  [libharu]=/usr/share/doc/libhpdf-2.3.0/copyright
  [qr-code-generator]=/usr/share/doc/libqrcodegencpp1/copyright
)
stage_notices() {
  local folder=$1 name ver upstream file debian
  for name in "${order[@]}"; do
    [ -n "$name" ] || continue
    ver=${version[$name]#*:}
    upstream=${ver%-*}
    mkdir -p "$folder/$name"
    debian=$(first_file "$cache/src/${name}_${ver}".debian.tar.*)
    if [ -n "$debian" ]; then
      tar -xf "$debian" -O debian/copyright > "$folder/$name/copyright"
    else
      # The archive lacks this package's Debian tarball (see unpack): its copyright file as the
      # installed Linux package of the same source version carries it.
      cp "${debian_copyright[$name]}" "$folder/$name/copyright"
    fi
    for file in ${licence_files[$name]}; do
      tar -xf "$(ls "$cache/src/${name}_${upstream}".orig.tar.[gx]z)" --wildcards --no-wildcards-match-slash -O "*/$file" > "$folder/$name/$(basename "$file")"
    done
  done
  # Debian's mingw-w64 runtime, GCC's runtime libraries (GPL-3 with the runtime exception), zlib.
  for name in mingw-w64-common gcc-mingw-w64-base libz-mingw-w64-dev; do
    mkdir -p "$folder/$name"
    cp "/usr/share/doc/$name/copyright" "$folder/$name/copyright"
  done
  cp /usr/share/common-licenses/Apache-2.0 "$folder/openssl/Apache-2.0.txt"
}

build_program() {
  local prefixes
  prefixes=$(IFS=';'; echo "${prefix_of[*]}")
  export ZIWB_WIN_PREFIXES="$prefixes"
  PKG_CONFIG_LIBDIR=$(printf '%s/lib/pkgconfig:' "${prefix_of[@]}")
  export PKG_CONFIG_LIBDIR=${PKG_CONFIG_LIBDIR%:}
  export CCACHE_BASEDIR=${CCACHE_BASEDIR:-/} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
  log "configuring ZI Workbench in $out"
  cmake -S "$repo" -B "$out" -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DCMAKE_BUILD_TYPE=Release \
    -DBUILD_TESTING=OFF -DOPENSSL_USE_STATIC_LIBS=ON -DOPENSSL_ROOT_DIR="${prefix_of[openssl]}" \
    -DBUILD_GUI=$([ "$gui" = 1 ] && echo ON || echo OFF) \
    -DwxWidgets_CONFIG_EXECUTABLE="${prefix_of[wxwidgets3.2]:-}/bin/wx-config" \
    -DCMAKE_INSTALL_PREFIX=/ > "$out.configure.log" 2>&1 || { cat "$out.configure.log"; exit 1; }
  local targets=(ziwb)
  [ "$gui" = 1 ] && targets+=(zi-workbench)
  log "building ${targets[*]}"
  cmake --build "$out" -j "$jobs" --target "${targets[@]}"
  local stage="$out/stage"
  rm -rf "$stage"
  mkdir -p "$stage/bin" "$stage/share/ziwb" "$stage/share/licenses"
  "$host-strip" -o "$stage/bin/ziwb.exe" "$out/src/cli/ziwb.exe"
  [ "$gui" = 1 ] && "$host-strip" -o "$stage/bin/zi-workbench.exe" "$out/src/gui/zi-workbench.exe"
  # The evidence preview's PDF renderer, a program of its own beside the workbench (it finds it there).
  [ "$gui" = 1 ] && "$host-strip" -o "$stage/bin/pdftoppm.exe" "${prefix_of[poppler]}/bin/pdftoppm.exe"
  cp -r "$repo/templates" "$stage/share/ziwb/templates"
  cp -r "$repo/rules" "$stage/share/ziwb/rules"
  mkdir -p "$stage/share/ziwb/forms"
  cp "$repo"/forms/*.xml "$stage/share/ziwb/forms/"
  # The fonts every PDF embeds, with their licence (fonts/README.md).
  mkdir -p "$stage/share/ziwb/fonts"
  cp "$repo"/fonts/*.ttf "$repo"/fonts/LICENSE* "$stage/share/ziwb/fonts/"
  mkdir -p "$stage/share/ziwb/forms/earlier"
  cp "$repo"/forms/earlier/*.xml "$stage/share/ziwb/forms/earlier/"
  # Windows editors expect CRLF in a text file a user opens.
  sed 's/$/\r/' "$repo/LICENSE" > "$stage/LICENSE.txt"
  stage_notices "$stage/share/licenses"
  cp "$repo/installer/dependencies" "$stage/share/licenses/zi-workbench-dependencies.txt"
}

build_installer() {
  local version size_kb setup
  version=$(sed -n 's/^project(ziwb VERSION \([0-9.]*\).*/\1/p' "$repo/CMakeLists.txt")
  size_kb=$(du -sk "$out/stage" | cut -f1)
  setup="$out/zi-workbench-$version-setup.exe"
  log "making the installer"
  makensis -V2 -INPUTCHARSET UTF8 "-DVERSION=$version" "-DSTAGE=$out/stage" "-DOUTFILE=$setup" \
    "-DICON=$out/generated/icon/zi-workbench.ico" "-DSIZE_KB=$size_kb" "$here/zi-workbench.nsi"
  log "installer: $setup ($(du -h "$setup" | cut -f1))"
}

if [ "${1:-}" = "--recipe-hash" ]; then
  recipe_hash "$2"
  exit 0
fi
started=$SECONDS
# The cross compilers, NSIS, the icon tools and Wine (quick when they are there).
ZIWB_WINDOWS_TESTS=1 bash "$repo/tools/install-deps.sh"
mkdir -p "$cache"
build_dependencies
log "dependencies ready after $((SECONDS - started)) s"
[ "$deps_only" = 1 ] && exit 0
build_program
build_installer
log "done after $((SECONDS - started)) s"
