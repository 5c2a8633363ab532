// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/fkp_attendance.hpp"

#include <algorithm>
#include <optional>

#include "common/error.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "io/csv.hpp"

namespace ziwb::core {
namespace {

// An attendance list is a room of people, not a census: a bound keeps a wrong file from hanging.
constexpr std::size_t kMaxParticipants = 5000;

/// A cell as it is compared: without the spaces around it, ASCII letters in lower case.
std::string Folded(std::string_view text) {
    return AsciiLower(TrimSpaces(text));
}

std::optional<std::size_t> Column(const std::vector<std::string>& header, std::initializer_list<const char*> names) {
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string cell = Folded(header[i]);
        for (const char* name : names) {
            if (cell == name) {
                return i;
            }
        }
    }
    return std::nullopt;
}

std::optional<bool> Attended(std::string_view text) {
    const std::string value = Folded(text);
    if (value.empty() || value == "ya" || value == "yes" || value == "1" || value == "hadir" || value == "y") {
        return true;
    }
    if (value == "tidak" || value == "no" || value == "0" || value == "tidak hadir" || value == "t" || value == "n") {
        return false;
    }
    return std::nullopt;
}

std::string JoinCells(const std::vector<std::string>& cells) {
    std::string out;
    for (const auto& cell : cells) {
        out += (out.empty() ? "" : ", ") + cell;
    }
    return out;
}

}  // namespace

const StakeholderGroup* MatchGroup(const ServiceRules& rules, std::string_view text) {
    const std::string wanted = Folded(text);
    if (wanted.empty()) {
        return nullptr;
    }
    // People type a group as its id, its whole name, its name without the part in brackets, or one
    // of the alternatives a name lists with '/' ("Akademisi/pakar": "pakar").
    for (const auto& group : rules.stakeholder_groups) {
        std::string name = Folded(group.name);
        if (group.id == wanted || name == wanted) {
            return &group;
        }
        if (const auto bracket = name.find(" ("); bracket != std::string::npos) {
            name.resize(bracket);
        }
        std::string_view rest = name;
        for (;;) {
            const auto slash = rest.find('/');
            if (Folded(rest.substr(0, slash)) == wanted) {
                return &group;
            }
            if (slash == std::string_view::npos) {
                break;
            }
            rest.remove_prefix(slash + 1);
        }
    }
    return nullptr;
}

ParticipantList ParseParticipantCsv(const ServiceRules& rules, std::string_view text, const std::string& display_name) {
    if (!IsValidUtf8(text)) {
        throw UserError(Format(Tr("{0} is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in Excel)"), {display_name}));
    }
    const auto rows = ParseCsv(text, display_name);
    if (rows.empty()) {
        throw UserError(Format(Tr("{0} is empty; it needs a header row and a row per participant"), {display_name}));
    }
    const auto& header = rows.front().fields;
    const auto name = Column(header, {"nama", "name"});
    const auto group = Column(header, {"unsur", "kelompok", "group", "stakeholder"});
    const auto organisation =
        Column(header, {"instansi", "organisasi", "instansi/organisasi", "organisation", "organization"});
    const auto position = Column(header, {"jabatan", "position"});
    const auto attended = Column(header, {"hadir", "kehadiran", "attended"});
    if (!name || !group) {
        throw UserError(Format(Tr("{0}: the header needs the columns 'nama' and 'unsur' (name, group); found: {1}"),
                               {display_name, OneLine(JoinCells(header))}));
    }
    if (rows.size() - 1 > kMaxParticipants) {
        throw UserError(
            Format(Tr("{0} lists more than {1} participants"), {display_name, std::to_string(kMaxParticipants)}));
    }
    ParticipantList list;
    const auto field = [](const CsvRow& row, std::optional<std::size_t> column) {
        return column && *column < row.fields.size() ? row.fields[*column] : std::string();
    };
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const CsvRow& row = rows[i];
        if (std::all_of(row.fields.begin(), row.fields.end(),
                        [](const std::string& f) { return TrimSpaces(f).empty(); })) {
            continue;  // a blank line a spreadsheet left
        }
        const std::string where = Format(Tr("row {0}"), {std::to_string(row.line)});
        FkpParticipant participant;
        participant.name = std::string(TrimSpaces(field(row, name)));
        if (participant.name.empty()) {
            list.problems.push_back(where + ": " + Tr("the name is empty"));
            continue;
        }
        const std::string group_text = field(row, group);
        const StakeholderGroup* matched = MatchGroup(rules, group_text);
        if (matched == nullptr) {
            list.problems.push_back(
                where + ": " +
                Format(Tr("'{0}' is not a stakeholder group (see 'ziwb fkp groups')"), {OneLine(group_text)}));
            continue;
        }
        participant.group = matched->id;
        participant.organisation = std::string(TrimSpaces(field(row, organisation)));
        participant.position = std::string(TrimSpaces(field(row, position)));
        const auto present = Attended(field(row, attended));
        if (!present) {
            list.problems.push_back(
                where + ": " +
                Format(Tr("'{0}' in the attendance column is not ya or tidak"), {OneLine(field(row, attended))}));
            continue;
        }
        participant.attended = *present;
        try {
            CheckUserText(participant.name, Tr("the name"), kNameLimit);
            CheckUserText(participant.organisation, Tr("the organisation"), kNameLimit);
            CheckUserText(participant.position, Tr("the position"), kNameLimit);
        } catch (const UserError& error) {
            list.problems.push_back(where + ": " + error.what());
            continue;
        }
        list.participants.push_back(std::move(participant));
    }
    return list;
}

}  // namespace ziwb::core
