// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ziwb::core {

/// Where the first invalid byte of `text` is when it is not well-formed UTF-8 (RFC 3629: no
/// overlong forms, no surrogates, nothing above U+10FFFF); npos when the text is valid.
[[nodiscard]] std::size_t FindInvalidUtf8(std::string_view text);
[[nodiscard]] bool IsValidUtf8(std::string_view text);

/// The number of code points of valid UTF-8 text (what a spreadsheet counts as characters).
[[nodiscard]] std::size_t CountCodePoints(std::string_view text);

/// Valid UTF-8 for text read from a file that may come from a stranger: every invalid sequence
/// becomes U+FFFD (the replacement character), as the WHATWG decoder does. `repaired` is set to true
/// when anything was replaced and left alone otherwise.
[[nodiscard]] std::string RepairUtf8(std::string_view text, bool& repaired);

/// Text as read from a workspace, which may come from a stranger: RepairUtf8, and every repair is
/// counted for the whole process so that front ends can flag what they show (a warning line, the
/// "text_repaired" field of JSON output, a banner).
[[nodiscard]] std::string StoredText(std::string_view text);
/// How many stored texts this process has shown repaired so far.
[[nodiscard]] std::size_t StoredTextRepairs();

/// Documented limits on text a user gives (README "Text limits"). Counted in characters.
struct TextLimit {
    std::size_t max_characters;
    bool multi_line;  ///< line breaks and tabs allowed (notes, descriptions); else none
};
inline constexpr TextLimit kLongTextLimit{32767, true};    ///< notes, descriptions, reasons: one spreadsheet cell
inline constexpr TextLimit kTitleLimit{500, false};        ///< evidence and checklist titles
inline constexpr TextLimit kNameLimit{200, false};         ///< unit, agency and author names
inline constexpr TextLimit kFileNameLimit{255, false};     ///< an evidence file's own name
inline constexpr TextLimit kWebAddressLimit{2000, false};  ///< a link (a workbook hyperlink holds 2,079)

/// Refuses text that is not valid UTF-8, holds control characters (other than line breaks and tabs
/// in multi-line text) or is longer than `limit`, with one line naming `what` (an argument, a row).
void CheckUserText(std::string_view text, std::string_view what, const TextLimit& limit);

/// Text as one line for an error message: line breaks and other control characters become spaces,
/// invalid UTF-8 becomes U+FFFD.
[[nodiscard]] std::string OneLine(std::string_view text);

/// Problems as one line: the first `shown` of them through OneLine, separated by " | ", and
/// "and N more" for the rest. Errors are one line; a long list of bad rows stays readable.
[[nodiscard]] std::string OneLineList(const std::vector<std::string>& problems, std::size_t shown = 20);

}  // namespace ziwb::core
