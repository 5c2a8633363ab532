// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/skm_csv.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <span>

#include "common/error.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "io/csv.hpp"

namespace ziwb::core {
namespace {

struct AnswerWords {
    const char* element;  ///< the element id of rules/pelayanan-publik.xml; "" for every element
    int score;
    const char* words;
};

// The answers of the questionnaire in PermenPANRB 14/2017 (Lampiran, "Contoh kuesioner"), option a
// to d scoring 1 to 4, for the elements of the 2017 rules by their ids, and the satisfaction scales
// units commonly use for any element. Only words with one meaning on a 4-point scale: "Cukup"
// means 2 for facilities but is "fair" elsewhere, so it is known for u9 only.
constexpr AnswerWords kAnswerWords[] = {
    {"u1", 1, "Tidak sesuai"},
    {"u1", 2, "Kurang sesuai"},
    {"u1", 3, "Sesuai"},
    {"u1", 4, "Sangat sesuai"},
    {"u2", 1, "Tidak mudah"},
    {"u2", 2, "Kurang mudah"},
    {"u2", 3, "Mudah"},
    {"u2", 4, "Sangat mudah"},
    {"u3", 1, "Tidak cepat"},
    {"u3", 2, "Kurang cepat"},
    {"u3", 3, "Cepat"},
    {"u3", 4, "Sangat cepat"},
    {"u4", 1, "Sangat mahal"},
    {"u4", 2, "Cukup mahal"},
    {"u4", 3, "Murah"},
    {"u4", 4, "Gratis"},
    {"u5", 1, "Tidak sesuai"},
    {"u5", 2, "Kurang sesuai"},
    {"u5", 3, "Sesuai"},
    {"u5", 4, "Sangat sesuai"},
    {"u6", 1, "Tidak kompeten"},
    {"u6", 2, "Kurang kompeten"},
    {"u6", 3, "Kompeten"},
    {"u6", 4, "Sangat kompeten"},
    {"u7", 1, "Tidak sopan dan ramah"},
    {"u7", 2, "Kurang sopan dan ramah"},
    {"u7", 3, "Sopan dan ramah"},
    {"u7", 4, "Sangat sopan dan ramah"},
    {"u7", 1, "Tidak sopan"},
    {"u7", 2, "Kurang sopan"},
    {"u7", 3, "Sopan"},
    {"u7", 4, "Sangat sopan"},
    {"u8", 1, "Tidak ada"},
    {"u8", 2, "Ada tetapi tidak berfungsi"},
    {"u8", 3, "Berfungsi kurang maksimal"},
    {"u8", 4, "Dikelola dengan baik"},
    {"u8", 2, "Ada tapi tidak berfungsi"},
    {"u9", 1, "Buruk"},
    {"u9", 2, "Cukup"},
    {"u9", 3, "Baik"},
    {"u9", 4, "Sangat baik"},
    {"", 1, "Tidak puas"},
    {"", 2, "Kurang puas"},
    {"", 3, "Puas"},
    {"", 4, "Sangat puas"},
    {"", 1, "Tidak baik"},
    {"", 2, "Kurang baik"},
    {"", 3, "Baik"},
    {"", 4, "Sangat baik"},
};

// Headers of the column that names the respondent, and of the form service's timestamp, after Key().
constexpr std::string_view kRespondentHeaders[] = {"id",           "respondent",    "respondent id",
                                                   "responden",    "no responden",  "nomor responden",
                                                   "id responden", "kode responden"};
constexpr std::string_view kTimestampHeaders[] = {"timestamp",       "stempel waktu",     "cap waktu",
                                                  "waktu pengisian", "tanggal pengisian", "submitted at"};

constexpr std::size_t kNoColumn = static_cast<std::size_t>(-1);

bool IsSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// What headers and answers are compared by: ASCII letters in lower case, "&" as "dan", every run of
// other ASCII punctuation and space as one space. "U1. Persyaratan" -> "u1 persyaratan",
// "Sopan & Ramah" -> "sopan dan ramah", "Biaya / Tarif" -> "biaya tarif".
std::string Key(std::string_view text) {
    std::string key;
    bool space = false;
    const auto add = [&](std::string_view piece) {
        if (space && !key.empty()) {
            key += ' ';
        }
        space = false;
        key += piece;
    };
    for (const char c : TrimSpaces(text)) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
            add(std::string_view(&c, 1));
        } else if (c >= 'A' && c <= 'Z') {
            const char lower = static_cast<char>(c - 'A' + 'a');
            add(std::string_view(&lower, 1));
        } else if (c == '&') {
            space = true;
            add("dan");
            space = true;
        } else {
            space = true;
        }
    }
    return key;
}

// The words known for each element, by Key().
class Vocabulary {
public:
    explicit Vocabulary(const ServiceRules& rules)
        : m_words(rules.skm_elements.size()), m_shown(rules.skm_elements.size()) {
        for (std::size_t i = 0; i < rules.skm_elements.size(); ++i) {
            for (const AnswerWords& entry : kAnswerWords) {
                if (entry.element == rules.skm_elements[i].id) {
                    m_words[i].emplace(Key(entry.words), entry.score);
                    // The questionnaire's own words only, not their variants.
                    const std::string score = std::to_string(entry.score) + " ";
                    if (std::none_of(m_shown[i].begin(), m_shown[i].end(),
                                     [&](const std::string& shown) { return shown.starts_with(score); })) {
                        m_shown[i].push_back(score + entry.words);
                    }
                }
            }
            for (const AnswerWords& entry : kAnswerWords) {
                if (std::string_view(entry.element).empty()) {
                    m_words[i].emplace(Key(entry.words), entry.score);
                }
            }
        }
    }

    [[nodiscard]] std::optional<int> Find(std::size_t element, std::string_view key) const {
        const auto found = m_words[element].find(key);
        return found == m_words[element].end() ? std::nullopt : std::optional<int>(found->second);
    }

    // "1 Tidak sesuai, 2 Kurang sesuai, ...": the questionnaire's own answers for the element.
    [[nodiscard]] std::string Shown(std::size_t element) const {
        std::string text;
        for (const std::string& words : m_shown[element]) {
            text += (text.empty() ? "" : ", ") + words;
        }
        return text.empty() ? std::string("Tidak puas, Kurang puas, Puas, Sangat puas") : text;
    }

private:
    std::vector<std::map<std::string, int, std::less<>>> m_words;
    std::vector<std::vector<std::string>> m_shown;
};

struct Cell {
    std::optional<int> score;
    std::string problem;  ///< when there is no score
    std::string fix;
};

Cell ReadScore(const ServiceRules& rules, const Vocabulary& words, std::size_t element, std::string_view raw) {
    // The messages are only made for a cell that has a problem: a good cell costs no text.
    const std::string scale_min = std::to_string(rules.skm_scale_min);
    const std::string scale_max = std::to_string(rules.skm_scale_max);
    const auto shown = [&] { return OneLine(raw); };
    const auto range_fix = [&] { return Format(Tr("enter a whole number from {0} to {1}"), {scale_min, scale_max}); };
    const auto words_fix = [&] {
        return Format(Tr("enter a score from {0} to {1} or one of the questionnaire's answers: {2}"),
                      {scale_min, scale_max, words.Shown(element)});
    };
    const std::string_view text = TrimSpaces(raw);
    if (text.empty()) {
        return {std::nullopt, Tr("the answer is empty"),
                Format(Tr("enter the respondent's score from {0} to {1}, or remove the row"), {scale_min, scale_max})};
    }
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') {
        ++digits;
    }
    if (digits == 0) {
        // "a. Sangat sesuai": the questionnaire's letter in front of the words is left out.
        std::string_view answer = text;
        if (answer.size() > 2 && std::string_view("abcdABCD").find(answer[0]) != std::string_view::npos &&
            (answer[1] == '.' || answer[1] == ')')) {
            answer.remove_prefix(2);
        }
        if (const auto score = words.Find(element, Key(answer))) {
            return {score, {}, {}};
        }
        return {std::nullopt,
                Format(Tr("'{0}' is neither a score nor an answer of the questionnaire for {1}"),
                       {shown(), rules.skm_elements[element].name}),
                words_fix()};
    }
    std::string_view rest = text.substr(digits);
    // "3,0" or "3.00" from a spreadsheet's number format is 3; "3,5" is no score.
    if (rest.size() > 1 && (rest[0] == ',' || rest[0] == '.') && rest[1] >= '0' && rest[1] <= '9') {
        std::size_t end = 1;
        bool whole = true;
        while (end < rest.size() && rest[end] >= '0' && rest[end] <= '9') {
            whole = whole && rest[end] == '0';
            ++end;
        }
        if (!whole) {
            return {std::nullopt, Format(Tr("'{0}' is not a whole number"), {shown()}), range_fix()};
        }
        rest.remove_prefix(end);
    }
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + digits, value);
    if (error != std::errc() || value < rules.skm_scale_min || value > rules.skm_scale_max) {
        return {std::nullopt,
                Format(Tr("the score {0} is outside the scale {1} to {2}"), {shown(), scale_min, scale_max}),
                range_fix()};
    }
    if (!rest.empty()) {
        // "4 - Sangat sesuai", "4. Sangat sesuai", "(4)": the number, with words that must agree.
        if (!IsSpace(rest[0]) && std::string_view("-.):").find(rest[0]) == std::string_view::npos) {
            return {std::nullopt,
                    Format(Tr("'{0}' is neither a score nor an answer of the questionnaire for {1}"),
                           {shown(), rules.skm_elements[element].name}),
                    words_fix()};
        }
        if (const auto said = words.Find(element, Key(rest)); said && *said != value) {
            return {std::nullopt,
                    Format(Tr("'{0}' gives the score {1}, but its words mean {2}"),
                           {shown(), std::to_string(value), std::to_string(*said)}),
                    Tr("keep the number or the words, whichever the respondent chose")};
        }
    }
    return {value, {}, {}};
}

std::string ElementLabel(const SkmElement& element) {
    std::string id = element.id;
    std::transform(id.begin(), id.end(), id.begin(),
                   [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
    return id + " (" + element.name + ")";
}

std::string QuotedList(const std::vector<std::string>& texts, std::size_t shown = 40) {
    std::string list;
    for (std::size_t i = 0; i < texts.size() && i < shown; ++i) {
        list += (i == 0 ? "'" : ", '") + OneLine(texts[i]) + "'";
    }
    if (texts.size() > shown) {
        list += ", ...";
    }
    return list;
}

// The column of each element: by id first ("U1", "u1 persyaratan"), else by name within the header.
std::vector<std::size_t> ElementColumns(const ServiceRules& rules, const std::vector<std::string>& headers) {
    std::vector<std::string> keys;
    keys.reserve(headers.size());
    for (const std::string& header : headers) {
        keys.push_back(" " + Key(header) + " ");
    }
    std::vector<std::size_t> columns;
    std::vector<std::string> missing;
    for (const SkmElement& element : rules.skm_elements) {
        const std::string id = Key(element.id);
        const std::string name = " " + Key(element.name) + " ";
        std::vector<std::size_t> by_id;
        std::vector<std::size_t> by_name;
        for (std::size_t column = 0; column < keys.size(); ++column) {
            if (keys[column].starts_with(" " + id + " ")) {
                by_id.push_back(column);
            } else if (keys[column].find(name) != std::string::npos) {
                by_name.push_back(column);
            }
        }
        const std::vector<std::size_t>& found = by_id.empty() ? by_name : by_id;
        if (found.empty()) {
            missing.push_back(ElementLabel(element));
            continue;
        }
        if (found.size() > 1) {
            std::vector<std::string> names;
            names.reserve(found.size());
            for (const std::size_t column : found) {
                names.push_back(headers[column]);
            }
            throw UserError(Format(Tr("the survey file has several columns for {0}: {1}; rename all but the "
                                      "one with the scores (or start its header with {2})"),
                                   {ElementLabel(element), QuotedList(names), OneLine(element.id)}));
        }
        columns.push_back(found.front());
    }
    if (!missing.empty()) {
        std::string list;
        for (const std::string& label : missing) {
            list += (list.empty() ? "" : ", ") + label;
        }
        throw UserError(Format(Tr("the survey file has no column for {0}; its columns are {1}. Give each element's "
                                  "column a header with its id (U1 to U{2}) or its name"),
                               {list, QuotedList(headers), std::to_string(rules.skm_elements.size())}));
    }
    return columns;
}

// The first column not `taken` whose header is one of `names`, or kNoColumn.
std::size_t FindColumn(const std::vector<std::string>& headers, std::span<const std::string_view> names,
                       const std::vector<std::size_t>& taken) {
    for (std::size_t column = 0; column < headers.size(); ++column) {
        const std::string key = Key(headers[column]);
        if (std::find(names.begin(), names.end(), key) != names.end() &&
            std::find(taken.begin(), taken.end(), column) == taken.end()) {
            return column;
        }
    }
    return kNoColumn;
}

std::size_t LineBreaks(const CsvRow& row) {
    std::size_t count = 0;
    for (const std::string& field : row.fields) {
        count += static_cast<std::size_t>(std::count(field.begin(), field.end(), '\n'));
    }
    return count;
}

bool AllBlank(const CsvRow& row) {
    return std::all_of(row.fields.begin(), row.fields.end(),
                       [](const std::string& field) { return TrimSpaces(field).empty(); });
}

}  // namespace

SkmParse ParseSkmCsv(const ServiceRules& rules, std::string_view csv_text, bool skip_bad_rows) {
    if (csv_text.size() > kMaxSkmCsvBytes) {
        throw UserError(Format(Tr("the survey file is {0} bytes; it may hold at most {1} bytes"),
                               {std::to_string(csv_text.size()), std::to_string(kMaxSkmCsvBytes)}));
    }
    if (const std::size_t bad = FindInvalidUtf8(csv_text); bad != std::string_view::npos) {
        const auto line = std::count(csv_text.begin(), csv_text.begin() + static_cast<std::ptrdiff_t>(bad), '\n') + 1;
        throw UserError(Format(Tr("the survey file is not UTF-8 text (line {0}); save it from the spreadsheet as "
                                  "\"CSV UTF-8\""),
                               {std::to_string(line)}));
    }
    const std::vector<CsvRow> rows = ParseCsv(csv_text, Tr("survey file"));
    if (rows.empty()) {
        throw UserError(Tr("the survey file is empty: it needs a header row and one row per respondent"));
    }
    if (rows.size() - 1 > kMaxSkmCsvRows) {
        throw UserError(Format(Tr("the survey file has {0} rows; it may hold at most {1}"),
                               {std::to_string(rows.size() - 1), std::to_string(kMaxSkmCsvRows)}));
    }
    const std::vector<std::string>& headers = rows.front().fields;
    const std::vector<std::size_t> columns = ElementColumns(rules, headers);
    const std::size_t id_column = FindColumn(headers, kRespondentHeaders, columns);
    const std::size_t time_column =
        id_column != kNoColumn ? kNoColumn : FindColumn(headers, kTimestampHeaders, columns);
    const Vocabulary words(rules);

    SkmParse parse;
    std::map<std::string, std::size_t, std::less<>> first_row;  // respondent id, or timestamp and answers
    // A spreadsheet shows each line of the file as a row, blank ones too, and a quoted line break
    // inside a cell keeps the cell in its row.
    std::size_t sheet_row = static_cast<std::size_t>(std::max(rows.front().line, 1));
    std::size_t next_line = static_cast<std::size_t>(rows.front().line) + 1 + LineBreaks(rows.front());
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const CsvRow& row = rows[r];
        sheet_row += 1 + (static_cast<std::size_t>(row.line) - std::min(next_line, static_cast<std::size_t>(row.line)));
        next_line = static_cast<std::size_t>(row.line) + 1 + LineBreaks(row);
        if (AllBlank(row)) {
            continue;  // a spreadsheet's empty row (",,,,"): no respondent
        }
        const std::size_t problems_before = parse.problems.size();
        SkmResponse response(columns.size(), 0);
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const std::size_t column = columns[i];
            const std::string_view raw = column < row.fields.size() ? row.fields[column] : std::string_view();
            Cell cell = ReadScore(rules, words, i, raw);
            if (cell.score) {
                response[i] = *cell.score;
            } else {
                parse.problems.push_back(
                    {sheet_row, OneLine(headers[column]), std::move(cell.problem), std::move(cell.fix)});
            }
        }
        const auto field = [&](std::size_t column) {
            return column < row.fields.size() ? std::string(TrimSpaces(row.fields[column])) : std::string();
        };
        if (id_column != kNoColumn && !field(id_column).empty()) {
            const std::string id = field(id_column);
            if (const auto [at, added] = first_row.emplace(id, sheet_row); !added) {
                parse.problems.push_back({sheet_row, OneLine(headers[id_column]),
                                          Format(Tr("respondent '{0}' already answered in row {1}"),
                                                 {OneLine(id), std::to_string(at->second)}),
                                          Tr("remove one of the two rows, or correct the respondent id")});
            }
        } else if (time_column != kNoColumn && parse.problems.size() == problems_before) {
            std::string key = field(time_column);
            for (const int score : response) {
                key += '\x1F' + std::to_string(score);
            }
            if (const auto [at, added] = first_row.emplace(std::move(key), sheet_row); !added) {
                parse.problems.push_back(
                    {sheet_row, OneLine(headers[time_column]),
                     Format(Tr("the same timestamp and answers as row {0}: the form was sent twice"),
                            {std::to_string(at->second)}),
                     Tr("remove one of the two rows")});
            }
        }
        if (parse.problems.size() == problems_before) {
            parse.responses.push_back(std::move(response));
        } else {
            ++parse.skipped;
        }
    }
    if (!skip_bad_rows && !parse.problems.empty()) {
        parse.responses.clear();
        parse.skipped = 0;
    }
    return parse;
}

}  // namespace ziwb::core
