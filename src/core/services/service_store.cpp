// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/service_store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "evidence/evidence_vault.hpp"
#include "log/change_log.hpp"
#include "log/ids.hpp"
#include "services/service_registers.hpp"
#include "workspace/sqlite_errors.hpp"

namespace ziwb::core {
namespace {

using Json = nlohmann::json;

ChangeDraft Draft(const char* kind, const char* action, std::string summary) {
    ChangeDraft draft;
    draft.kind = kind;
    draft.layer = "unit";
    draft.action = action;
    draft.summary = std::move(summary);
    return draft;
}

bool HasServiceTables(const Workspace& workspace) {
    return workspace.SchemaVersion() >= kFirstSchemaWithServices;
}

Json ServiceValue(const Service& service, bool removed) {
    Json components = Json::object();
    for (const auto& [id, text] : service.components) {
        if (!text.empty()) {
            components[id] = text;
        }
    }
    return Json{{"name", service.name},
                {"components", components},
                {"sops", service.sops},
                {"reviewed_on", service.reviewed_on},
                {"established_by", service.established_by},
                {"published_where", service.published_where},
                {"removed", removed}};
}

Json SessionValue(const FkpSession& session) {
    return Json{{"date", session.date},   {"place", session.place}, {"purpose", session.purpose},
                {"topic", session.topic}, {"chair", session.chair}, {"services", session.service_uids},
                {"removed", false}};
}

Json ParticipantValue(const FkpParticipant& participant) {
    return Json{{"name", participant.name},
                {"group", participant.group},
                {"organisation", participant.organisation},
                {"position", participant.position},
                {"attended", participant.attended},
                {"removed", false}};
}

Json InputValue(const FkpInput& input) {
    return Json{{"from", input.from},
                {"service", input.service_uid},
                {"text", input.text},
                {"follow_up", input.follow_up},
                {"response", input.response}};
}

void CheckService(const Workspace& workspace, const ServiceRules& rules, const Service& service) {
    CheckUserText(service.name, Tr("the service's name"), kNameLimit);
    if (service.name.empty()) {
        throw UserError(Tr("a service needs a name (--name)"));
    }
    for (const auto& [id, text] : service.components) {
        if (rules.FindComponent(id) == nullptr) {
            std::string known;
            for (const auto& component : rules.components) {
                known += (known.empty() ? "" : ", ") + component.id;
            }
            throw UserError(Format(Tr("'{0}' is not a component of a service standard; the components are: {1}"),
                                   {OneLine(id), known}));
        }
        CheckUserText(text, rules.FindComponent(id)->name, kLongTextLimit);
    }
    if (service.sops.size() > kMaxServiceSops) {
        throw UserError(Tr("too many SOPs for one service"));
    }
    for (const auto& sop : service.sops) {
        CheckUserText(sop, Tr("an SOP"), kTitleLimit);
        if (sop.empty()) {
            throw UserError(Tr("an SOP needs its name or number"));
        }
    }
    if (!service.reviewed_on.empty()) {
        CheckDocumentDate(service.reviewed_on);
    }
    CheckUserText(service.established_by, Tr("the decree"), kTitleLimit);
    CheckUserText(service.published_where, Tr("where it is published"), kTitleLimit);
    (void)workspace;
}

void RequireServiceTables(const Workspace& workspace) {
    if (!HasServiceTables(workspace)) {
        throw UserError(
            Tr("this workspace is of an older format opened read-only; make a copy to edit it "
               "(ziwb copy)"));
    }
}

std::int64_t LocalId(Workspace& workspace, const char* table, const std::string& uid) {
    return GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Statement query(workspace.Database(), std::string("SELECT id FROM ") + table + " WHERE uid = ?");
        query.bind(1, uid);
        return query.executeStep() ? query.getColumn(0).getInt64() : std::int64_t{0};
    });
}

std::vector<std::string> StringList(const std::string& json_text) {
    std::vector<std::string> out;
    const Json list = Json::parse(json_text, nullptr, false);
    if (list.is_array()) {
        for (const auto& item : list) {
            if (item.is_string()) {
                out.push_back(item.get<std::string>());
            }
        }
    }
    return out;
}

}  // namespace

std::string ParseFkpPurpose(const std::string& text) {
    const std::string lower = AsciiLower(text);
    if (lower == "drafting" || lower == "penyusunan") {
        return "drafting";
    }
    if (lower == "review" || lower == "reviu") {
        return "review";
    }
    throw UserError(
        Format(Tr("a forum's purpose is penyusunan or reviu (drafting, review), not '{0}'"), {OneLine(text)}));
}

std::string FkpPurposeLabel(const std::string& purpose) {
    return purpose == "drafting" ? "penyusunan" : "reviu";
}

std::vector<Service> LoadServices(Workspace& workspace, bool with_removed) {
    std::vector<Service> services;
    if (!HasServiceTables(workspace)) {
        return services;
    }
    return GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Statement query(workspace.Database(),
                                "SELECT id, uid, name, components, sops, reviewed_on, established_by, published_where, "
                                "removed, updated_by, updated_at FROM service ORDER BY id");
        while (query.executeStep()) {
            if (!with_removed && query.getColumn(8).getInt() != 0) {
                continue;
            }
            Service service;
            service.id = query.getColumn(0).getInt64();
            service.uid = query.getColumn(1).getString();
            service.name = query.getColumn(2).getString();
            const Json components = Json::parse(query.getColumn(3).getString(), nullptr, false);
            if (components.is_object()) {
                for (const auto& [id, text] : components.items()) {
                    if (text.is_string()) {
                        service.components[id] = text.get<std::string>();
                    }
                }
            }
            service.sops = StringList(query.getColumn(4).getString());
            service.reviewed_on = query.getColumn(5).getString();
            service.established_by = query.getColumn(6).getString();
            service.published_where = query.getColumn(7).getString();
            service.updated_by = query.getColumn(9).getString();
            service.updated_at = query.getColumn(10).getString();
            services.push_back(std::move(service));
        }
        return services;
    });
}

Service FindService(Workspace& workspace, const std::string& number_or_name) {
    const auto services = LoadServices(workspace);
    std::int64_t number = 0;
    const auto [end, error] =
        std::from_chars(number_or_name.data(), number_or_name.data() + number_or_name.size(), number);
    const bool is_number = error == std::errc() && end == number_or_name.data() + number_or_name.size();
    for (const auto& service : services) {
        if ((is_number && service.id == number) || AsciiLower(service.name) == AsciiLower(number_or_name)) {
            return service;
        }
    }
    throw UserError(Format(Tr("there is no service '{0}' (see 'ziwb service list WS')"), {OneLine(number_or_name)}));
}

std::int64_t AddService(Workspace& workspace, const ServiceRules& rules, const Service& service,
                        const std::string& author) {
    RequireServiceTables(workspace);
    CheckService(workspace, rules, service);
    for (const auto& known : LoadServices(workspace)) {
        if (AsciiLower(known.name) == AsciiLower(service.name)) {
            throw UserError(Format(Tr("the catalogue has a service named '{0}' already (number {1})"),
                                   {known.name, std::to_string(known.id)}));
        }
    }
    const std::string uid = NewUid();
    workspace.RecordInTransaction(
        [&](SQLite::Database&) -> std::optional<ChangeDraft> {
            ChangeDraft draft = Draft("service.set", "service", Format(Tr("Service added: {0}"), {service.name}));
            draft.writes.emplace_back(ServiceKey(uid), ServiceValue(service, false));
            return draft;
        },
        author);
    return LocalId(workspace, "service", uid);
}

void UpdateService(Workspace& workspace, const ServiceRules& rules, const Service& service, const std::string& author) {
    RequireServiceTables(workspace);
    CheckService(workspace, rules, service);
    for (const auto& known : LoadServices(workspace)) {
        if (known.uid != service.uid && AsciiLower(known.name) == AsciiLower(service.name)) {
            throw UserError(Format(Tr("the catalogue has a service named '{0}' already (number {1})"),
                                   {known.name, std::to_string(known.id)}));
        }
    }
    workspace.RecordInTransaction(
        [&](SQLite::Database&) -> std::optional<ChangeDraft> {
            ChangeDraft draft = Draft("service.set", "service", Format(Tr("Service changed: {0}"), {service.name}));
            draft.writes.emplace_back(ServiceKey(service.uid), ServiceValue(service, false));
            return draft;
        },
        author);
}

void RemoveService(Workspace& workspace, const Service& service, const std::string& author) {
    RequireServiceTables(workspace);
    workspace.RecordInTransaction(
        [&](SQLite::Database&) -> std::optional<ChangeDraft> {
            ChangeDraft draft = Draft("service.set", "remove", Format(Tr("Service removed: {0}"), {service.name}));
            draft.writes.emplace_back(ServiceKey(service.uid), ServiceValue(service, true));
            return draft;
        },
        author);
}

ServiceCompleteness Completeness(const ServiceRules& rules, const Service& service) {
    ServiceCompleteness result;
    result.total = rules.components.size();
    for (const auto& component : rules.components) {
        const auto found = service.components.find(component.id);
        if (found != service.components.end() && !found->second.empty()) {
            ++result.filled;
        } else {
            result.missing.push_back(component.id);
        }
    }
    return result;
}

std::vector<FkpSession> LoadFkpSessions(Workspace& workspace) {
    std::vector<FkpSession> sessions;
    if (!HasServiceTables(workspace)) {
        return sessions;
    }
    return GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Database& db = workspace.Database();
        SQLite::Statement query(db,
                                "SELECT id, uid, date, place, purpose, topic, chair, services, updated_by, updated_at "
                                "FROM fkp_session WHERE removed = 0 ORDER BY date, id");
        SQLite::Statement people(db,
                                 "SELECT uid, name, stakeholder, organisation, position, attended FROM fkp_participant "
                                 "WHERE session_uid = ? AND removed = 0 ORDER BY id");
        SQLite::Statement inputs(db,
                                 "SELECT uid, from_whom, service_uid, text, follow_up, response FROM fkp_input "
                                 "WHERE session_uid = ? ORDER BY id");
        while (query.executeStep()) {
            FkpSession session;
            session.id = query.getColumn(0).getInt64();
            session.uid = query.getColumn(1).getString();
            session.date = query.getColumn(2).getString();
            session.place = query.getColumn(3).getString();
            session.purpose = query.getColumn(4).getString();
            session.topic = query.getColumn(5).getString();
            session.chair = query.getColumn(6).getString();
            session.service_uids = StringList(query.getColumn(7).getString());
            session.updated_by = query.getColumn(8).getString();
            session.updated_at = query.getColumn(9).getString();
            people.bind(1, session.uid);
            while (people.executeStep()) {
                session.participants.push_back(
                    FkpParticipant{people.getColumn(0).getString(), people.getColumn(1).getString(),
                                   people.getColumn(2).getString(), people.getColumn(3).getString(),
                                   people.getColumn(4).getString(), people.getColumn(5).getInt() != 0});
            }
            people.reset();
            inputs.bind(1, session.uid);
            std::int64_t number = 0;
            while (inputs.executeStep()) {
                FkpInput input;
                input.uid = inputs.getColumn(0).getString();
                input.number = ++number;
                input.from = inputs.getColumn(1).getString();
                input.service_uid = inputs.getColumn(2).getString();
                input.text = inputs.getColumn(3).getString();
                input.follow_up = inputs.getColumn(4).getString();
                input.response = inputs.getColumn(5).getString();
                session.inputs.push_back(std::move(input));
            }
            inputs.reset();
            sessions.push_back(std::move(session));
        }
        return sessions;
    });
}

FkpSession FindFkpSession(Workspace& workspace, std::int64_t id) {
    for (auto& session : LoadFkpSessions(workspace)) {
        if (session.id == id) {
            return session;
        }
    }
    throw UserError(Format(Tr("there is no forum {0} (see 'ziwb fkp list WS')"), {std::to_string(id)}));
}

std::int64_t AddFkpSession(Workspace& workspace, const FkpSession& session, const std::string& author) {
    RequireServiceTables(workspace);
    CheckDocumentDate(session.date);
    if (session.place.empty()) {
        throw UserError(Tr("a forum needs its place (--place)"));
    }
    CheckUserText(session.place, Tr("the place"), kTitleLimit);
    CheckUserText(session.topic, Tr("the topic"), kTitleLimit);
    CheckUserText(session.chair, Tr("the chair"), kNameLimit);
    (void)ParseFkpPurpose(session.purpose);
    if (session.service_uids.empty()) {
        throw UserError(Tr("a forum discusses at least one service of the catalogue (--service)"));
    }
    const std::string uid = NewUid();
    workspace.RecordInTransaction(
        [&](SQLite::Database&) -> std::optional<ChangeDraft> {
            ChangeDraft draft = Draft(
                "fkp.set", "fkp", Format(Tr("Public consultation forum of {0} at {1}"), {session.date, session.place}));
            draft.writes.emplace_back(FkpKey(uid), SessionValue(session));
            return draft;
        },
        author);
    return LocalId(workspace, "fkp_session", uid);
}

void AddFkpParticipants(Workspace& workspace, const ServiceRules& rules, const FkpSession& session,
                        const std::vector<FkpParticipant>& participants, const std::string& author) {
    RequireServiceTables(workspace);
    if (participants.empty()) {
        throw UserError(Tr("no participant to add"));
    }
    for (const auto& participant : participants) {
        if (participant.name.empty()) {
            throw UserError(Tr("a participant needs a name"));
        }
        CheckUserText(participant.name, Tr("the name"), kNameLimit);
        CheckUserText(participant.organisation, Tr("the organisation"), kNameLimit);
        CheckUserText(participant.position, Tr("the position"), kNameLimit);
        if (rules.FindGroup(participant.group) == nullptr) {
            std::string known;
            for (const auto& group : rules.stakeholder_groups) {
                known += (known.empty() ? "" : ", ") + group.id;
            }
            throw UserError(Format(Tr("{0}: '{1}' is not a stakeholder group; the groups are: {2}"),
                                   {participant.name, OneLine(participant.group), known}));
        }
    }
    workspace.RecordInTransaction(
        [&](SQLite::Database&) -> std::optional<ChangeDraft> {
            ChangeDraft draft = Draft("fkp.attend", "fkp",
                                      Format(Tr("Forum {0}: {1} participant(s) added"),
                                             {std::to_string(session.id), std::to_string(participants.size())}));
            for (const auto& participant : participants) {
                draft.writes.emplace_back(FkpParticipantKey(session.uid, NewUid()), ParticipantValue(participant));
            }
            return draft;
        },
        author);
}

void SetFkpAttendance(Workspace& workspace, const FkpSession& session, const FkpParticipant& participant, bool attended,
                      const std::string& author) {
    RequireServiceTables(workspace);
    FkpParticipant changed = participant;
    changed.attended = attended;
    workspace.RecordInTransaction(
        [&](SQLite::Database&) -> std::optional<ChangeDraft> {
            ChangeDraft draft = Draft("fkp.attend", "fkp",
                                      Format(attended ? Tr("Forum {0}: {1} attended") : Tr("Forum {0}: {1} absent"),
                                             {std::to_string(session.id), participant.name}));
            draft.writes.emplace_back(FkpParticipantKey(session.uid, participant.uid), ParticipantValue(changed));
            return draft;
        },
        author);
}

std::int64_t AddFkpInput(Workspace& workspace, const FkpSession& session, const FkpInput& input,
                         const std::string& author) {
    RequireServiceTables(workspace);
    if (input.text.empty()) {
        throw UserError(Tr("an input needs its text (--text)"));
    }
    CheckUserText(input.text, Tr("the input"), kLongTextLimit);
    CheckUserText(input.from, Tr("who gave it"), kNameLimit);
    FkpInput stored = input;
    stored.follow_up = "open";
    stored.response.clear();
    workspace.RecordInTransaction(
        [&](SQLite::Database&) -> std::optional<ChangeDraft> {
            ChangeDraft draft =
                Draft("fkp.input", "fkp", Format(Tr("Forum {0}: input received"), {std::to_string(session.id)}));
            draft.writes.emplace_back(FkpInputKey(session.uid, NewUid()), InputValue(stored));
            return draft;
        },
        author);
    return static_cast<std::int64_t>(session.inputs.size()) + 1;
}

void FollowUpFkpInput(Workspace& workspace, const FkpSession& session, std::int64_t number,
                      const std::string& follow_up, const std::string& response, const std::string& author) {
    RequireServiceTables(workspace);
    const auto found = std::find_if(session.inputs.begin(), session.inputs.end(),
                                    [&](const FkpInput& input) { return input.number == number; });
    if (found == session.inputs.end()) {
        throw UserError(Format(Tr("forum {0} has no input {1} (see 'ziwb fkp show WS {0}')"),
                               {std::to_string(session.id), std::to_string(number)}));
    }
    if (follow_up != "adopted" && follow_up != "declined" && follow_up != "open") {
        throw UserError(Tr("an input is taken in (--adopted CHANGE) or declined (--declined REASON)"));
    }
    if (follow_up != "open" && response.empty()) {
        throw UserError(follow_up == "adopted" ? Tr("say what changed in the standard (--adopted CHANGE)")
                                               : Tr("say why the input was not taken in (--declined REASON)"));
    }
    CheckUserText(response, Tr("the follow-up"), kLongTextLimit);
    FkpInput changed = *found;
    changed.follow_up = follow_up;
    changed.response = follow_up == "open" ? std::string() : response;
    workspace.RecordInTransaction(
        [&](SQLite::Database&) -> std::optional<ChangeDraft> {
            ChangeDraft draft = Draft(
                "fkp.input", "fkp",
                Format(Tr("Forum {0}: input {1} followed up"), {std::to_string(session.id), std::to_string(number)}));
            draft.writes.emplace_back(FkpInputKey(session.uid, changed.uid), InputValue(changed));
            return draft;
        },
        author);
}

std::vector<SkmSurvey> LoadSkmSurveys(Workspace& workspace) {
    std::vector<SkmSurvey> surveys;
    if (!HasServiceTables(workspace)) {
        return surveys;
    }
    return GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        SQLite::Statement query(
            workspace.Database(),
            "SELECT s.id, s.uid, s.service_uid, s.period, s.start_date, s.end_date, s.population, s.responses, "
            "s.source_sha256, s.updated_by, s.updated_at, COALESCE(r.published_where, ''), COALESCE(r.follow_up, '') "
            "FROM skm_survey s LEFT JOIN skm_result r ON r.survey_uid = s.uid WHERE s.removed = 0 "
            "ORDER BY s.service_uid, s.start_date, s.period, s.id");
        while (query.executeStep()) {
            SkmSurvey survey;
            survey.id = query.getColumn(0).getInt64();
            survey.uid = query.getColumn(1).getString();
            survey.service_uid = query.getColumn(2).getString();
            survey.period = query.getColumn(3).getString();
            survey.start_date = query.getColumn(4).getString();
            survey.end_date = query.getColumn(5).getString();
            survey.population = query.getColumn(6).getInt64();
            const Json responses = Json::parse(query.getColumn(7).getString(), nullptr, false);
            if (responses.is_array()) {
                survey.responses.reserve(responses.size());
                for (const auto& response : responses) {
                    survey.responses.push_back(response.get<SkmResponse>());
                }
            }
            survey.source_sha256 = query.getColumn(8).getString();
            survey.updated_by = query.getColumn(9).getString();
            survey.updated_at = query.getColumn(10).getString();
            survey.published_where = query.getColumn(11).getString();
            survey.follow_up = query.getColumn(12).getString();
            surveys.push_back(std::move(survey));
        }
        return surveys;
    });
}

std::int64_t StoreSkmSurvey(Workspace& workspace, const ServiceRules& rules, const SkmSurvey& survey,
                            const std::string& author) {
    RequireServiceTables(workspace);
    CheckUserText(survey.period, Tr("the period"), kNameLimit);
    if (survey.period.empty()) {
        throw UserError(Tr("a survey needs its period (--period, e.g. 2026-T1)"));
    }
    for (const auto* date : {&survey.start_date, &survey.end_date}) {
        if (!date->empty()) {
            CheckDocumentDate(*date);
        }
    }
    if (!survey.start_date.empty() && !survey.end_date.empty() && survey.end_date < survey.start_date) {
        throw UserError(Tr("the survey ends before it starts (--from, --to)"));
    }
    if (survey.population < 0) {
        throw UserError(Tr("the population is a number of people (--population)"));
    }
    if (survey.responses.empty()) {
        throw UserError(Tr("the survey has no responses to import"));
    }
    if (survey.responses.size() > kMaxSkmResponses) {
        throw UserError(Format(Tr("a survey holds at most {0} responses"), {std::to_string(kMaxSkmResponses)}));
    }
    for (const auto& response : survey.responses) {
        if (response.size() != rules.skm_elements.size() ||
            std::any_of(response.begin(), response.end(),
                        [&](int score) { return score < rules.skm_scale_min || score > rules.skm_scale_max; })) {
            throw UserError(Tr("a response does not score every element within the scale"));
        }
    }
    std::string uid = NewUid();
    for (const auto& known : LoadSkmSurveys(workspace)) {
        if (known.service_uid == survey.service_uid && known.period == survey.period) {
            uid = known.uid;  // importing a period again replaces it
        }
    }
    Json responses = Json::array();
    for (const auto& response : survey.responses) {
        responses.push_back(response);
    }
    workspace.RecordInTransaction(
        [&](SQLite::Database&) -> std::optional<ChangeDraft> {
            ChangeDraft draft = Draft("skm.import", "skm",
                                      Format(Tr("Satisfaction survey {0}: {1} responses"),
                                             {survey.period, std::to_string(survey.responses.size())}));
            draft.writes.emplace_back(SkmKey(uid), Json{{"service", survey.service_uid},
                                                        {"period", survey.period},
                                                        {"start_date", survey.start_date},
                                                        {"end_date", survey.end_date},
                                                        {"population", survey.population},
                                                        {"responses", std::move(responses)},
                                                        {"source_sha256", survey.source_sha256},
                                                        {"removed", false}});
            return draft;
        },
        author);
    return LocalId(workspace, "skm_survey", uid);
}

void RecordSkmResult(Workspace& workspace, const SkmSurvey& survey, const std::string& published_where,
                     const std::string& follow_up, const std::string& author) {
    RequireServiceTables(workspace);
    CheckUserText(published_where, Tr("where the results are published"), kTitleLimit);
    CheckUserText(follow_up, Tr("the follow-up"), kLongTextLimit);
    workspace.RecordInTransaction(
        [&](SQLite::Database&) -> std::optional<ChangeDraft> {
            ChangeDraft draft =
                Draft("skm.result", "skm", Format(Tr("Satisfaction survey {0}: results recorded"), {survey.period}));
            draft.writes.emplace_back(SkmResultKey(survey.uid),
                                      Json{{"published_where", published_where}, {"follow_up", follow_up}});
            return draft;
        },
        author);
}

}  // namespace ziwb::core
