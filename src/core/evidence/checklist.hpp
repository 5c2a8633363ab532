// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "workspace/workspace.hpp"

namespace ziwb::core {

/// One line of a criterion's evidence checklist: a suggestion of the form, or an item the team
/// added, with the evidence attached to it and its state.
struct ChecklistEntry {
    std::string key;  ///< "form:A.I.1.i.a:1" or "team:7"
    std::string code;
    std::string title;
    bool suggested_by_form = false;
    std::vector<std::int64_t> items;  ///< evidence attached (removed items left out)
    std::string state;                ///< "missing", "attached", "accepted", "rejected"
    std::string reason;               ///< why it was rejected
    std::string reviewed_by;
};

/// The checklist of a criterion, as the layer's evaluator sees it (reviews are per layer; the
/// unit's own view uses the evaluator's reviews of Layer::Tpi()).
[[nodiscard]] std::vector<ChecklistEntry> LoadChecklist(Workspace& workspace, const std::string& code,
                                                        const Layer& review_layer = Layer::Tpi());

/// Adds the team's own checklist line to a criterion; returns its key.
std::string AddChecklistItem(Workspace& workspace, const std::string& code, const std::string& title,
                             const std::string& author);

/// Attaches an evidence item to a checklist line (and so to its criterion).
void AttachToChecklist(Workspace& workspace, const std::string& key, std::int64_t item, const std::string& author);

/// Takes an evidence item off a checklist line (the undo of an attach); the item still backs the
/// criterion. Throws UserError when the item is not on the line.
void DetachFromChecklist(Workspace& workspace, const std::string& key, std::int64_t item, const std::string& author);

/// Checks an evaluator's verdict before it is written: "accepted", "rejected" (a reason is
/// required) or "clear", a reason and an author within their limits. Throws UserError.
void CheckVerdict(const std::string& state, const std::string& reason, const std::string& author);

/// The evaluator's review of a line: "accepted", "rejected" (a reason is required) or "clear".
void ReviewChecklist(Workspace& workspace, const std::string& key, const Layer& layer, const std::string& state,
                     const std::string& reason, const std::string& author);

}  // namespace ziwb::core
