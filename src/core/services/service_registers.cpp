// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/service_registers.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>

#include "common/error.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "evidence/evidence_vault.hpp"
#include "log/ids.hpp"
#include "services/service_rules.hpp"

namespace ziwb::core {
namespace {

using Json = nlohmann::json;

[[noreturn]] void Refuse(const std::string& key, const std::string& reason) {
    throw LogFormatError(Format(Tr("'{0}': {1}"), {OneLine(key), reason}));
}

/// Checks that `value` is an object with exactly `fields`, each of its JSON type.
void Shape(const std::string& key, const Json& value,
           std::initializer_list<std::pair<const char*, Json::value_t>> fields) {
    if (!value.is_object() || value.size() != fields.size()) {
        Refuse(key, Tr("the value does not have the fields this kind of change has"));
    }
    for (const auto& [field, type] : fields) {
        const bool number = type == Json::value_t::number_integer;
        if (!value.contains(field) ||
            (number ? !value.at(field).is_number_integer() : value.at(field).type() != type)) {
            Refuse(key, Format(Tr("'{0}' is missing or not of its type"), {field}));
        }
    }
}

void Text(const std::string& key, const Json& value, const char* field, const TextLimit& limit, bool required) {
    const auto& text = value.at(field).get_ref<const std::string&>();
    if (required && text.empty()) {
        Refuse(key, Format(Tr("'{0}' is empty"), {field}));
    }
    try {
        CheckUserText(text, field, limit);
    } catch (const UserError& error) {
        Refuse(key, error.what());
    }
}

void Date(const std::string& key, const Json& value, const char* field, bool required) {
    const auto& text = value.at(field).get_ref<const std::string&>();
    if (text.empty() && !required) {
        return;
    }
    try {
        CheckDocumentDate(text);
    } catch (const UserError& error) {
        Refuse(key, error.what());
    }
}

void ValidateService(const std::string& key, const Json& value) {
    using T = Json::value_t;
    Shape(key, value,
          {{"name", T::string},
           {"components", T::object},
           {"sops", T::array},
           {"reviewed_on", T::string},
           {"established_by", T::string},
           {"published_where", T::string},
           {"removed", T::boolean}});
    Text(key, value, "name", kNameLimit, true);
    Text(key, value, "established_by", kTitleLimit, false);
    Text(key, value, "published_where", kTitleLimit, false);
    Date(key, value, "reviewed_on", false);
    if (value.at("components").size() > 100) {
        Refuse(key, Tr("too many components"));
    }
    for (const auto& [id, text] : value.at("components").items()) {
        if (!IsServiceRuleId(id) || !text.is_string()) {
            Refuse(key, Tr("a component is an id of the rules with its text"));
        }
        try {
            CheckUserText(text.get_ref<const std::string&>(), id, kLongTextLimit);
        } catch (const UserError& error) {
            Refuse(key, error.what());
        }
    }
    if (value.at("sops").size() > kMaxServiceSops) {
        Refuse(key, Tr("too many SOPs"));
    }
    for (const auto& sop : value.at("sops")) {
        if (!sop.is_string() || sop.get_ref<const std::string&>().empty()) {
            Refuse(key, Tr("an SOP is named by text"));
        }
        try {
            CheckUserText(sop.get_ref<const std::string&>(), "sop", kTitleLimit);
        } catch (const UserError& error) {
            Refuse(key, error.what());
        }
    }
}

void ValidateSession(const std::string& key, const Json& value) {
    using T = Json::value_t;
    Shape(key, value,
          {{"date", T::string},
           {"place", T::string},
           {"purpose", T::string},
           {"topic", T::string},
           {"chair", T::string},
           {"services", T::array},
           {"removed", T::boolean}});
    Date(key, value, "date", true);
    Text(key, value, "place", kTitleLimit, true);
    Text(key, value, "topic", kTitleLimit, false);
    Text(key, value, "chair", kNameLimit, false);
    const auto& purpose = value.at("purpose").get_ref<const std::string&>();
    if (purpose != "drafting" && purpose != "review") {
        Refuse(key, Tr("a forum's purpose is 'drafting' or 'review'"));
    }
    if (value.at("services").size() > kMaxFkpServices) {
        Refuse(key, Tr("too many services"));
    }
    for (const auto& uid : value.at("services")) {
        if (!uid.is_string() || !IsUid(uid.get_ref<const std::string&>())) {
            Refuse(key, Tr("a service is named by its id of 32 hexadecimal digits"));
        }
    }
}

void ValidateParticipant(const std::string& key, const Json& value) {
    using T = Json::value_t;
    Shape(key, value,
          {{"name", T::string},
           {"group", T::string},
           {"organisation", T::string},
           {"position", T::string},
           {"attended", T::boolean},
           {"removed", T::boolean}});
    Text(key, value, "name", kNameLimit, true);
    Text(key, value, "organisation", kNameLimit, false);
    Text(key, value, "position", kNameLimit, false);
    if (!IsServiceRuleId(value.at("group").get_ref<const std::string&>())) {
        Refuse(key, Tr("'group' is not the id of a stakeholder group"));
    }
}

void ValidateInput(const std::string& key, const Json& value) {
    using T = Json::value_t;
    Shape(key, value,
          {{"from", T::string},
           {"service", T::string},
           {"text", T::string},
           {"follow_up", T::string},
           {"response", T::string}});
    Text(key, value, "from", kNameLimit, false);
    Text(key, value, "text", kLongTextLimit, true);
    Text(key, value, "response", kLongTextLimit, false);
    const auto& service = value.at("service").get_ref<const std::string&>();
    if (!service.empty() && !IsUid(service)) {
        Refuse(key, Tr("a service is named by its id of 32 hexadecimal digits"));
    }
    const auto& follow_up = value.at("follow_up").get_ref<const std::string&>();
    if (follow_up != "open" && follow_up != "adopted" && follow_up != "declined") {
        Refuse(key, Tr("'follow_up' is open, adopted or declined"));
    }
    if (follow_up != "open" && value.at("response").get_ref<const std::string&>().empty()) {
        Refuse(key, Tr("an input taken in names the change, and a declined one the reason"));
    }
}

void ValidateSurvey(const std::string& key, const Json& value) {
    using T = Json::value_t;
    Shape(key, value,
          {{"service", T::string},
           {"period", T::string},
           {"start_date", T::string},
           {"end_date", T::string},
           {"population", T::number_integer},
           {"responses", T::array},
           {"source_sha256", T::string},
           {"removed", T::boolean}});
    if (!IsUid(value.at("service").get_ref<const std::string&>())) {
        Refuse(key, Tr("a service is named by its id of 32 hexadecimal digits"));
    }
    Text(key, value, "period", kNameLimit, true);
    Date(key, value, "start_date", false);
    Date(key, value, "end_date", false);
    const auto population = value.at("population").get<std::int64_t>();
    if (population < 0 || population > 1'000'000'000) {
        Refuse(key, Tr("'population' is a number of people"));
    }
    const auto& sha = value.at("source_sha256").get_ref<const std::string&>();
    if (!sha.empty() && !IsHashHex(sha)) {
        Refuse(key, Tr("'source_sha256' is not a SHA-256"));
    }
    const Json& responses = value.at("responses");
    if (responses.size() > kMaxSkmResponses) {
        Refuse(key, Tr("too many responses"));
    }
    std::size_t width = 0;
    for (const Json& response : responses) {
        if (!response.is_array() || response.empty() || response.size() > kMaxSkmElements ||
            (width != 0 && response.size() != width)) {
            Refuse(key, Tr("every response scores the same elements"));
        }
        width = response.size();
        for (const Json& score : response) {
            if (!score.is_number_integer() || score.get<int>() < 0 || score.get<int>() > 100) {
                Refuse(key, Tr("a score is a whole number"));
            }
        }
    }
}

std::string Uid(const std::string& key, std::size_t index) {
    // key = family/uid[/kind/uid]
    std::size_t start = 0;
    for (std::size_t i = 0; i < index; ++i) {
        start = key.find('/', start) + 1;
    }
    const auto end = key.find('/', start);
    return key.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

std::int64_t Flag(const Json& value, const char* field) {
    return value.at(field).get<bool>() ? 1 : 0;
}

}  // namespace

bool IsServiceFamily(const std::string& family) {
    return family == "service" || family == "fkp" || family == "skm";
}

std::string ServiceKey(const std::string& uid) {
    return "service/" + uid;
}
std::string FkpKey(const std::string& uid) {
    return "fkp/" + uid;
}
std::string FkpParticipantKey(const std::string& session_uid, const std::string& uid) {
    return "fkp/" + session_uid + "/participant/" + uid;
}
std::string FkpInputKey(const std::string& session_uid, const std::string& uid) {
    return "fkp/" + session_uid + "/input/" + uid;
}
std::string SkmKey(const std::string& uid) {
    return "skm/" + uid;
}
std::string SkmResultKey(const std::string& uid) {
    return "skm/" + uid + "/result";
}

void ValidateServiceWrite(const LogEntry& entry, const RegisterWrite& write) {
    const std::string& key = write.key;
    if (entry.layer != "unit") {
        Refuse(key, Tr("the unit's services, forums and surveys are in the unit layer"));
    }
    if (write.value.is_null()) {
        Refuse(key, Tr("a service, forum or survey is marked removed, not erased"));
    }
    const auto parts = std::count(key.begin(), key.end(), '/');
    const std::string family = key.substr(0, key.find('/'));
    if (parts == 1 && IsUid(Uid(key, 1))) {
        if (family == "service") {
            ValidateService(key, write.value);
        } else if (family == "fkp") {
            ValidateSession(key, write.value);
        } else {
            ValidateSurvey(key, write.value);
        }
        return;
    }
    if (family == "skm" && parts == 2 && IsUid(Uid(key, 1)) && Uid(key, 2) == "result") {
        using T = Json::value_t;
        Shape(key, write.value, {{"published_where", T::string}, {"follow_up", T::string}});
        Text(key, write.value, "published_where", kTitleLimit, false);
        Text(key, write.value, "follow_up", kLongTextLimit, false);
        return;
    }
    if (family == "fkp" && parts == 3 && IsUid(Uid(key, 1)) && IsUid(Uid(key, 3))) {
        const std::string kind = Uid(key, 2);
        if (kind == "participant") {
            ValidateParticipant(key, write.value);
            return;
        }
        if (kind == "input") {
            ValidateInput(key, write.value);
            return;
        }
    }
    Refuse(key, Tr("unknown kind of record"));
}

void ProjectServiceState(SQLite::Database& db, const std::string& key, const Json& value, const LogEntry& shown) {
    const auto text = [&](const char* field) { return value.at(field).get<std::string>(); };
    const std::string family = key.substr(0, key.find('/'));
    const std::string uid = Uid(key, 1);
    if (family == "service") {
        SQLite::Statement upsert(
            db,
            "INSERT INTO service (uid, name, components, sops, reviewed_on, established_by, published_where, removed, "
            "updated_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (uid) DO UPDATE SET "
            "name = excluded.name, components = excluded.components, sops = excluded.sops, reviewed_on = "
            "excluded.reviewed_on, established_by = excluded.established_by, published_where = "
            "excluded.published_where, removed = excluded.removed, updated_by = excluded.updated_by, updated_at = "
            "excluded.updated_at");
        upsert.bind(1, uid);
        upsert.bind(2, text("name"));
        upsert.bind(3, value.at("components").dump());
        upsert.bind(4, value.at("sops").dump());
        upsert.bind(5, text("reviewed_on"));
        upsert.bind(6, text("established_by"));
        upsert.bind(7, text("published_where"));
        upsert.bind(8, Flag(value, "removed"));
        upsert.bind(9, shown.author_name);
        upsert.bind(10, shown.time);
        upsert.exec();
    } else if (family == "skm" && key.ends_with("/result")) {
        SQLite::Statement upsert(db,
                                 "INSERT INTO skm_result (survey_uid, published_where, follow_up, updated_by, "
                                 "updated_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (survey_uid) DO UPDATE SET "
                                 "published_where = excluded.published_where, follow_up = excluded.follow_up, "
                                 "updated_by = excluded.updated_by, updated_at = excluded.updated_at");
        upsert.bind(1, uid);
        upsert.bind(2, text("published_where"));
        upsert.bind(3, text("follow_up"));
        upsert.bind(4, shown.author_name);
        upsert.bind(5, shown.time);
        upsert.exec();
    } else if (family == "skm") {
        SQLite::Statement upsert(
            db,
            "INSERT INTO skm_survey (uid, service_uid, period, start_date, end_date, population, respondents, "
            "responses, source_sha256, removed, updated_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
            "?10, ?11, ?12) ON CONFLICT (uid) DO UPDATE SET service_uid = excluded.service_uid, period = "
            "excluded.period, start_date = excluded.start_date, end_date = excluded.end_date, population = "
            "excluded.population, respondents = excluded.respondents, responses = excluded.responses, "
            "source_sha256 = excluded.source_sha256, removed = excluded.removed, updated_by = excluded.updated_by, "
            "updated_at = excluded.updated_at");
        upsert.bind(1, uid);
        upsert.bind(2, text("service"));
        upsert.bind(3, text("period"));
        upsert.bind(4, text("start_date"));
        upsert.bind(5, text("end_date"));
        upsert.bind(6, value.at("population").get<std::int64_t>());
        upsert.bind(7, static_cast<std::int64_t>(value.at("responses").size()));
        upsert.bind(8, value.at("responses").dump());
        upsert.bind(9, text("source_sha256"));
        upsert.bind(10, Flag(value, "removed"));
        upsert.bind(11, shown.author_name);
        upsert.bind(12, shown.time);
        upsert.exec();
    } else if (std::count(key.begin(), key.end(), '/') == 1) {
        SQLite::Statement upsert(
            db,
            "INSERT INTO fkp_session (uid, date, place, purpose, topic, chair, services, removed, updated_by, "
            "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (uid) DO UPDATE SET date = "
            "excluded.date, place = excluded.place, purpose = excluded.purpose, topic = excluded.topic, chair = "
            "excluded.chair, services = excluded.services, removed = excluded.removed, updated_by = "
            "excluded.updated_by, updated_at = excluded.updated_at");
        upsert.bind(1, uid);
        upsert.bind(2, text("date"));
        upsert.bind(3, text("place"));
        upsert.bind(4, text("purpose"));
        upsert.bind(5, text("topic"));
        upsert.bind(6, text("chair"));
        upsert.bind(7, value.at("services").dump());
        upsert.bind(8, Flag(value, "removed"));
        upsert.bind(9, shown.author_name);
        upsert.bind(10, shown.time);
        upsert.exec();
    } else if (Uid(key, 2) == "participant") {
        SQLite::Statement upsert(
            db,
            "INSERT INTO fkp_participant (uid, session_uid, name, stakeholder, organisation, position, attended, "
            "removed, updated_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (uid) DO "
            "UPDATE SET name = excluded.name, stakeholder = excluded.stakeholder, organisation = "
            "excluded.organisation, position = excluded.position, attended = excluded.attended, removed = "
            "excluded.removed, updated_by = excluded.updated_by, updated_at = excluded.updated_at");
        upsert.bind(1, Uid(key, 3));
        upsert.bind(2, uid);
        upsert.bind(3, text("name"));
        upsert.bind(4, text("group"));
        upsert.bind(5, text("organisation"));
        upsert.bind(6, text("position"));
        upsert.bind(7, Flag(value, "attended"));
        upsert.bind(8, Flag(value, "removed"));
        upsert.bind(9, shown.author_name);
        upsert.bind(10, shown.time);
        upsert.exec();
    } else {
        SQLite::Statement upsert(
            db,
            "INSERT INTO fkp_input (uid, session_uid, from_whom, service_uid, text, follow_up, response, updated_by, "
            "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (uid) DO UPDATE SET from_whom = "
            "excluded.from_whom, service_uid = excluded.service_uid, text = excluded.text, follow_up = "
            "excluded.follow_up, response = excluded.response, updated_by = excluded.updated_by, updated_at = "
            "excluded.updated_at");
        upsert.bind(1, Uid(key, 3));
        upsert.bind(2, uid);
        upsert.bind(3, text("from"));
        upsert.bind(4, text("service"));
        upsert.bind(5, text("text"));
        upsert.bind(6, text("follow_up"));
        upsert.bind(7, text("response"));
        upsert.bind(8, shown.author_name);
        upsert.bind(9, shown.time);
        upsert.exec();
    }
}

}  // namespace ziwb::core
