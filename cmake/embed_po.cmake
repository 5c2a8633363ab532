# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a C++ file that holds the text of the .po files INPUTS ("|"-separated; concatenated) as kIndonesianPo
# (see src/core/common/po_catalog.hpp).
string(REPLACE "|" ";" INPUTS "${INPUTS}")
set(content "")
foreach(input IN LISTS INPUTS)
  file(READ ${input} part HEX)
  string(APPEND content "${part}0a")
endforeach()
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${content}")
file(WRITE ${OUTPUT}.tmp
"#include \"common/po_catalog.hpp\"\n"
"namespace ziwb::core {\n"
"namespace { constexpr char kData[] = {${bytes} '\\0'}; }\n"
"const std::string_view kIndonesianPo(kData, sizeof kData - 1);\n"
"}  // namespace ziwb::core\n")
file(RENAME ${OUTPUT}.tmp ${OUTPUT})
