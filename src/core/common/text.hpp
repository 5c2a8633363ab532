// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace ziwb::core {

enum class Language { Indonesian, English };

/// The language of user-facing text. Indonesian unless the environment asks for English
/// (LANGUAGE, LC_ALL, LC_MESSAGES or LANG starting with "en"), or SetLanguage() says otherwise.
[[nodiscard]] Language CurrentLanguage();
void SetLanguage(Language language);
[[nodiscard]] Language LanguageFromEnvironment();

/// Translates an English message id into the current language (catalog: po/id.po, built in).
/// Returns the id itself in English or when no translation exists.
[[nodiscard]] std::string Tr(std::string_view english);

/// Replaces {0}, {1}, ... in `pattern` with the given arguments. Translators may reorder them.
[[nodiscard]] std::string Format(std::string_view pattern, std::initializer_list<std::string_view> args);

/// A number as users read it in the current language: decimal comma in Indonesian, point in
/// English; `decimals` digits, rounded half-up.
[[nodiscard]] std::string FormatNumber(double value, int decimals);

/// A number for machine-readable output (JSON, CSV): shortest round-trip representation.
[[nodiscard]] std::string FormatMachineNumber(double value);

/// Bytes as lower-case hexadecimal, two digits each ("\x01\xff" -> "01ff"): ids, signatures.
[[nodiscard]] std::string BytesToHex(std::string_view bytes);
/// The value of one hexadecimal digit (0-9, a-f, A-F), or -1 for any other character.
[[nodiscard]] int HexDigitValue(char c);

/// ASCII letters in lower case, everything else as it is: for ids, keywords and column headers,
/// which are ASCII (Indonesian needs no case folding beyond it).
[[nodiscard]] std::string AsciiLower(std::string_view text);

/// Text without the white space around it, a no-break space (U+00A0, which spreadsheets leave)
/// included.
[[nodiscard]] std::string_view TrimSpaces(std::string_view text);

/// Rounds half-up to `decimals` decimal places, as the regulation states scores (product rule 4).
[[nodiscard]] double RoundHalfUp(double value, int decimals);

}  // namespace ziwb::core
