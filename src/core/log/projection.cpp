// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/projection.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>

#include "common/text.hpp"
#include "common/utf8.hpp"
#include "documents/document_registers.hpp"
#include "evidence/evidence_projection.hpp"
#include "form/form.hpp"
#include "people/nip.hpp"
#include "proposal/proposal_rules.hpp"
#include "readiness/plan_projection.hpp"
#include "review/review_projection.hpp"
#include "scoring/answer.hpp"
#include "services/service_registers.hpp"
#include "signoff/signoff_register.hpp"
#include "workspace/statement_cache.hpp"

namespace ziwb::core {
namespace {

using Json = nlohmann::json;

[[noreturn]] void Refuse(const std::string& key, const std::string& reason) {
    throw LogFormatError(Format(Tr("'{0}': {1}"), {OneLine(key), reason}));
}

void CheckText(const std::string& key, const Json& value, const char* field, const TextLimit& limit,
               bool may_be_empty) {
    const auto found = value.find(field);
    if (found == value.end() || !found->is_string()) {
        Refuse(key, Format(Tr("'{0}' is missing or not text"), {field}));
    }
    const auto& text = found->get_ref<const std::string&>();
    if (!may_be_empty && text.empty()) {
        Refuse(key, Format(Tr("'{0}' is empty"), {field}));
    }
    try {
        CheckUserText(text, field, limit);
    } catch (const UserError& error) {
        Refuse(key, error.what());
    }
}

void ExpectFields(const std::string& key, const Json& value, std::size_t count) {
    if (!value.is_object() || value.size() != count) {
        Refuse(key, Tr("the value does not have the fields this kind of change has"));
    }
}

void ValidateAnswer(const Form& form, const LogEntry& entry, const RegisterKey& key, const RegisterWrite& write) {
    const ReviewLayer* layer = form.FindLayer(key.layer);
    if (layer == nullptr) {
        Refuse(write.key, Tr("unknown layer"));
    }
    if (!key.level.empty() && (layer->is_unit || form.LevelRank(key.level) <= 0)) {
        Refuse(write.key, Tr("unknown review level"));
    }
    if (entry.layer != key.layer) {
        Refuse(write.key, Tr("the entry's layer is not the answer's layer"));
    }
    const int index = form.Find(key.name);
    if (index < 0 || !form.Node(index).IsCriterion()) {
        Refuse(write.key, Tr("the form has no such criterion"));
    }
    if (write.value.is_null()) {
        return;
    }
    ExpectFields(write.key, write.value, 2);
    CheckText(write.key, write.value, "note", kLongTextLimit, true);
    const auto value = write.value.find("value");
    if (value == write.value.end() || !(value->is_null() || value->is_string())) {
        Refuse(write.key, Tr("'value' is missing or not text"));
    }
    if (value->is_string()) {
        try {
            (void)ParseAnswer(form, form.Node(index), value->get_ref<const std::string&>());
        } catch (const UserError& error) {
            Refuse(write.key, error.what());
        }
    }
}

void ValidateUnit(const Form& form, const RegisterKey& key, const RegisterWrite& write) {
    if (!write.value.is_string()) {
        Refuse(write.key, Tr("the value is not text"));
    }
    const auto& text = write.value.get_ref<const std::string&>();
    if (key.name == "unit_name" || key.name == "agency") {
        if (text.empty()) {
            Refuse(write.key, Tr("the name is empty"));
        }
        try {
            CheckUserText(text, key.name, kNameLimit);
        } catch (const UserError& error) {
            Refuse(write.key, error.what());
        }
    } else if (key.name == "year") {
        const bool digits =
            text.size() == 4 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits || text < "2000" || text > "2100") {
            Refuse(write.key, Tr("the year is not between 2000 and 2100"));
        }
    } else if (key.name == "current_predicate") {
        if (!text.empty() && !form.IsStanding(text)) {
            Refuse(write.key, Tr("the form has no such predicate"));
        }
    } else if (key.name == kAgencyTypeField || key.name == kServiceTypeField || key.name == kProposalDeadlineField ||
               key.name == kSelfEvaluationField) {
        if (const std::string problem = ProposalDetailProblem(form, key.name, text); !problem.empty()) {
            Refuse(write.key, problem);
        }
    } else {
        Refuse(write.key, Tr("unknown detail of the unit"));
    }
}

void ValidatePrerequisite(const Form& form, const RegisterKey& key, const RegisterWrite& write) {
    const auto& all = form.Prerequisites();
    if (std::none_of(all.begin(), all.end(), [&](const Prerequisite& p) { return p.id == key.name; })) {
        Refuse(write.key, Tr("the form has no such prerequisite"));
    }
    if (write.value.is_null()) {
        return;
    }
    ExpectFields(write.key, write.value, 2);
    if (!write.value.contains("met") || !write.value.at("met").is_boolean()) {
        Refuse(write.key, Tr("'met' is missing or not true/false"));
    }
    CheckText(write.key, write.value, "note", kLongTextLimit, true);
}

void ValidatePerson(const Form& form, const LogEntry& entry, const RegisterKey& key, const RegisterWrite& write) {
    if (entry.layer != "team") {
        Refuse(write.key, Tr("a change of the team register must be in the team layer"));
    }
    if (!IsValidNip(key.name)) {
        Refuse(write.key, Tr("the NIP is not valid"));
    }
    if (write.value.is_null()) {
        return;
    }
    const Json& person = write.value;
    ExpectFields(write.key, person, 9);
    CheckText(write.key, person, "name", kNameLimit, false);
    CheckText(write.key, person, "position", kNameLimit, true);
    CheckText(write.key, person, "email", kNameLimit, true);
    for (const char* field : {"nip", "role", "level", "review_layer", "public_key"}) {
        if (!person.contains(field) || !person.at(field).is_string()) {
            Refuse(write.key, Format(Tr("'{0}' is missing or not text"), {field}));
        }
    }
    if (person.at("nip").get_ref<const std::string&>() != key.name) {
        Refuse(write.key, Tr("the NIP inside differs from the key's"));
    }
    const auto& role = person.at("role").get_ref<const std::string&>();
    const auto& level = person.at("level").get_ref<const std::string&>();
    const auto& review_layer = person.at("review_layer").get_ref<const std::string&>();
    if (role != "koordinator" && role != "anggota" && role != "evaluator" && role != "pimpinan") {
        Refuse(write.key, Tr("unknown role"));
    }
    const bool evaluator = role == "evaluator";
    if (evaluator != !level.empty() || (evaluator && form.LevelRank(level) <= 0)) {
        Refuse(write.key, Tr("an evaluator has one of the form's review levels; others none"));
    }
    const ReviewLayer* layer = form.FindLayer(review_layer);
    if (evaluator != !review_layer.empty() || (evaluator && (layer == nullptr || layer->is_unit))) {
        Refuse(write.key, Tr("an evaluator has one of the form's review layers; others none"));
    }
    const auto& key_hex = person.at("public_key").get_ref<const std::string&>();
    if (!key_hex.empty() && !IsHashHex(key_hex)) {
        Refuse(write.key, Tr("the public key is not 64 hexadecimal digits"));
    }
    if (!person.contains("areas") || !person.at("areas").is_array()) {
        Refuse(write.key, Tr("'areas' is missing or not a list"));
    }
    const auto area_count = static_cast<int>(form.ChangeAreas().size());
    std::vector<int> seen;
    for (const Json& area : person.at("areas")) {
        if (!area.is_number_integer() || area.get<int>() < 1 || area.get<int>() > area_count ||
            std::find(seen.begin(), seen.end(), area.get<int>()) != seen.end()) {
            Refuse(write.key, Tr("'areas' holds something that is not a change area of the form"));
        }
        seen.push_back(area.get<int>());
    }
    if (!std::is_sorted(seen.begin(), seen.end()) || (!seen.empty() && role != "anggota")) {
        Refuse(write.key, Tr("only members (anggota) have areas, listed in order"));
    }
}

std::string AreasText(const Json& areas) {
    std::string text;
    for (const Json& area : areas) {
        text += (text.empty() ? "" : ",") + std::to_string(area.get<int>());
    }
    return text;
}

void AddHistory(StatementCache& statements, const std::string& layer, const std::string& code, const std::string& level,
                const Json& value, const std::string& note, const LogEntry& entry, const std::string& hash) {
    SQLite::Statement& history = statements.Get(
        "INSERT INTO answer_history (layer, code, value, note, author, changed_at, action, entry, level) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    // Not copied (bindNoCopy, here and in ProjectAnswer): every text bound is the caller's and
    // outlives the exec; a cached statement is rebound before it runs again, and
    // StatementCache::Get clears its bindings.
    history.bindNoCopy(1, layer);
    history.bindNoCopy(2, code);
    value.is_string() ? history.bindNoCopy(3, value.get_ref<const std::string&>()) : history.bind(3);
    history.bindNoCopy(4, note);
    history.bindNoCopy(5, entry.author_name);
    history.bindNoCopy(6, entry.time);
    history.bindNoCopy(7, entry.action);
    history.bindNoCopy(8, hash);
    history.bindNoCopy(9, level);
    history.exec();
}

// One level's answer, then the layer's answer: the highest level that has an answer or a note.
void ProjectAnswer(StatementCache& statements, const Form& form, const RegisterKey& key, const Json& value,
                   const LogEntry& entry) {
    const bool empty = value.is_null() || (value.at("value").is_null() && value.at("note").get<std::string>().empty());
    if (empty) {
        SQLite::Statement& remove =
            statements.Get("DELETE FROM level_answer WHERE layer = ? AND code = ? AND level = ?");
        remove.bindNoCopy(1, key.layer);
        remove.bindNoCopy(2, key.name);
        remove.bindNoCopy(3, key.level);
        remove.exec();
    } else {
        SQLite::Statement& upsert = statements.Get(
            "INSERT INTO level_answer (layer, code, level, rank, value, note, author, updated_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (layer, code, level) DO UPDATE SET "
            "value = excluded.value, note = excluded.note, author = excluded.author, "
            "updated_at = excluded.updated_at");
        upsert.bindNoCopy(1, key.layer);
        upsert.bindNoCopy(2, key.name);
        upsert.bindNoCopy(3, key.level);
        upsert.bind(4, form.LevelRank(key.level));
        const Json& answer = value.at("value");
        answer.is_string() ? upsert.bindNoCopy(5, answer.get_ref<const std::string&>()) : upsert.bind(5);
        upsert.bindNoCopy(6, value.at("note").get_ref<const std::string&>());
        upsert.bindNoCopy(7, entry.author_name);
        upsert.bindNoCopy(8, entry.time);
        upsert.exec();
    }
    // The layer's answer becomes its top level's, replacing the one before; when no level has an
    // answer left, it goes. One statement in the common case: this runs for every answer of a replay.
    SQLite::Statement& top = statements.Get(
        "INSERT OR REPLACE INTO answer (layer, code, value, note, author, updated_at, level) "
        "SELECT layer, code, value, note, author, updated_at, level FROM level_answer "
        "WHERE layer = ?1 AND code = ?2 ORDER BY rank DESC LIMIT 1");
    top.bindNoCopy(1, key.layer);
    top.bindNoCopy(2, key.name);
    if (top.exec() == 0) {
        SQLite::Statement& remove = statements.Get("DELETE FROM answer WHERE layer = ? AND code = ?");
        remove.bindNoCopy(1, key.layer);
        remove.bindNoCopy(2, key.name);
        remove.exec();
    }
}

// Puts the state of one register into its table. `entry` is the version shown (the latest when
// versions conflict); history rows are written by the caller for the entry being applied.
void ProjectRegister(StatementCache& statements, const Form& form, const std::string& full_key, const RegisterKey& key,
                     const Json& value, const LogEntry& entry) {
    if (IsEvidenceFamily(key.family)) {
        ProjectEvidenceState(statements.Database(), full_key, value, entry);
    } else if (key.family == "plan") {
        ProjectPlanState(statements.Database(), full_key, value, entry);
    } else if (IsReviewFamily(key.family)) {
        ProjectReviewState(statements.Database(), full_key, value, entry);
    } else if (IsDocumentFamily(key.family)) {
        ProjectDocumentState(statements.Database(), full_key, value, entry);
    } else if (IsSignoffFamily(key.family)) {
        ProjectSignoffState(statements.Database(), value, entry);
    } else if (IsServiceFamily(key.family)) {
        ProjectServiceState(statements.Database(), full_key, value, entry);
    } else if (key.family == "answer") {
        ProjectAnswer(statements, form, key, value, entry);
    } else if (key.family == "unit") {
        SQLite::Statement& meta = statements.Get(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        meta.bind(1, key.name);
        meta.bind(2, value.get<std::string>());
        meta.exec();
    } else if (key.family == "prerequisite") {
        if (value.is_null()) {
            SQLite::Statement& remove = statements.Get("DELETE FROM prerequisite WHERE id = ?");
            remove.bind(1, key.name);
            remove.exec();
            return;
        }
        SQLite::Statement& upsert = statements.Get(
            "INSERT INTO prerequisite (id, met, note, author, updated_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET met = excluded.met, note = excluded.note, "
            "author = excluded.author, updated_at = excluded.updated_at");
        upsert.bind(1, key.name);
        upsert.bind(2, value.at("met").get<bool>() ? 1 : 0);
        upsert.bind(3, value.at("note").get<std::string>());
        upsert.bind(4, entry.author_name);
        upsert.bind(5, entry.time);
        upsert.exec();
    } else if (key.family == "person") {
        SQLite::Statement& remove = statements.Get("DELETE FROM person WHERE nip = ?");
        remove.bind(1, key.name);
        remove.exec();
        if (value.is_null()) {
            return;
        }
        SQLite::Statement& insert = statements.Get(
            "INSERT INTO person (nip, name, position, email, role, areas, level, review_layer, "
            "public_key, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, key.name);
        int column = 2;
        for (const char* field : {"name", "position", "email", "role"}) {
            insert.bind(column++, value.at(field).get<std::string>());
        }
        insert.bind(column++, AreasText(value.at("areas")));
        for (const char* field : {"level", "review_layer", "public_key"}) {
            insert.bind(column++, value.at(field).get<std::string>());
        }
        insert.bind(column++, entry.author_name);
        insert.bind(column, entry.time);
        insert.exec();
    }
}

LogEntry LoadEntry(StatementCache& statements, const std::string& hash) {
    SQLite::Statement& query = statements.Get("SELECT body FROM log_entry WHERE hash = ?");
    query.bind(1, hash);
    if (!query.executeStep()) {
        throw LogFormatError(Format(Tr("entry {0} is listed as a version but is not in the log"), {ShortHash(hash)}));
    }
    const auto* data = static_cast<const char*>(query.getColumn(0).getBlob());
    LogEntry entry = DecodeEntry(std::string_view(data, static_cast<std::size_t>(query.getColumn(0).getBytes())));
    query.reset();
    return entry;
}

const Json& WrittenValue(const LogEntry& entry, const std::string& key) {
    for (const auto& write : entry.writes) {
        if (write.key == key) {
            return write.value;
        }
    }
    throw LogFormatError(Format(Tr("entry does not write '{0}'"), {OneLine(key)}));
}

}  // namespace

const std::vector<std::string>& ProjectedTables() {
    // Children before parents: the foreign keys are on.
    static const std::vector<std::string> tables = {"answer",
                                                    "level_answer",
                                                    "answer_history",
                                                    "prerequisite",
                                                    "person",
                                                    "review_status",
                                                    "review_ready",
                                                    "review_close",
                                                    "log_register",
                                                    "log_head",
                                                    "checklist_review",
                                                    "checklist_evidence",
                                                    "checklist_item",
                                                    "evidence_review",
                                                    "evidence_criterion",
                                                    "evidence_revision",
                                                    "evidence_item",
                                                    "plan_task",
                                                    "letterhead",
                                                    "document_signature",
                                                    "signoff",
                                                    "fkp_input",
                                                    "fkp_participant",
                                                    "fkp_session",
                                                    "skm_result",
                                                    "skm_survey",
                                                    "service"};
    return tables;
}

RegisterKey SplitRegisterKey(const std::string& key) {
    RegisterKey split;
    const auto first = key.find('/');
    if (first == std::string::npos) {
        return split;
    }
    split.family = key.substr(0, first);
    if (split.family == "answer") {
        const auto second = key.find('/', first + 1);
        if (second == std::string::npos) {
            return {};
        }
        split.layer = key.substr(first + 1, second - first - 1);
        split.name = key.substr(second + 1);
        if (const auto at = split.name.find('@'); at != std::string::npos) {
            split.level = split.name.substr(at + 1);
            split.name.resize(at);
        }
    } else {
        split.name = key.substr(first + 1);
    }
    return split;
}

std::string AnswerKey(std::string_view layer, std::string_view code, std::string_view level) {
    return "answer/" + std::string(layer) + "/" + std::string(code) + (level.empty() ? "" : "@" + std::string(level));
}
std::string UnitKey(std::string_view field) {
    return "unit/" + std::string(field);
}
std::string PrerequisiteKey(std::string_view id) {
    return "prerequisite/" + std::string(id);
}
std::string PersonKey(std::string_view nip) {
    return "person/" + std::string(nip);
}

void ValidateWrites(const Form& form, const LogEntry& entry) {
    for (const auto& write : entry.writes) {
        const RegisterKey key = SplitRegisterKey(write.key);
        if (key.family == "answer") {
            ValidateAnswer(form, entry, key, write);
        } else if (key.family == "unit") {
            if (entry.layer != "unit") {
                Refuse(write.key, Tr("a detail of the unit must be in the unit layer"));
            }
            ValidateUnit(form, key, write);
        } else if (key.family == "prerequisite") {
            if (entry.layer != "unit") {
                Refuse(write.key, Tr("a prerequisite must be in the unit layer"));
            }
            ValidatePrerequisite(form, key, write);
        } else if (key.family == "person") {
            ValidatePerson(form, entry, key, write);
        } else if (IsEvidenceFamily(key.family)) {
            ValidateEvidenceWrite(form, entry, write);
        } else if (key.family == "plan") {
            ValidatePlanWrite(form, entry, write);
        } else if (IsReviewFamily(key.family)) {
            ValidateReviewWrite(form, entry, write);
        } else if (IsDocumentFamily(key.family)) {
            ValidateDocumentWrite(entry, write);
        } else if (IsSignoffFamily(key.family)) {
            ValidateSignoffWrite(form, entry, write);
        } else if (IsServiceFamily(key.family)) {
            ValidateServiceWrite(entry, write);
        } else {
            Refuse(write.key, Tr("unknown kind of record"));
        }
    }
}

void ProjectEntry(SQLite::Database& db, const Form& form, const LogEntry& entry, const std::string& hash) {
    StatementCache statements(db);
    ProjectEntry(statements, form, entry, hash);
}

void ProjectEntry(StatementCache& statements, const Form& form, const LogEntry& entry, const std::string& hash) {
    SQLite::Statement& drop = statements.Get("DELETE FROM log_register WHERE key = ? AND entry = ?");
    SQLite::Statement& add = statements.Get("INSERT OR IGNORE INTO log_register (key, entry) VALUES (?, ?)");
    SQLite::Statement& versions = statements.Get("SELECT entry FROM log_register WHERE key = ?");
    for (const auto& write : entry.writes) {
        for (const auto& replaced : write.replaces) {
            drop.bind(1, write.key);
            drop.bind(2, replaced);
            drop.exec();
            drop.reset();
        }
        add.bind(1, write.key);
        add.bind(2, hash);
        add.exec();
        add.reset();
        std::string shown_hash = hash;
        std::optional<LogEntry> other_shown;  // a standing version newer than this entry
        versions.bind(1, write.key);
        while (versions.executeStep()) {
            const std::string other_hash = versions.getColumn(0).getString();
            if (other_hash == hash) {
                continue;
            }
            LogEntry other = LoadEntry(statements, other_hash);
            if (ShownBefore(other, other_hash, other_shown ? *other_shown : entry, shown_hash)) {
                other_shown = std::move(other);
                shown_hash = other_hash;
            }
        }
        versions.reset();
        ProjectWrite(statements, form, write, other_shown ? *other_shown : entry, entry, hash);
    }
    SQLite::Statement& unhead = statements.Get("DELETE FROM log_head WHERE hash = ?");
    for (const auto& parent : entry.parents) {
        unhead.bind(1, parent);
        unhead.exec();
        unhead.reset();
    }
    SQLite::Statement& head = statements.Get("INSERT OR IGNORE INTO log_head (hash) VALUES (?)");
    head.bind(1, hash);
    head.exec();
}

bool ShownBefore(const LogEntry& entry, const std::string& hash, const LogEntry& other, const std::string& other_hash) {
    return std::tie(entry.time, hash) > std::tie(other.time, other_hash);
}

void ProjectWrite(StatementCache& statements, const Form& form, const RegisterWrite& write, const LogEntry& shown,
                  const LogEntry& entry, const std::string& hash) {
    const RegisterKey key = SplitRegisterKey(write.key);
    ProjectRegister(statements, form, write.key, key, WrittenValue(shown, write.key), shown);
    AppendEvidenceEffects(statements.Database(), write, entry);
    // The history keeps every version, also those that lose a conflict: nothing is lost.
    if (key.family == "answer") {
        const Json& value = write.value;
        AddHistory(statements, key.layer, key.name, key.level, value.is_null() ? Json() : value.at("value"),
                   value.is_null() ? std::string() : value.at("note").get<std::string>(), entry, hash);
    } else if (key.family == "unit" && key.name != "current_predicate" && entry.kind != "workspace.create") {
        AddHistory(statements, "unit", "details:" + key.name, "", write.value, "", entry, hash);
    }
}

void ClearProjections(SQLite::Database& db) {
    for (const auto& table : ProjectedTables()) {
        db.exec("DELETE FROM " + table);
    }
    db.exec("DELETE FROM sqlite_sequence WHERE name = 'answer_history'");
    for (const auto& key : UnitDetailFields()) {
        db.exec("DELETE FROM meta WHERE key = '" + key + "'");
    }
}

const std::vector<std::string>& UnitDetailFields() {
    static const std::vector<std::string> fields{"unit_name",
                                                 "agency",
                                                 "year",
                                                 "current_predicate",
                                                 std::string(kAgencyTypeField),
                                                 std::string(kServiceTypeField),
                                                 std::string(kProposalDeadlineField),
                                                 std::string(kSelfEvaluationField)};
    return fields;
}

}  // namespace ziwb::core
