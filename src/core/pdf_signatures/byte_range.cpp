// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf_signatures/byte_range.hpp"

#include <string>

#include "common/text.hpp"

namespace ziwb::core::pdf_signatures {

namespace {

bool IsPdfWhiteSpace(char c) {
    return c == '\0' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
}

RangeReading Refuse(std::string problem) {
    RangeReading reading;
    reading.problem = std::move(problem);
    return reading;
}

}  // namespace

RangeReading ReadByteRange(std::span<const long long> values, std::string_view file) {
    if (values.size() != 4) {
        return Refuse(
            Format(Tr("its /ByteRange holds {0} numbers instead of 4 (two ranges)"), {std::to_string(values.size())}));
    }
    for (const long long value : values) {
        if (value < 0) {
            return Refuse(Tr("its /ByteRange holds a negative number"));
        }
    }
    RangeReading reading;
    auto& ranges = reading.ranges;
    ranges.first_start = static_cast<std::uint64_t>(values[0]);
    ranges.first_length = static_cast<std::uint64_t>(values[1]);
    ranges.second_start = static_cast<std::uint64_t>(values[2]);
    ranges.second_length = static_cast<std::uint64_t>(values[3]);
    const std::uint64_t size = file.size();
    // Compared by subtraction so that no sum of two numbers from the file can overflow.
    if (ranges.first_start > size || ranges.first_length > size - ranges.first_start || ranges.second_start > size ||
        ranges.second_length > size - ranges.second_start) {
        return Refuse(Format(Tr("its /ByteRange reaches past the end of the file ({0} bytes): the file is cut short"),
                             {std::to_string(size)}));
    }
    const std::uint64_t gap_start = ranges.first_start + ranges.first_length;
    if (gap_start >= ranges.second_start) {
        return Refuse(Tr("its /ByteRange leaves no room for the signature between its two ranges"));
    }
    const std::string_view gap = file.substr(gap_start, ranges.second_start - gap_start);
    if (gap.size() < 2 || gap.front() != '<' || gap.back() != '>') {
        return Refuse(Tr("what lies between its two signed ranges is not the /Contents hex string"));
    }
    const std::string_view hex = gap.substr(1, gap.size() - 2);
    if (hex.size() > kMaxContentsHexDigits) {
        return Refuse(Format(Tr("its /Contents is larger than {0} MB, far beyond any signature"),
                             {std::to_string(kMaxContentsHexDigits >> 21)}));
    }
    if (hex.size() % 2 != 0) {
        return Refuse(Tr("its /Contents holds an odd number of hex digits"));
    }
    reading.contents.reserve(hex.size() / 2);
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        const int high = HexDigitValue(hex[i]);
        const int low = HexDigitValue(hex[i + 1]);
        if (high < 0 || low < 0) {
            return Refuse(Tr("its /Contents is not a hex string"));
        }
        reading.contents.push_back(static_cast<char>((high << 4) | low));
    }
    reading.covers_start = ranges.first_start == 0;
    reading.bytes_after = size - ranges.End();
    for (const char c : file.substr(ranges.End())) {
        if (!IsPdfWhiteSpace(c)) {
            reading.only_blank_after = false;
            break;
        }
    }
    reading.ok = true;
    return reading;
}

}  // namespace ziwb::core::pdf_signatures
