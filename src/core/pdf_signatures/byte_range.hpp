// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace ziwb::core::pdf_signatures {

/// The two byte ranges a PDF signature signs: everything before its /Contents hex string and
/// everything after it, up to the end of the revision that was signed.
struct SignedRanges {
    std::uint64_t first_start = 0;
    std::uint64_t first_length = 0;
    std::uint64_t second_start = 0;
    std::uint64_t second_length = 0;
    [[nodiscard]] std::uint64_t End() const { return second_start + second_length; }
    [[nodiscard]] std::uint64_t Bytes() const { return first_length + second_length; }
};

/// What a /ByteRange comes to in one file.
struct RangeReading {
    bool ok = false;
    std::string problem;  ///< one translated line when !ok
    SignedRanges ranges;
    std::string contents;           ///< the DER signature, decoded from the hex string between the ranges
    bool covers_start = false;      ///< the first range starts at the first byte
    std::uint64_t bytes_after = 0;  ///< bytes after the signed ranges (an incremental update)
    bool only_blank_after = true;   ///< those bytes are PDF white space only, which changes nothing
};

/// Largest /Contents accepted: 1 MiB of signature (2 MiB of hex). A signature with its chain and
/// a timestamp is some 10 to 30 KB.
inline constexpr std::size_t kMaxContentsHexDigits = std::size_t{2} << 20;

/// Checks a /ByteRange (the integers as read from the PDF) against the file: four non-negative
/// numbers, two ranges in order within the file, and between them exactly one hex string
/// `<...>`, which is the signature. Everything here comes from the file: no value is trusted.
[[nodiscard]] RangeReading ReadByteRange(std::span<const long long> values, std::string_view file);

}  // namespace ziwb::core::pdf_signatures
