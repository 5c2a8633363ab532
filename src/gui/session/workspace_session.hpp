// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "scoring/answer.hpp"
#include "scoring/score_report.hpp"
#include "session/review_role.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::gui {

/// What changed, so views refresh only what they show.
struct SessionChange {
    enum class Kind {
        Answer,    ///< one criterion's answer and/or note (and so every score above it)
        Standing,  ///< the unit's current predicate (verdicts only)
        Evidence,  ///< evidence items of `node` (or of any criterion when node < 0)
        Review,    ///< the review of `node` (every node when -1): status, the evaluator's answer, closing
    };
    Kind kind = Kind::Answer;
    int node = -1;
};

/// An observer registration that removes itself when destroyed, so a view that goes away can never
/// be called back (the Audacity observer habit).
class Subscription {
public:
    Subscription() = default;
    Subscription(std::function<void()> cancel) : m_cancel(std::move(cancel)) {}
    Subscription(Subscription&& other) noexcept : m_cancel(std::exchange(other.m_cancel, nullptr)) {}
    Subscription& operator=(Subscription&& other) noexcept;
    Subscription(const Subscription&) = delete;
    Subscription& operator=(const Subscription&) = delete;
    ~Subscription();

private:
    std::function<void()> m_cancel;
};

/// The open workspace as the workbench edits it: the unit's answers and notes in memory, the score
/// the engine made of them, and the undo history of this session. Every edit is written to the
/// workspace file at once through Workspace::Apply (there is no unsaved state); undo and redo are
/// edits too, recorded in the workspace history like any other. No wxWidgets here: the session is
/// what the menus, the panels and the tests all drive.
class WorkspaceSession {
public:
    /// The state of one criterion that an edit changes: its canonical answer text and its note.
    struct CriterionState {
        std::optional<std::string> value;
        std::string note;
        bool operator==(const CriterionState&) const = default;
    };

    explicit WorkspaceSession(core::Workspace workspace, std::string author = core::DefaultAuthor());

    [[nodiscard]] core::Workspace& Workspace() { return m_workspace; }
    [[nodiscard]] const core::Workspace& Workspace() const { return m_workspace; }
    [[nodiscard]] const core::Form& Form() const { return m_workspace.FormInUse(); }
    [[nodiscard]] const core::AnswerSet& Answers() const { return m_answers; }
    [[nodiscard]] const core::ScoreReport& Report() const { return m_report; }
    [[nodiscard]] const std::string& Note(int node) const { return m_notes[static_cast<std::size_t>(node)]; }
    [[nodiscard]] CriterionState State(int node) const;
    /// The review layer's answer (the TPI's, or the evaluator's own layer's), for the "differs from
    /// evaluator" filter and the evaluator's desk; empty when none.
    [[nodiscard]] const std::optional<core::Answer>& EvaluatorAnswer(int node) const { return m_evaluator.Get(node); }
    [[nodiscard]] bool HasEvaluatorAnswers() const { return m_evaluator.Count() > 0; }
    /// The change areas the team register gives the person signing this session's changes (an
    /// anggota); empty for anyone else or without an identity.
    [[nodiscard]] const std::vector<int>& MyAreas() const { return m_my_areas; }
    /// What the signer does in the review: an evaluator gets the evaluator's desk.
    [[nodiscard]] const ReviewRole& Role() const { return m_role; }
    /// The author recorded while the team has no keys (the signer names changes otherwise).
    [[nodiscard]] const std::string& Author() const { return m_author; }
    /// The review of `node` (every node when -1) was written through Workspace(): reads the review
    /// layer's answers again and tells the views. Review changes are not in the undo history: each
    /// is signed and answered by the other side.
    void ReviewChanged(int node);

    /// Sets or (with an empty answer) clears a criterion's answer. A percentage answer with no count
    /// filled in clears it too. Throws core::UserError for a value the criterion does not take.
    void SetAnswer(int node, const std::optional<core::Answer>& answer);
    /// Replaces a criterion's note.
    void SetNote(int node, const std::string& note);
    /// Writes a criterion's answer and note even when they are what it shows now: the coordinator's
    /// choice between versions in conflict, which the new entry replaces. Undoable like any edit.
    void ResolveConflict(int node, CriterionState chosen);
    /// Records the unit's current predicate ("" or "WBK"); verdicts follow.
    void SetCurrentPredicate(const std::string& predicate);
    /// Scores again (the verdicts' texts are in the language of the moment) and tells the views.
    void Refresh();
    /// Whether another connection (another program, `ziwb`, a background task) committed a change to
    /// the file since it was loaded or acknowledged: SQLite's data_version, a cheap query.
    [[nodiscard]] bool ChangedElsewhere();
    /// Our own background work wrote through its own connection: not a change from elsewhere.
    void AcknowledgeOwnWrites();
    /// Reads everything again from the file (answers, notes, details, the form copy); the undo
    /// history is dropped, since it could undo what someone else did. Views are not told: the form
    /// they hold is replaced, so they are destroyed before and built again after.
    void ReloadFromDisk();
    /// Tells the views that the evidence of `node` (every node when -1) changed elsewhere.
    void NotifyEvidenceChanged(int node);
    /// Records evidence items just added to (removed from) `node`, so that undo removes (restores)
    /// them, and tells the views.
    void RecordEvidence(int node, std::vector<std::int64_t> items, bool removed);

    /// Records an evidence item just attached to a checklist line of `node`, so that undo takes it
    /// off the line again (and redo puts it back), and tells the views.
    void RecordAttach(int node, std::string line_key, std::int64_t item);

    [[nodiscard]] bool CanUndo() const { return m_done > 0; }
    [[nodiscard]] bool CanRedo() const { return m_done < m_edits.size(); }
    /// The criterion the next undo (redo) changes, or -1.
    [[nodiscard]] int UndoTarget() const;
    [[nodiscard]] int RedoTarget() const;
    /// Returns the node changed, or -1 when there was nothing to undo (redo).
    int Undo();
    int Redo();

    using Listener = std::function<void(const SessionChange&)>;
    [[nodiscard]] Subscription Subscribe(Listener listener);

private:
    /// One undoable step: a criterion's answer and note, evidence items added or removed, or an
    /// item attached to a checklist line.
    struct Edit {
        int node = -1;
        CriterionState before;
        CriterionState after;
        std::vector<std::int64_t> evidence;  ///< when not empty, an evidence step
        bool evidence_removed = false;       ///< what the step did to them
        std::string line_key;                ///< when not empty, an attach step: the checklist line
        std::int64_t attached_item = 0;      ///< and the item attached to it
    };
    /// Makes `edit` the last step of the undo history, dropping what could have been redone.
    void PushEdit(Edit edit);
    /// Applies an edit forwards (redo) or backwards (undo), recorded as `action`.
    void Replay(const Edit& edit, bool forwards);
    void SetEvidenceRemoved(const std::vector<std::int64_t>& items, bool removed);
    void Write(int node, const CriterionState& state, std::string_view action, bool amend_open_edit = false);
    void Change(int node, CriterionState after, bool note_typing = false, bool even_if_same = false);
    void Rescore();
    void Notify(const SessionChange& change);

    void Load();
    [[nodiscard]] long long DataVersion();

    core::Workspace m_workspace;
    std::string m_author;
    long long m_data_version = 0;
    core::AnswerSet m_answers;
    core::AnswerSet m_evaluator;
    std::vector<std::string> m_notes;
    std::vector<int> m_my_areas;
    ReviewRole m_role;
    core::ScoreReport m_report;
    std::vector<Edit> m_edits;
    /// The criterion whose note is being typed: each pause in typing amends the same log entry.
    int m_note_being_typed = -1;
    /// The criterion whose answer was changed last, and when: a run of changes less than
    /// kAnswerRunWindow apart (arrow keys passing over B on the way to C, a click corrected at once)
    /// is one change, one log entry, one history line and one undo step.
    int m_answer_being_changed = -1;
    std::chrono::steady_clock::time_point m_answer_changed_at;
    std::size_t m_done = 0;  ///< edits [0, m_done) are applied; the rest can be redone
    struct ListenerEntry {
        std::size_t id;
        Listener listener;
    };
    std::shared_ptr<std::vector<ListenerEntry>> m_listeners = std::make_shared<std::vector<ListenerEntry>>();
    std::size_t m_next_listener = 0;
};

}  // namespace ziwb::gui
