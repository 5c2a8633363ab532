# Writes a C++ file that holds a .po file's text as kIndonesianPo (see common/po_catalog.hpp).
file(READ ${INPUT} content HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${content}")
file(WRITE ${OUTPUT}
"#include \"common/po_catalog.hpp\"\n"
"namespace ziwb::core {\n"
"namespace { constexpr char kData[] = {${bytes} '\\0'}; }\n"
"const std::string_view kIndonesianPo(kData, sizeof kData - 1);\n"
"}  // namespace ziwb::core\n")
