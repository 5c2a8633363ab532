// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "form/form.hpp"
#include "log/change_log.hpp"
#include "scoring/answer.hpp"
#include "scoring/score_report.hpp"

namespace SQLite {
class Database;
}

namespace ziwb::core {

/// Who gives an answer: the unit, or a body that reviews it, as the form's <review-layers>
/// declare them ("unit", "pendahuluan", "tpi", "tpn").
class Layer {
public:
    /// The unit's own layer and the agency evaluators' (the layers every form has had). Functions,
    /// not static members, so that no string is built before main() where a throw cannot be caught.
    static const Layer& Unit();
    static const Layer& Tpi();
    explicit Layer(std::string id) : m_id(std::move(id)) {}
    [[nodiscard]] const std::string& Id() const { return m_id; }
    [[nodiscard]] bool IsUnit() const { return m_id == "unit"; }
    auto operator<=>(const Layer&) const = default;

private:
    std::string m_id;
};
inline const Layer& Layer::Unit() {
    static const Layer unit{"unit"};
    return unit;
}
inline const Layer& Layer::Tpi() {
    static const Layer tpi{"tpi"};
    return tpi;
}

[[nodiscard]] std::string_view LayerId(const Layer& layer);
/// A layer the form declares; throws UserError naming the form's layers for anything else.
[[nodiscard]] Layer ParseLayer(const Form& form, std::string_view id);

/// What identifies an assessment.
struct WorkspaceInfo {
    std::string unit_name;
    std::string agency;
    int year = 0;
    std::string current_predicate;  ///< "" or a standing of the form ("WBK", "WBK-mandiri")
    /// The proposal details (PermenPANRB 5/2024), each "" until the team sets it: the agency type
    /// ("pemda", "kl") and the unit's service type (form <proposal>), the deadline the TPN announced
    /// for this year (YYYY-MM-DD; "" means the form's yearly one), and the predicate the agency
    /// evaluates itself ("WBK", or "").
    std::string agency_type;
    std::string service_type;
    std::string proposal_deadline;
    std::string self_evaluation;
    std::string form_id;
    std::string form_version;
    std::string created_at;
    std::string created_with;  ///< application version
};

/// The proposal details of `info` by register field, to read or fill them in one loop.
[[nodiscard]] std::vector<std::pair<std::string_view, std::string*>> ProposalDetails(WorkspaceInfo& info);
[[nodiscard]] std::vector<std::pair<std::string_view, const std::string*>> ProposalDetails(const WorkspaceInfo& info);

/// A form file's text as it will be copied into a new workspace.
struct FormSource {
    std::string xml;
    std::string display_name;
};

/// One stored answer with its note and who changed it last.
struct StoredAnswer {
    std::string code;
    std::optional<std::string> value;  ///< canonical answer text; empty when only a note exists
    std::string note;
    std::string author;
    std::string updated_at;
    std::string level;  ///< the review level whose answer this is ("" for none)
};

/// One change to apply: set or clear the answer, and optionally replace the note.
struct AnswerChange {
    std::string code;
    std::optional<Answer> answer;  ///< the new answer; empty with `clear` to remove it
    bool clear = false;
    std::optional<std::string> note;
    /// A review level ("ketua_tim") to answer at; empty: the signer's own level in the layer.
    std::string level;
};

struct HistoryEntry {
    long long seq = 0;
    std::string layer;
    std::string code;
    std::optional<std::string> value;
    std::string note;
    std::string author;
    std::string changed_at;
    std::string action;
};

/// One assessment: a single SQLite file holding the unit's details, a copy of its form, the
/// answers of every layer and their history. Every change is one transaction, written at once.
class Workspace {
public:
    /// ReadWriteIfPossible opens a file on read-only media, or one the user may not write, for
    /// reading (IsReadOnly() then says so) instead of refusing it.
    enum class Access { ReadOnly, ReadWrite, ReadWriteIfPossible };

    /// Creates a new workspace file. Refuses to overwrite; the file appears only when complete.
    static Workspace Create(const std::filesystem::path& path, const WorkspaceInfo& info, const FormSource& form);
    /// Creates an empty copy of an existing assessment, to be filled by its log from elsewhere (a
    /// copy made from the agency hub): its form and its id, and no entry yet. Refuses to overwrite.
    static Workspace CreateReplica(const std::filesystem::path& path, const FormSource& form,
                                   const std::string& workspace_id);
    /// Opens a workspace as a file from a stranger: its header, format version, schema, structure
    /// and form copy are checked before anything in it is used. Throws WorkspaceError saying why a
    /// file cannot be used; nothing is changed then.
    static Workspace Open(const std::filesystem::path& path, Access access);

    Workspace(Workspace&&) noexcept;
    Workspace& operator=(Workspace&&) noexcept;
    ~Workspace();

    [[nodiscard]] const std::filesystem::path& Path() const;
    /// True when changes cannot be written (opened read-only, or the file or its folder is not writable).
    [[nodiscard]] bool IsReadOnly() const;
    /// The file's format version: older than kWorkspaceSchemaVersion only when an older file was
    /// opened for reading (it is upgraded when opened for writing).
    [[nodiscard]] int SchemaVersion() const;
    [[nodiscard]] const WorkspaceInfo& Info() const;
    [[nodiscard]] const Form& FormInUse() const;
    /// SHA-256 of the form copy's bytes, checked against the recorded one when the file opened.
    [[nodiscard]] const std::string& FormSha256() const;
    [[nodiscard]] std::shared_ptr<const Form> SharedForm() const;

    [[nodiscard]] AnswerSet LoadAnswers(const Layer& layer) const;
    [[nodiscard]] std::vector<StoredAnswer> StoredAnswers(const Layer& layer) const;
    [[nodiscard]] std::optional<StoredAnswer> FindAnswer(const Layer& layer, std::string_view code) const;
    /// Every review level's own answer to a criterion, lowest level first (the layer's answer is
    /// the last one's).
    [[nodiscard]] std::vector<StoredAnswer> LevelAnswers(const Layer& layer, std::string_view code) const;
    /// Applies all changes in one transaction, each recorded in the history with `action`.
    /// One entry of the log for all of them; `amend_open_edit` continues this author's open edit
    /// of the same criterion (typing a note with pauses) instead of adding an entry.
    void Apply(const Layer& layer, const std::vector<AnswerChange>& changes, const std::string& author,
               std::string_view action, bool amend_open_edit = false);
    [[nodiscard]] std::vector<HistoryEntry> History(const Layer& layer, std::string_view code = {}) const;
    /// The newest `count` changes of `code` in `layer`, newest first: what a history view shows
    /// without reading a criterion's whole past on every answer.
    [[nodiscard]] std::vector<HistoryEntry> NewestHistory(const Layer& layer, std::string_view code,
                                                          std::size_t count) const;
    /// How many changes of `code` `layer` holds.
    [[nodiscard]] std::size_t HistoryCount(const Layer& layer, std::string_view code) const;

    void SetCurrentPredicate(const std::string& predicate);
    /// Reads the unit's details again after a change recorded through the log (ChangeUnitDetails),
    /// so that Info() shows them; the form is not reloaded.
    void RefreshDetails();
    /// Scores a layer's answers with the unit's standing.
    [[nodiscard]] ScoreReport Score(const Layer& layer) const;

    /// The connection, for core modules that keep their own tables in the workspace.
    [[nodiscard]] SQLite::Database& Database();

    /// Records one change in the log in its own transaction: `make_draft` reads the current state
    /// inside the transaction and returns the change, or nothing when nothing changes. `author`
    /// names the change while the workspace's team has no keys (otherwise the session's signer).
    void RecordInTransaction(const std::function<std::optional<ChangeDraft>(SQLite::Database&)>& make_draft,
                             const std::string& author);

private:
    /// A new file with `form`'s copy, then what `fill` writes, in one transaction; the file gets its
    /// name only when complete.
    static Workspace CreateFile(const std::filesystem::path& path, const FormSource& form,
                                const std::function<void(SQLite::Database&, const Form&)>& fill);

    struct State;
    explicit Workspace(std::unique_ptr<State> state);
    void LoadInfo();
    void ReadDetails();
    void DeclareFormLayers();
    [[nodiscard]] std::string AnswerColumns() const;
    std::unique_ptr<State> m_state;
};

/// The user name recorded as author: ZIWB_AUTHOR, else the login name.
[[nodiscard]] std::string DefaultAuthor();
/// The current time as ISO 8601 UTC ("2026-11-22T09:30:00Z").
[[nodiscard]] std::string NowUtc();

}  // namespace ziwb::core
