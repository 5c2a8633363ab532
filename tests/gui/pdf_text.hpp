// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

namespace ziwb::test_support {

/// The text of a PDF as poppler's pdftotext reads it, its runs of white space made single spaces:
/// the GUI tests read back the documents the workbench wrote.
inline std::string PdfText(const std::filesystem::path& pdf) {
    const std::string command = "pdftotext '" + pdf.string() + "' - 2>/dev/null";
    const std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    std::string flat;
    if (pipe == nullptr) {
        return flat;
    }
    for (int c = std::fgetc(pipe.get()); c != EOF; c = std::fgetc(pipe.get())) {
        if (std::isspace(c) == 0) {
            flat += static_cast<char>(c);
        } else if (!flat.empty() && flat.back() != ' ') {
            flat += ' ';
        }
    }
    return flat;
}

}  // namespace ziwb::test_support
