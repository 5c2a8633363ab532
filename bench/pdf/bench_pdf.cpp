// SPDX-License-Identifier: GPL-3.0-or-later
// Renders N one-page letters (kop surat with logo, title, key/value rows, paragraphs, signature,
// footer), each a document of its own written to a file, and prints the time: the cost of printing
// a Pakta Integritas for every member of a large unit. Usage: bench_pdf OUT_DIR [N]
// With N = 1 the one letter is also the sample page of docs/pdf/.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "pdf/pdf_document.hpp"
#include "pdf/pdf_layout.hpp"

namespace {

using ziwb::core::PdfAlign;

std::string ReadAll(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

void Letter(const ziwb::core::PdfFontFiles& fonts, const std::string& logo_bytes, int number,
            const std::filesystem::path& target) {
    const std::string nomor = std::to_string(number);
    ziwb::core::PdfDocument document(
        fonts, {"Pakta Integritas " + nomor, "Dinas Tenaga Kerja", "Zona Integritas", 1767693600});
    const ziwb::core::PdfImage logo = document.EmbedImage(logo_bytes);
    ziwb::core::PdfLayout layout(document);
    layout.Letterhead({logo,
                       "PEMERINTAH KABUPATEN BANYUMAS",
                       "DINAS TENAGA KERJA",
                       {"Jalan Jenderal Soedirman No. 12, Purwokerto 53116",
                        "Telepon (0281) 123456 · Laman disnaker.banyumaskab.go.id"}});
    layout.Title("PAKTA INTEGRITAS");
    layout.Paragraph("Saya yang bertanda tangan di bawah ini:", PdfAlign::Left);
    layout.KeyValues({{"Nama", "Rr. Dewi Anggraeni Kusumawardhani, S.E., M.M."},
                      {"NIP", "19810314 200604 2 0" + std::to_string(10 + number % 90)},
                      {"Pangkat/Golongan", "Penata Tingkat I (III/d)"},
                      {"Jabatan", "Kepala Sub Bagian Umum dan Kepegawaian"},
                      {"Unit kerja", "Dinas Tenaga Kerja — Ruang Rapat Lt. 2"}});
    layout.Paragraph(
        "Dalam rangka pembangunan Zona Integritas menuju Wilayah Bebas dari Korupsi (WBK) dan Wilayah Birokrasi "
        "Bersih dan Melayani (WBBM), dengan ini menyatakan bahwa saya:");
    layout.Paragraph(
        "1. Berperan secara pro aktif dalam upaya pencegahan dan pemberantasan Korupsi, Kolusi dan Nepotisme "
        "serta tidak melibatkan diri dalam perbuatan tercela;\n"
        "2. Tidak meminta atau menerima pemberian secara langsung atau tidak langsung berupa suap, hadiah, "
        "bantuan, atau bentuk lainnya yang tidak sesuai dengan ketentuan yang berlaku;\n"
        "3. Bersikap transparan, jujur, obyektif, dan akuntabel dalam melaksanakan tugas;\n"
        "4. Menghindari pertentangan kepentingan (conflict of interest) dalam melaksanakan tugas;\n"
        "5. Memberi contoh dalam kepatuhan terhadap peraturan perundang-undangan dalam melaksanakan tugas, "
        "terutama kepada pegawai yang berada di bawah pengawasan saya dan sesama pegawai di lingkungan kerja "
        "saya secara konsisten;\n"
        "6. Akan menyampaikan informasi penyimpangan integritas di Dinas Tenaga Kerja serta turut menjaga "
        "kerahasiaan saksi atas pelanggaran peraturan yang dilaporkannya;\n"
        "7. Bila saya melanggar hal-hal tersebut di atas, saya siap menghadapi konsekuensinya.",
        PdfAlign::Left);
    layout.Signature({"Purwokerto", "6 Januari 2026", "Kepala Sub Bagian Umum dan Kepegawaian,",
                      "Rr. Dewi Anggraeni Kusumawardhani, S.E., M.M.", "19810314 200604 2 011"});
    layout.Finish({"PI/DISNAKER/2026/" + nomor});
    document.Save(target, ziwb::core::Overwrite::Allowed);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_pdf OUT_DIR [N]\n");
        return 2;
    }
    try {
        const std::filesystem::path out = ziwb::core::PathFromUtf8(argv[1]);
        const int count = argc > 2 ? std::stoi(argv[2]) : 500;
        const ziwb::core::PdfFontFiles fonts = ziwb::core::FindPdfFonts({});
        const std::string logo = ReadAll(std::filesystem::path(ZIWB_SOURCE_DIR) / "tests/data/pdf/logo.png");
        const auto start = std::chrono::steady_clock::now();
        for (int i = 1; i <= count; ++i) {
            Letter(fonts, logo, i, out / ("surat-" + std::to_string(i) + ".pdf"));
        }
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("%d %.3f\n", count, seconds);
    } catch (const ziwb::core::Error& error) {
        std::fprintf(stderr, "bench_pdf: %s\n", error.what());
        return 1;
    }
    return 0;
}
