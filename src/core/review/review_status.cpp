// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/review_status.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <map>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "form/form.hpp"
#include "log/change_log.hpp"

namespace ziwb::core {
namespace {

std::string StatusKey(const Layer& layer, std::string_view code) {
    return "status/" + layer.Id() + "/" + std::string(code);
}
std::string ReadyKey(const Layer& layer, std::string_view code) {
    return "ready/" + layer.Id() + "/" + std::string(code);
}

void RequireReviewTables(const Workspace& workspace) {
    if (workspace.SchemaVersion() < 5) {
        throw WorkspaceError(Format(Tr("{0} is in an older format and open for reading only: it has no review yet"),
                                    {PathToUtf8(workspace.Path())}));
    }
}

std::map<std::string, CriterionReview, std::less<>> ReadReviews(Workspace& workspace, const Layer& layer,
                                                                std::string_view only_code) {
    std::map<std::string, CriterionReview, std::less<>> found;
    if (workspace.SchemaVersion() < 5) {
        return found;
    }
    SQLite::Statement status(
        workspace.Database(),
        "SELECT s.code, s.status, s.note, s.revisions, s.author, s.updated_at, r.revision, "
        "r.note, r.author, r.updated_at FROM review_status s LEFT JOIN review_ready r "
        "ON r.layer = s.layer AND r.code = s.code WHERE s.layer = ?1 AND (?2 = '' OR s.code = ?2)");
    status.bind(1, layer.Id());
    status.bind(2, std::string(only_code));
    while (status.executeStep()) {
        CriterionReview review;
        review.code = status.getColumn(0).getString();
        const std::string state = status.getColumn(1).getString();
        review.note = status.getColumn(2).getString();
        review.revisions = status.getColumn(3).getInt();
        review.author = status.getColumn(4).getString();
        review.updated_at = status.getColumn(5).getString();
        review.state = state == "selesai"        ? ReviewState::Done
                       : state == "perlu_revisi" ? ReviewState::NeedsRevision
                                                 : ReviewState::Checking;
        // The unit's mark counts only for the revision now asked for.
        if (review.state == ReviewState::NeedsRevision && !status.getColumn(6).isNull() &&
            status.getColumn(6).getInt() == review.revisions) {
            review.state = ReviewState::ReadyForRecheck;
            review.ready_note = status.getColumn(7).getString();
            review.ready_by = status.getColumn(8).getString();
            review.ready_at = status.getColumn(9).getString();
        }
        found.emplace(review.code, std::move(review));
    }
    return found;
}

}  // namespace

void RequireReviewLayer(const Workspace& workspace, const Layer& layer) {
    const ReviewLayer* declared = workspace.FormInUse().FindLayer(layer.Id());
    if (declared == nullptr || declared->is_unit) {
        throw UserError(Format(Tr("'{0}' is not a review layer: this form's review layers are {1}"),
                               {OneLine(layer.Id()), workspace.FormInUse().LayerList(true)}));
    }
}

std::string_view ReviewStateId(ReviewState state) {
    switch (state) {
        case ReviewState::NotChecked: return "belum_dicek";
        case ReviewState::Checking: return "sedang_dicek";
        case ReviewState::NeedsRevision: return "perlu_revisi";
        case ReviewState::ReadyForRecheck: return "siap_dicek_ulang";
        case ReviewState::Done: return "selesai";
    }
    return "belum_dicek";
}

std::string ReviewStateLabel(ReviewState state) {
    switch (state) {
        case ReviewState::NotChecked: return Tr("not checked");
        case ReviewState::Checking: return Tr("being checked");
        case ReviewState::NeedsRevision: return Tr("needs revision");
        case ReviewState::ReadyForRecheck: return Tr("waiting for re-check");
        case ReviewState::Done: return Tr("done");
    }
    return {};
}

ReviewState ParseReviewState(std::string_view id) {
    for (const auto state : {ReviewState::NotChecked, ReviewState::Checking, ReviewState::NeedsRevision,
                             ReviewState::ReadyForRecheck, ReviewState::Done}) {
        if (ReviewStateId(state) == id) {
            return state;
        }
    }
    throw UserError(Format(Tr("unknown review status '{0}': use belum_dicek, sedang_dicek, perlu_revisi or selesai"),
                           {OneLine(id)}));
}

std::vector<CriterionReview> LoadReviews(Workspace& workspace, const Layer& layer) {
    auto found = ReadReviews(workspace, layer, {});
    std::vector<CriterionReview> reviews;
    const Form& form = workspace.FormInUse();
    for (const int index : form.Criteria()) {
        const auto& code = form.Node(index).code;
        if (auto it = found.find(code); it != found.end()) {
            reviews.push_back(std::move(it->second));
        } else {
            CriterionReview empty;
            empty.code = code;
            reviews.push_back(std::move(empty));
        }
    }
    return reviews;
}

CriterionReview LoadReview(Workspace& workspace, const Layer& layer, std::string_view code) {
    auto found = ReadReviews(workspace, layer, code);
    if (auto it = found.find(code); it != found.end()) {
        return it->second;
    }
    CriterionReview empty;
    empty.code = std::string(code);
    return empty;
}

void SetReviewStatus(Workspace& workspace, const Layer& layer, const std::string& code, ReviewState state,
                     const std::string& note, const std::string& author) {
    RequireReviewLayer(workspace, layer);
    RequireReviewTables(workspace);
    (void)RequireCriterion(workspace.FormInUse(), code);
    CheckUserText(note, Tr("the note"), kLongTextLimit);
    if (state == ReviewState::ReadyForRecheck) {
        throw UserError(
            Tr("siap_dicek_ulang is the unit's answer to a revision: the unit marks it with "
               "'ziwb review ready'"));
    }
    if (state == ReviewState::NeedsRevision && OneLine(note).find_first_not_of(' ') == std::string::npos) {
        throw UserError(Format(Tr("{0}: say what must be revised (--note)"), {code}));
    }
    const CriterionReview current = LoadReview(workspace, layer, code);
    workspace.RecordInTransaction(
        [&](SQLite::Database&) -> std::optional<ChangeDraft> {
            int revisions = current.revisions;
            // Asking again while the unit has not answered is the same request, not a new round.
            if (state == ReviewState::NeedsRevision && current.state != ReviewState::NeedsRevision) {
                ++revisions;
            }
            ChangeDraft draft;
            draft.kind = "review.status";
            draft.layer = layer.Id();
            draft.action = "review";
            draft.summary = Format(Tr("Review of {0}: {1}"), {code, ReviewStateLabel(state)});
            if (state == ReviewState::NotChecked) {
                if (current.state == ReviewState::NotChecked) {
                    return std::nullopt;
                }
                draft.writes.emplace_back(StatusKey(layer, code), nlohmann::json());
            } else {
                draft.writes.emplace_back(
                    StatusKey(layer, code),
                    nlohmann::json{
                        {"status", std::string(ReviewStateId(state))}, {"note", note}, {"revisions", revisions}});
            }
            return draft;
        },
        author);
}

void MarkReadyForRecheck(Workspace& workspace, const Layer& layer, const std::string& code, const std::string& note,
                         const std::string& author) {
    RequireReviewLayer(workspace, layer);
    RequireReviewTables(workspace);
    (void)RequireCriterion(workspace.FormInUse(), code);
    CheckUserText(note, Tr("the note"), kLongTextLimit);
    const CriterionReview current = LoadReview(workspace, layer, code);
    if (current.state != ReviewState::NeedsRevision && current.state != ReviewState::ReadyForRecheck) {
        throw UserError(Format(Tr("{0} is {1} in the {2} review, not waiting for a revision"),
                               {code, ReviewStateLabel(current.state), layer.Id()}));
    }
    workspace.RecordInTransaction(
        [&](SQLite::Database&) -> std::optional<ChangeDraft> {
            ChangeDraft draft;
            draft.kind = "review.ready";
            draft.layer = "unit";
            draft.action = "review";
            draft.summary = Format(Tr("Revision of {0} ready for re-check ({1})"), {code, layer.Id()});
            draft.writes.emplace_back(ReadyKey(layer, code),
                                      nlohmann::json{{"revision", current.revisions}, {"note", note}});
            return draft;
        },
        author);
}

std::optional<ReviewClosing> LoadClosing(Workspace& workspace, const Layer& layer) {
    if (workspace.SchemaVersion() < 5) {
        return std::nullopt;
    }
    SQLite::Statement query(workspace.Database(),
                            "SELECT closed, head, total, note, author, author_key, updated_at FROM review_close "
                            "WHERE layer = ?");
    query.bind(1, layer.Id());
    if (!query.executeStep()) {
        return std::nullopt;
    }
    return ReviewClosing{query.getColumn(0).getInt() != 0, query.getColumn(1).getString(),
                         query.getColumn(2).getString(),   query.getColumn(3).getString(),
                         query.getColumn(4).getString(),   query.getColumn(5).getString(),
                         query.getColumn(6).getString()};
}

void CloseReview(Workspace& workspace, const Layer& layer, bool close, const std::string& note,
                 const std::string& author) {
    RequireReviewLayer(workspace, layer);
    RequireReviewTables(workspace);
    CheckUserText(note, Tr("the note"), kLongTextLimit);
    const auto current = LoadClosing(workspace, layer);
    if (close == (current && current->closed)) {
        throw UserError(close ? Format(Tr("the {0} review is already closed"), {layer.Id()})
                              : Format(Tr("the {0} review is not closed"), {layer.Id()}));
    }
    // Rounded as the comparison's JSON rounds it: the shortest text of an unrounded total (a third of
    // a weight) can run to 18 characters, more than the log takes for a score.
    const std::string total = FormatMachineNumber(RoundHalfUp(workspace.Score(layer).Total(), 4));
    workspace.RecordInTransaction(
        [&](SQLite::Database& db) -> std::optional<ChangeDraft> {
            const auto heads = LogHeads(db);
            ChangeDraft draft;
            draft.kind = close ? "review.close" : "review.reopen";
            draft.layer = layer.Id();
            draft.action = "review";
            draft.summary = close ? Format(Tr("The {0} review closed at {1}"), {layer.Id(), total})
                                  : Format(Tr("The {0} review reopened"), {layer.Id()});
            draft.writes.emplace_back("close/" + layer.Id(),
                                      nlohmann::json{{"closed", close},
                                                     {"head", heads.empty() ? std::string() : heads.front()},
                                                     {"total", total},
                                                     {"note", note}});
            return draft;
        },
        author);
}

}  // namespace ziwb::core
