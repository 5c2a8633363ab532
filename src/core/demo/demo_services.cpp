// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demo_services.hpp"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/data_dirs.hpp"
#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/sha256.hpp"
#include "common/text.hpp"
#include "services/fkp_attendance.hpp"
#include "services/service_store.hpp"
#include "services/skm_csv.hpp"

namespace ziwb::core {
namespace {

std::string ReadWhole(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

void AddDemoServices(Workspace& workspace, const std::filesystem::path& program_dir, const std::string& author) {
    const auto folder = FindDataFile(program_dir, "templates/demo/pelayanan");
    if (folder.empty()) {
        return;  // an installation without the demo's service data still makes the demo
    }
    const ServiceRules& rules = InstalledServiceRules(program_dir);
    const nlohmann::json demo = nlohmann::json::parse(ReadWhole(folder / "layanan.json"));
    std::vector<std::string> uids;
    for (const auto& item : demo.at("services")) {
        Service service;
        service.name = item.at("name").get<std::string>();
        service.established_by = item.at("established_by").get<std::string>();
        service.reviewed_on = item.at("reviewed_on").get<std::string>();
        service.published_where = item.at("published_where").get<std::string>();
        service.sops = item.at("sops").get<std::vector<std::string>>();
        for (const auto& [id, text] : item.at("components").items()) {
            service.components[id] = text.get<std::string>();
        }
        const auto id = AddService(workspace, rules, service, author);
        uids.push_back(FindService(workspace, std::to_string(id)).uid);
    }
    const auto& forum = demo.at("forum");
    FkpSession session;
    session.date = forum.at("date").get<std::string>();
    session.place = forum.at("place").get<std::string>();
    session.purpose = forum.at("purpose").get<std::string>();
    session.topic = forum.at("topic").get<std::string>();
    session.chair = forum.at("chair").get<std::string>();
    for (const auto& number : forum.at("services")) {
        session.service_uids.push_back(uids.at(number.get<std::size_t>() - 1));
    }
    const auto forum_id = AddFkpSession(workspace, session, author);
    const auto attendance = folder / forum.at("attendance").get<std::string>();
    const auto list = ParseParticipantCsv(rules, ReadWhole(attendance), PathToUtf8(attendance.filename()));
    if (!list.problems.empty()) {
        throw Error(Tr("the demo's attendance list is damaged") + ": " + list.problems.front());
    }
    AddFkpParticipants(workspace, rules, FindFkpSession(workspace, forum_id), list.participants, author);
    for (const auto& item : forum.at("inputs")) {
        FkpInput input;
        input.from = item.at("from").get<std::string>();
        input.text = item.at("text").get<std::string>();
        input.service_uid = uids.at(item.at("service").get<std::size_t>() - 1);
        const auto number = AddFkpInput(workspace, FindFkpSession(workspace, forum_id), input, author);
        const auto follow_up = item.at("follow_up").get<std::string>();
        if (follow_up != "open") {
            FollowUpFkpInput(workspace, FindFkpSession(workspace, forum_id), number, follow_up,
                             item.at("response").get<std::string>(), author);
        }
    }
    for (const auto& item : demo.at("surveys")) {
        const std::string text = ReadWhole(folder / item.at("file").get<std::string>());
        const auto parsed = ParseSkmCsv(rules, text, false);
        if (!parsed.problems.empty()) {
            throw Error(Tr("the demo's survey responses are damaged"));
        }
        SkmSurvey survey;
        survey.service_uid = uids.at(item.at("service").get<std::size_t>() - 1);
        survey.period = item.at("period").get<std::string>();
        survey.start_date = item.at("from").get<std::string>();
        survey.end_date = item.at("to").get<std::string>();
        survey.population = item.at("population").get<std::int64_t>();
        survey.responses = parsed.responses;
        survey.source_sha256 = Sha256::HexOf(text);
        const auto id = StoreSkmSurvey(workspace, rules, survey, author);
        for (const SkmSurvey& stored : LoadSkmSurveys(workspace)) {
            if (stored.id == id) {
                RecordSkmResult(workspace, stored, item.at("published_where").get<std::string>(),
                                item.at("follow_up").get<std::string>(), author);
            }
        }
    }
}

}  // namespace ziwb::core
