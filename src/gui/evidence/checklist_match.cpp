// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/checklist_match.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace ziwb::gui {

namespace {

/// The lower-case words of a text, without its extension and the little words every title has.
std::set<std::string> Words(std::string text) {
    static const std::set<std::string> little = {"dan", "yang", "di", "ke", "dari", "untuk", "atau", "the", "of"};
    if (const auto dot = text.rfind('.'); dot != std::string::npos && text.size() - dot <= 5) {
        text.resize(dot);
    }
    std::set<std::string> words;
    std::string word;
    for (const char c : text + " ") {
        if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else if (!word.empty()) {
            if (word.size() >= 2 && little.count(word) == 0) {
                words.insert(word);
            }
            word.clear();
        }
    }
    return words;
}

}  // namespace

std::optional<std::size_t> MatchChecklistLine(const std::vector<core::ChecklistEntry>& lines,
                                              const std::string& file_name) {
    const auto name = Words(file_name);
    if (name.size() < 2) {
        return std::nullopt;
    }
    std::optional<std::size_t> best;
    std::size_t best_shared = 0;
    bool tie = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!lines[i].items.empty()) {
            continue;
        }
        const auto line = Words(lines[i].title);
        const auto shared = static_cast<std::size_t>(
            std::count_if(name.begin(), name.end(), [&](const std::string& word) { return line.count(word) > 0; }));
        if (shared > best_shared) {
            best = i;
            best_shared = shared;
            tie = false;
        } else if (shared == best_shared && shared > 0) {
            tie = true;
        }
    }
    if (!best || tie || best_shared < 2 || best_shared * 3 < name.size() * 2) {
        return std::nullopt;
    }
    return best;
}

}  // namespace ziwb::gui
