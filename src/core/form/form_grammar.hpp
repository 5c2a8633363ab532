// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ziwb::core {

/// What a form may hold. A workspace carries its own copy of its form, so form text can come from a
/// stranger: the loader refuses anything beyond these limits before it builds anything, and the
/// exporter checks the grammar again before a code or key goes near a spreadsheet formula.
/// forms/README.md documents every limit.
inline constexpr std::size_t kMaxFormBytes = std::size_t{4} * 1024 * 1024;  ///< the whole form file
inline constexpr std::size_t kMaxFormElements = 20000;                      ///< XML elements (the LKE has about 1,000)
inline constexpr std::size_t kMaxFormTextLength = 10000;                    ///< one element text or attribute value
inline constexpr std::size_t kMaxScales = 50;
inline constexpr std::size_t kMaxScaleChoices = 26;
inline constexpr std::size_t kMaxChangeAreas = 50;
inline constexpr std::size_t kMaxCriterionInputs = 50;
inline constexpr std::size_t kMaxPredicates = 20;
inline constexpr std::size_t kMaxReviewLayers = 8;       ///< also the most review levels
inline constexpr std::size_t kMaxProposalChoices = 100;  ///< agency and service types, exemptions, prerequisites
inline constexpr std::size_t kMaxCodeLength = 64;
inline constexpr std::size_t kMaxChoiceKeyLength = 16;

/// A node code: segments of ASCII letters and digits joined by single dots ("A.I.1.i.a"), at most
/// kMaxCodeLength characters.
[[nodiscard]] bool IsWellFormedCode(std::string_view code);

/// A choice key: an ASCII letter, then letters, digits or '_' ("Ya", "Tidak", "A"), at most
/// kMaxChoiceKeyLength characters. Keys are written into workbook formulas (IF(K9="Ya",...)) and
/// data-validation lists ("Ya,Tidak"), so a quote, comma, '=' or space can never be part of one.
[[nodiscard]] bool IsWellFormedChoiceKey(std::string_view key);

/// The start of `text` for a message: at most `length` bytes, cut on a UTF-8 character boundary,
/// with "..." when cut, so a hostile 10,000-character value still gives a one-line message.
[[nodiscard]] std::string Excerpt(std::string_view text, std::size_t length = 60);

}  // namespace ziwb::core
