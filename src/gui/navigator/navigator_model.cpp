// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigator/navigator_model.hpp"

#include <algorithm>

#include <wx/settings.h>

#include "navigator/node_text.hpp"
#include "review/review_text.hpp"
#include "session/workspace_session.hpp"
#include "util/wx_text.hpp"

namespace ziwb::gui {

NavigatorModel::NavigatorModel(const WorkspaceSession& session, std::function<bool(int)> has_evidence)
    : m_session(session), m_has_evidence(std::move(has_evidence)), m_shown(session.Form().Nodes().size(), true) {
    const core::Form& form = session.Form();
    m_search_text.reserve(form.Nodes().size());
    for (const auto& node : form.Nodes()) {
        std::string text = node.code + "\n" + NodeTitle(form, node);
        for (const auto& option : node.options) {
            text += "\n" + option.description;
        }
        for (const auto& input : node.inputs) {
            text += "\n" + input.label;
        }
        m_search_text.push_back(Folded(text));
    }
}

bool NavigatorModel::Passes(int criterion, NavigatorFilter filter) const {
    switch (filter) {
        case NavigatorFilter::All: return true;
        case NavigatorFilter::Unanswered:
            return !m_session.Report().nodes[static_cast<std::size_t>(criterion)].value.has_value();
        case NavigatorFilter::WithoutEvidence: return m_has_evidence && !m_has_evidence(criterion);
        case NavigatorFilter::DiffersFromEvaluator: {
            const auto& evaluator = m_session.EvaluatorAnswer(criterion);
            return evaluator.has_value() && evaluator != m_session.Answers().Get(criterion);
        }
        case NavigatorFilter::RevisionAsked: return m_revisions.contains(criterion);
        case NavigatorFilter::MyAreas: {
            const auto& mine = m_session.MyAreas();
            return std::find(mine.begin(), mine.end(), m_session.Form().Node(criterion).change_area) != mine.end();
        }
    }
    return true;
}

bool NavigatorModel::Matches(int node, const std::string& folded_search) const {
    // A node matches when it or any group above it holds the text: searching "pengawasan" shows
    // the whole area.
    const core::Form& form = m_session.Form();
    for (int i = node; i > 0; i = form.Node(i).parent) {
        if (m_search_text[static_cast<std::size_t>(i)].find(folded_search) != std::string::npos) {
            return true;
        }
    }
    return false;
}

void NavigatorModel::SetFilter(NavigatorFilter filter, const std::string& search) {
    const core::Form& form = m_session.Form();
    const std::string folded = Folded(search);
    m_filter = filter;
    const bool everything = filter == NavigatorFilter::All && folded.empty();
    std::fill(m_shown.begin(), m_shown.end(), everything);
    if (!everything) {
        for (const int criterion : form.Criteria()) {
            if (Passes(criterion, filter) && (folded.empty() || Matches(criterion, folded))) {
                for (int i = criterion; i >= 0; i = form.Node(i).parent) {
                    m_shown[static_cast<std::size_t>(i)] = true;
                }
            }
        }
    }
    m_shown[0] = true;
    Cleared();
}

std::vector<int> NavigatorModel::ShownCriteria() const {
    std::vector<int> out;
    for (const int criterion : m_session.Form().Criteria()) {
        if (IsShown(criterion)) {
            out.push_back(criterion);
        }
    }
    return out;
}

wxString NavigatorModel::DifferenceText(int node) const {
    const core::Form& form = m_session.Form();
    if (!form.Node(node).IsCriterion() || !Passes(node, NavigatorFilter::DiffersFromEvaluator)) {
        return {};
    }
    const auto& unit = m_session.Answers().Get(node);
    const auto& evaluator = m_session.EvaluatorAnswer(node);
    const auto text = [&](const std::optional<core::Answer>& answer) {
        return AnswerText(answer ? std::optional(core::FormatAnswer(form.Node(node), *answer)) : std::nullopt);
    };
    // TRANSLATORS: both answers of a criterion: %1$s the unit's, %2$s the layer (TPI), %3$s its answer
    return wxString::Format(_("unit %1$s, %2$s %3$s"), text(unit), ShortLayerName(form, m_session.Role().layer),
                            text(evaluator));
}

wxString NavigatorModel::RevisionText(int node) const {
    const auto found = m_revisions.find(node);
    return found == m_revisions.end() ? wxString() : found->second;
}

void NavigatorModel::ScoresChanged(int node) {
    const core::Form& form = m_session.Form();
    wxDataViewItemArray items;
    for (int i = node; i > 0; i = form.Node(i).parent) {
        if (IsShown(i)) {
            items.push_back(ItemOf(i));
        }
    }
    for (const auto& item : items) {
        ItemChanged(item);
    }
}

void NavigatorModel::GetValue(wxVariant& variant, const wxDataViewItem& item, unsigned int column) const {
    const int index = NodeOf(item);
    const core::Form& form = m_session.Form();
    const core::FormNode& node = form.Node(index);
    const core::NodeScore& score = m_session.Report().nodes[static_cast<std::size_t>(index)];
    switch (column) {
        case kTitle: {
            wxString title = Wx(NodeTitle(form, node));
            // Filtered on differences, each row says both answers.
            if (m_filter == NavigatorFilter::DiffersFromEvaluator && node.IsCriterion()) {
                if (const wxString difference = DifferenceText(index); !difference.empty()) {
                    title = "[" + difference + "]  " + title;
                }
            }
            // Filtered on revisions, each row says the state and the evaluator's reason.
            if (m_filter == NavigatorFilter::RevisionAsked && node.IsCriterion()) {
                if (const wxString revision = RevisionText(index); !revision.empty()) {
                    title = "[" + revision + "]  " + title;
                }
            }
            variant = title;
            return;
        }
        case kDone:
            if (node.IsCriterion()) {
                const auto status = m_session.Report().findings[static_cast<std::size_t>(index)].status;
                // A tick for scored, an exclamation mark for started but not scorable.
                variant = status == core::CriterionStatus::Answered     ? wxString::FromUTF8("\u2714")
                          : status == core::CriterionStatus::Unanswered ? wxString()
                                                                        : wxString("!");
            } else {
                variant = wxString::Format("%d/%d", score.answered, score.criteria);
            }
            return;
        case kScore: variant = Wx(ScoreText(node, score)); return;
        default: variant = wxString(); return;
    }
}

bool NavigatorModel::GetAttr(const wxDataViewItem& item, unsigned int column, wxDataViewItemAttr& attr) const {
    const int index = NodeOf(item);
    const core::FormNode& node = m_session.Form().Node(index);
    if (!node.IsCriterion()) {
        if (node.kind != core::NodeKind::Subindicator) {
            attr.SetBold(true);
            return true;
        }
        return false;
    }
    const auto status = m_session.Report().findings[static_cast<std::size_t>(index)].status;
    if (status == core::CriterionStatus::Unanswered && column != kTitle) {
        attr.SetColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        return true;
    }
    if (status == core::CriterionStatus::Incomplete || status == core::CriterionStatus::NotComputable) {
        attr.SetColour(wxColour(0xB3, 0x5C, 0x00));  // amber: started, not scorable yet
        return true;
    }
    return false;
}

wxDataViewItem NavigatorModel::GetParent(const wxDataViewItem& item) const {
    if (!item.IsOk()) {
        return {};
    }
    const int parent = m_session.Form().Node(NodeOf(item)).parent;
    return parent <= 0 ? wxDataViewItem() : ItemOf(parent);
}

bool NavigatorModel::IsContainer(const wxDataViewItem& item) const {
    if (!item.IsOk()) {
        return true;
    }
    return !m_session.Form().Node(NodeOf(item)).children.empty();
}

unsigned int NavigatorModel::GetChildren(const wxDataViewItem& item, wxDataViewItemArray& children) const {
    const int index = item.IsOk() ? NodeOf(item) : 0;
    for (const int child : m_session.Form().Node(index).children) {
        if (IsShown(child)) {
            children.push_back(ItemOf(child));
        }
    }
    return static_cast<unsigned int>(children.size());
}

}  // namespace ziwb::gui
