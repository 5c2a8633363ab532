// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/answer_import.hpp"

#include <fstream>
#include <set>
#include <sstream>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "io/csv.hpp"

namespace ziwb::core {

AnswerImport ReadAnswerCsv(const Form& form, std::string_view text, const std::string& display_name) {
    AnswerImport result;
    const auto rows = ParseCsv(text, display_name);
    if (rows.empty()) {
        result.problems.push_back(Format(Tr("{0} is empty: it needs the header code,answer[,note]"), {display_name}));
        return result;
    }
    const auto& header = rows.front().fields;
    const bool has_note = header.size() >= 3;
    if (header.size() < 2 || header[0] != "code" || header[1] != "answer" || (has_note && header[2] != "note")) {
        result.problems.push_back(
            Format(Tr("{0}:1: the first line must be the header code,answer or code,answer,note"), {display_name}));
        return result;
    }
    std::set<std::string> seen;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const CsvRow& row = rows[r];
        const std::string where = display_name + ":" + std::to_string(row.line) + ": ";
        if (row.fields.size() > header.size()) {
            result.problems.push_back(where +
                                      Format(Tr("{0} fields, but the header has {1}; quote a text that "
                                                "contains commas"),
                                             {std::to_string(row.fields.size()), std::to_string(header.size())}));
            continue;
        }
        try {
            for (const auto& field : row.fields) {
                CheckUserText(field, Tr("this row"), TextLimit{std::string::npos, true});
            }
            AnswerChange change;
            change.code = row.fields[0];
            const FormNode& node = RequireCriterion(form, change.code);
            if (!seen.insert(change.code).second) {
                throw UserError(Format(Tr("{0} appears more than once"), {change.code}));
            }
            const std::string answer = row.fields.size() > 1 ? row.fields[1] : std::string();
            if (answer == "-") {
                change.clear = true;
            } else if (!answer.empty()) {
                change.answer = ParseAnswer(form, node, answer);
            }
            if (has_note && row.fields.size() > 2) {
                CheckUserText(row.fields[2], Tr("the note"), kLongTextLimit);
                change.note = row.fields[2];
            }
            if (!change.answer && !change.clear && !change.note) {
                throw UserError(Format(Tr("{0} has neither an answer nor a note"), {change.code}));
            }
            result.changes.push_back(std::move(change));
        } catch (const UserError& problem) {
            result.problems.push_back(where + problem.what());
        }
    }
    return result;
}

std::size_t ImportAnswerFile(Workspace& workspace, const Layer& layer, const std::filesystem::path& csv,
                             const std::string& author, std::string_view action) {
    std::ifstream in(csv, std::ios::binary);
    if (!in) {
        throw UserError(Format(Tr("cannot read {0}: check the name and that you may read it"), {PathToUtf8(csv)}));
    }
    std::ostringstream text;
    text << in.rdbuf();
    const AnswerImport import = ReadAnswerCsv(workspace.FormInUse(), text.str(), PathToUtf8(csv));
    if (!import.problems.empty()) {
        // One line: the first rows that are wrong, and how many more there are.
        throw UserError(Format(Tr("{0} has {1} wrong row(s); nothing was imported:"),
                               {PathToUtf8(csv), std::to_string(import.problems.size())}) +
                        " " + OneLineList(import.problems));
    }
    workspace.Apply(layer, import.changes, author, action);
    return import.changes.size();
}

}  // namespace ziwb::core
