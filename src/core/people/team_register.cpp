// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/team_register.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <map>
#include <sstream>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "io/csv.hpp"
#include "log/change_log.hpp"
#include "log/log_entry.hpp"
#include "log/projection.hpp"
#include "people/nip.hpp"
#include "workspace/sqlite_errors.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {
namespace {

using Json = nlohmann::json;

std::vector<int> ParseAreas(const std::string& text) {
    std::vector<int> areas;
    std::string normal = text;
    std::replace_if(
        normal.begin(), normal.end(), [](char c) { return c == '|' || c == ',' || c == ';'; }, ' ');
    std::stringstream stream(normal);
    std::string word;
    while (stream >> word) {
        if (word.size() != 1 || word[0] < '1' || word[0] > '9') {
            throw UserError(Format(Tr("'{0}' is not a change area number (1-6)"), {OneLine(word)}));
        }
        areas.push_back(word[0] - '0');
    }
    std::sort(areas.begin(), areas.end());
    areas.erase(std::unique(areas.begin(), areas.end()), areas.end());
    return areas;
}

// Checks one person and brings their fields to the stored form; throws UserError naming the person.
void CheckPerson(const Form& form, Person& person) {
    person.nip = NormalizeNip(person.nip);
    CheckNip(person.nip);
    const std::string who = person.name.empty() ? person.nip : person.name;
    CheckUserText(person.name, Tr("the name"), kNameLimit);
    if (person.name.empty()) {
        throw UserError(Format(Tr("the person with NIP {0} has no name"), {person.nip}));
    }
    CheckUserText(person.position, Tr("the position"), kNameLimit);
    CheckUserText(person.email, Tr("the e-mail address"), kNameLimit);
    if (!person.email.empty() &&
        (person.email.find('@') == std::string::npos || person.email.find(' ') != std::string::npos)) {
        throw UserError(Format(Tr("{0}: '{1}' is not an e-mail address"), {OneLine(who), OneLine(person.email)}));
    }
    const auto& role = person.role;
    if (role != "koordinator" && role != "anggota" && role != "evaluator" && role != "pimpinan") {
        throw UserError(Format(Tr("{0}: the role '{1}' is not one of koordinator, anggota, evaluator, pimpinan"),
                               {OneLine(who), OneLine(role)}));
    }
    if (role == "evaluator") {
        if (form.LevelRank(person.level) <= 0) {
            throw UserError(Format(Tr("{0}: an evaluator needs a level: {1}"), {OneLine(who), form.LevelList()}));
        }
        if (person.review_layer.empty()) {
            person.review_layer = "tpi";
        }
        const ReviewLayer* layer = form.FindLayer(person.review_layer);
        if (layer == nullptr || layer->is_unit) {
            throw UserError(Format(Tr("{0}: the review layer '{1}' is not known; use one of {2}"),
                                   {OneLine(who), OneLine(person.review_layer), form.LayerList(true)}));
        }
    } else if (!person.level.empty() || !person.review_layer.empty()) {
        throw UserError(Format(Tr("{0}: only an evaluator has a level and a review layer"), {OneLine(who)}));
    }
    const auto area_count = static_cast<int>(form.ChangeAreas().size());
    for (const int area : person.areas) {
        if (area < 1 || area > area_count) {
            throw UserError(Format(Tr("{0}: the form has change areas 1 to {1}, not {2}"),
                                   {OneLine(who), std::to_string(area_count), std::to_string(area)}));
        }
    }
    if (!person.areas.empty() && role != "anggota") {
        throw UserError(Format(Tr("{0}: only a member (anggota) is given change areas"), {OneLine(who)}));
    }
    if (!person.public_key.empty() && !IsHashHex(person.public_key)) {
        throw UserError(Format(Tr("{0}: the public key is not 64 hexadecimal digits (as `ziwb whoami` prints it)"),
                               {OneLine(who)}));
    }
}

Json PersonValue(const Person& person) {
    return Json{{"nip", person.nip},
                {"name", person.name},
                {"position", person.position},
                {"email", person.email},
                {"role", person.role},
                {"areas", person.areas},
                {"level", person.level},
                {"review_layer", person.review_layer},
                {"public_key", person.public_key}};
}

}  // namespace

std::vector<Person> LoadTeam(Workspace& workspace) {
    if (workspace.SchemaVersion() < 4) {
        return {};
    }
    return GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        std::vector<Person> team;
        SQLite::Statement query(workspace.Database(),
                                "SELECT nip, name, position, email, role, areas, level, review_layer, public_key, "
                                "updated_by, updated_at FROM person ORDER BY role <> 'koordinator', name, nip");
        while (query.executeStep()) {
            Person person;
            person.nip = StoredText(query.getColumn(0).getString());
            person.name = StoredText(query.getColumn(1).getString());
            person.position = StoredText(query.getColumn(2).getString());
            person.email = StoredText(query.getColumn(3).getString());
            person.role = StoredText(query.getColumn(4).getString());
            person.areas = ParseAreas(query.getColumn(5).getString());
            person.level = StoredText(query.getColumn(6).getString());
            person.review_layer = StoredText(query.getColumn(7).getString());
            person.public_key = StoredText(query.getColumn(8).getString());
            person.updated_by = StoredText(query.getColumn(9).getString());
            person.updated_at = StoredText(query.getColumn(10).getString());
            team.push_back(std::move(person));
        }
        return team;
    });
}

void SetPeople(Workspace& workspace, std::vector<Person> people, const std::string& author) {
    if (people.empty()) {
        throw UserError(Tr("no one to add: give at least one person"));
    }
    std::map<std::string, std::string> nips;
    for (auto& person : people) {
        CheckPerson(workspace.FormInUse(), person);
        if (!nips.emplace(person.nip, person.name).second) {
            throw UserError(Format(Tr("the NIP {0} is given twice"), {person.nip}));
        }
    }
    const auto team = LoadTeam(workspace);
    for (const auto& person : people) {
        if (person.public_key.empty()) {
            continue;
        }
        for (const auto& other : team) {
            if (other.public_key == person.public_key && other.nip != person.nip && nips.count(other.nip) == 0) {
                throw UserError(Format(Tr("{0}'s key is already the key of {1} ({2}): one key belongs to one person"),
                                       {OneLine(person.name), OneLine(other.name), other.nip}));
            }
        }
        for (const auto& other : people) {
            if (&other != &person && other.public_key == person.public_key) {
                throw UserError(Format(Tr("{0} and {1} are given the same key: one key belongs to one person"),
                                       {OneLine(person.name), OneLine(other.name)}));
            }
        }
    }
    workspace.RecordInTransaction(
        [&](SQLite::Database&) -> std::optional<ChangeDraft> {
            ChangeDraft draft;
            draft.kind = "person.set";
            draft.layer = "team";
            draft.action = "team";
            draft.summary =
                people.size() == 1
                    ? Format(Tr("Team register: {0} ({1}) set as {2}"), {people[0].name, people[0].nip, people[0].role})
                    : Format(Tr("Team register: {0} people imported"), {std::to_string(people.size())});
            for (const auto& person : people) {
                draft.writes.emplace_back(PersonKey(person.nip), PersonValue(person));
            }
            return draft;
        },
        author);
}

void RemovePerson(Workspace& workspace, const std::string& nip, const std::string& author) {
    const std::string normal = NormalizeNip(nip);
    const auto team = LoadTeam(workspace);
    const auto found = std::find_if(team.begin(), team.end(), [&](const Person& p) { return p.nip == normal; });
    if (found == team.end()) {
        throw UserError(
            Format(Tr("no one with NIP {0} is in the team register (ziwb person list shows it)"), {OneLine(nip)}));
    }
    workspace.RecordInTransaction(
        [&](SQLite::Database&) -> std::optional<ChangeDraft> {
            ChangeDraft draft;
            draft.kind = "person.remove";
            draft.layer = "team";
            draft.action = "team";
            draft.summary = Format(Tr("Team register: {0} ({1}) removed"), {found->name, found->nip});
            draft.writes.emplace_back(PersonKey(normal), nullptr);
            return draft;
        },
        author);
}

std::vector<Person> ParseTeamCsv(std::string_view text, const std::string& display_name) {
    const auto rows = ParseCsv(text, display_name);
    if (rows.empty()) {
        throw UserError(Format(Tr("{0} is empty: give a header line nip,nama,jabatan,email,peran"), {display_name}));
    }
    static const std::map<std::string, std::string> kColumns = {
        {"nip", "nip"},           {"nama", "name"},        {"name", "name"},      {"jabatan", "position"},
        {"position", "position"}, {"email", "email"},      {"e-mail", "email"},   {"peran", "role"},
        {"role", "role"},         {"area", "areas"},       {"areas", "areas"},    {"level", "level"},
        {"jenjang", "level"},     {"lapisan", "layer"},    {"layer", "layer"},    {"kunci", "key"},
        {"key", "key"},           {"kunci_publik", "key"}, {"public_key", "key"},
    };
    std::map<std::string, std::size_t> at;
    for (std::size_t i = 0; i < rows[0].fields.size(); ++i) {
        std::string name = rows[0].fields[i];
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
        const auto found = kColumns.find(name);
        if (found == kColumns.end()) {
            throw UserError(Format(Tr("{0}: the column '{1}' is not known; the columns are nip, nama, jabatan, email, "
                                      "peran, area, level, lapisan, kunci"),
                                   {display_name, OneLine(rows[0].fields[i])}));
        }
        at[found->second] = i;
    }
    for (const char* required : {"nip", "name", "role"}) {
        if (at.count(required) == 0) {
            throw UserError(Format(Tr("{0}: the header needs the columns nip, nama and peran"), {display_name}));
        }
    }
    std::vector<Person> people;
    std::vector<std::string> problems;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& fields = rows[r].fields;
        if (std::all_of(fields.begin(), fields.end(), [](const std::string& f) { return f.empty(); })) {
            continue;
        }
        const auto field = [&](const char* name) {
            const auto found = at.find(name);
            return found != at.end() && found->second < fields.size() ? fields[found->second] : std::string();
        };
        try {
            Person person;
            person.nip = field("nip");
            person.name = field("name");
            person.position = field("position");
            person.email = field("email");
            person.role = field("role");
            std::transform(person.role.begin(), person.role.end(), person.role.begin(),
                           [](unsigned char c) { return std::tolower(c); });
            person.areas = ParseAreas(field("areas"));
            person.level = field("level");
            person.review_layer = field("layer");
            person.public_key = field("key");
            person.nip = NormalizeNip(person.nip);
            CheckNip(person.nip);
            people.push_back(std::move(person));
        } catch (const UserError& error) {
            problems.push_back(Format(Tr("line {0}: {1}"), {std::to_string(rows[r].line), error.what()}));
        }
    }
    if (!problems.empty()) {
        throw UserError(Format(Tr("{0}: nothing was imported: {1}"), {display_name, OneLineList(problems)}));
    }
    return people;
}

}  // namespace ziwb::core
