#include "readiness/readiness_output.hpp"

#include "common/text.hpp"
#include "io/json_writer.hpp"

namespace ziwb::core {
namespace {

/// Pads ASCII text (codes, numbers) to a column width.
std::string Column(const std::string& text, std::size_t width) {
    return text.size() >= width ? text + " " : text + std::string(width - text.size(), ' ');
}

void StepsJson(JsonWriter& json, const PathOption& option) {
    json.Key("cost").Number(option.cost);
    json.Key("points").Number(RoundHalfUp(option.points, 4));
    json.Key("steps").BeginArray();
    for (const PathStep& step : option.steps) {
        json.BeginObject();
        json.Key("code").String(step.code);
        json.Key("from").String(step.from);
        json.Key("to").String(step.to);
        json.Key("points").Number(RoundHalfUp(step.points, 4));
        json.Key("cost").Number(step.cost);
        json.Key("area").Integer(step.area);
        json.EndObject();
    }
    json.EndArray();
}

void StringsJson(JsonWriter& json, std::string_view key, const std::vector<std::string>& values) {
    json.Key(key).BeginArray();
    for (const std::string& value : values) {
        json.String(value);
    }
    json.EndArray();
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
    JsonWriter json;
    json.BeginObject();
    json.Key("count").Integer(static_cast<long long>(findings.size()));
    json.Key("findings").BeginArray();
    for (const ReadinessFinding& finding : findings) {
        json.BeginObject();
        json.Key("kind").String(FindingKindId(finding.kind));
        json.Key("code").String(finding.code);
        json.Key("points").Number(finding.points);
        json.Key("problem").String(finding.problem);
        json.Key("action").String(finding.action);
        if (finding.evidence != 0) {
            json.Key("evidence").Integer(finding.evidence);
        } else {
            json.Key("evidence").Null();
        }
        json.EndObject();
    }
    json.EndArray();
    json.EndObject();
    return json.Text() + "\n";
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
    JsonWriter json;
    json.BeginObject();
    json.Key("predicate").String(path.predicate);
    json.Key("found").Bool(path.found);
    json.Key("proven_optimal").Bool(path.proven_optimal);
    if (path.found) {
        StepsJson(json, path.best);
    } else {
        json.Key("cost").Null();
        json.Key("points").Null();
        json.Key("steps").BeginArray().EndArray();
    }
    json.Key("alternatives").BeginArray();
    for (const PathOption& option : path.alternatives) {
        json.BeginObject();
        StepsJson(json, option);
        json.EndObject();
    }
    json.EndArray();
    StringsJson(json, "blocking", path.blocking);
    StringsJson(json, "outside", path.outside);
    StringsJson(json, "assumed_lowest", path.assumed_lowest);
    json.Key("nodes").Integer(static_cast<long long>(path.nodes));
    json.EndObject();
    return json.Text() + "\n";
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
    JsonWriter json;
    json.BeginObject();
    json.Key("today").String(today);
    json.Key("tasks").BeginArray();
    for (const PlanTask& task : tasks) {
        json.BeginObject();
        json.Key("id").Integer(task.id);
        json.Key("code").String(task.code);
        json.Key("task").String(task.task);
        json.Key("person").String(task.person);
        if (task.due_date.empty()) {
            json.Key("due_date").Null();
        } else {
            json.Key("due_date").String(task.due_date);
        }
        json.Key("status").String(task.status);
        json.Key("target").String(task.target);
        json.Key("overdue").Bool(task.Overdue(today));
        json.Key("due_this_week").Bool(task.DueThisWeek(today));
        json.EndObject();
    }
    json.EndArray();
    json.EndObject();
    return json.Text() + "\n";
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
