// SPDX-License-Identifier: GPL-3.0-or-later
// The satisfaction survey (PermenPANRB 14/2017): the IKM against arithmetic done by hand, the grade
// bands at their limits, Krejcie and Morgan's sample table, the survey file reader, and the report
// read back with poppler's pdftotext.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "pdf/pdf_fonts.hpp"
#include "services/ikm.hpp"
#include "services/service_rules.hpp"
#include "services/skm_csv.hpp"
#include "services/skm_report.hpp"
#include "test_support.hpp"

namespace ziwb::core {
namespace {

using test::ReadFile;
using test::TempDir;

const ServiceRules& Rules() {
    static const ServiceRules rules =
        ParseServiceRules(ReadFile(test::SourceDir() / "rules/pelayanan-publik.xml"), "rules/pelayanan-publik.xml");
    return rules;
}

// Four respondents, nine elements (u1..u9):
//   R1: 4 4 3 4 3 3 4 3 3
//   R2: 3 3 3 4 3 4 4 3 2
//   R3: 4 3 2 4 3 3 4 2 3
//   R4: 3 4 3 4 4 3 4 3 3
// Sums per element:  14 14 11 16 13 13 16 11 11   (all 119)
// NRR = sum / 4:     3,5 3,5 2,75 4 3,25 3,25 4 2,75 2,75   (their sum 29,75 = 119 / 4)
// NRR tertimbang = NRR x 1/9, so u1: 3,5 / 9 = 0,38889
// IKM = 29,75 / 9 = 3,30556; x 25 = 82,63889, rounded 82,64: between 76,61 and 88,30, so B, "Baik".
// (With the rounded weight 0,11 it would be 29,75 x 0,11 = 3,2725 -> 81,81: B as well.)
const std::vector<SkmResponse>& Four() {
    static const std::vector<SkmResponse> four = {{4, 4, 3, 4, 3, 3, 4, 3, 3},
                                                  {3, 3, 3, 4, 3, 4, 4, 3, 2},
                                                  {4, 3, 2, 4, 3, 3, 4, 2, 3},
                                                  {3, 4, 3, 4, 4, 3, 4, 3, 3}};
    return four;
}

TEST(Ikm, HandComputedExample) {
    const IkmResult result = ComputeIkm(Rules(), Four());
    EXPECT_EQ(result.respondents, 4U);
    EXPECT_EQ(result.element_sums, (std::vector<std::int64_t>{14, 14, 11, 16, 13, 13, 16, 11, 11}));
    const std::vector<double> means = {3.5, 3.5, 2.75, 4, 3.25, 3.25, 4, 2.75, 2.75};
    ASSERT_EQ(result.element_means.size(), means.size());
    for (std::size_t i = 0; i < means.size(); ++i) {
        EXPECT_DOUBLE_EQ(result.element_means[i], means[i]) << i;
        EXPECT_NEAR(result.weighted[i], means[i] / 9.0, 1e-12) << i;
    }
    EXPECT_NEAR(result.weighted[0], 0.388889, 1e-6);
    EXPECT_NEAR(result.index, 29.75 / 9.0, 1e-12);
    EXPECT_NEAR(result.score, 82.638889, 1e-6);
    EXPECT_EQ(result.grade, "B");
    EXPECT_EQ(result.performance, "Baik");
    EXPECT_NEAR(IkmElementWeight(Rules()), 1.0 / 9.0, 1e-15);
}

// Published examples (docs/service-standards.md, "Worked examples"). The regulation's own worked
// example could not be read here; these are the nearest published figures.
//
// 1. The SKM output of Disdukcapil Tulang Bawang Barat, "Pengolahan data SKM ... Tahun 2023 Semester
//    1" (https://e-smile.tubaba.go.id/main/skm/laporan/online): one respondent scoring 4 on every
//    element; NRR 4 each, NRR tertimbang 0,44 each as printed, IKM unit pelayanan 100, "Sangat
//    Baik" (A). Only a weight of exactly 1/9 gives 100 (0,111 would give 99,90; 0,11 gives 99,00).
TEST(Ikm, PublishedExampleOfOneRespondent) {
    const IkmResult result = ComputeIkm(Rules(), std::vector<SkmResponse>{SkmResponse(9, 4)});
    for (const double weighted : result.weighted) {
        EXPECT_EQ(std::round(weighted * 100) / 100, 0.44);
    }
    EXPECT_DOUBLE_EQ(result.index, 4.0);
    EXPECT_DOUBLE_EQ(result.score, 100.0);
    EXPECT_EQ(result.grade, "A");
}

// 2. "Triwulan III" of github.com/rennn9/GASPUL_BACKEND, rumus_perhitungan_ikm_lengkap.md (commit
//    157a1a6): 29 respondents, element totals 105, 101, 100, 116, 102, 105, 106, 105, 115 (955 in
//    all); NRR 3,6207 3,4828 3,4483 4,0000 3,5172 3,6207 3,6552 3,6207 3,9655; with the weight 1/9
//    the IKM is 91,48, grade A. Here each element's total is made of (total - 87) fours and the rest
//    threes.
TEST(Ikm, PublishedExampleOfTwentyNineRespondents) {
    const std::array<int, 9> totals = {105, 101, 100, 116, 102, 105, 106, 105, 115};
    std::vector<SkmResponse> responses(29, SkmResponse(9, 3));
    for (std::size_t element = 0; element < totals.size(); ++element) {
        for (int i = 0; i < totals[element] - 87; ++i) {
            responses[static_cast<std::size_t>(i)][element] = 4;
        }
    }
    const IkmResult result = ComputeIkm(Rules(), responses);
    const std::array<double, 9> printed = {3.6207, 3.4828, 3.4483, 4.0000, 3.5172, 3.6207, 3.6552, 3.6207, 3.9655};
    for (std::size_t element = 0; element < printed.size(); ++element) {
        EXPECT_EQ(result.element_sums[element], totals[element]);
        EXPECT_NEAR(result.element_means[element], printed[element], 0.00005);
    }
    EXPECT_NEAR(result.index, 3.6590, 0.00005);
    EXPECT_EQ(std::round(result.score * 100) / 100, 91.48);
    EXPECT_EQ(result.grade, "A");
}

TEST(Ikm, ZeroRespondentsSaySoWithoutNaN) {
    const IkmResult result = ComputeIkm(Rules(), {});
    EXPECT_TRUE(result.Empty());
    EXPECT_EQ(result.index, 0.0);
    EXPECT_EQ(result.score, 0.0);
    EXPECT_TRUE(result.grade.empty());
    ASSERT_EQ(result.element_means.size(), 9U);
    for (const double mean : result.element_means) {
        EXPECT_EQ(mean, 0.0);
    }
    EXPECT_TRUE(PoolIkm(Rules(), std::vector<IkmResult>{result, result}).Empty());
}

TEST(Ikm, RefusesResponsesThatAreNotOfTheScale) {
    EXPECT_THROW((void)ComputeIkm(Rules(), std::vector<SkmResponse>{{4, 4, 4}}), UserError);
    EXPECT_THROW((void)ComputeIkm(Rules(), std::vector<SkmResponse>{{4, 4, 4, 4, 5, 4, 4, 4, 4}}), UserError);
    EXPECT_THROW((void)ComputeIkm(Rules(), std::vector<SkmResponse>{{4, 4, 4, 4, 0, 4, 4, 4, 4}}), UserError);
}

TEST(Ikm, PoolingEqualsOneSurveyOfAllResponses) {
    const std::vector<SkmResponse> first(Four().begin(), Four().begin() + 1);
    const std::vector<SkmResponse> rest(Four().begin() + 1, Four().end());
    const std::vector<IkmResult> surveys = {ComputeIkm(Rules(), first), ComputeIkm(Rules(), {}),
                                            ComputeIkm(Rules(), rest)};
    const IkmResult pooled = PoolIkm(Rules(), surveys);
    const IkmResult whole = ComputeIkm(Rules(), Four());
    EXPECT_EQ(pooled.respondents, 4U);
    EXPECT_EQ(pooled.element_sums, whole.element_sums);
    EXPECT_DOUBLE_EQ(pooled.index, whole.index);
    EXPECT_EQ(pooled.grade, "B");
    // Not the mean of the two indices: R1 alone is 31/9 = 3,444; R2..R4 88/27 = 3,259; their mean
    // 3,352 differs from the pooled 3,306.
    EXPECT_GT(std::abs((surveys[0].index + surveys[2].index) / 2 - pooled.index), 0.04);
}

// `respondents` responses whose scores add up to `total`: every cell 1, then raised one by one.
std::vector<SkmResponse> WithTotal(std::size_t respondents, std::int64_t total) {
    std::vector<SkmResponse> responses(respondents, SkmResponse(9, 1));
    std::int64_t left = total - static_cast<std::int64_t>(respondents * 9);
    for (std::size_t r = 0; r < respondents && left > 0; ++r) {
        for (int& score : responses[r]) {
            const auto raise = static_cast<int>(std::min<std::int64_t>(3, left));
            score += raise;
            left -= raise;
        }
    }
    return responses;
}

TEST(Ikm, GradeBandsAtTheirLimits) {
    struct Case {
        double score;
        const char* grade;
    };
    for (const Case& c :
         {Case{25.00, "D"}, Case{64.99, "D"}, Case{64.994, "D"}, Case{64.995, "C"}, Case{65.00, "C"}, Case{76.60, "C"},
          Case{76.605, "B"}, Case{76.61, "B"}, Case{88.30, "B"}, Case{88.31, "A"}, Case{100.00, "A"}}) {
        const IkmGrade* band = IkmGradeForScore(Rules(), c.score);
        ASSERT_NE(band, nullptr) << c.score;
        EXPECT_EQ(band->grade, c.grade) << c.score;
    }
    EXPECT_EQ(IkmGradeForScore(Rules(), 24.99), nullptr);

    // The same limits reached by real responses: score = total / (9 n) x 25.
    struct Survey {
        std::size_t respondents;
        std::int64_t total;
        double score;
        const char* grade;
    };
    for (const Survey& s : {Survey{2500, 58491, 64.99, "D"}, Survey{5, 117, 65.00, "C"}, Survey{125, 3447, 76.60, "C"},
                            Survey{2500, 68949, 76.61, "B"}, Survey{250, 7947, 88.30, "B"},
                            Survey{2500, 79479, 88.31, "A"}, Survey{5000, 116991, 64.995, "C"}}) {
        const IkmResult result = ComputeIkm(Rules(), WithTotal(s.respondents, s.total));
        EXPECT_NEAR(result.score, s.score, 1e-9) << s.total;
        EXPECT_EQ(result.grade, s.grade) << s.score;
    }
}

TEST(Ikm, SampleSizesOfTheKrejcieMorganTable) {
    // Entries of Krejcie and Morgan's published table (1970), which the regulation reproduces.
    const std::vector<std::pair<std::int64_t, std::int64_t>> table = {
        {10, 10},     {15, 14},     {20, 19},     {50, 44},     {100, 80},     {200, 132},
        {500, 217},   {1000, 278},  {1200, 291},  {2000, 322},  {5000, 357},   {9000, 368},
        {10000, 370}, {20000, 377}, {50000, 381}, {75000, 382}, {1000000, 384}};
    for (const auto& [population, sample] : table) {
        EXPECT_EQ(RequiredSample(Rules(), population), sample) << population;
    }
    EXPECT_EQ(RequiredSample(Rules(), 1), 1);
    EXPECT_EQ(RequiredSample(Rules(), 0), 0);
    EXPECT_EQ(RequiredSample(Rules(), -5), 0);
}

// ---- The survey file -------------------------------------------------------------------------

constexpr const char* kHeader = "Timestamp,No_Responden,Umur,U1,U2,U3,U4,U5,U6,U7,U8,U9\n";

TEST(SkmCsv, ReadsAGoodFile) {
    const std::string csv = std::string(kHeader) +
                            "2026/03/01 10:00:00,1,34,4,4,3,4,3,3,4,3,3\n"
                            "2026/03/01 10:05:00,2,45,3,3,3,4,3,4,4,3,2\n"
                            "2026/03/01 10:09:00,3,29,4,3,2,4,3,3,4,2,3\n"
                            "2026/03/01 10:15:00,4,51,3,4,3,4,4,3,4,3,3\n";
    const SkmParse parse = ParseSkmCsv(Rules(), csv, false);
    EXPECT_TRUE(parse.problems.empty());
    EXPECT_EQ(parse.skipped, 0U);
    EXPECT_EQ(parse.responses, Four());
    EXPECT_EQ(ComputeIkm(Rules(), parse.responses).grade, "B");
}

TEST(SkmCsv, FindsColumnsByNameInAnyOrder) {
    // Google Forms' grid question: "Question [row]"; element names as headers, columns shuffled.
    const std::string csv =
        "Stempel waktu,Penilaian [Sarana dan prasarana],U1 Persyaratan,Sistem; mekanisme dan prosedur,"
        "Waktu Penyelesaian,Biaya / Tarif,Produk spesifikasi jenis pelayanan,Kompetensi Pelaksana,"
        "Perilaku pelaksana,\"Penanganan pengaduan, saran, dan masukan\",Saran\n"
        "2026-03-01,3,4,4,3,4,3,3,4,3,\"Lebih cepat, ya\"\n";
    const SkmParse parse = ParseSkmCsv(Rules(), csv, false);
    ASSERT_TRUE(parse.problems.empty()) << parse.problems.front().problem;
    ASSERT_EQ(parse.responses.size(), 1U);
    EXPECT_EQ(parse.responses[0], (SkmResponse{4, 4, 3, 4, 3, 3, 4, 3, 3}));
}

TEST(SkmCsv, ReadsTheQuestionnairesWords) {
    const std::string csv =
        "u1,u2,u3,u4,u5,u6,u7,u8,u9\n"
        "Sangat sesuai,Mudah,Kurang cepat,Gratis,Tidak sesuai,Sangat Kompeten,"
        "Sopan & ramah,Dikelola dengan baik,Cukup\n"
        "a. Sesuai,  SANGAT MUDAH ,4 - Sangat cepat,Cukup mahal,3,\"3,0\",Sangat puas,"
        "Ada tetapi tidak berfungsi,Sangat baik\n";
    const SkmParse parse = ParseSkmCsv(Rules(), csv, false);
    ASSERT_TRUE(parse.problems.empty()) << parse.problems.front().problem;
    ASSERT_EQ(parse.responses.size(), 2U);
    EXPECT_EQ(parse.responses[0], (SkmResponse{4, 3, 2, 4, 1, 4, 3, 4, 2}));
    EXPECT_EQ(parse.responses[1], (SkmResponse{3, 4, 4, 2, 3, 3, 4, 2, 4}));
}

TEST(SkmCsv, ReportsBadCellsWithTheirRowAndColumn) {
    const std::string csv = std::string(kHeader) +
                            "t1,1,30,4,4,4,4,4,4,4,4,4\n"
                            "t2,2,30,5,4,4,4,4,4,4,4,4\n"                // row 3: out of range
                            "t3,3,30,4,,4,4,4,4,4,4,4\n"                 // row 4: empty
                            "t4,4,30,4,4,empat,4,4,4,4,4,4\n"            // row 5: not a number
                            "t5,5,30,4,4,4,3.5,4,4,4,4,4\n"              // row 6: not whole
                            "t6,6,30,4,4,4,4,Cukup,4,4,4,4\n"            // row 7: "Cukup" is u9's word only
                            "t7,7,30,4,4,4,4,4,4,4,4,1 - Sangat baik\n"  // row 8: number and words disagree
                            "t8,8,30,3,3,3,3,3,3,3,3,3\n";
    const SkmParse strict = ParseSkmCsv(Rules(), csv, false);
    EXPECT_TRUE(strict.responses.empty()) << "nothing is imported while a row is wrong";
    EXPECT_EQ(strict.skipped, 0U);
    ASSERT_EQ(strict.problems.size(), 6U);
    EXPECT_EQ(strict.problems[0].row, 3U);
    EXPECT_EQ(strict.problems[0].column, "U1");
    EXPECT_NE(strict.problems[0].problem.find('5'), std::string::npos);
    EXPECT_FALSE(strict.problems[0].fix.empty());
    EXPECT_EQ(strict.problems[1].row, 4U);
    EXPECT_EQ(strict.problems[1].column, "U2");
    EXPECT_EQ(strict.problems[2].row, 5U);
    EXPECT_EQ(strict.problems[2].column, "U3");
    EXPECT_NE(strict.problems[2].problem.find("empat"), std::string::npos);
    EXPECT_NE(strict.problems[2].fix.find("Sangat cepat"), std::string::npos) << strict.problems[2].fix;
    EXPECT_EQ(strict.problems[3].row, 6U);
    EXPECT_EQ(strict.problems[4].row, 7U);
    EXPECT_EQ(strict.problems[4].column, "U5");
    EXPECT_EQ(strict.problems[5].row, 8U);
    EXPECT_EQ(strict.problems[5].column, "U9");

    const SkmParse lenient = ParseSkmCsv(Rules(), csv, true);
    EXPECT_EQ(lenient.problems.size(), 6U);
    EXPECT_EQ(lenient.skipped, 6U);
    ASSERT_EQ(lenient.responses.size(), 2U);
    EXPECT_EQ(lenient.responses[1], SkmResponse(9, 3));
}

TEST(SkmCsv, DuplicatesByRespondentIdOrSameTimestampAndAnswers) {
    const std::string by_id = std::string(kHeader) +
                              "t1,R-01,30,4,4,4,4,4,4,4,4,4\n"
                              "t2,R-02,30,3,3,3,3,3,3,3,3,3\n"
                              "t3,R-01,30,2,2,2,2,2,2,2,2,2\n";
    const SkmParse id_parse = ParseSkmCsv(Rules(), by_id, true);
    ASSERT_EQ(id_parse.problems.size(), 1U);
    EXPECT_EQ(id_parse.problems[0].row, 4U);
    EXPECT_EQ(id_parse.problems[0].column, "No_Responden");
    EXPECT_NE(id_parse.problems[0].problem.find("R-01"), std::string::npos);
    EXPECT_NE(id_parse.problems[0].problem.find('2'), std::string::npos) << "names the first row";
    EXPECT_EQ(id_parse.responses.size(), 2U);

    // Without an id: identical answers are two respondents unless the timestamp is the same too.
    const std::string by_time =
        "Timestamp,U1,U2,U3,U4,U5,U6,U7,U8,U9\n"
        "2026-03-01 10:00,4,4,4,4,4,4,4,4,4\n"
        "2026-03-01 10:07,4,4,4,4,4,4,4,4,4\n"
        "2026-03-01 10:00,4,4,4,4,4,4,4,4,4\n";
    const SkmParse time_parse = ParseSkmCsv(Rules(), by_time, false);
    ASSERT_EQ(time_parse.problems.size(), 1U);
    EXPECT_EQ(time_parse.problems[0].row, 4U);
    EXPECT_EQ(time_parse.problems[0].column, "Timestamp");

    const std::string no_id = "U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,4,4,4,4,4,4,4\n4,4,4,4,4,4,4,4,4\n";
    const SkmParse same = ParseSkmCsv(Rules(), no_id, false);
    EXPECT_TRUE(same.problems.empty());
    EXPECT_EQ(same.responses.size(), 2U);
}

TEST(SkmCsv, AMissingElementColumnRefusesTheFile) {
    const std::string csv = "Timestamp,U1,U2,U3,U4,U5,U6,U7,U8\n1,4,4,4,4,4,4,4,4\n";
    try {
        (void)ParseSkmCsv(Rules(), csv, true);
        FAIL() << "no error";
    } catch (const UserError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("U9 (Penanganan pengaduan, saran, dan masukan)"), std::string::npos) << message;
        EXPECT_NE(message.find("'Timestamp'"), std::string::npos) << message;
        EXPECT_EQ(message.find("U1 ("), std::string::npos) << message;
    }
    // Two columns for one element are no guess either.
    EXPECT_THROW((void)ParseSkmCsv(Rules(), "U1,U1,U2,U3,U4,U5,U6,U7,U8,U9\n", true), UserError);
    EXPECT_THROW((void)ParseSkmCsv(Rules(), "", true), UserError);
    EXPECT_THROW((void)ParseSkmCsv(Rules(), "U1,U2\n\xff\xfe,3\n", true), UserError);
}

TEST(SkmCsv, ByteOrderMarkCrlfSemicolonsAndQuotedLineBreaks) {
    // Excel's "CSV UTF-8" with semicolons and CRLF; a comment cell holds a line break, so the next
    // record starts a line further down but is still the spreadsheet's next row; a blank line is a row.
    const std::string csv =
        "\xEF\xBB\xBFId;U1;U2;U3;U4;U5;U6;U7;U8;U9;Komentar\r\n"
        "A;4;4;4;4;4;4;4;4;4;\"baik\r\nsekali; \"\"mantap\"\"\"\r\n"
        "B;3;3;3;3;3;3;3;3;3;\r\n"
        "\r\n"
        "C;3;3;3;3;3;3;3;3;9;\r\n"
        ";;;;;;;;;;\r\n";
    const SkmParse parse = ParseSkmCsv(Rules(), csv, true);
    ASSERT_EQ(parse.responses.size(), 2U);
    EXPECT_EQ(parse.responses[0], SkmResponse(9, 4));
    ASSERT_EQ(parse.problems.size(), 1U);
    EXPECT_EQ(parse.problems[0].row, 5U);  // header 1, A 2, B 3, blank 4, C 5
    EXPECT_EQ(parse.problems[0].column, "U9");
}

TEST(SkmCsv, TenThousandRowsAreRead) {
    std::string csv = kHeader;
    for (int i = 0; i < 10000; ++i) {
        csv += "t," + std::to_string(i) + ",40,4,3,2,1,4,3,2,1,4\n";
    }
    const SkmParse parse = ParseSkmCsv(Rules(), csv, false);
    EXPECT_TRUE(parse.problems.empty());
    EXPECT_EQ(parse.responses.size(), 10000U);
}

// ---- The report ------------------------------------------------------------------------------

std::string PdfText(const std::filesystem::path& pdf) {
    const std::string command = "pdftotext -layout '" + PathToUtf8(pdf) + "' - 2>/dev/null";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    EXPECT_NE(pipe, nullptr) << command;
    std::string out;
    std::array<char, 4096> buffer{};
    while (pipe && std::fgets(buffer.data(), static_cast<int>(buffer.size()), pipe.get()) != nullptr) {
        out += buffer.data();
    }
    // Runs of spaces and line breaks as one space: a sentence wrapped over two lines is still found.
    std::string text;
    for (const char c : out) {
        const bool space = c == ' ' || c == '\n' || c == '\f';
        if (!space || (!text.empty() && text.back() != ' ')) {
            text += space ? ' ' : c;
        }
    }
    return text;
}

TEST(SkmReport, ReadsBackWithTheIndexAndGrade) {
    const TempDir dir;
    SkmReportData data;
    data.unit_name = "Dinas Tenaga Kerja";
    data.agency = "Pemerintah Kabupaten Banyumas";
    data.period = "Semester I 2026";
    const std::vector<SkmResponse> first(Four().begin(), Four().begin() + 1);
    const std::vector<SkmResponse> rest(Four().begin() + 1, Four().end());
    data.services.push_back({"Pelayanan Kartu Pencari Kerja (AK/I)", "Semester I 2026", ComputeIkm(Rules(), first), 100,
                             RequiredSample(Rules(), 100)});
    data.services.push_back({"Pengesahan Peraturan Perusahaan", "Semester I 2026", ComputeIkm(Rules(), rest), 0, 0});
    data.unit = PoolIkm(Rules(), std::vector<IkmResult>{data.services[0].result, data.services[1].result});
    const Letterhead letterhead{
        {"PEMERINTAH KABUPATEN BANYUMAS", "DINAS TENAGA KERJA", "Jalan Jenderal Soedirman 12"}, {}, {}, {}, {}};
    data.letterhead = &letterhead;
    data.signature = PdfSignature{"Purwokerto", "30 Juni 2026", "Kepala Dinas,", "Drs. Budi Santoso", ""};
    data.document_code = "SKM-2026-1";
    WriteSkmReport(Rules(), data, FindPdfFonts({}), dir / "skm.pdf", Overwrite::Refused);

    const std::string text = PdfText(dir / "skm.pdf");
    EXPECT_NE(text.find("LAPORAN SURVEI KEPUASAN MASYARAKAT"), std::string::npos) << text;
    EXPECT_NE(text.find("Dinas Tenaga Kerja"), std::string::npos);
    EXPECT_NE(text.find("Pelayanan Kartu Pencari Kerja (AK/I)"), std::string::npos);
    EXPECT_NE(text.find("3,3056"), std::string::npos) << "the IKM, with a decimal comma";
    EXPECT_NE(text.find("82,64"), std::string::npos) << "the converted score";
    EXPECT_NE(text.find("Baik"), std::string::npos);
    EXPECT_NE(text.find("0,3889"), std::string::npos) << "u1's weighted NRR";
    EXPECT_NE(text.find("KURANG dari sampel minimal 80"), std::string::npos) << "1 respondent of 100 users";
    EXPECT_NE(text.find("populasi tidak diketahui"), std::string::npos);
    EXPECT_NE(text.find("Cara perhitungan"), std::string::npos);
    EXPECT_NE(text.find("SKM-2026-1"), std::string::npos);
    EXPECT_EQ(text.find("82.64"), std::string::npos) << "no decimal point";

    // The same bytes without a file; an empty survey says so instead of printing figures.
    SkmReportData empty;
    empty.unit_name = "Dinas Tenaga Kerja";
    empty.services.push_back({"Pelayanan Kartu Pencari Kerja (AK/I)", "2026", ComputeIkm(Rules(), {}), 0, 0});
    empty.unit = empty.services[0].result;
    const std::string bytes = RenderSkmReport(Rules(), empty, FindPdfFonts({}));
    ASSERT_TRUE(bytes.starts_with("%PDF-"));
    test::WriteFile(dir / "empty.pdf", bytes);
    const std::string empty_text = PdfText(dir / "empty.pdf");
    EXPECT_NE(empty_text.find("Belum ada responden"), std::string::npos) << empty_text;
    EXPECT_EQ(empty_text.find("NaN"), std::string::npos);
    EXPECT_EQ(empty_text.find(" nan"), std::string::npos);
}

}  // namespace
}  // namespace ziwb::core
