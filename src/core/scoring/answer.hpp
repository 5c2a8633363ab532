// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "form/form.hpp"

namespace ziwb::core {

/// A unit's or an evaluator's answer to one criterion: a scale key for choice items, or the values
/// of the item's inputs (counts for percentage items, the index for IPAK/IPKP). Inputs may be
/// partly filled while a team gathers its figures; such an item is not yet scored.
struct Answer {
    std::string choice;
    std::vector<std::optional<double>> inputs;

    bool operator==(const Answer&) const = default;
};

/// Parses the text form of an answer as users type it and the CLI takes it: "Ya", "Tidak", "A".."E"
/// for choice items, "3.42" for an index, "agen=5;perubahan=7" for percentage items. Checks the value
/// against the criterion and throws UserError saying what is wrong and what would be right.
[[nodiscard]] Answer ParseAnswer(const Form& form, const FormNode& criterion, std::string_view text);

/// The canonical text of an answer (what ParseAnswer reads back; what the workspace stores).
[[nodiscard]] std::string FormatAnswer(const FormNode& criterion, const Answer& answer);

/// What an answer for this criterion looks like, for help and error messages.
[[nodiscard]] std::string AnswerHint(const Form& form, const FormNode& criterion);

/// All answers of one layer, indexed like the form's nodes, so scoring does no lookups.
class AnswerSet {
public:
    explicit AnswerSet(const Form& form);
    void Set(int node_index, Answer answer);
    void Clear(int node_index);
    /// Sets by code; throws UserError for an unknown code or a node that is not a criterion.
    void Set(std::string_view code, Answer answer);
    [[nodiscard]] const std::optional<Answer>& Get(int node_index) const {
        return m_answers[static_cast<std::size_t>(node_index)];
    }
    [[nodiscard]] const Form& FormInUse() const { return *m_form; }
    [[nodiscard]] std::size_t Count() const;

private:
    const Form* m_form;
    std::vector<std::optional<Answer>> m_answers;
};

/// Finds a criterion by code or throws a UserError that says the code is unknown.
[[nodiscard]] const FormNode& RequireCriterion(const Form& form, std::string_view code);

}  // namespace ziwb::core
