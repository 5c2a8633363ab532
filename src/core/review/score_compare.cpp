// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/score_compare.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "common/error.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "form/form_grammar.hpp"
#include "io/json.hpp"
#include "scoring/scoring_engine.hpp"

namespace ziwb::core {

ScoreComparison CompareLayers(const Workspace& workspace, const Layer& first, const Layer& second) {
    const Form& form = workspace.FormInUse();
    const UnitStanding standing{workspace.Info().current_predicate};
    ScoreComparison comparison{first, second, workspace.Score(first), workspace.Score(second), {}};
    AnswerSet first_answers = workspace.LoadAnswers(first);
    const AnswerSet second_answers = workspace.LoadAnswers(second);
    std::map<std::string, std::string, std::less<>> second_notes;
    for (const auto& stored : workspace.StoredAnswers(second)) {
        second_notes.emplace(stored.code, stored.note);
    }
    const double first_total = comparison.first_report.Total();
    for (const int index : form.Criteria()) {
        const auto& a = first_answers.Get(index);
        const auto& b = second_answers.Get(index);
        if (a == b) {
            continue;
        }
        const FormNode& node = form.Node(index);
        AnswerDifference difference;
        difference.code = node.code;
        if (a) {
            difference.first_answer = FormatAnswer(node, *a);
        }
        if (b) {
            difference.second_answer = FormatAnswer(node, *b);
        }
        if (const auto note = second_notes.find(node.code); note != second_notes.end()) {
            difference.second_note = note->second;
        }
        // The exact effect on the total: score again with only this answer swapped.
        const std::optional<Answer> kept = a;
        b ? first_answers.Set(index, *b) : first_answers.Clear(index);
        difference.points = Score(form, first_answers, standing).Total() - first_total;
        kept ? first_answers.Set(index, *kept) : first_answers.Clear(index);
        comparison.differences.push_back(std::move(difference));
    }
    std::stable_sort(
        comparison.differences.begin(), comparison.differences.end(),
        [](const AnswerDifference& x, const AnswerDifference& y) { return std::abs(x.points) > std::abs(y.points); });
    return comparison;
}

namespace {

std::string Score2(std::optional<double> value) {
    return value ? FormatNumber(*value, 2) : std::string("-");
}

std::string VerdictText(const Verdict* verdict) {
    if (verdict == nullptr) {
        return "-";
    }
    return verdict->eligible ? Tr("meets") : Tr("does not meet");
}

std::string Pad(std::string text, std::size_t width) {
    const std::size_t length = CountCodePoints(text);
    if (length < width) {
        text.append(width - length, ' ');
    }
    return text;
}

}  // namespace

std::pair<Layer, Layer> ParseLayerPair(const Form& form, std::string_view text) {
    const auto comma = text.find(',');
    if (comma == std::string_view::npos) {
        throw UserError(Format(Tr("--compare takes two layers, as unit,tpi (this form has {0})"), {form.LayerList()}));
    }
    Layer first = ParseLayer(form, text.substr(0, comma));
    Layer second = ParseLayer(form, text.substr(comma + 1));
    if (first == second) {
        throw UserError(Tr("--compare takes two different layers, as unit,tpi"));
    }
    return {std::move(first), std::move(second)};
}

std::string ComparisonTable(const Form& form, const ScoreComparison& comparison) {
    const auto& a = comparison.first_report;
    const auto& b = comparison.second_report;
    const std::string& first = comparison.first.Id();
    const std::string& second = comparison.second.Id();
    std::string out = Pad("", 44) + Pad(first, 10) + Pad(second, 10) + Tr("difference") + "\n";
    out += Pad(Tr("Total"), 44) + Pad(Score2(a.Total()), 10) + Pad(Score2(b.Total()), 10) +
           FormatNumber(b.Total() - a.Total(), 2) + "\n";
    for (std::size_t i = 0; i < form.Nodes().size(); ++i) {
        const FormNode& node = form.Nodes()[i];
        if (node.kind != NodeKind::Area) {
            continue;
        }
        const auto& x = a.nodes[i].value;
        const auto& y = b.nodes[i].value;
        std::string name = node.code + " " + node.name;
        if (CountCodePoints(name) > 42) {
            name = Excerpt(name, 40);
        }
        out += Pad(name, 44) + Pad(Score2(x), 10) + Pad(Score2(y), 10) +
               (x || y ? FormatNumber(y.value_or(0.0) - x.value_or(0.0), 2) : std::string("-")) + "\n";
    }
    for (const auto& predicate : form.Predicates()) {
        out += Pad(predicate.id, 44) + Pad(VerdictText(a.FindVerdict(predicate.id)), 10) + "  " +
               VerdictText(b.FindVerdict(predicate.id)) + "\n";
        if (const Verdict* verdict = b.FindVerdict(predicate.id); verdict != nullptr && !verdict->eligible) {
            for (const auto& unmet : verdict->unmet) {
                out += "    " + second + ": " + OneLine(unmet.condition) + "\n";
            }
        }
    }
    out += "\n";
    if (comparison.differences.empty()) {
        out += Format(Tr("{0} and {1} answer every criterion alike"), {first, second}) + "\n";
        return out;
    }
    out += Format(Tr("{0} criteria answered differently, by the points at stake:"),
                  {std::to_string(comparison.differences.size())}) +
           "\n";
    for (const auto& difference : comparison.differences) {
        std::string line = Pad(difference.code, 14) + Pad(difference.first_answer.value_or("-"), 12) + " -> " +
                           Pad(difference.second_answer.value_or("-"), 12) + " " + (difference.points > 0 ? "+" : "") +
                           FormatNumber(difference.points, 3);
        if (!difference.second_note.empty()) {
            line += "  " + Excerpt(OneLine(difference.second_note), 80);
        }
        out += line + "\n";
    }
    return out;
}

std::string ComparisonJson(const Form& form, const ScoreComparison& comparison) {
    const auto& a = comparison.first_report;
    const auto& b = comparison.second_report;
    const std::string& first = comparison.first.Id();
    const std::string& second = comparison.second.Id();
    Json json;
    json["layers"] = {first, second};
    json["totals"] = {{first, JsonNumber(RoundHalfUp(a.Total(), 4))}, {second, JsonNumber(RoundHalfUp(b.Total(), 4))}};
    Json areas = Json::array();
    for (std::size_t i = 0; i < form.Nodes().size(); ++i) {
        const FormNode& node = form.Nodes()[i];
        if (node.kind == NodeKind::Area) {
            const auto round = [](const std::optional<double>& value) {
                return value ? JsonNumber(RoundHalfUp(*value, 4)) : Json();
            };
            areas.push_back({{"code", node.code},
                             {"name", node.name},
                             {first, round(a.nodes[i].value)},
                             {second, round(b.nodes[i].value)}});
        }
    }
    json["areas"] = std::move(areas);
    Json verdicts = Json::object();
    for (const auto& predicate : form.Predicates()) {
        Json pair = Json::object();
        for (const auto* side : {&comparison.first_report, &comparison.second_report}) {
            const Verdict* verdict = side->FindVerdict(predicate.id);
            Json unmet = Json::array();
            if (verdict != nullptr) {
                for (const auto& condition : verdict->unmet) {
                    unmet.push_back(condition.condition);
                }
            }
            pair[side == &comparison.first_report ? first : second] = {
                {"eligible", verdict != nullptr && verdict->eligible}, {"unmet", std::move(unmet)}};
        }
        verdicts[predicate.id] = std::move(pair);
    }
    json["verdicts"] = std::move(verdicts);
    Json differences = Json::array();
    for (const auto& difference : comparison.differences) {
        differences.push_back({{"code", difference.code},
                               {first, difference.first_answer ? Json(*difference.first_answer) : Json()},
                               {second, difference.second_answer ? Json(*difference.second_answer) : Json()},
                               {"points", JsonNumber(RoundHalfUp(difference.points, 4))},
                               {"note", difference.second_note}});
    }
    json["differences"] = std::move(differences);
    return json.dump(2) + "\n";
}

}  // namespace ziwb::core
