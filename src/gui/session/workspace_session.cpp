// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/workspace_session.hpp"

#include <algorithm>
#include <utility>

#include <SQLiteCpp/Database.h>

#include "evidence/checklist.hpp"
#include "evidence/evidence_vault.hpp"
#include "log/change_log.hpp"
#include "people/team_register.hpp"
#include "scoring/scoring_engine.hpp"

namespace ziwb::gui {
namespace {

/// Changes of one answer closer together than this are one change (see m_answer_being_changed).
constexpr std::chrono::milliseconds kAnswerRunWindow{1500};

}  // namespace

Subscription& Subscription::operator=(Subscription&& other) noexcept {
    if (this != &other) {
        if (m_cancel) {
            m_cancel();
        }
        m_cancel = std::exchange(other.m_cancel, nullptr);
    }
    return *this;
}

Subscription::~Subscription() {
    if (m_cancel) {
        m_cancel();
    }
}

WorkspaceSession::WorkspaceSession(core::Workspace workspace, std::string author)
    : m_workspace(std::move(workspace)),
      m_author(std::move(author)),
      m_answers(m_workspace.FormInUse()),
      m_evaluator(m_workspace.FormInUse()) {
    Load();
}

void WorkspaceSession::Load() {
    m_data_version = DataVersion();
    m_answers = m_workspace.LoadAnswers(core::Layer::Unit());
    m_role = FindReviewRole(m_workspace);
    m_evaluator = m_workspace.LoadAnswers(m_role.layer);
    const core::Form& form = m_workspace.FormInUse();
    m_notes.assign(form.Nodes().size(), std::string());
    for (const auto& stored : m_workspace.StoredAnswers(core::Layer::Unit())) {
        const int index = form.Find(stored.code);
        if (index >= 0) {
            m_notes[static_cast<std::size_t>(index)] = stored.note;
        }
    }
    m_my_areas.clear();
    if (const auto signer = core::SessionSigner()) {
        for (const auto& person : core::LoadTeam(m_workspace)) {
            if (person.nip == signer->nip && person.role == "anggota") {
                m_my_areas = person.areas;
            }
        }
    }
    Rescore();
}

long long WorkspaceSession::DataVersion() {
    return m_workspace.Database().execAndGet("PRAGMA data_version").getInt64();
}

bool WorkspaceSession::ChangedElsewhere() {
    return DataVersion() != m_data_version;
}

void WorkspaceSession::AcknowledgeOwnWrites() {
    m_data_version = DataVersion();
}

void WorkspaceSession::ReloadFromDisk() {
    const auto path = m_workspace.Path();
    m_workspace = core::Workspace::Open(
        path, m_workspace.IsReadOnly() ? core::Workspace::Access::ReadOnly : core::Workspace::Access::ReadWrite);
    m_edits.clear();
    m_done = 0;
    Load();
}

WorkspaceSession::CriterionState WorkspaceSession::State(int node) const {
    CriterionState state;
    if (const auto& answer = m_answers.Get(node)) {
        state.value = core::FormatAnswer(Form().Node(node), *answer);
    }
    state.note = Note(node);
    return state;
}

void WorkspaceSession::SetAnswer(int node, const std::optional<core::Answer>& answer) {
    const core::FormNode& criterion = core::RequireCriterion(Form(), Form().Node(node).code);
    CriterionState after = State(node);
    after.value.reset();
    if (answer) {
        // The canonical text is what the workspace stores; reading it back checks the value the
        // same way the command line does.
        std::string text = core::FormatAnswer(criterion, *answer);
        if (!text.empty()) {
            (void)core::ParseAnswer(Form(), criterion, text);
            after.value = std::move(text);
        }
    }
    Change(node, std::move(after));
}

void WorkspaceSession::SetNote(int node, const std::string& note) {
    (void)core::RequireCriterion(Form(), Form().Node(node).code);
    CriterionState after = State(node);
    after.note = note;
    Change(node, std::move(after), true);
}

void WorkspaceSession::ResolveConflict(int node, CriterionState chosen) {
    if (chosen.value) {
        (void)core::ParseAnswer(Form(), core::RequireCriterion(Form(), Form().Node(node).code), *chosen.value);
    }
    Change(node, std::move(chosen), false, true);
}

void WorkspaceSession::Change(int node, CriterionState after, bool note_typing, bool even_if_same) {
    CriterionState before = State(node);
    if (before == after && !even_if_same) {
        return;
    }
    const auto now = std::chrono::steady_clock::now();
    const bool answer_run = !note_typing && m_answer_being_changed == node && before.note == after.note &&
                            now - m_answer_changed_at < kAnswerRunWindow && m_done == m_edits.size() &&
                            !m_edits.empty() && m_edits.back().node == node && m_edits.back().evidence.empty();
    const bool amend = answer_run || (note_typing && m_note_being_typed == node && before.value == after.value);
    Write(node, after, "workbench", amend);
    m_note_being_typed = note_typing ? node : -1;
    m_answer_being_changed = note_typing ? -1 : node;
    m_answer_changed_at = now;
    if (answer_run) {
        m_edits.back().after = std::move(after);  // undo goes back to before the whole run
    } else {
        Edit edit;
        edit.node = node;
        edit.before = std::move(before);
        edit.after = std::move(after);
        PushEdit(std::move(edit));
    }
    Rescore();
    Notify({SessionChange::Kind::Answer, node});
}

void WorkspaceSession::Write(int node, const CriterionState& state, std::string_view action, bool amend_open_edit) {
    const core::FormNode& criterion = Form().Node(node);
    core::AnswerChange change;
    change.code = criterion.code;
    std::optional<core::Answer> parsed;
    if (state.value) {
        parsed = core::ParseAnswer(Form(), criterion, *state.value);
        change.answer = parsed;
    } else {
        change.clear = true;
    }
    change.note = state.note;
    // Written first: when the disk refuses, the memory keeps what the file has.
    m_workspace.Apply(core::Layer::Unit(), {change}, m_author, action, amend_open_edit);
    if (parsed) {
        m_answers.Set(node, std::move(*parsed));
    } else {
        m_answers.Clear(node);
    }
    m_notes[static_cast<std::size_t>(node)] = state.note;
}

int WorkspaceSession::UndoTarget() const {
    return CanUndo() ? m_edits[m_done - 1].node : -1;
}

int WorkspaceSession::RedoTarget() const {
    return CanRedo() ? m_edits[m_done].node : -1;
}

int WorkspaceSession::Undo() {
    if (!CanUndo()) {
        return -1;
    }
    const Edit& edit = m_edits[m_done - 1];
    Replay(edit, false);
    --m_done;
    return edit.node;
}

int WorkspaceSession::Redo() {
    if (!CanRedo()) {
        return -1;
    }
    const Edit& edit = m_edits[m_done];
    Replay(edit, true);
    ++m_done;
    return edit.node;
}

void WorkspaceSession::Replay(const Edit& edit, bool forwards) {
    m_answer_being_changed = -1;
    if (!edit.line_key.empty()) {
        if (forwards) {
            core::AttachToChecklist(m_workspace, edit.line_key, edit.attached_item, m_author);
        } else {
            core::DetachFromChecklist(m_workspace, edit.line_key, edit.attached_item, m_author);
        }
        Notify({SessionChange::Kind::Evidence, edit.node});
        return;
    }
    if (!edit.evidence.empty()) {
        SetEvidenceRemoved(edit.evidence, forwards == edit.evidence_removed);
        Notify({SessionChange::Kind::Evidence, -1});
        return;
    }
    m_note_being_typed = -1;
    Write(edit.node, forwards ? edit.after : edit.before, forwards ? "redo" : "undo");
    Rescore();
    Notify({SessionChange::Kind::Answer, edit.node});
}

void WorkspaceSession::SetEvidenceRemoved(const std::vector<std::int64_t>& items, bool removed) {
    core::EvidenceVault vault(m_workspace);
    for (const auto item : items) {
        if (removed) {
            vault.Remove(item, m_author);
        } else {
            vault.Restore(item, m_author);
        }
    }
}

void WorkspaceSession::RecordEvidence(int node, std::vector<std::int64_t> items, bool removed) {
    if (!items.empty()) {
        Edit edit;
        edit.node = node;
        edit.evidence = std::move(items);
        edit.evidence_removed = removed;
        PushEdit(std::move(edit));
    }
    Notify({SessionChange::Kind::Evidence, node});
}

void WorkspaceSession::RecordAttach(int node, std::string line_key, std::int64_t item) {
    Edit edit;
    edit.node = node;
    edit.line_key = std::move(line_key);
    edit.attached_item = item;
    PushEdit(std::move(edit));
    Notify({SessionChange::Kind::Evidence, node});
}

void WorkspaceSession::PushEdit(Edit edit) {
    m_edits.resize(m_done);  // a new edit drops what could have been redone
    m_edits.push_back(std::move(edit));
    m_done = m_edits.size();
}

void WorkspaceSession::SetCurrentPredicate(const std::string& predicate) {
    m_workspace.SetCurrentPredicate(predicate);
    Rescore();
    Notify({SessionChange::Kind::Standing, -1});
}

void WorkspaceSession::Refresh() {
    Rescore();
    Notify({SessionChange::Kind::Standing, -1});
}

void WorkspaceSession::ReviewChanged(int node) {
    m_evaluator = m_workspace.LoadAnswers(m_role.layer);
    Notify({SessionChange::Kind::Review, node});
}

void WorkspaceSession::NotifyEvidenceChanged(int node) {
    Notify({SessionChange::Kind::Evidence, node});
}

void WorkspaceSession::Rescore() {
    m_report = core::Score(Form(), m_answers, core::UnitStanding{m_workspace.Info().current_predicate});
}

Subscription WorkspaceSession::Subscribe(Listener listener) {
    const std::size_t id = m_next_listener++;
    m_listeners->push_back({id, std::move(listener)});
    std::weak_ptr<std::vector<ListenerEntry>> weak = m_listeners;
    return {[weak, id] {
        if (auto listeners = weak.lock()) {
            std::erase_if(*listeners, [id](const ListenerEntry& entry) { return entry.id == id; });
        }
    }};
}

void WorkspaceSession::Notify(const SessionChange& change) {
    // A copy: a listener may subscribe or unsubscribe others while being called. One that an
    // earlier listener removed (its view was destroyed by a rebuild) is not called.
    const auto listeners = *m_listeners;
    for (const auto& entry : listeners) {
        const bool subscribed = std::any_of(m_listeners->begin(), m_listeners->end(),
                                            [&](const ListenerEntry& current) { return current.id == entry.id; });
        if (subscribed) {
            entry.listener(change);
        }
    }
}

}  // namespace ziwb::gui
