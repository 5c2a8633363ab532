// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdf_text.hpp"

#include <algorithm>

#include "common/utf8.hpp"

namespace ziwb::core {
namespace {

// The length of the UTF-8 sequence starting with `lead`, for text already known to be valid.
std::size_t SequenceLength(unsigned char lead) {
    if (lead < 0x80) {
        return 1;
    }
    if (lead < 0xE0) {
        return 2;
    }
    return lead < 0xF0 ? 3 : 4;
}

char32_t Decode(std::string_view sequence) {
    const auto byte = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(sequence[i])); };
    switch (sequence.size()) {
        case 1: return byte(0);
        case 2: return ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F);
        case 3: return ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
        default:
            return ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) | (byte(3) & 0x3F);
    }
}

void AppendReplacement(std::string& out) {
    out += "\xEF\xBF\xBD";
}

}  // namespace

std::string PdfText(std::string_view text, bool keep_line_breaks) {
    bool repaired = false;
    const std::string valid = RepairUtf8(text, repaired);
    const char line_break = keep_line_breaks ? '\n' : ' ';
    std::string out;
    out.reserve(valid.size());
    for (std::size_t at = 0; at < valid.size();) {
        const std::size_t length = SequenceLength(static_cast<unsigned char>(valid[at]));
        const std::string_view sequence(valid.data() + at, length);
        const char32_t code = Decode(sequence);
        at += length;
        if (code == '\r') {
            if (at < valid.size() && valid[at] == '\n') {
                ++at;
            }
            out += line_break;
        } else if (code == '\n' || code == 0x2028 || code == 0x2029) {
            out += line_break;
        } else if (code == '\t') {
            out += ' ';
        } else if (code < 0x20 || (code >= 0x7F && code <= 0x9F) || code == 0xFEFF) {
            continue;
        } else if (code > 0xFFFF) {
            AppendReplacement(out);
        } else {
            out += sequence;
        }
    }
    return out;
}

std::vector<std::string_view> LineWords(std::string_view line) {
    std::vector<std::string_view> words;
    std::size_t at = 0;
    while (at < line.size()) {
        const std::size_t start = line.find_first_not_of(' ', at);
        if (start == std::string_view::npos) {
            break;
        }
        const std::size_t end = std::min(line.find(' ', start), line.size());
        words.push_back(line.substr(start, end - start));
        at = end;
    }
    return words;
}

std::vector<PdfLine> WrapText(std::string_view text, double width, const PdfMeasure& measure) {
    std::vector<PdfLine> lines;
    const double space = measure(" ");
    std::size_t paragraph_start = 0;
    while (paragraph_start <= text.size()) {
        const std::size_t paragraph_end = std::min(text.find('\n', paragraph_start), text.size());
        const std::string_view paragraph = text.substr(paragraph_start, paragraph_end - paragraph_start);
        std::string line;
        double line_width = 0;
        for (const std::string_view word : LineWords(paragraph)) {
            const double word_width = measure(word);
            if (!line.empty() && line_width + space + word_width <= width) {
                line += ' ';
                line += word;
                line_width += space + word_width;
                continue;
            }
            if (!line.empty()) {
                lines.push_back({std::move(line), false});
                line.clear();
                line_width = 0;
            }
            if (word_width <= width) {
                line = word;
                line_width = word_width;
                continue;
            }
            // Wider than a whole line: cut between characters, each piece as wide as fits (at least
            // one character, so that even a line narrower than one letter makes progress).
            for (std::size_t at = 0; at < word.size();) {
                const std::size_t length = SequenceLength(static_cast<unsigned char>(word[at]));
                const std::string_view character = word.substr(at, length);
                const double character_width = measure(character);
                if (!line.empty() && line_width + character_width > width) {
                    lines.push_back({std::move(line), false});
                    line.clear();
                    line_width = 0;
                }
                line += character;
                line_width += character_width;
                at += length;
            }
        }
        lines.push_back({std::move(line), true});
        paragraph_start = paragraph_end + 1;
    }
    return lines;
}

}  // namespace ziwb::core
