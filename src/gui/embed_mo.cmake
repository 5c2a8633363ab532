# Writes a C++ file holding the bytes of the compiled catalog INPUT as ziwb::gui::kIndonesianMo.
file(READ ${INPUT} content HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${content}")
file(WRITE ${OUTPUT}.tmp
"#include <string_view>\n"
"namespace ziwb::gui {\n"
"namespace { constexpr char kData[] = {${bytes} '\\0'}; }\n"
"extern const std::string_view kIndonesianMo;\n"
"const std::string_view kIndonesianMo(kData, sizeof kData - 1);\n"
"}  // namespace ziwb::gui\n")
file(RENAME ${OUTPUT}.tmp ${OUTPUT})
