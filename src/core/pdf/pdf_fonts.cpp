// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdf_fonts.hpp"

#include "common/data_dirs.hpp"
#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"

namespace ziwb::core {
namespace {

std::filesystem::path FindFont(const std::filesystem::path& program_dir, const char* name) {
    const std::filesystem::path relative = std::filesystem::path("fonts") / name;
    std::filesystem::path found = FindDataFile(program_dir, relative);
    if (found.empty()) {
        throw Error(Format(Tr("the font {0} that documents are printed with is missing from this installation; "
                              "reinstall ZI Workbench"),
                           {PathToUtf8(relative)}));
    }
    return found;
}

}  // namespace

PdfFontFiles FindPdfFonts(const std::filesystem::path& program_dir) {
    return {FindFont(program_dir, "DejaVuSans.ttf"), FindFont(program_dir, "DejaVuSans-Bold.ttf")};
}

}  // namespace ziwb::core
