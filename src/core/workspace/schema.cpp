// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/schema.hpp"

#include <SQLiteCpp/Transaction.h>
#include <array>
#include <stdexcept>
#include <string>

#include "log/legacy_history.hpp"
#include "workspace/file_header.hpp"

namespace ziwb::core {
namespace {

// Step N brings the schema from version N to N+1. Never edit a released step: add one.
constexpr std::array<const char*, 9> kMigrations = {
    // 0 -> 1: the assessment, its form, answers in layers, their append-only history.
    R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- The form the assessment was made with, kept whole so the workspace opens after forms change.
CREATE TABLE form_copy (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    form_id   TEXT NOT NULL,
    version   TEXT NOT NULL,
    sha256    TEXT NOT NULL,
    xml       TEXT NOT NULL
);

-- Who answers: the unit itself, the internal evaluator (TPI), later the national one (TPN).
CREATE TABLE layer (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO layer (id, name) VALUES ('unit', 'Unit kerja'), ('tpi', 'Tim Penilai Internal (TPI)');

-- The current answer and note of each criterion in each layer. A note may come before an answer.
CREATE TABLE answer (
    layer      TEXT NOT NULL REFERENCES layer (id),
    code       TEXT NOT NULL,
    value      TEXT,
    note       TEXT NOT NULL DEFAULT '',
    author     TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (layer, code)
) WITHOUT ROWID;

-- Every change, as the state after it. Append-only: the triggers refuse updates and deletes.
CREATE TABLE answer_history (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    layer      TEXT NOT NULL REFERENCES layer (id),
    code       TEXT NOT NULL,
    value      TEXT,
    note       TEXT NOT NULL,
    author     TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    action     TEXT NOT NULL
);
CREATE INDEX answer_history_by_code ON answer_history (layer, code, seq);
CREATE TRIGGER answer_history_append_only_update BEFORE UPDATE ON answer_history
BEGIN SELECT RAISE(ABORT, 'answer history is append-only'); END;
CREATE TRIGGER answer_history_append_only_delete BEFORE DELETE ON answer_history
BEGIN SELECT RAISE(ABORT, 'answer history is append-only'); END;

-- What the team has confirmed about the form's prerequisites (product rule 7): not scored, but
-- they decide whether the unit may be proposed. A missing row means "not confirmed yet".
CREATE TABLE prerequisite (
    id         TEXT PRIMARY KEY,
    met        INTEGER NOT NULL CHECK (met IN (0, 1)),
    note       TEXT NOT NULL DEFAULT '',
    author     TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
)sql",
    // 1 -> 2: the evidence vault. File contents are stored once per SHA-256, in chunks, inside the
    // workspace; items (files or links) back criteria; revisions keep earlier files; the history
    // of items is append-only.
    R"sql(
CREATE TABLE blob (
    id         INTEGER PRIMARY KEY,
    sha256     TEXT NOT NULL UNIQUE,
    size       INTEGER NOT NULL,
    chunks     INTEGER NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE blob_chunk (
    blob_id INTEGER NOT NULL REFERENCES blob (id) ON DELETE CASCADE,
    seq     INTEGER NOT NULL,
    data    BLOB NOT NULL,
    PRIMARY KEY (blob_id, seq)
) WITHOUT ROWID;

CREATE TABLE evidence_item (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('file', 'link')),
    title         TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    document_date TEXT,
    url           TEXT,
    added_by      TEXT NOT NULL,
    added_at      TEXT NOT NULL,
    removed_by    TEXT,
    removed_at    TEXT
);

CREATE TABLE evidence_revision (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER NOT NULL REFERENCES evidence_item (id),
    revision   INTEGER NOT NULL,
    blob_id    INTEGER NOT NULL REFERENCES blob (id),
    file_name  TEXT NOT NULL,
    media_type TEXT NOT NULL,
    added_by   TEXT NOT NULL,
    added_at   TEXT NOT NULL,
    UNIQUE (item_id, revision)
);

CREATE TABLE evidence_criterion (
    item_id INTEGER NOT NULL REFERENCES evidence_item (id),
    code    TEXT NOT NULL,
    PRIMARY KEY (item_id, code)
) WITHOUT ROWID;
CREATE INDEX evidence_criterion_by_code ON evidence_criterion (code);

CREATE TABLE evidence_history (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id INTEGER NOT NULL,
    action  TEXT NOT NULL,
    detail  TEXT NOT NULL DEFAULT '',
    author  TEXT NOT NULL,
    at      TEXT NOT NULL
);
CREATE TRIGGER evidence_history_append_only_update BEFORE UPDATE ON evidence_history
BEGIN SELECT RAISE(ABORT, 'evidence history is append-only'); END;
CREATE TRIGGER evidence_history_append_only_delete BEFORE DELETE ON evidence_history
BEGIN SELECT RAISE(ABORT, 'evidence history is append-only'); END;

-- The evidence checklist of each criterion: the form's suggestions (keys "form:<code>:<n>") and
-- the team's own items (keys "team:<id>"), the evidence attached to each, and the evaluator's
-- review (accepted, or rejected with a reason) per layer.
CREATE TABLE checklist_item (
    id       INTEGER PRIMARY KEY,
    code     TEXT NOT NULL,
    title    TEXT NOT NULL,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE TABLE checklist_evidence (
    checklist_key TEXT NOT NULL,
    item_id       INTEGER NOT NULL REFERENCES evidence_item (id),
    PRIMARY KEY (checklist_key, item_id)
) WITHOUT ROWID;
CREATE TABLE checklist_review (
    checklist_key TEXT NOT NULL,
    layer         TEXT NOT NULL REFERENCES layer (id),
    state         TEXT NOT NULL CHECK (state IN ('accepted', 'rejected')),
    reason        TEXT NOT NULL DEFAULT '',
    author        TEXT NOT NULL,
    at            TEXT NOT NULL,
    PRIMARY KEY (checklist_key, layer),
    CHECK (state = 'accepted' OR reason <> '')
) WITHOUT ROWID;
)sql",
    // 2 -> 3: the action plan (rencana aksi): per criterion a task, the person in charge (free text
    // until the team register exists), a due date and a status; every change is kept in an
    // append-only history.
    R"sql(
CREATE TABLE plan_task (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL,
    task       TEXT NOT NULL CHECK (task <> ''),
    person     TEXT NOT NULL DEFAULT '',
    due_date   TEXT,
    status     TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'doing', 'done')),
    target     TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX plan_task_by_code ON plan_task (code);

CREATE TABLE plan_history (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    task_id INTEGER NOT NULL,
    action  TEXT NOT NULL,
    detail  TEXT NOT NULL DEFAULT '',
    author  TEXT NOT NULL,
    at      TEXT NOT NULL
);
CREATE TRIGGER plan_history_append_only_update BEFORE UPDATE ON plan_history
BEGIN SELECT RAISE(ABORT, 'plan history is append-only'); END;
CREATE TRIGGER plan_history_append_only_delete BEFORE DELETE ON plan_history
BEGIN SELECT RAISE(ABORT, 'plan history is append-only'); END;
)sql",
    // 3 -> 4: the signed change log (docs/log-format.md). The log's entries are the content; the
    // answers, the answer history, the prerequisites, the unit's details and the team register are
    // projections of it. The answer history's triggers go: a rebuild rewrites it, and the log's
    // hashes and signatures, not a trigger anyone can drop, are what make tampering visible.
    R"sql(
CREATE TABLE log_entry (
    seq       INTEGER PRIMARY KEY,
    hash      TEXT NOT NULL UNIQUE,
    body      BLOB NOT NULL,
    signature BLOB
);
CREATE TABLE log_head (
    hash TEXT PRIMARY KEY
) WITHOUT ROWID;
CREATE TABLE log_register (
    key   TEXT NOT NULL,
    entry TEXT NOT NULL,
    PRIMARY KEY (key, entry)
) WITHOUT ROWID;
CREATE TABLE person (
    nip          TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    position     TEXT NOT NULL,
    email        TEXT NOT NULL,
    role         TEXT NOT NULL,
    areas        TEXT NOT NULL,
    level        TEXT NOT NULL,
    review_layer TEXT NOT NULL,
    public_key   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX person_by_key ON person (public_key);
DROP TRIGGER answer_history_append_only_update;
DROP TRIGGER answer_history_append_only_delete;
ALTER TABLE answer_history ADD COLUMN entry TEXT;
CREATE INDEX answer_history_by_entry ON answer_history (entry);
-- Ids that copies make independently: entries name items, checklist lines and tasks by these.
ALTER TABLE evidence_item ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX evidence_item_by_uid ON evidence_item (uid);
ALTER TABLE checklist_item ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX checklist_item_by_uid ON checklist_item (uid);
ALTER TABLE plan_task ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX plan_task_by_uid ON plan_task (uid);
)sql",
    // 4 -> 5: the review (the evaluator issue). Layers come from the form; each review level's
    // answers are kept, and a layer's answer is its highest level's. Per criterion a review status
    // with its revision count, the unit's "ready for re-check", and per layer the closing signature.
    R"sql(
CREATE TABLE level_answer (
    layer      TEXT NOT NULL REFERENCES layer (id),
    code       TEXT NOT NULL,
    level      TEXT NOT NULL,
    rank       INTEGER NOT NULL,
    value      TEXT,
    note       TEXT NOT NULL DEFAULT '',
    author     TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (layer, code, level)
) WITHOUT ROWID;
INSERT INTO level_answer (layer, code, level, rank, value, note, author, updated_at)
    SELECT layer, code, '', 0, value, note, author, updated_at FROM answer;
ALTER TABLE answer ADD COLUMN level TEXT NOT NULL DEFAULT '';
ALTER TABLE answer_history ADD COLUMN level TEXT NOT NULL DEFAULT '';
CREATE TABLE review_status (
    layer      TEXT NOT NULL REFERENCES layer (id),
    code       TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('sedang_dicek', 'perlu_revisi', 'selesai')),
    note       TEXT NOT NULL DEFAULT '',
    revisions  INTEGER NOT NULL DEFAULT 0,
    author     TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (layer, code)
) WITHOUT ROWID;
CREATE TABLE review_ready (
    layer      TEXT NOT NULL REFERENCES layer (id),
    code       TEXT NOT NULL,
    revision   INTEGER NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    author     TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (layer, code)
) WITHOUT ROWID;
CREATE TABLE review_close (
    layer      TEXT PRIMARY KEY REFERENCES layer (id),
    closed     INTEGER NOT NULL,
    head       TEXT NOT NULL,
    total      TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    author     TEXT NOT NULL,
    author_key TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
)sql",
    // 5 -> 6: the documents (issue 12): the kop surat set once per workspace, and who has signed
    // which document (Pakta Integritas per person, Komitmen Bersama by the leaders, ...).
    R"sql(
CREATE TABLE letterhead (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    lines       TEXT NOT NULL,
    logo_sha256 TEXT NOT NULL DEFAULT '',
    logo_type   TEXT NOT NULL DEFAULT '',
    author      TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE TABLE document_signature (
    template   TEXT NOT NULL,
    nip        TEXT NOT NULL,
    state      TEXT NOT NULL CHECK (state IN ('signed')),
    how        TEXT NOT NULL CHECK (how IN ('ink', 'electronic')),
    evidence   TEXT NOT NULL DEFAULT '',
    signed_on  TEXT NOT NULL,
    author     TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (template, nip)
) WITHOUT ROWID;
)sql",
    // 6 -> 7: the leader's sign-off of the unit's submission (issue 12): the log head, the total and
    // a snapshot of the unit layer, so that a later change is shown against it.
    R"sql(
CREATE TABLE signoff (
    layer      TEXT PRIMARY KEY CHECK (layer = 'unit'),
    head       TEXT NOT NULL,
    total      TEXT NOT NULL,
    digest     TEXT NOT NULL,
    snapshot   TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    author     TEXT NOT NULL,
    author_key TEXT NOT NULL,
    signed_at  TEXT NOT NULL
) WITHOUT ROWID;
)sql",
    // 7 -> 8: the unit's services with their Standar Pelayanan, its public consultation forums (FKP)
    // with participants and inputs, and its satisfaction surveys (SKM), issue 15. Projections of
    // the service/, fkp/ and skm/ registers; JSON columns hold what a value lists.
    R"sql(
CREATE TABLE service (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    components      TEXT NOT NULL,
    sops            TEXT NOT NULL,
    reviewed_on     TEXT NOT NULL DEFAULT '',
    established_by  TEXT NOT NULL DEFAULT '',
    published_where TEXT NOT NULL DEFAULT '',
    removed         INTEGER NOT NULL DEFAULT 0,
    updated_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE fkp_session (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    date       TEXT NOT NULL,
    place      TEXT NOT NULL,
    purpose    TEXT NOT NULL,
    topic      TEXT NOT NULL DEFAULT '',
    chair      TEXT NOT NULL DEFAULT '',
    services   TEXT NOT NULL,
    removed    INTEGER NOT NULL DEFAULT 0,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE fkp_participant (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    session_uid  TEXT NOT NULL,
    name         TEXT NOT NULL,
    stakeholder  TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    position     TEXT NOT NULL DEFAULT '',
    attended     INTEGER NOT NULL,
    removed      INTEGER NOT NULL DEFAULT 0,
    updated_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX fkp_participant_by_session ON fkp_participant (session_uid);

CREATE TABLE fkp_input (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    session_uid TEXT NOT NULL,
    from_whom   TEXT NOT NULL DEFAULT '',
    service_uid TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL,
    follow_up   TEXT NOT NULL CHECK (follow_up IN ('open', 'adopted', 'declined')),
    response    TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX fkp_input_by_session ON fkp_input (session_uid);

CREATE TABLE skm_survey (
    id            INTEGER PRIMARY KEY,
    uid           TEXT NOT NULL UNIQUE,
    service_uid   TEXT NOT NULL,
    period        TEXT NOT NULL,
    start_date    TEXT NOT NULL DEFAULT '',
    end_date      TEXT NOT NULL DEFAULT '',
    population    INTEGER NOT NULL DEFAULT 0,
    respondents   INTEGER NOT NULL,
    responses     TEXT NOT NULL,
    source_sha256 TEXT NOT NULL DEFAULT '',
    removed       INTEGER NOT NULL DEFAULT 0,
    updated_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

-- What became of a survey's results: where they were published (LKE A.I.6.iv.b) and how they were
-- followed up (A.I.6.iv.c).
CREATE TABLE skm_result (
    survey_uid      TEXT PRIMARY KEY,
    published_where TEXT NOT NULL DEFAULT '',
    follow_up       TEXT NOT NULL DEFAULT '',
    updated_by      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) WITHOUT ROWID;
)sql",
    // 8 -> 9: the evaluator's review of each evidence item (accepted, or rejected with a reason), per
    // review layer, beside the review of each checklist line.
    R"sql(
CREATE TABLE evidence_review (
    item_id INTEGER NOT NULL REFERENCES evidence_item (id),
    layer   TEXT NOT NULL REFERENCES layer (id),
    state   TEXT NOT NULL CHECK (state IN ('accepted', 'rejected')),
    reason  TEXT NOT NULL DEFAULT '',
    author  TEXT NOT NULL,
    at      TEXT NOT NULL,
    PRIMARY KEY (item_id, layer),
    CHECK (state = 'accepted' OR reason <> '')
) WITHOUT ROWID;
)sql",
};

static_assert(kMigrations.size() == kWorkspaceSchemaVersion);

}  // namespace

void MigrateWorkspace(SQLite::Database& db, int target) {
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    int version = db.execAndGet("PRAGMA user_version").getInt();
    if (version < 0 || target > kWorkspaceSchemaVersion) {
        throw std::logic_error("workspace migration outside the known versions");
    }
    for (; version < target; ++version) {
        db.exec(kMigrations[static_cast<std::size_t>(version)]);
        if (version == 3) {
            ConvertLegacyHistory(db);
        }
    }
    db.exec("PRAGMA application_id = " + std::to_string(kWorkspaceApplicationId));
    db.exec("PRAGMA user_version = " + std::to_string(target));
    transaction.commit();
}

void MigrateWorkspace(SQLite::Database& db) {
    MigrateWorkspace(db, kWorkspaceSchemaVersion);
}

}  // namespace ziwb::core
