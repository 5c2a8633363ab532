// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/score_output.hpp"

#include <algorithm>

#include "common/text.hpp"
#include "common/utf8.hpp"
#include "io/json.hpp"
#include "proposal/proposal_rules.hpp"

namespace ziwb::core {
namespace {

std::string Join(const std::vector<std::string>& items, const std::string& last_separator) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            out += i + 1 == items.size() ? last_separator : ", ";
        }
        out += items[i];
    }
    return out;
}

std::string_view StatusId(CriterionStatus status) {
    switch (status) {
        case CriterionStatus::Unanswered: return "unanswered";
        case CriterionStatus::Answered: return "answered";
        case CriterionStatus::Incomplete: return "incomplete";
        case CriterionStatus::NotComputable: return "not_computable";
    }
    return "unanswered";
}

std::optional<double> Percent(const NodeScore& score) {
    const auto fraction = score.Fraction();
    return fraction ? std::optional<double>(*fraction * 100.0) : std::nullopt;
}

bool IsLeadByte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
}

/// The number of characters (code points) of a UTF-8 string.
std::size_t Width(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), IsLeadByte));
}

/// Cuts a UTF-8 string to at most `width` characters, ending in "..." when cut.
std::string Fit(const std::string& text, std::size_t width) {
    if (Width(text) <= width) {
        return text;
    }
    std::size_t kept = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (IsLeadByte(text[i]) && kept++ == width - 3) {
            return text.substr(0, i) + "...";
        }
    }
    return text;
}

std::string PadRight(const std::string& text, std::size_t width) {
    const std::size_t w = Width(text);
    return w >= width ? text : text + std::string(width - w, ' ');
}

std::string PadLeft(const std::string& text, std::size_t width) {
    const std::size_t w = Width(text);
    return w >= width ? text : std::string(width - w, ' ') + text;
}

}  // namespace

std::string DescribeFinding(const Form& form, const FormNode& criterion, const CriterionFinding& finding) {
    (void)form;
    switch (finding.status) {
        case CriterionStatus::Incomplete:
            return Format(Tr("{0}: fill in {1} to score this item"),
                          {criterion.code, Join(finding.missing_inputs, Tr(" and "))});
        case CriterionStatus::NotComputable:
            return Format(Tr("{0} cannot be computed: the total it divides by ({1}) is 0. Change {1}, or leave the "
                             "item unanswered; until then it counts as unanswered"),
                          {criterion.code, Join(finding.zero_denominator_inputs, " + ")});
        case CriterionStatus::Answered:
            if (finding.ratio_above_one) {
                return Format(Tr("{0}: a count is larger than the total it is part of, so the item is capped at 100%. "
                                 "Check the counts: this is likely a data error"),
                              {criterion.code});
            }
            return {};
        case CriterionStatus::Unanswered: return {};
    }
    return {};
}

std::string DescribeFindingFor(const Form& form, const ScoreReport& report, int index) {
    const FormNode& node = form.Node(index);
    return node.IsCriterion() ? DescribeFinding(form, node, report.findings[static_cast<std::size_t>(index)])
                              : std::string();
}

std::string ConditionValueText(const ConditionValue& value) {
    if (const auto* number = std::get_if<double>(&value)) {
        return FormatNumber(*number, 2);
    }
    return std::get<std::string>(value);
}

std::string ScoreJson(const Form& form, const AnswerSet& answers, const ScoreReport& report,
                      const ScoreContext& context) {
    Json json = Json::object();
    json["form"] = {
        {"id", form.Id()}, {"version", form.Version()}, {"matches_installed", context.form_matches_installed}};
    if (context.info != nullptr) {
        json["unit"] = {{"name", context.info->unit_name},
                        {"agency", context.info->agency},
                        {"year", context.info->year},
                        {"current_predicate", context.info->current_predicate},
                        {"agency_type", context.info->agency_type},
                        {"service_type", context.info->service_type},
                        {"self_evaluation", context.info->self_evaluation},
                        {"proposal_deadline", ProposalDeadline(form, *context.info)}};
    }
    json["layer"] = std::string(LayerId(context.layer));
    json["total"] = JsonNumber(report.Total());
    for (const char* role : {"pengungkit", "hasil"}) {
        const int index = form.ComponentWithRole(role);
        json[role] = JsonNumber(index < 0 ? 0.0 : report.nodes[static_cast<std::size_t>(index)].value.value_or(0.0));
    }
    json["completeness"] = JsonNumber(report.Completeness() * 100.0);
    json["total_if_unanswered_zero"] = JsonNumber(report.TotalIfUnansweredZero());
    Json nodes = Json::object();
    for (std::size_t i = 1; i < form.Nodes().size(); ++i) {
        const FormNode& node = form.Nodes()[i];
        const NodeScore& score = report.nodes[i];
        Json entry = {{"kind", NodeKindName(node.kind)},
                      {"value", JsonNumber(score.value)},
                      {"weight", JsonNumber(score.weight)},
                      {"percent", JsonNumber(Percent(score))},
                      {"completeness", JsonNumber(score.Completeness() * 100.0)},
                      {"value_if_unanswered_zero", JsonNumber(score.value_if_unanswered_zero)}};
        if (node.IsCriterion()) {
            const auto& answer = answers.Get(static_cast<int>(i));
            entry["answer"] = answer ? Json(FormatAnswer(node, *answer)) : Json(nullptr);
            entry["status"] = StatusId(report.findings[i].status);
            entry["answer_type"] = node.answer_kind == AnswerKind::Choice       ? form.ScaleOf(node).id
                                   : node.answer_kind == AnswerKind::Percentage ? std::string("percentage")
                                                                                : std::string("index");
        }
        nodes[node.code] = std::move(entry);
    }
    json["nodes"] = std::move(nodes);
    Json findings = Json::array();
    for (const int index : form.Criteria()) {
        const auto& finding = report.findings[static_cast<std::size_t>(index)];
        const std::string message = DescribeFinding(form, form.Node(index), finding);
        if (!message.empty()) {
            findings.push_back({{"code", form.Node(index).code},
                                {"status", StatusId(finding.status)},
                                {"ratio_above_one", finding.ratio_above_one},
                                {"message", message}});
        }
    }
    json["findings"] = std::move(findings);
    Json eligibility = Json::object();
    for (const Verdict& verdict : report.verdicts) {
        Json unmet_list = Json::array();
        for (const UnmetCondition& unmet : verdict.unmet) {
            Json condition = {{"condition", unmet.condition}};
            for (const auto& [key, value] :
                 {std::pair{"actual", &unmet.actual}, std::pair{"required", &unmet.required}}) {
                const auto* number = std::get_if<double>(value);
                condition[key] = number != nullptr ? JsonNumber(*number) : Json(std::get<std::string>(*value));
            }
            condition["code"] = unmet.target_code;
            unmet_list.push_back(std::move(condition));
        }
        eligibility[verdict.predicate] = {{"eligible", verdict.eligible}, {"unmet", std::move(unmet_list)}};
    }
    json["eligibility"] = std::move(eligibility);
    if (context.prerequisites != nullptr) {
        Json prerequisites = Json::array();
        for (const auto& state : *context.prerequisites) {
            prerequisites.push_back(
                {{"id", state.prerequisite->id},
                 {"scope", state.prerequisite->scope},
                 {"predicates", state.prerequisite->predicates},
                 {"agency_types", state.prerequisite->agency_types},
                 {"applies", PrerequisiteApplies(*state.prerequisite,
                                                 context.info != nullptr ? context.info->agency_type : std::string())},
                 {"text", state.prerequisite->text},
                 {"met", state.met ? Json(*state.met) : Json(nullptr)},
                 {"note", state.note}});
        }
        json["prerequisites"] = std::move(prerequisites);
        Json proposable = Json::object();
        Json proposal = Json::object();
        const WorkspaceInfo info = context.info != nullptr ? *context.info : WorkspaceInfo{};
        for (const auto& judged : JudgeProposability(form, report, *context.prerequisites, info)) {
            proposable[judged.predicate] = judged.Proposable();
            proposal[judged.predicate] = {
                {"proposable", judged.Proposable()},
                {"score_eligible", judged.score_eligible},
                {"open_prerequisites", judged.open_prerequisites},
                {"exemption", judged.exemption != nullptr ? Json(judged.exemption->id) : Json(nullptr)},
                {"self_evaluation",
                 judged.self_evaluation != nullptr ? Json(judged.self_evaluation->standing) : Json(nullptr)}};
        }
        json["proposable"] = std::move(proposable);
        json["proposal"] = std::move(proposal);
    }
    if (context.signoff != nullptr) {
        const SignoffStatus& status = *context.signoff;
        Json signoff = {{"state", std::string(SignoffStateId(status.state))}};
        if (status.signoff) {
            signoff["by"] = status.signoff->author;
            signoff["nip"] = status.signoff->nip;
            signoff["at"] = status.signoff->signed_at;
            signoff["total"] = status.signoff->total;
            signoff["changed_criteria"] = status.changes.criteria;
        }
        json["signoff"] = std::move(signoff);
    }
    if (StoredTextRepairs() > 0) {
        json["text_repaired"] = true;  // some text held invalid UTF-8 and is shown with U+FFFD
    }
    return DumpJson(json) + "\n";
}

std::string FormMismatchWarning(const Form& form) {
    return Format(Tr("Warning: this workspace's copy of form {0} {1} is not identical to any form installed here; "
                     "its scores follow that copy. Ask the sender which form they used"),
                  {form.Id(), form.Version()});
}

std::string ScoreTable(const Form& form, const AnswerSet& answers, const ScoreReport& report,
                       const ScoreContext& context, bool criteria) {
    constexpr std::size_t kCode = 22;
    constexpr std::size_t kName = 48;
    std::string out;
    if (context.info != nullptr) {
        out += Format(Tr("{0}, {1} ({2}) - form {3} {4}, layer {5}"),
                      {context.info->unit_name, context.info->agency, std::to_string(context.info->year), form.Id(),
                       form.Version(), LayerId(context.layer)}) +
               "\n\n";
    }
    if (!context.form_matches_installed) {
        out += FormMismatchWarning(form) + "\n\n";
    }
    out += PadRight(Tr("Code"), kCode) + PadRight(Tr("Name"), kName) + PadLeft(Tr("Weight"), 8) +
           PadLeft(Tr("Value"), 9) + PadLeft("%", 8) + PadLeft(Tr("Answered"), 11) + "\n";
    out += std::string(kCode + kName + 8 + 9 + 8 + 11, '-') + "\n";
    for (std::size_t i = 1; i < form.Nodes().size(); ++i) {
        const FormNode& node = form.Nodes()[i];
        const NodeScore& score = report.nodes[i];
        if (node.IsCriterion() && !criteria && !node.weight) {
            continue;
        }
        const std::string indent(static_cast<std::size_t>(node.depth - 1) * 2, ' ');
        std::string value = score.value ? FormatNumber(*score.value, 2) : "-";
        std::string name = node.name;
        if (node.IsCriterion()) {
            const auto& answer = answers.Get(static_cast<int>(i));
            name.insert(
                0, answer ? std::string("[").append(FormatAnswer(node, *answer)).append("] ") : std::string("[ ] "));
        }
        const auto percent = Percent(score);
        out += PadRight(Fit(indent + node.code, kCode - 1), kCode) + PadRight(Fit(name, kName - 1), kName) +
               PadLeft(score.weight ? FormatNumber(*score.weight, 2) : "", 8) + PadLeft(value, 9) +
               PadLeft(percent ? FormatNumber(*percent, 1) : "-", 8) +
               PadLeft(std::to_string(score.answered) + "/" + std::to_string(score.criteria), 11) + "\n";
    }
    out += "\n";
    out += PadRight(Tr("Total (official figure)"), 42) + PadLeft(FormatNumber(report.Total(), 2), 9) + "\n";
    out += PadRight(Tr("Completeness"), 42) + PadLeft(FormatNumber(report.Completeness() * 100.0, 1) + "%", 9) + "\n";
    out += PadRight(Tr("Total with unanswered counted as 0"), 42) +
           PadLeft(FormatNumber(report.TotalIfUnansweredZero(), 2), 9) + "\n";
    for (const Verdict& verdict : report.verdicts) {
        out += '\n';
        out += (verdict.eligible ? Format(Tr("{0}: meets every condition"), {verdict.predicate})
                                 : Format(Tr("{0}: not yet - {1} condition(s) unmet"),
                                          {verdict.predicate, std::to_string(verdict.unmet.size())})) +
               "\n";
        for (const UnmetCondition& unmet : verdict.unmet) {
            out += "  - " +
                   Format(Tr("{0}: is {1}, needs {2}"),
                          {unmet.condition, ConditionValueText(unmet.actual), ConditionValueText(unmet.required)}) +
                   "\n";
        }
    }
    if (context.prerequisites != nullptr && !context.prerequisites->empty()) {
        out.append("\n")
            .append(Tr("Prerequisites (not scored; they decide whether the unit may be proposed):"))
            .append("\n");
        const WorkspaceInfo info = context.info != nullptr ? *context.info : WorkspaceInfo{};
        for (const auto& state : *context.prerequisites) {
            if (!PrerequisiteApplies(*state.prerequisite, info.agency_type)) {
                continue;  // another agency type's threshold (Tabel 5)
            }
            const std::string mark = !state.met ? Tr("not confirmed") : (*state.met ? Tr("met") : Tr("NOT met"));
            out.append("  [").append(mark).append("] ").append(state.prerequisite->text);
            out.append(" (").append(state.prerequisite->id).append(")\n");
        }
        if (info.agency_type.empty() && !form.Proposal().agency_types.empty()) {
            out.append("  ")
                .append(Tr("The agency type is not set: set it with ziwb details --agency-type"))
                .append("\n");
        }
        for (const auto& judged : JudgeProposability(form, report, *context.prerequisites, info)) {
            out.append(ProposalLine(judged)).append("\n");
        }
        if (const std::string deadline = ProposalDeadline(form, info); !deadline.empty()) {
            out.append(Format(Tr("Proposal deadline: {0}"), {deadline})).append("\n");
        }
    }
    if (context.signoff != nullptr) {
        out.append("\n").append(SignoffLine(*context.signoff)).append("\n");
    }
    bool header = false;
    for (const int index : form.Criteria()) {
        const std::string message =
            DescribeFinding(form, form.Node(index), report.findings[static_cast<std::size_t>(index)]);
        if (!message.empty()) {
            if (!header) {
                out.append("\n").append(Tr("Needs attention:")).append("\n");
                header = true;
            }
            out += "  - " + message + "\n";
        }
    }
    return out;
}

}  // namespace ziwb::core
