# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a C++ file holding the bytes of the file INPUT as the std::string_view ziwb::gui::NAME
# (a compiled catalog, the icon).
file(READ ${INPUT} content HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${content}")
file(WRITE ${OUTPUT}.tmp
"#include <string_view>\n"
"namespace ziwb::gui {\n"
"namespace { constexpr char kData[] = {${bytes} '\\0'}; }\n"
"extern const std::string_view ${NAME};\n"
"const std::string_view ${NAME}(kData, sizeof kData - 1);\n"
"}  // namespace ziwb::gui\n")
file(RENAME ${OUTPUT}.tmp ${OUTPUT})
