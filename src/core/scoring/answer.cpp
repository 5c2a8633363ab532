// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/answer.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "common/error.hpp"
#include "common/text.hpp"

namespace ziwb::core {
namespace {

std::string_view Trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
        text.remove_suffix(1);
    }
    return text;
}

/// Reads a number as users write it: "3.5" or, in Indonesian, "3,5".
std::optional<double> ReadNumber(std::string_view text) {
    std::string normalized(Trim(text));
    std::replace(normalized.begin(), normalized.end(), ',', '.');
    double value = 0.0;
    const auto [end, ec] = std::from_chars(normalized.data(), normalized.data() + normalized.size(), value);
    if (normalized.empty() || ec != std::errc() || end != normalized.data() + normalized.size() ||
        !std::isfinite(value)) {
        return std::nullopt;
    }
    return value == 0.0 ? 0.0 : value;  // "-0" is stored and shown as 0
}

std::string ChoiceKeys(const Scale& scale) {
    std::string keys;
    for (std::size_t i = 0; i < scale.choices.size(); ++i) {
        if (i > 0) {
            keys += i + 1 == scale.choices.size() ? Tr(" or ") : ", ";
        }
        keys += scale.choices[i].key;
    }
    return keys;
}

double CheckInputValue(const FormNode& criterion, const FormulaInput& input, std::string_view text) {
    const auto value = ReadNumber(text);
    if (!value) {
        throw UserError(
            Format(Tr("{0}: '{1}' is not a number (input '{2}': {3})"), {criterion.code, text, input.id, input.label}));
    }
    if (input.whole_number && (*value != std::floor(*value) || *value < 0)) {
        throw UserError(Format(Tr("{0}: input '{1}' is a count and takes a whole number of 0 or more, not {2}"),
                               {criterion.code, input.id, text}));
    }
    if (*value < input.min || (input.max && *value > *input.max)) {
        throw UserError(Format(Tr("{0}: {1} must be from {2} to {3}, not {4}"),
                               {criterion.code, input.label, FormatMachineNumber(input.min),
                                FormatMachineNumber(input.max.value_or(input.min)), text}));
    }
    return *value;
}

}  // namespace

std::string AnswerHint(const Form& form, const FormNode& criterion) {
    switch (criterion.answer_kind) {
        case AnswerKind::Choice: return ChoiceKeys(form.ScaleOf(criterion));
        case AnswerKind::Index:
            return Format(Tr("a number from {0} to {1}"), {FormatMachineNumber(criterion.inputs[0].min),
                                                           FormatMachineNumber(criterion.inputs[0].max.value_or(0))});
        case AnswerKind::Percentage: {
            std::string hint;
            for (const auto& input : criterion.inputs) {
                hint += (hint.empty() ? "" : ";") + input.id + "=N";
            }
            return hint;
        }
    }
    return {};
}

Answer ParseAnswer(const Form& form, const FormNode& criterion, std::string_view text) {
    text = Trim(text);
    Answer answer;
    switch (criterion.answer_kind) {
        case AnswerKind::Choice: {
            const Scale& scale = form.ScaleOf(criterion);
            // Keys are matched without regard to case ("ya", "a"), but stored as the form spells them.
            const auto found = std::find_if(scale.choices.begin(), scale.choices.end(), [&](const ScaleChoice& c) {
                return AsciiLower(c.key) == AsciiLower(text);
            });
            if (found == scale.choices.end()) {
                throw UserError(Format(Tr("{0} takes {1}, not '{2}'"), {criterion.code, ChoiceKeys(scale), text}));
            }
            answer.choice = found->key;
            return answer;
        }
        case AnswerKind::Index: {
            answer.inputs.emplace_back(CheckInputValue(criterion, criterion.inputs[0], text));
            return answer;
        }
        case AnswerKind::Percentage: break;
    }
    answer.inputs.assign(criterion.inputs.size(), std::nullopt);
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t end = text.find(';', pos);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        const std::string_view part = Trim(text.substr(pos, end - pos));
        pos = end + 1;
        if (part.empty()) {
            continue;
        }
        const std::size_t eq = part.find('=');
        if (eq == std::string_view::npos) {
            throw UserError(Format(Tr("{0} takes its counts as {1}, not '{2}'"),
                                   {criterion.code, AnswerHint(form, criterion), text}));
        }
        const std::string id = AsciiLower(Trim(part.substr(0, eq)));
        const auto input = std::find_if(criterion.inputs.begin(), criterion.inputs.end(),
                                        [&](const FormulaInput& i) { return i.id == id; });
        if (input == criterion.inputs.end()) {
            throw UserError(Format(Tr("{0} has no input '{1}'; its inputs are {2}"),
                                   {criterion.code, id, AnswerHint(form, criterion)}));
        }
        const auto index = static_cast<std::size_t>(input - criterion.inputs.begin());
        if (answer.inputs[index]) {
            throw UserError(Format(Tr("{0}: input '{1}' is given twice"), {criterion.code, id}));
        }
        answer.inputs[index] = CheckInputValue(criterion, *input, part.substr(eq + 1));
    }
    if (std::none_of(answer.inputs.begin(), answer.inputs.end(), [](const auto& v) { return v.has_value(); })) {
        throw UserError(Format(Tr("{0} takes its counts as {1}; to remove the answer use --clear"),
                               {criterion.code, AnswerHint(form, criterion)}));
    }
    return answer;
}

std::string FormatAnswer(const FormNode& criterion, const Answer& answer) {
    if (criterion.answer_kind == AnswerKind::Choice) {
        return answer.choice;
    }
    if (criterion.answer_kind == AnswerKind::Index) {
        return answer.inputs.empty() || !answer.inputs[0] ? std::string() : FormatMachineNumber(*answer.inputs[0]);
    }
    std::string text;
    for (std::size_t i = 0; i < criterion.inputs.size() && i < answer.inputs.size(); ++i) {
        if (answer.inputs[i]) {
            text += (text.empty() ? "" : ";") + criterion.inputs[i].id + "=" + FormatMachineNumber(*answer.inputs[i]);
        }
    }
    return text;
}

const FormNode& RequireCriterion(const Form& form, std::string_view code) {
    const FormNode* node = form.FindNode(code);
    if (node == nullptr) {
        throw UserError(Format(Tr("'{0}' is not a code of form {1}; codes look like A.I.1.i.a (see 'ziwb score')"),
                               {code, form.Id()}));
    }
    if (!node->IsCriterion()) {
        throw UserError(Format(Tr("'{0}' is a {1}, not a criterion: only criteria are answered"),
                               {code, Tr(NodeKindName(node->kind))}));
    }
    return *node;
}

AnswerSet::AnswerSet(const Form& form) : m_form(&form), m_answers(form.Nodes().size()) {}

void AnswerSet::Set(int node_index, Answer answer) {
    m_answers[static_cast<std::size_t>(node_index)] = std::move(answer);
}

void AnswerSet::Clear(int node_index) {
    m_answers[static_cast<std::size_t>(node_index)].reset();
}

void AnswerSet::Set(std::string_view code, Answer answer) {
    const FormNode& node = RequireCriterion(*m_form, code);
    Set(static_cast<int>(&node - m_form->Nodes().data()), std::move(answer));
}

std::size_t AnswerSet::Count() const {
    return static_cast<std::size_t>(
        std::count_if(m_answers.begin(), m_answers.end(), [](const auto& a) { return a.has_value(); }));
}

}  // namespace ziwb::core
