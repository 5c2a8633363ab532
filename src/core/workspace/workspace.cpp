// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/workspace.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <limits>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/sha256.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "common/version.hpp"
#include "form/form_loader.hpp"
#include "io/safe_file.hpp"
#include "log/change_log.hpp"
#include "log/projection.hpp"
#include "proposal/proposal_rules.hpp"
#include "scoring/scoring_engine.hpp"
#include "workspace/check_record.hpp"
#include "workspace/database_open.hpp"
#include "workspace/file_header.hpp"
#include "workspace/journal_vfs.hpp"
#include "workspace/schema.hpp"
#include "workspace/schema_check.hpp"
#include "workspace/sqlite_errors.hpp"

namespace ziwb::core {

struct Workspace::State {
    std::filesystem::path path;
    std::string name;
    std::unique_ptr<SQLite::Database> db;
    WorkspaceInfo info;
    std::shared_ptr<const Form> form;
    std::string form_sha256;
    int schema_version = 0;
    bool writable = false;

    State() = default;
    State(const State&) = delete;
    State& operator=(const State&) = delete;
    State(State&&) = delete;
    State& operator=(State&&) = delete;
    ~State() {
        if (writable && db) {
            db.reset();
            CheckRecord::Remember(path);  // our own writes need no structure check next time
        }
    }
};

namespace {

std::string MetaValue(SQLite::Database& db, const std::string& key) {
    SQLite::Statement query(db, "SELECT value FROM meta WHERE key = ?");
    query.bind(1, key);
    return query.executeStep() ? StoredText(query.getColumn(0).getString()) : std::string();
}

void SetMeta(SQLite::Database& db, const char* key, const std::string& value) {
    SQLite::Statement statement(db,
                                "INSERT INTO meta (key, value) VALUES (?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    statement.bind(1, key);
    statement.bind(2, value);
    statement.exec();
}

std::optional<std::string> OptionalText(const SQLite::Column& column) {
    return column.isNull() ? std::nullopt : std::optional<std::string>(StoredText(column.getString()));
}

void CheckInfo(const WorkspaceInfo& info, const Form& form) {
    CheckUserText(info.unit_name, Tr("the unit name"), kNameLimit);
    CheckUserText(info.agency, Tr("the agency name"), kNameLimit);
    if (info.unit_name.empty()) {
        throw UserError(Tr("the unit name is empty: give the unit's name (e.g. \"Dinas Tenaga Kerja\")"));
    }
    if (info.agency.empty()) {
        throw UserError(Tr("the agency name is empty: give the agency the unit belongs to"));
    }
    if (info.year < 2000 || info.year > 2100) {
        throw UserError(
            Format(Tr("the year {0} is not a plausible assessment year (2000-2100)"), {std::to_string(info.year)}));
    }
    if (!info.current_predicate.empty() && !form.IsStanding(info.current_predicate)) {
        throw UserError(Format(Tr("the current predicate is '{0}': it can be {1}"),
                               {OneLine(info.current_predicate), form.StandingList()}));
    }
    for (const auto& [field, value] : ProposalDetails(info)) {
        if (const std::string problem = ProposalDetailProblem(form, field, *value); !problem.empty()) {
            throw UserError(problem);
        }
    }
}

}  // namespace

std::vector<std::pair<std::string_view, std::string*>> ProposalDetails(WorkspaceInfo& info) {
    return {{kAgencyTypeField, &info.agency_type},
            {kServiceTypeField, &info.service_type},
            {kProposalDeadlineField, &info.proposal_deadline},
            {kSelfEvaluationField, &info.self_evaluation}};
}

std::vector<std::pair<std::string_view, const std::string*>> ProposalDetails(const WorkspaceInfo& info) {
    return {{kAgencyTypeField, &info.agency_type},
            {kServiceTypeField, &info.service_type},
            {kProposalDeadlineField, &info.proposal_deadline},
            {kSelfEvaluationField, &info.self_evaluation}};
}

std::string_view LayerId(const Layer& layer) {
    return layer.Id();
}

Layer ParseLayer(const Form& form, std::string_view id) {
    if (form.FindLayer(id) == nullptr) {
        throw UserError(Format(Tr("unknown layer '{0}': this form has {1}"), {OneLine(id), form.LayerList()}));
    }
    return Layer(std::string(id));
}

std::string DefaultAuthor() {
    for (const char* name : {"ZIWB_AUTHOR", "USER", "USERNAME", "LOGNAME"}) {
        const char* value = std::getenv(name);
        if (value != nullptr && value[0] != '\0') {
            return value;
        }
    }
    const std::string account = AccountName();
    return account.empty() ? "unknown" : account;
}

std::string NowUtc() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    const std::tm parts = UtcCalendarTime(now);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return buffer;
}

Workspace::Workspace(std::unique_ptr<State> state) : m_state(std::move(state)) {}
Workspace::Workspace(Workspace&&) noexcept = default;
Workspace& Workspace::operator=(Workspace&&) noexcept = default;
Workspace::~Workspace() = default;

Workspace Workspace::Create(const std::filesystem::path& path, const WorkspaceInfo& info, const FormSource& form) {
    return CreateFile(path, form, [&](SQLite::Database& db, const Form& loaded_form) {
        const Form* loaded = &loaded_form;
        CheckInfo(info, *loaded);  // before anything is written; the file appears only when whole
        SetMeta(db, "created_at", NowUtc());
        SetMeta(db, "created_with", std::string(kAppName) + " " + kAppVersion);
        // The unit's details are the log's first entry; the tables are its projection.
        ChangeDraft genesis;
        genesis.kind = "workspace.create";
        genesis.layer = "unit";
        genesis.action = "create";
        genesis.summary = Format(Tr("Workspace created for {0}"), {info.unit_name});
        genesis.writes = {{UnitKey("unit_name"), info.unit_name},
                          {UnitKey("agency"), info.agency},
                          {UnitKey("year"), std::to_string(info.year)},
                          {UnitKey("current_predicate"), info.current_predicate}};
        for (const auto& [field, value] : ProposalDetails(info)) {
            if (!value->empty()) {
                genesis.writes.emplace_back(UnitKey(field), *value);
            }
        }
        (void)RecordChange(db, *loaded, genesis, DefaultAuthor());
        // Whoever creates the workspace with a key is its first koordinator: the key every
        // later member's acceptance rests on.
        if (const auto signer = SessionSigner(); signer && !signer->nip.empty()) {
            ChangeDraft founder;
            founder.kind = "person.set";
            founder.layer = "team";
            founder.action = "team";
            founder.summary =
                Format(Tr("Team register: {0} ({1}) set as {2}"), {signer->name, signer->nip, "koordinator"});
            founder.writes = {{PersonKey(signer->nip), nlohmann::json{{"nip", signer->nip},
                                                                      {"name", signer->name},
                                                                      {"position", ""},
                                                                      {"email", ""},
                                                                      {"role", "koordinator"},
                                                                      {"areas", nlohmann::json::array()},
                                                                      {"level", ""},
                                                                      {"review_layer", ""},
                                                                      {"public_key", signer->public_key}}}};
            (void)RecordChange(db, *loaded, founder, DefaultAuthor());
        }
    });
}

Workspace Workspace::CreateReplica(const std::filesystem::path& path, const FormSource& form,
                                   const std::string& workspace_id) {
    if (!IsWorkspaceIdHex(workspace_id)) {
        throw WorkspaceError(Tr("the workspace's id is damaged"));
    }
    return CreateFile(path, form, [&](SQLite::Database& db, const Form&) {
        SetMeta(db, "created_at", NowUtc());
        SetMeta(db, "created_with", std::string(kAppName) + " " + kAppVersion);
        // The assessment's own id: the entries that follow are its log, received from elsewhere.
        SetMeta(db, "workspace_id", workspace_id);
    });
}

Workspace Workspace::CreateFile(const std::filesystem::path& path, const FormSource& form,
                                const std::function<void(SQLite::Database&, const Form&)>& fill) {
    const auto loaded = LoadFormText(form.xml, form.display_name);  // never store a form we cannot read
    RefuseDeviceName(path);
    const std::string name = PathToUtf8(path);
    std::error_code ignored;
    if (std::filesystem::exists(path, ignored)) {
        throw WorkspaceError(Format(Tr("{0} already exists: choose another name, or remove the file first"), {name}));
    }
    const auto parent = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
    if (!std::filesystem::is_directory(parent, ignored)) {
        throw WorkspaceError(Format(Tr("the folder {0} does not exist"), {PathToUtf8(parent)}));
    }

    // Build the file under a temporary name and give it its name when complete (never replacing
    // a file that appeared meanwhile), so a killed process or a full disk never leaves a half-made
    // workspace under the real name; a later run removes what a killed one left.
    SafeFile output(path, Overwrite::Refused);
    const auto& temporary = output.TemporaryPath();
    try {
        GuardSqlite(name, [&] {
            // The const char* constructor: its VFS may be null (SQLite's own), which the std::string
            // one would turn into an exception.
            const std::string file = PathToUtf8(temporary);
            SQLite::Database db(file.c_str(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, 0, WorkspaceVfsName());
            HardenConnection(db);
            // Large pages: evidence is stored in 1 MiB chunks, which 64 KiB pages hold in 16 pages
            // instead of a chain of 256. Only possible before the first table exists.
            db.exec("PRAGMA page_size = 65536");
            UseCopySafeJournal(db);
            MigrateWorkspace(db);
            SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
            SQLite::Statement copy(db,
                                   "INSERT INTO form_copy (singleton, form_id, version, sha256, xml) "
                                   "VALUES (1, ?, ?, ?, ?)");
            copy.bind(1, loaded->Id());
            copy.bind(2, loaded->Version());
            copy.bind(3, Sha256::HexOf(form.xml));
            copy.bind(4, form.xml);
            copy.exec();
            fill(db, *loaded);
            transaction.commit();
        });
        output.Commit();
    } catch (...) {
        std::filesystem::remove(PathFromUtf8(PathToUtf8(temporary) + "-journal"), ignored);
        throw;
    }
    std::filesystem::remove(PathFromUtf8(PathToUtf8(temporary) + "-journal"), ignored);
    return Open(path, Access::ReadWrite);
}

Workspace Workspace::Open(const std::filesystem::path& path, Access access) {
    CheckWorkspaceHeader(path);
    auto state = std::make_unique<State>();
    state->path = path;
    state->name = PathToUtf8(path);
    const bool may_write = CanWriteWorkspace(path);
    if (access == Access::ReadWrite && !may_write) {
        throw WorkspaceError(Format(Tr("{0} is read-only (the file or its folder cannot be written). Nothing was "
                                       "changed; make it writable, or save a copy to change it"),
                                    {state->name}));
    }
    const bool writable = access != Access::ReadOnly && may_write;
    state->db = OpenWorkspaceDatabase(path, writable ? DatabaseAccess::ReadWrite : DatabaseAccess::ReadOnly);
    GuardSqlite(state->name, [&] {
        SQLite::Database& db = *state->db;
        // Nothing the file defines runs before its structure is known to be ours.
        const int version = db.execAndGet("PRAGMA user_version").getInt();
        CheckWorkspaceVersion(version, state->name);
        CheckWorkspaceSchema(db, version, state->name);
        if (CheckRecord::NeedsCheck(path)) {
            CheckWorkspaceStructure(db, state->name);
            CheckRecord::Remember(path);
        }
        // A file in an older format is upgraded when opened for writing; read as it is otherwise
        // (read-only media, a received file): readers of later tables ask SchemaVersion().
        state->schema_version = version;
        if (version < kWorkspaceSchemaVersion && writable) {
            MigrateWorkspace(db);
            state->schema_version = kWorkspaceSchemaVersion;
        }
        if (writable) {
            UseCopySafeJournal(db);
        }
    });
    state->writable = writable;
    Workspace workspace(std::move(state));
    workspace.LoadInfo();
    if (writable) {
        workspace.DeclareFormLayers();
    }
    return workspace;
}

// The answer tables refer to the layer table; the form says which layers exist, so a form that
// declares more (pendahuluan, tpn) gets their rows the first time the file is opened for writing.
void Workspace::DeclareFormLayers() {
    GuardSqlite(m_state->name, [&] {
        SQLite::Database& db = *m_state->db;
        for (const auto& layer : FormInUse().Layers()) {
            SQLite::Statement known(db, "SELECT 1 FROM layer WHERE id = ?");
            known.bind(1, layer.id);
            if (!known.executeStep()) {
                SQLite::Statement insert(db, "INSERT INTO layer (id, name) VALUES (?, ?)");
                insert.bind(1, layer.id);
                insert.bind(2, layer.name);
                insert.exec();
            }
        }
    });
}

void Workspace::LoadInfo() {
    State& s = *m_state;
    GuardSqlite(s.name, [&] {
        SQLite::Database& db = *s.db;
        SQLite::Statement form(db, "SELECT form_id, version, sha256, xml FROM form_copy WHERE singleton = 1");
        if (!form.executeStep()) {
            throw WorkspaceError(Format(Tr("{0} is damaged: it holds no form. Open a backup copy"), {s.name}));
        }
        s.info.form_id = form.getColumn(0).getString();
        s.info.form_version = form.getColumn(1).getString();
        s.form_sha256 = form.getColumn(2).getString();
        const std::string xml = form.getColumn(3).getString();
        if (Sha256::HexOf(xml) != s.form_sha256) {
            throw WorkspaceError(Format(Tr("{0}: the copy of the form inside it does not match its recorded "
                                           "fingerprint, so it was edited outside ZI Workbench or damaged. Nothing "
                                           "was changed; open a copy as ZI Workbench saved it"),
                                        {s.name}));
        }
        s.form = LoadFormText(xml, s.name + " (form " + s.info.form_id + ")");
        if (s.form->Id() != s.info.form_id || s.form->Version() != s.info.form_version) {
            throw WorkspaceError(Format(Tr("{0}: the form inside it does not say what the file records ({1} {2}). "
                                           "Nothing was changed; open a copy as ZI Workbench saved it"),
                                        {s.name, s.info.form_id, s.info.form_version}));
        }
    });
    ReadDetails();
}

void Workspace::RefreshDetails() {
    ReadDetails();
}

void Workspace::ReadDetails() {
    State& s = *m_state;
    GuardSqlite(s.name, [&] {
        SQLite::Database& db = *s.db;
        s.info.unit_name = MetaValue(db, "unit_name");
        s.info.agency = MetaValue(db, "agency");
        s.info.current_predicate = MetaValue(db, "current_predicate");
        for (const auto& [field, value] : ProposalDetails(s.info)) {
            *value = MetaValue(db, std::string(field));
        }
        s.info.created_at = MetaValue(db, "created_at");
        s.info.created_with = MetaValue(db, "created_with");
        const std::string year = MetaValue(db, "year");
        s.info.year = year.empty() ? 0 : std::atoi(year.c_str());
    });
}

const std::filesystem::path& Workspace::Path() const {
    return m_state->path;
}
int Workspace::SchemaVersion() const {
    return m_state->schema_version;
}
bool Workspace::IsReadOnly() const {
    return !m_state->writable;
}
const WorkspaceInfo& Workspace::Info() const {
    return m_state->info;
}
const std::string& Workspace::FormSha256() const {
    return m_state->form_sha256;
}
const Form& Workspace::FormInUse() const {
    return *m_state->form;
}
std::shared_ptr<const Form> Workspace::SharedForm() const {
    return m_state->form;
}
SQLite::Database& Workspace::Database() {
    return *m_state->db;
}

namespace {

StoredAnswer ReadStoredAnswer(SQLite::Statement& query) {
    return StoredAnswer{StoredText(query.getColumn(0).getString()), OptionalText(query.getColumn(1)),
                        StoredText(query.getColumn(2).getString()), StoredText(query.getColumn(3).getString()),
                        StoredText(query.getColumn(4).getString()), StoredText(query.getColumn(5).getString())};
}

}  // namespace

std::string Workspace::AnswerColumns() const {
    // A file of format 4 read as it is has no levels yet.
    return m_state->schema_version >= 5 ? "code, value, note, author, updated_at, level"
                                        : "code, value, note, author, updated_at, ''";
}

std::vector<StoredAnswer> Workspace::StoredAnswers(const Layer& layer) const {
    return GuardSqlite(m_state->name, [&] {
        std::vector<StoredAnswer> out;
        SQLite::Statement query(*m_state->db, "SELECT " + AnswerColumns() + " FROM answer WHERE layer = ?");
        query.bind(1, std::string(LayerId(layer)));
        while (query.executeStep()) {
            out.push_back(ReadStoredAnswer(query));
        }
        return out;
    });
}

std::optional<StoredAnswer> Workspace::FindAnswer(const Layer& layer, std::string_view code) const {
    return GuardSqlite(m_state->name, [&]() -> std::optional<StoredAnswer> {
        SQLite::Statement query(*m_state->db,
                                "SELECT " + AnswerColumns() + " FROM answer WHERE layer = ? AND code = ?");
        query.bind(1, std::string(LayerId(layer)));
        query.bind(2, std::string(code));
        if (!query.executeStep()) {
            return std::nullopt;
        }
        return ReadStoredAnswer(query);
    });
}

std::vector<StoredAnswer> Workspace::LevelAnswers(const Layer& layer, std::string_view code) const {
    return GuardSqlite(m_state->name, [&] {
        std::vector<StoredAnswer> out;
        if (m_state->schema_version < 5) {
            if (auto answer = FindAnswer(layer, code)) {
                out.push_back(std::move(*answer));
            }
            return out;
        }
        SQLite::Statement query(*m_state->db,
                                "SELECT code, value, note, author, updated_at, level FROM level_answer "
                                "WHERE layer = ? AND code = ? ORDER BY rank");
        query.bind(1, std::string(LayerId(layer)));
        query.bind(2, std::string(code));
        while (query.executeStep()) {
            out.push_back(ReadStoredAnswer(query));
        }
        return out;
    });
}

AnswerSet Workspace::LoadAnswers(const Layer& layer) const {
    const Form& form = FormInUse();
    AnswerSet answers(form);
    for (const auto& stored : StoredAnswers(layer)) {
        if (!stored.value) {
            continue;
        }
        const int index = form.Find(stored.code);
        if (index < 0 || !form.Node(index).IsCriterion()) {
            throw WorkspaceError(Format(Tr("{0} is damaged: it holds an answer for '{1}', which its form does not "
                                           "have"),
                                        {m_state->name, stored.code}));
        }
        answers.Set(index, ParseAnswer(form, form.Node(index), *stored.value));
    }
    return answers;
}

namespace {

// The review level the session's signer answers at in `layer`: none without a signer, or when the
// signer is not that layer's evaluator (the log's authority check refuses the change then).
std::string SignerLevel(SQLite::Database& db, const std::string& layer) {
    const auto signer = SessionSigner();
    if (!signer) {
        return {};
    }
    SQLite::Statement query(
        db, "SELECT level FROM person WHERE public_key = ? AND role = 'evaluator' AND review_layer = ?");
    query.bind(1, signer->public_key);
    query.bind(2, layer);
    return query.executeStep() ? query.getColumn(0).getString() : std::string();
}

}  // namespace

void Workspace::Apply(const Layer& layer, const std::vector<AnswerChange>& changes, const std::string& author,
                      std::string_view action, bool amend_open_edit) {
    const Form& form = FormInUse();
    // Check every change before writing any: a bad row changes nothing.
    CheckUserText(author, Tr("the author"), kNameLimit);
    const ReviewLayer* declared = form.FindLayer(LayerId(layer));
    if (declared == nullptr) {
        throw UserError(Format(Tr("unknown layer '{0}': this form has {1}"), {LayerId(layer), form.LayerList()}));
    }
    for (const auto& change : changes) {
        (void)RequireCriterion(form, change.code);
        if (!change.level.empty() && (declared->is_unit || form.LevelRank(change.level) <= 0)) {
            throw UserError(Format(Tr("unknown review level '{0}': the {1} layer has {2}"),
                                   {OneLine(change.level), LayerId(layer), form.LevelList()}));
        }
        if (change.note) {
            CheckUserText(*change.note, Format(Tr("the note of {0}"), {change.code}), kLongTextLimit);
        }
    }
    RecordInTransaction(
        [&](SQLite::Database& db) -> std::optional<ChangeDraft> {
            const std::string layer_id(LayerId(layer));
            ChangeDraft draft;
            draft.kind = "answer.set";
            draft.layer = layer_id;
            draft.action = std::string(action);
            draft.amend_open_edit = amend_open_edit;
            SQLite::Statement current(
                db, "SELECT value, note FROM level_answer WHERE layer = ?1 AND code = ?2 AND level = ?3");
            const std::string own_level = declared->is_unit ? std::string() : SignerLevel(db, layer_id);
            bool note_only = true;
            for (const auto& change : changes) {
                const FormNode& node = RequireCriterion(form, change.code);
                const std::string& level = change.level.empty() ? own_level : change.level;
                current.bind(1, layer_id);
                current.bind(2, change.code);
                current.bind(3, level);
                std::optional<std::string> value;
                std::string note;
                if (current.executeStep()) {
                    value = OptionalText(current.getColumn(0));
                    note = current.getColumn(1).getString();
                }
                current.reset();
                const std::optional<std::string> old_value = value;
                const std::string old_note = note;
                if (change.clear) {
                    value.reset();
                } else if (change.answer) {
                    value = FormatAnswer(node, *change.answer);
                }
                if (change.note) {
                    note = *change.note;
                }
                // Nothing changes: no entry either, unless the criterion is in conflict, where choosing
                // the version shown is the resolution and replaces every version.
                if (value == old_value && note == old_note &&
                    RegisterVersions(db, AnswerKey(layer_id, change.code, level)).size() <= 1) {
                    continue;
                }
                note_only = note_only && value == old_value;
                nlohmann::json state{{"value", value ? nlohmann::json(*value) : nlohmann::json()}, {"note", note}};
                draft.writes.emplace_back(AnswerKey(layer_id, change.code, level), std::move(state));
            }
            if (draft.writes.empty()) {
                return std::nullopt;
            }
            const std::string code = SplitRegisterKey(draft.writes.front().first).name;
            if (draft.writes.size() > 1) {
                draft.summary =
                    Format(Tr("{0} answers changed ({1})"), {std::to_string(draft.writes.size()), draft.action});
            } else if (note_only) {
                draft.summary = Format(Tr("Note of {0} changed"), {code});
            } else {
                draft.summary = Format(Tr("Answer of {0} changed"), {code});
            }
            return draft;
        },
        author);
}

void Workspace::RecordInTransaction(const std::function<std::optional<ChangeDraft>(SQLite::Database&)>& make_draft,
                                    const std::string& author) {
    GuardSqlite(m_state->name, [&] {
        SQLite::Database& db = *m_state->db;
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        if (m_state->schema_version < 4) {
            throw WorkspaceError(Format(Tr("{0} is in an older format and open for reading only"), {m_state->name}));
        }
        if (const auto draft = make_draft(db)) {
            (void)RecordChange(db, *m_state->form, *draft, author);
        }
        transaction.commit();
    });
}

namespace {

/// The columns ReadHistory reads, in its order.
constexpr const char* kHistoryColumns = "SELECT seq, layer, code, value, note, author, changed_at, action ";

std::vector<HistoryEntry> ReadHistory(SQLite::Statement& query) {
    std::vector<HistoryEntry> out;
    while (query.executeStep()) {
        out.push_back({query.getColumn(0).getInt64(), StoredText(query.getColumn(1).getString()),
                       StoredText(query.getColumn(2).getString()), OptionalText(query.getColumn(3)),
                       StoredText(query.getColumn(4).getString()), StoredText(query.getColumn(5).getString()),
                       StoredText(query.getColumn(6).getString()), StoredText(query.getColumn(7).getString())});
    }
    return out;
}

}  // namespace

std::vector<HistoryEntry> Workspace::History(const Layer& layer, std::string_view code) const {
    return GuardSqlite(m_state->name, [&] {
        SQLite::Statement query(*m_state->db, std::string(kHistoryColumns) +
                                                  "FROM answer_history WHERE layer = ?1 AND (?2 = '' OR code = ?2) "
                                                  "ORDER BY seq");
        query.bind(1, std::string(LayerId(layer)));
        query.bind(2, std::string(code));
        return ReadHistory(query);
    });
}

std::vector<HistoryEntry> Workspace::NewestHistory(const Layer& layer, std::string_view code, std::size_t count) const {
    return GuardSqlite(m_state->name, [&] {
        SQLite::Statement query(*m_state->db, std::string(kHistoryColumns) +
                                                  "FROM answer_history WHERE layer = ?1 AND code = ?2 "
                                                  "ORDER BY seq DESC LIMIT ?3");
        query.bind(1, std::string(LayerId(layer)));
        query.bind(2, std::string(code));
        query.bind(3,
                   static_cast<std::int64_t>(std::min<std::size_t>(count, std::numeric_limits<std::int32_t>::max())));
        return ReadHistory(query);
    });
}

std::size_t Workspace::HistoryCount(const Layer& layer, std::string_view code) const {
    return GuardSqlite(m_state->name, [&] {
        SQLite::Statement query(*m_state->db, "SELECT count(*) FROM answer_history WHERE layer = ?1 AND code = ?2");
        query.bind(1, std::string(LayerId(layer)));
        query.bind(2, std::string(code));
        query.executeStep();
        return static_cast<std::size_t>(query.getColumn(0).getInt64());
    });
}

void Workspace::SetCurrentPredicate(const std::string& predicate) {
    WorkspaceInfo changed = m_state->info;
    changed.current_predicate = predicate;
    CheckInfo(changed, FormInUse());
    if (predicate == m_state->info.current_predicate) {
        return;
    }
    RecordInTransaction(
        [&](SQLite::Database&) -> std::optional<ChangeDraft> {
            ChangeDraft draft;
            draft.kind = "unit.predicate";
            draft.layer = "unit";
            draft.action = "details";
            draft.summary =
                predicate.empty() ? Tr("Predicate held: none") : Format(Tr("Predicate held: {0}"), {predicate});
            draft.writes.emplace_back(UnitKey("current_predicate"), predicate);
            return draft;
        },
        DefaultAuthor());
    m_state->info.current_predicate = predicate;
}

ScoreReport Workspace::Score(const Layer& layer) const {
    return core::Score(FormInUse(), LoadAnswers(layer), UnitStanding{m_state->info.current_predicate});
}

}  // namespace ziwb::core
