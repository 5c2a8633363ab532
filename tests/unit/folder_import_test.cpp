// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "evidence/folder_import.hpp"

namespace ziwb::core {
namespace {

TEST(FolderImport, TitleDropsTheLeadingCodeAndTheExtension) {
    EXPECT_EQ(TitleFromFileName("A.I.1.i.a SK Tim Kerja.pdf", "A.I.1.i.a"), "SK Tim Kerja");
    EXPECT_EQ(TitleFromFileName("A_II_4_i_a - LAKIP 2025.pdf", "A.II.4.i.a"), "LAKIP 2025");
    EXPECT_EQ(TitleFromFileName("A-I-1-i-a_notulen.docx", "A.I.1.i.a"), "notulen");
}

TEST(FolderImport, TitleKeepsANameWithoutTheCode) {
    EXPECT_EQ(TitleFromFileName("SK Tim.pdf", "A.I.1.i.a"), "SK Tim");
    // Another, longer code is not this one.
    EXPECT_EQ(TitleFromFileName("A.I.1.i.ab rapat.pdf", "A.I.1.i.a"), "A.I.1.i.ab rapat");
    // Nothing but the code: the file name is the best title there is.
    EXPECT_EQ(TitleFromFileName("A.I.1.i.a.pdf", "A.I.1.i.a"), "A.I.1.i.a.pdf");
    EXPECT_EQ(TitleFromFileName("Foto ruang layanan", "A.VI.1.i.a"), "Foto ruang layanan");
}

}  // namespace
}  // namespace ziwb::core
