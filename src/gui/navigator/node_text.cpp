// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigator/node_text.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "common/text.hpp"

namespace ziwb::gui {

namespace {

/// "BIROKRASI YANG BERSIH" -> "Birokrasi yang bersih": the form prints group names in capitals.
std::string SentenceCase(const std::string& text) {
    const bool all_caps = std::none_of(text.begin(), text.end(), [](unsigned char c) { return std::islower(c); });
    if (!all_caps) {
        return text;
    }
    std::string out = Folded(text);
    if (!out.empty()) {
        out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    }
    return out;
}

std::string LastSegment(const std::string& code) {
    const auto dot = code.rfind('.');
    return dot == std::string::npos ? code : code.substr(dot + 1);
}

}  // namespace

std::string Folded(const std::string& text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string NodeTitle(const core::Form& form, const core::FormNode& node) {
    switch (node.kind) {
        case core::NodeKind::Root: return form.Title();
        case core::NodeKind::Area:
            for (const auto& area : form.ChangeAreas()) {
                if (area.number == node.change_area) {
                    return LastSegment(node.code) + ". " + area.name;
                }
            }
            return LastSegment(node.code) + ". " + SentenceCase(node.name);
        case core::NodeKind::Criterion: return node.DisplayLetter() + ". " + node.name;
        case core::NodeKind::Component:
        case core::NodeKind::Part:
        case core::NodeKind::Subindicator: return LastSegment(node.code) + ". " + SentenceCase(node.name);
    }
    return node.name;
}

std::string NodePath(const core::Form& form, int index) {
    // Walked from the node up, joined from the top down.
    std::vector<std::string> titles;
    for (int i = form.Node(index).parent; i > 0; i = form.Node(i).parent) {
        titles.push_back(NodeTitle(form, form.Node(i)));
    }
    std::string path;
    std::reverse(titles.begin(), titles.end());
    for (const auto& title : titles) {
        if (!path.empty()) {
            path += "  \u203a  ";
        }
        path += title;
    }
    return path;
}

std::string ScoreText(const core::FormNode& node, const core::NodeScore& score) {
    if (node.IsCriterion() && !node.weight) {
        return score.value ? core::FormatNumber(*score.value * 100.0, 0) + "%" : std::string("\u2013");
    }
    const std::string value = score.value ? core::FormatNumber(*score.value, 2) : std::string("\u2013");
    return score.weight ? value + " / " + core::FormatNumber(*score.weight, 2) : value;
}

}  // namespace ziwb::gui
