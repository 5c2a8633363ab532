// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF document layer (src/core/pdf): documents written through it and read back with poppler's
// tools (pdftotext, pdffonts, pdfinfo, pdfimages), an independent reader of what libharu wrote.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "pdf/pdf_document.hpp"
#include "pdf/pdf_layout.hpp"
#include "pdf/pdf_text.hpp"
#include "test_support.hpp"

namespace ziwb::core {
namespace {

using test::ReadFile;
using test::TempDir;

constexpr std::time_t kCreated = 1767693600;  // 2026-01-06 10:00:00 UTC
const std::string kPhrase = "Ruang Rapat Lt. 2 — Pejabat Pembina Kepegawaian, ‘kutip’ Ω ≥ 75,00";

// The standard output of a poppler tool run on `pdf`.
std::string Poppler(const std::string& tool, const std::filesystem::path& pdf, const std::string& options = "") {
    // pdftotext writes to a file unless told "-"; the others print.
    const std::string command =
        tool + " " + options + " '" + PathToUtf8(pdf) + "'" + (tool == "pdftotext" ? " -" : "") + " 2>/dev/null";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    EXPECT_NE(pipe, nullptr) << command;
    std::string out;
    std::array<char, 4096> buffer{};
    while (pipe && std::fgets(buffer.data(), static_cast<int>(buffer.size()), pipe.get()) != nullptr) {
        out += buffer.data();
    }
    return out;
}

std::size_t Count(const std::string& text, const std::string& what) {
    std::size_t count = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) {
        ++count;
    }
    return count;
}

std::size_t PdfPages(const std::filesystem::path& pdf) {
    const std::string info = Poppler("pdfinfo", pdf);
    const std::size_t at = info.find("Pages:");
    return at == std::string::npos ? 0 : std::stoul(info.substr(at + 6));
}

// The pdffonts rows (whitespace-separated words) of the fonts whose name contains `name`.
std::vector<std::vector<std::string>> FontRows(const std::string& listing, const std::string& name) {
    std::vector<std::vector<std::string>> rows;
    std::istringstream lines(listing);
    for (std::string line; std::getline(lines, line);) {
        if (line.find(name) == std::string::npos) {
            continue;
        }
        std::istringstream words(line);
        rows.emplace_back(std::istream_iterator<std::string>(words), std::istream_iterator<std::string>());
    }
    return rows;
}

PdfMetadata Metadata(std::time_t created = kCreated) {
    return {"Laporan Hasil Evaluasi — Dinas Tenaga Kerja", "Tim Penilai Internal", "Zona Integritas", created};
}

PdfTable CriteriaTable(std::size_t rows) {
    PdfTable table;
    table.columns = {{"No", 0.6, PdfAlign::Right},
                     {"Uraian Kriteria", 5, PdfAlign::Left},
                     {"Jawaban", 1.4, PdfAlign::Center},
                     {"Nilai", 1.1, PdfAlign::Right}};
    for (std::size_t i = 1; i <= rows; ++i) {
        table.rows.push_back({std::to_string(i),
                              "Kriteria " + std::to_string(i) +
                                  ": unit kerja telah menetapkan tim kerja pembangunan Zona Integritas dan "
                                  "menyusun rencana kerja ‘tahunan’ yang dipantau secara berkala",
                              i % 2 == 0 ? "Ya" : "Tidak", "75,00"});
    }
    return table;
}

// The document the main test reads back: every kind of block, a table over several pages.
std::string WriteReport(const std::filesystem::path& target, std::time_t created, std::size_t* pages = nullptr) {
    PdfDocument document(FindPdfFonts({}), Metadata(created));
    const PdfImage logo = document.EmbedImage(ReadFile(test::SourceDir() / "tests/data/pdf/logo.png"));
    PdfLayout layout(document);
    layout.Letterhead({logo,
                       "PEMERINTAH KABUPATEN BANYUMAS",
                       "DINAS TENAGA KERJA",
                       {"Jalan Jenderal Soedirman No. 12, Purwokerto 53116", "Telepon (0281) 123456"}});
    layout.Title("LAPORAN HASIL EVALUASI ZONA INTEGRITAS");
    layout.KeyValues({{"Unit kerja", "Dinas Tenaga Kerja"}, {"Tempat", kPhrase}, {"Tahun", "2026"}});
    layout.Heading("A. Pendahuluan");
    layout.Paragraph(kPhrase, PdfAlign::Left);
    layout.Paragraph(
        "Evaluasi dilaksanakan oleh Tim Penilai Internal terhadap pemenuhan dan reform setiap area perubahan. "
        "Hasilnya dituangkan dalam laporan ini sebagai dasar pengusulan predikat Wilayah Bebas dari Korupsi.");
    layout.Heading("B. Hasil Penilaian");
    layout.Table(CriteriaTable(70));
    layout.Image(logo, 60);
    layout.Signature({"Purwokerto", "6 Januari 2026", "Ketua Tim Penilai Internal,", "Dra. Siti Nurhaliza, M.Si.",
                      "19700101 199503 2 001"});
    layout.Finish({"LHE-TPI/2026/001"});
    if (pages != nullptr) {
        *pages = document.PageCount();
    }
    document.Save(target, Overwrite::Allowed);
    return ReadFile(target);
}

TEST(PdfDocument, ARealReaderFindsTheTextFontsPagesAndImage) {
    TempDir dir;
    std::size_t pages = 0;
    WriteReport(dir / "lhe.pdf", kCreated, &pages);
    ASSERT_GE(pages, 3u);  // the 70-row table spans pages

    EXPECT_EQ(PdfPages(dir / "lhe.pdf"), pages);
    const std::string info = Poppler("pdfinfo", dir / "lhe.pdf");
    EXPECT_NE(info.find("Title:           Laporan Hasil Evaluasi — Dinas Tenaga Kerja"), std::string::npos) << info;
    EXPECT_NE(info.find("Author:          Tim Penilai Internal"), std::string::npos) << info;
    EXPECT_NE(info.find("Creator:         ZI Workbench "), std::string::npos) << info;
    EXPECT_NE(info.find("CreationDate:    Tue Jan  6 10:00:00 2026 UTC"), std::string::npos) << info;
    EXPECT_NE(info.find("Page size:       595.276 x 841.89 pts (A4)"), std::string::npos) << info;

    const std::string text = Poppler("pdftotext", dir / "lhe.pdf", "-layout");
    EXPECT_NE(text.find(kPhrase), std::string::npos) << text;
    EXPECT_NE(text.find("PEMERINTAH KABUPATEN BANYUMAS"), std::string::npos);
    EXPECT_NE(text.find("Dra. Siti Nurhaliza, M.Si."), std::string::npos);
    EXPECT_NE(text.find("NIP. 19700101 199503 2 001"), std::string::npos);
    EXPECT_NE(text.find("Kriteria 70: unit kerja"), std::string::npos);
    const std::string n = std::to_string(pages);
    for (std::size_t page = 1; page <= pages; ++page) {
        EXPECT_EQ(Count(text, "Halaman " + std::to_string(page) + " dari " + n), 1u) << page;
    }
    EXPECT_EQ(Count(text, "Halaman " + std::to_string(pages + 1) + " dari"), 0u);
    EXPECT_EQ(Count(text, "LHE-TPI/2026/001"), pages);
    // The header row repeats on every page the table reaches (all but possibly the first and last).
    EXPECT_GE(Count(text, "Uraian Kriteria"), pages - 1);
    // No row is lost or drawn twice across the page breaks.
    for (const std::string row : {"Kriteria 1:", "Kriteria 35:", "Kriteria 70:"}) {
        EXPECT_EQ(Count(text, row), 1u) << row;
    }

    // Both fonts embedded (subset) with a Unicode map, so the text can be searched and copied.
    // name, "CID", "TrueType", encoding, emb, sub, uni, object number, generation.
    const std::string fonts = Poppler("pdffonts", dir / "lhe.pdf");
    const std::vector<std::vector<std::string>> rows = FontRows(fonts, "+DejaVuSans");
    ASSERT_EQ(rows.size(), 2u) << fonts;
    EXPECT_EQ(Count(fonts, "+DejaVuSans,Book "), 1u) << fonts;
    EXPECT_EQ(Count(fonts, "+DejaVuSans-Bold,Bold "), 1u) << fonts;
    for (const std::vector<std::string>& row : rows) {
        ASSERT_EQ(row.size(), 9u) << fonts;
        EXPECT_EQ(std::vector<std::string>(row.begin() + 1, row.begin() + 7),
                  (std::vector<std::string>{"CID", "TrueType", "Identity-H", "yes", "yes", "yes"}))
            << fonts;
    }
    EXPECT_EQ(fonts.find(" no "), std::string::npos) << fonts;

    // The logo is stored once and drawn twice (letterhead and the image block).
    const std::string images = Poppler("pdfimages", dir / "lhe.pdf", "-list");
    EXPECT_EQ(Count(images, "image      96    96  rgb     3   8  image"), 2u) << images;
}

TEST(PdfDocument, TheSameInputGivesTheSameBytes) {
    TempDir dir;
    const std::string first = WriteReport(dir / "a.pdf", kCreated);
    const std::string second = WriteReport(dir / "b.pdf", kCreated);
    EXPECT_EQ(first, second);
    EXPECT_NE(first, WriteReport(dir / "c.pdf", kCreated + 86400));
}

TEST(PdfDocument, HostileTextFlowsAndNeverReachesLibharuBroken) {
    TempDir dir;
    PdfDocument document(FindPdfFonts({}), {"Judul \xff\xfe rusak\x01", "", "", kCreated});
    PdfLayout layout(document);
    layout.Title("Catatan \xc3 buruk \xed\xa0\x80 selesai");
    layout.Paragraph(std::string("kontrol\x01\x07\x1b[31m di\x7f\xc2\x85tengah\r\nbaris baru \xF0\x9F\x98\x80 emoji"));
    // 200,000 characters: words, then one 20,000-letter "word" that must be cut between letters.
    std::string huge;
    while (huge.size() < 180000) {
        huge += "pembangunan zona integritas menuju wilayah birokrasi bersih ";
    }
    huge += std::string(20000, 'x');
    layout.Paragraph(huge);
    layout.Table({{{"A", 1}, {"B", 1}}, {{huge.substr(0, 30000), "pendek"}}});
    layout.KeyValues({{std::string(500, 'k'), "\xff"}});
    layout.Signature({"", "", "", "\xff\xff", ""});
    layout.Finish({std::string(300, 'c')});
    document.Save(dir / "hostile.pdf", Overwrite::Refused);

    const std::size_t pages = PdfPages(dir / "hostile.pdf");
    EXPECT_EQ(pages, document.PageCount());
    EXPECT_GT(pages, 40u);
    const std::string text = Poppler("pdftotext", dir / "hostile.pdf");
    EXPECT_NE(text.find("Halaman " + std::to_string(pages) + " dari " + std::to_string(pages)), std::string::npos);
    EXPECT_NE(text.find("Catatan \xEF\xBF\xBD buruk"), std::string::npos);  // U+FFFD for the bad byte
    EXPECT_NE(text.find("kontrol[31m ditengah"), std::string::npos);        // controls dropped, not spaces
    EXPECT_EQ(text.find('\x1b'), std::string::npos);
    EXPECT_EQ(text.find('\x07'), std::string::npos);
    EXPECT_NE(text.find("baris baru"), std::string::npos);
    // Every letter of the long word is on some line: cut, not clipped at the margin.
    EXPECT_EQ(Count(text, "x"), 20000u);
    const std::string info = Poppler("pdfinfo", dir / "hostile.pdf");
    EXPECT_NE(info.find("Title:           Judul \xEF\xBF\xBD\xEF\xBF\xBD rusak"), std::string::npos) << info;
}

TEST(PdfDocument, ABadImageIsAUserErrorAndTheDocumentGoesOn) {
    PdfDocument document(FindPdfFonts({}), Metadata());
    EXPECT_THROW((void)document.EmbedImage("GIF89a not supported"), UserError);
    EXPECT_THROW((void)document.EmbedImage(""), UserError);
    const std::string png = ReadFile(test::SourceDir() / "tests/data/pdf/logo.png");
    EXPECT_THROW((void)document.EmbedImage(png.substr(0, 60)), UserError);  // cut inside the pixels
    std::string huge = png;
    huge[16] = '\x7f';  // a width of two billion pixels in the header
    EXPECT_THROW((void)document.EmbedImage(huge), UserError);
    EXPECT_THROW((void)document.EmbedImage("\xFF\xD8\xFF\xE0 truncated jpeg"), UserError);
    const PdfImage logo = document.EmbedImage(png);
    EXPECT_EQ(logo.width, 96);
    PdfLayout layout(document);
    layout.Image(logo, 100);
    layout.Finish({});
    EXPECT_EQ(document.PageCount(), 1u);
    EXPECT_GT(document.Bytes().size(), 1000u);
}

TEST(PdfDocument, MissingFontsAreNamed) {
    TempDir dir;
    try {
        (void)PdfDocument({dir / "none.ttf", dir / "none-bold.ttf"}, Metadata());
        FAIL() << "no error";
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find("none.ttf"), std::string::npos) << error.what();
    }
    test::WriteFile(dir / "bad.ttf", "not a font at all");
    EXPECT_THROW((void)PdfDocument({dir / "bad.ttf", dir / "bad.ttf"}, Metadata()), Error);
}

TEST(PdfDocument, AnEmptyLayoutStillMakesOnePage) {
    PdfDocument document(FindPdfFonts({}), Metadata());
    PdfLayout layout(document);
    layout.Finish({});
    EXPECT_EQ(document.PageCount(), 1u);
}

TEST(PdfText, DropsControlsAndRepairsEncoding) {
    EXPECT_EQ(PdfText("a\x01"
                      "b\tc\x7f",
                      true),
              "ab c");
    EXPECT_EQ(PdfText("a\r\nb\rc\nd", true), "a\nb\nc\nd");
    EXPECT_EQ(PdfText("a\r\nb", false), "a b");
    EXPECT_EQ(PdfText("\xff", true), "\xEF\xBF\xBD");
    EXPECT_EQ(PdfText("\xF0\x9F\x98\x80", true), "\xEF\xBF\xBD");      // beyond U+FFFF
    EXPECT_EQ(PdfText("\xEF\xBB\xBFteks \xC2\x85!", true), "teks !");  // BOM and C1 dropped
    EXPECT_EQ(PdfText(kPhrase, true), kPhrase);
}

TEST(PdfText, WrapsAtSpacesAndCutsLongWords) {
    const PdfMeasure bytes = [](std::string_view text) { return static_cast<double>(text.size()); };
    const auto texts = [](const std::vector<PdfLine>& lines) {
        std::vector<std::string> out;
        for (const PdfLine& line : lines) {
            out.push_back(line.text);
        }
        return out;
    };
    EXPECT_EQ(texts(WrapText("aa bb  cc dd", 5, bytes)), (std::vector<std::string>{"aa bb", "cc dd"}));
    EXPECT_EQ(texts(WrapText("abcdefghijk xy", 4, bytes)), (std::vector<std::string>{"abcd", "efgh", "ijk", "xy"}));
    EXPECT_EQ(texts(WrapText("a\n\nb", 10, bytes)), (std::vector<std::string>{"a", "", "b"}));
    // A cut never splits a character: "é" is two bytes and stays whole.
    EXPECT_EQ(texts(WrapText("éééé", 3, bytes)), (std::vector<std::string>{"é", "é", "é", "é"}));
    const std::vector<PdfLine> lines = WrapText("satu dua\ntiga", 100, bytes);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_TRUE(lines[0].ends_paragraph);
    EXPECT_TRUE(lines[1].ends_paragraph);
    EXPECT_FALSE(WrapText("satu dua", 5, bytes)[0].ends_paragraph);
}

}  // namespace
}  // namespace ziwb::core
