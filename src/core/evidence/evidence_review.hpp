// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "workspace/workspace.hpp"

namespace ziwb::core {

/// The evaluator's verdict on one evidence item in one review layer: the document itself, apart
/// from the checklist line it is attached to (a scan can be unreadable while the line is right).
struct EvidenceItemReview {
    std::string state;   ///< "accepted" or "rejected"
    std::string reason;  ///< why it was rejected (or a remark on an acceptance)
    std::string reviewed_by;
    std::string at;
};

/// Every reviewed item of `layer`, by item id. Empty for a file of a format before item reviews.
[[nodiscard]] std::map<std::int64_t, EvidenceItemReview> LoadEvidenceReviews(Workspace& workspace, const Layer& layer);

/// Accepts or rejects an evidence item in a review layer ("accepted", "rejected" with a reason, or
/// "clear"): one signed entry of that layer. Throws UserError for an unknown or removed item, a
/// layer that is not a review layer, a rejection without its reason, or nothing to clear.
void ReviewEvidenceItem(Workspace& workspace, std::int64_t item, const Layer& layer, const std::string& state,
                        const std::string& reason, const std::string& author);

}  // namespace ziwb::core
