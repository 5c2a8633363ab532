// SPDX-License-Identifier: GPL-3.0-or-later
#include "form/form.hpp"

#include <algorithm>

namespace ziwb::core {

const ScaleChoice* Scale::Find(std::string_view key) const {
    for (const auto& choice : choices) {
        if (choice.key == key) {
            return &choice;
        }
    }
    return nullptr;
}

std::string FormNode::DisplayLetter() const {
    if (!printed_letter.empty()) {
        return printed_letter;
    }
    const auto dot = code.rfind('.');
    return dot == std::string::npos ? code : code.substr(dot + 1);
}

int Form::Find(std::string_view code) const {
    const auto found = m_index.find(code);
    return found == m_index.end() ? -1 : found->second;
}

const FormNode* Form::FindNode(std::string_view code) const {
    const int index = Find(code);
    return index < 0 ? nullptr : &Node(index);
}

const Scale& Form::ScaleOf(const FormNode& criterion) const {
    return m_scales[static_cast<std::size_t>(criterion.scale)];
}

std::vector<int> Form::AreaNodes(int number) const {
    std::vector<int> out;
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].kind == NodeKind::Area && m_nodes[i].change_area == number) {
            out.push_back(static_cast<int>(i));
        }
    }
    return out;
}

const FormNode* Form::Ancestor(int index, NodeKind kind) const {
    for (int i = index; i >= 0; i = Node(i).parent) {
        if (Node(i).kind == kind) {
            return &Node(i);
        }
    }
    return nullptr;
}

int Form::ComponentWithRole(std::string_view role) const {
    for (const int child : Root().children) {
        if (Node(child).role == role) {
            return child;
        }
    }
    return -1;
}

std::string_view NodeKindName(NodeKind kind) {
    switch (kind) {
        case NodeKind::Root: return "form";
        case NodeKind::Component: return "component";
        case NodeKind::Part: return "part";
        case NodeKind::Area: return "area";
        case NodeKind::Subindicator: return "subindicator";
        case NodeKind::Criterion: return "criterion";
    }
    return "node";
}

const ReviewLayer* Form::FindLayer(std::string_view id) const {
    const auto found =
        std::find_if(m_layers.begin(), m_layers.end(), [&](const ReviewLayer& layer) { return layer.id == id; });
    return found == m_layers.end() ? nullptr : &*found;
}

namespace {

const NamedChoice* FindChoice(const std::vector<NamedChoice>& choices, std::string_view id) {
    const auto found =
        std::find_if(choices.begin(), choices.end(), [&](const NamedChoice& choice) { return choice.id == id; });
    return found == choices.end() ? nullptr : &*found;
}

}  // namespace

const NamedChoice* ProposalRules::FindAgencyType(std::string_view id) const {
    return FindChoice(agency_types, id);
}

const NamedChoice* ProposalRules::FindServiceType(std::string_view id) const {
    return FindChoice(service_types, id);
}

const SelfEvaluation* ProposalRules::FindSelfEvaluation(std::string_view predicate) const {
    const auto found = std::find_if(self_evaluations.begin(), self_evaluations.end(),
                                    [&](const SelfEvaluation& rule) { return rule.predicate == predicate; });
    return found == self_evaluations.end() ? nullptr : &*found;
}

bool Form::IsStanding(std::string_view standing) const {
    const bool required = std::any_of(m_predicates.begin(), m_predicates.end(),
                                      [&](const Predicate& p) { return p.requires_predicate == standing; });
    return required || std::any_of(m_proposal.self_evaluations.begin(), m_proposal.self_evaluations.end(),
                                   [&](const SelfEvaluation& rule) { return rule.standing == standing; });
}

bool Form::StandingHolds(std::string_view standing, std::string_view predicate) const {
    if (standing.empty()) {
        return false;
    }
    if (standing == predicate) {
        return true;
    }
    const SelfEvaluation* rule = m_proposal.FindSelfEvaluation(predicate);
    return rule != nullptr && rule->standing == standing;
}

std::string Form::StandingList() const {
    std::string list = "none";
    for (const auto& predicate : m_predicates) {
        if (IsStanding(predicate.id)) {
            list += ", " + predicate.id;
        }
    }
    for (const auto& rule : m_proposal.self_evaluations) {
        list += ", " + rule.standing;
    }
    return list;
}

int Form::LevelRank(std::string_view level) const {
    if (level.empty()) {
        return 0;
    }
    for (std::size_t i = 0; i < m_levels.size(); ++i) {
        if (m_levels[i].id == level) {
            return static_cast<int>(i) + 1;
        }
    }
    return -1;
}

int Form::ClosingRank() const {
    for (std::size_t i = 0; i < m_levels.size(); ++i) {
        if (m_levels[i].closes) {
            return static_cast<int>(i) + 1;
        }
    }
    return static_cast<int>(m_levels.size());
}

std::string Form::LayerList(bool review_layers_only) const {
    std::string list;
    for (const auto& layer : m_layers) {
        if (review_layers_only && layer.is_unit) {
            continue;
        }
        list += (list.empty() ? "" : ", ") + layer.id;
    }
    return list;
}

std::string Form::LevelList() const {
    std::string list;
    for (const auto& level : m_levels) {
        list += (list.empty() ? "" : ", ") + level.id;
    }
    return list;
}

}  // namespace ziwb::core
