// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of PDF signature checking that read numbers and text from the file itself: the
// /ByteRange against the file's bytes, PDF dates, and whole files that are not PDFs at all. The
// signatures themselves are made and checked end to end in tests/cli/test_pdf_verify.py.
#include <gtest/gtest.h>

#include <climits>
#include <string>
#include <vector>

#include "pdf_signatures/byte_range.hpp"
#include "pdf_signatures/pdf_date.hpp"
#include "pdf_signatures/verify_pdf.hpp"

namespace ziwb::core::pdf_signatures {
namespace {

// 10 signed bytes, the hex string <0a0b> (6 bytes), 8 signed bytes.
const std::string kFile = "0123456789<0a0b>ABCDEFGH";

RangeReading Read(std::vector<long long> values, const std::string& file = kFile) {
    return ReadByteRange(values, file);
}

TEST(PdfSignatureByteRange, FramesTheContentsHexString) {
    const auto reading = Read({0, 10, 16, 8});
    ASSERT_TRUE(reading.ok) << reading.problem;
    EXPECT_EQ(reading.contents, std::string("\x0a\x0b"));
    EXPECT_EQ(reading.ranges.Bytes(), 18U);
    EXPECT_TRUE(reading.covers_start);
    EXPECT_EQ(reading.bytes_after, 0U);
    EXPECT_TRUE(reading.only_blank_after);
}

TEST(PdfSignatureByteRange, BytesAfterTheSignedRevisionAreCountedAndBlankOnesChangeNothing) {
    auto reading = Read({0, 10, 16, 8}, kFile + "\r\n \n");
    ASSERT_TRUE(reading.ok);
    EXPECT_EQ(reading.bytes_after, 4U);
    EXPECT_TRUE(reading.only_blank_after);
    reading = Read({0, 10, 16, 8}, kFile + "\n1 0 obj");
    ASSERT_TRUE(reading.ok);
    EXPECT_FALSE(reading.only_blank_after);
    reading = Read({2, 8, 16, 8});
    ASSERT_TRUE(reading.ok);
    EXPECT_FALSE(reading.covers_start);
}

TEST(PdfSignatureByteRange, RefusesWhatDoesNotFitTheFile) {
    EXPECT_FALSE(Read({0, 10, 16}).ok);
    EXPECT_FALSE(Read({0, 10, 16, 8, 0, 0}).ok);
    EXPECT_FALSE(Read({0, -10, 16, 8}).ok);
    EXPECT_FALSE(Read({0, 10, 16, 9}).ok);  // one byte past the end
    EXPECT_FALSE(Read({0, 10, 16, LLONG_MAX}).ok);
    EXPECT_FALSE(Read({LLONG_MAX, LLONG_MAX, LLONG_MAX, LLONG_MAX}).ok);
    EXPECT_FALSE(Read({0, 16, 10, 8}).ok);   // ranges out of order
    EXPECT_FALSE(Read({0, 10, 10, 14}).ok);  // no gap
    EXPECT_FALSE(Read({0, 9, 16, 8}).ok);    // the gap is not only the hex string
    EXPECT_FALSE(Read({0, 11, 15, 9}).ok);
    EXPECT_NE(Read({0, 10, 16, 9}).problem.find("24"), std::string::npos);  // names the file's size
}

TEST(PdfSignatureByteRange, RefusesContentsThatAreNotHexDigits) {
    EXPECT_FALSE(Read({0, 10, 16, 8}, "0123456789<0a0g>ABCDEFGH").ok);
    EXPECT_FALSE(Read({0, 10, 15, 8}, "0123456789<0a0>ABCDEFGH").ok);  // odd count
    EXPECT_FALSE(Read({0, 10, 16, 8}, "0123456789(0a0b)ABCDEFGH").ok);
    const std::string huge = "AB<" + std::string(kMaxContentsHexDigits + 2, '0') + ">C";
    const auto reading = Read({0, 2, static_cast<long long>(huge.size() - 1), 1}, huge);
    EXPECT_FALSE(reading.ok);
}

TEST(PdfSignatureDate, ReadsTheFormsSigningApplicationsWrite) {
    // 2026-01-30 10:15:00 in WIB (UTC+7) is 03:15:00 UTC.
    EXPECT_EQ(IsoUtc(ParsePdfDate("D:20260130101500+07'00'").value()), "2026-01-30T03:15:00Z");
    EXPECT_EQ(IsoUtc(ParsePdfDate("D:20260130101500+07'00").value()), "2026-01-30T03:15:00Z");
    EXPECT_EQ(IsoUtc(ParsePdfDate("D:20260130101500Z").value()), "2026-01-30T10:15:00Z");
    EXPECT_EQ(IsoUtc(ParsePdfDate("D:20260130101500-05'30'").value()), "2026-01-30T15:45:00Z");
    EXPECT_EQ(IsoUtc(ParsePdfDate("20260130").value()), "2026-01-30T00:00:00Z");
    EXPECT_EQ(IsoUtc(ParsePdfDate("D:2026").value()), "2026-01-01T00:00:00Z");
}

TEST(PdfSignatureDate, RefusesWhatIsNotADate) {
    for (const char* text : {"", "D:", "D:20", "D:20261301", "D:2026013025", "D:20260130101500+07'99'", "D:2026x130",
                             "D:20260130101500?", "tomorrow"}) {
        EXPECT_FALSE(ParsePdfDate(text).has_value()) << text;
    }
}

TEST(PdfSignatureFile, BytesThatAreNoPdfAreCorruptWithOneLine) {
    const TrustStore trust;
    for (const std::string& bytes :
         {std::string(), std::string("%PDF-1.7\n"), std::string(1000, '\0'),
          std::string("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R "
                      ">>\n%%EOF\n")}) {
        const auto report = VerifyPdfSignatures(bytes, trust, "uji.pdf");
        EXPECT_NE(report.state, PdfFileState::Signed);
        if (report.state == PdfFileState::Corrupt) {
            EXPECT_EQ(report.problem.find('\n'), std::string::npos);
            EXPECT_FALSE(report.problem.empty());
        }
    }
}

}  // namespace
}  // namespace ziwb::core::pdf_signatures
