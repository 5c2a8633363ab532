// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "workspace/workspace.hpp"

namespace ziwb::core {

/// Where the review of one criterion stands. "Ready for re-check" is the unit's answer to "needs
/// revision": the evaluator's status stays, and the unit's mark names the revision it answers.
enum class ReviewState { NotChecked, Checking, NeedsRevision, ReadyForRecheck, Done };

/// belum_dicek, sedang_dicek, perlu_revisi, siap_dicek_ulang, selesai: the words the CLI takes.
[[nodiscard]] std::string_view ReviewStateId(ReviewState state);
/// As people read it, in the current language.
[[nodiscard]] std::string ReviewStateLabel(ReviewState state);
/// Throws UserError listing the accepted words.
[[nodiscard]] ReviewState ParseReviewState(std::string_view id);

/// Throws UserError unless `layer` is one of the form's review layers (not the unit's own).
void RequireReviewLayer(const Workspace& workspace, const Layer& layer);

struct CriterionReview {
    std::string code;
    ReviewState state = ReviewState::NotChecked;
    std::string note;    ///< the evaluator's reason or remark
    int revisions = 0;   ///< how many times revision was asked for
    std::string author;  ///< who set the status
    std::string updated_at;
    std::string ready_note;  ///< what the unit says it changed
    std::string ready_by;
    std::string ready_at;
};

/// Every criterion's review in form order (NotChecked where nothing is recorded).
[[nodiscard]] std::vector<CriterionReview> LoadReviews(Workspace& workspace, const Layer& layer);
[[nodiscard]] CriterionReview LoadReview(Workspace& workspace, const Layer& layer, std::string_view code);

/// The evaluator sets a criterion's status. NeedsRevision needs a reason and counts one revision;
/// NotChecked clears it. ReadyForRecheck is the unit's: see MarkReadyForRecheck.
void SetReviewStatus(Workspace& workspace, const Layer& layer, const std::string& code, ReviewState state,
                     const std::string& note, const std::string& author);

/// The unit says the revision asked for is done. Only for a criterion that needs revision.
void MarkReadyForRecheck(Workspace& workspace, const Layer& layer, const std::string& code, const std::string& note,
                         const std::string& author);

/// The closing of a review layer by its team leader: the log head and the layer's total then.
struct ReviewClosing {
    bool closed = false;
    std::string head;
    std::string total;
    std::string note;
    std::string author;
    std::string author_key;
    std::string at;
};
[[nodiscard]] std::optional<ReviewClosing> LoadClosing(Workspace& workspace, const Layer& layer);
/// Closes (locks) or reopens a review layer. Closing is for a level that may close (the form's
/// closes="true" level or above) when the team has keys.
void CloseReview(Workspace& workspace, const Layer& layer, bool close, const std::string& note,
                 const std::string& author);

}  // namespace ziwb::core
