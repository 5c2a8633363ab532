// SPDX-License-Identifier: GPL-3.0-or-later
#include "readiness/readiness_output.hpp"

#include "common/text.hpp"
#include "io/json.hpp"

namespace ziwb::core {
namespace {

/// Pads ASCII text (codes, numbers) to a column width.
std::string Column(const std::string& text, std::size_t width) {
    return text.size() >= width ? text + " " : text + std::string(width - text.size(), ' ');
}

void StepsJson(Json& json, const PathOption& option) {
    json["cost"] = JsonNumber(option.cost);
    json["points"] = JsonNumber(RoundHalfUp(option.points, 4));
    Json steps = Json::array();
    for (const auto& step : option.steps) {
        steps.push_back({{"code", step.code},
                         {"from", step.from},
                         {"to", step.to},
                         {"points", JsonNumber(RoundHalfUp(step.points, 4))},
                         {"cost", JsonNumber(step.cost)},
                         {"area", step.area}});
    }
    json["steps"] = std::move(steps);
}

void StringsJson(Json& json, std::string_view key, const std::vector<std::string>& values) {
    json[std::string(key)] = values;
}

std::string StepsTable(const Form& form, const PathOption& option) {
    std::string out = "  " + Column(Tr("Criterion"), 16) + Column(Tr("From"), 22) + Column(Tr("To"), 22) +
                      Column(Tr("Points"), 8) + Tr("Area") + "\n";
    for (const PathStep& step : option.steps) {
        std::string area = "-";
        for (const ChangeArea& candidate : form.ChangeAreas()) {
            if (candidate.number == step.area) {
                area = candidate.name;
            }
        }
        out += "  " + Column(step.code, 16) + Column(step.from, 22) + Column(step.to, 22) +
               Column("+" + FormatNumber(step.points, 2), 8) + area + "\n";
    }
    return out;
}

}  // namespace

std::string CheckJson(const std::vector<ReadinessFinding>& findings) {
    Json list = Json::array();
    for (const auto& finding : findings) {
        Json item = {{"kind", std::string(FindingKindId(finding.kind))},
                     {"code", finding.code},
                     {"points", JsonNumber(finding.points)},
                     {"problem", finding.problem},
                     {"action", finding.action}};
        item["evidence"] = finding.evidence != 0 ? Json(finding.evidence) : Json(nullptr);
        if (!finding.gap.empty()) {
            item["gap"] = finding.gap;
        }
        if (!finding.template_id.empty()) {
            item["template"] = finding.template_id;
        }
        list.push_back(std::move(item));
    }
    Json json = {{"count", findings.size()}};
    json["findings"] = std::move(list);
    return DumpJson(json) + "\n";
}

std::string CheckTable(const std::vector<ReadinessFinding>& findings) {
    if (findings.empty()) {
        return Tr("No problems found: every criterion is answered, backed and explained.") + "\n";
    }
    std::string out = Format(Tr("{0} problems an evaluator would find, most points at stake first:"),
                             {std::to_string(findings.size())}) +
                      "\n";
    out += Column(Tr("Points"), 8) + Column(Tr("Criterion"), 16) + Tr("Problem") + "\n";
    for (const ReadinessFinding& finding : findings) {
        out += Column(FormatNumber(finding.points, 2), 8) + Column(finding.code, 16) + finding.problem + "\n";
        out += std::string(24, ' ') + "-> " + finding.action + "\n";
    }
    return out;
}

std::string PathJson(const ReadinessPath& path) {
    Json json = {{"predicate", path.predicate}, {"found", path.found}, {"proven_optimal", path.proven_optimal}};
    if (path.found) {
        StepsJson(json, path.best);
    } else {
        json["cost"] = nullptr;
        json["points"] = nullptr;
        json["steps"] = Json::array();
    }
    Json alternatives = Json::array();
    for (const auto& option : path.alternatives) {
        Json alternative = Json::object();
        StepsJson(alternative, option);
        alternatives.push_back(std::move(alternative));
    }
    json["alternatives"] = std::move(alternatives);
    StringsJson(json, "blocking", path.blocking);
    StringsJson(json, "outside", path.outside);
    StringsJson(json, "assumed_lowest", path.assumed_lowest);
    json["nodes"] = path.nodes;
    return DumpJson(json) + "\n";
}

std::string PathTable(const Form& form, const ReadinessPath& path) {
    std::string out;
    if (!path.found) {
        out += Format(Tr("No path to {0}: no answer the team can change meets"), {path.predicate}) + "\n";
        for (const std::string& blocking : path.blocking) {
            out += "  - " + blocking + "\n";
        }
    } else if (path.best.steps.empty()) {
        out += Format(Tr("The answers already meet every score condition of {0}."), {path.predicate}) + "\n";
    } else {
        out += Format(Tr("Cheapest path to {0}: {1} steps, cost {2}, +{3} points ({4})"),
                      {path.predicate, std::to_string(path.best.steps.size()), FormatNumber(path.best.cost, 2),
                       FormatNumber(path.best.points, 2),
                       path.proven_optimal ? Tr("proven optimal") : Tr("best found; the search was cut short")}) +
               "\n";
        out += StepsTable(form, path.best);
        for (std::size_t i = 0; i < path.alternatives.size(); ++i) {
            const PathOption& option = path.alternatives[i];
            out += Format(Tr("Alternative {0}: {1} steps, cost {2}, +{3} points"),
                          {std::to_string(i + 1), std::to_string(option.steps.size()), FormatNumber(option.cost, 2),
                           FormatNumber(option.points, 2)}) +
                   "\n";
            out += StepsTable(form, option);
        }
    }
    for (const std::string& outside : path.outside) {
        out += Format(Tr("Also required, outside the answers: {0}"), {outside}) + "\n";
    }
    if (!path.assumed_lowest.empty()) {
        out += Format(Tr("{0} criteria are not answered yet; the path counts them at their lowest answer."),
                      {std::to_string(path.assumed_lowest.size())}) +
               "\n";
    }
    return out;
}

std::string PlanJson(const std::vector<PlanTask>& tasks, std::string_view today) {
    Json list = Json::array();
    for (const auto& task : tasks) {
        Json item = {{"id", task.id}, {"code", task.code}, {"task", task.task}, {"person", task.person}};
        item["due_date"] = task.due_date.empty() ? Json(nullptr) : Json(task.due_date);
        item["status"] = task.status;
        item["target"] = task.target;
        item["overdue"] = task.Overdue(today);
        item["due_this_week"] = task.DueThisWeek(today);
        list.push_back(std::move(item));
    }
    Json json = {{"today", std::string(today)}};
    json["tasks"] = std::move(list);
    return DumpJson(json) + "\n";
}

std::string PlanTable(const std::vector<PlanTask>& tasks, std::string_view today) {
    if (tasks.empty()) {
        return Tr("The plan is empty: 'ziwb plan add WS --from-path WBK' builds it from the path.") + "\n";
    }
    std::string out = Column("#", 5) + Column(Tr("Due"), 12) + Column(Tr("Status"), 14) + Column(Tr("Criterion"), 16) +
                      Column(Tr("Person"), 18) + Tr("Task") + "\n";
    for (const PlanTask& task : tasks) {
        const std::string mark = task.Overdue(today) ? " [" + Tr("OVERDUE") + "]" : "";
        out += Column(std::to_string(task.id), 5) + Column(task.due_date.empty() ? "-" : task.due_date, 12) +
               Column(PlanStatusLabel(task.status), 14) + Column(task.code, 16) +
               Column(task.person.empty() ? "-" : task.person, 18) + task.task + mark + "\n";
    }
    return out;
}

}  // namespace ziwb::core
