// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "services/service_records.hpp"
#include "services/service_rules.hpp"

namespace ziwb::core {

/// The largest survey file read: far above any unit's survey (a year of a busy service is tens of
/// thousands of respondents), low enough that a wrong file is refused before it fills the memory.
inline constexpr std::size_t kMaxSkmCsvBytes = std::size_t{64} * 1024 * 1024;
inline constexpr std::size_t kMaxSkmCsvRows = 1'000'000;

/// One thing wrong in a row of a survey file, said so that the person who holds the spreadsheet can
/// find the cell and fix it.
struct SkmRowProblem {
    std::size_t row = 0;  ///< as the spreadsheet numbers it: the header is row 1, blank lines count
    std::string column;   ///< the column's header as in the file; empty for the whole row
    std::string problem;  ///< what is wrong, with the value found
    std::string fix;      ///< how to fix it
};

/// The responses of a survey file and what was wrong in it.
struct SkmParse {
    /// One per good row, scores in the rules' element order. Empty whenever there are problems and
    /// bad rows were not to be skipped: a survey is imported whole or not at all.
    std::vector<SkmResponse> responses;
    std::vector<SkmRowProblem> problems;  ///< in row order
    std::size_t skipped = 0;              ///< rows left out because of their problems (skip_bad_rows)
};

/// Reads the survey responses of a CSV as form services and spreadsheets export them (Google Forms,
/// Microsoft Forms, Excel "CSV UTF-8"; comma or semicolon, quoting, CRLF, a byte order mark: ParseCsv).
///
/// The first row is the header. Each element's column is found by its header: the element id
/// ("U1", "u1", "U1. Persyaratan") or the element's name within it ("Persyaratan", "Penilaian
/// [Persyaratan]"); a header with the id wins over one that only holds the name. Other columns are
/// ignored, except a respondent-id column ("id", "respondent", "responden", "no_responden") and a
/// timestamp column ("timestamp", "stempel waktu"), used to find duplicates: the same respondent id
/// twice or, without an id column, the same timestamp with the same answers. Two respondents may give
/// identical answers, so identical rows are not duplicates by themselves.
///
/// A score is a whole number of the scale ("3", "3,0", "3 - Sesuai") or an answer of the regulation's
/// questionnaire for that element ("Sangat sesuai", "Mudah", "Gratis", "Dikelola dengan baik") or of
/// the usual satisfaction scales ("Puas", "Sangat baik"). Anything else is a row problem, never a
/// guess: an empty answer, another word, a number outside the scale.
///
/// Throws UserError for what makes the whole file unusable: not UTF-8, larger than kMaxSkmCsvBytes
/// or kMaxSkmCsvRows, no header, an unclosed quote, an element without a column (naming the missing
/// elements and the headers found) or with several.
[[nodiscard]] SkmParse ParseSkmCsv(const ServiceRules& rules, std::string_view csv_text, bool skip_bad_rows);

}  // namespace ziwb::core
