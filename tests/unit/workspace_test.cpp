// SPDX-License-Identifier: GPL-3.0-or-later
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <fstream>

#include "common/error.hpp"
#include "log/audit.hpp"
#include "test_support.hpp"
#include "workspace/file_header.hpp"
#include "workspace/journal_vfs.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {
namespace {

using test::NewWorkspace;
using test::ReadFile;
using test::TempDir;

AnswerChange Change(const Form& form, const std::string& code, const std::string& text,
                    std::optional<std::string> note = {}) {
    AnswerChange change;
    change.code = code;
    change.answer = ParseAnswer(form, *form.FindNode(code), text);
    change.note = std::move(note);
    return change;
}

template <typename Action>
std::string WorkspaceErrorOf(Action&& action) {
    try {
        action();
    } catch (const WorkspaceError& error) {
        return error.what();
    }
    ADD_FAILURE() << "expected a WorkspaceError";
    return {};
}

bool Contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

TEST(Workspace, ANewWorkspaceCarriesItsIdentityAndItsForm) {
    const TempDir dir;
    const auto path = dir / "dinas.ziwb";
    { (void)NewWorkspace(path, "WBK"); }
    {
        SQLite::Database raw(path.string(), SQLite::OPEN_READONLY);
        EXPECT_EQ(raw.execAndGet("PRAGMA application_id").getInt(), kWorkspaceApplicationId);
        EXPECT_EQ(raw.execAndGet("PRAGMA user_version").getInt(), kWorkspaceSchemaVersion);
        // A rollback journal, not WAL: every commit is in the main file, so a copy of it holds it.
        // PERSIST is set by every connection of ours; in the file itself only "not WAL" is recorded.
        EXPECT_EQ(raw.execAndGet("PRAGMA journal_mode").getString(), "delete");
        EXPECT_EQ(raw.execAndGet("SELECT xml FROM form_copy").getString(), ReadFile(test::FormPath()));
    }
    const auto workspace = Workspace::Open(path, Workspace::Access::ReadOnly);
    EXPECT_EQ(workspace.Info().unit_name, "Dinas Uji");
    EXPECT_EQ(workspace.Info().year, 2026);
    EXPECT_EQ(workspace.Info().current_predicate, "WBK");
    EXPECT_EQ(workspace.Info().form_id, "lke-permenpanrb-90-2021");
    EXPECT_EQ(workspace.FormInUse().Criteria().size(), 113u);
    // No temporary file of the creation is left beside it.
    for (const auto& entry : std::filesystem::directory_iterator(dir.Path())) {
        EXPECT_EQ(entry.path().filename().string().find(".creating"), std::string::npos) << entry.path();
    }
}

TEST(Workspace, AnOldWorkspaceOpensWithItsOwnFormAfterTheFormFileChanges) {
    const TempDir dir;
    const auto path = dir / "old.ziwb";
    WorkspaceInfo info;
    info.unit_name = "Dinas Lama";
    info.agency = "Kabupaten";
    info.year = 2025;
    std::string xml = ReadFile(test::FormPath());
    // A future edition could reword questions; the workspace keeps the one it was made with.
    xml.replace(xml.find("Unit kerja telah membentuk tim"), 30, "Pertanyaan versi lama dari tim");
    { (void)Workspace::Create(path, info, {xml, "custom.xml"}); }
    const auto workspace = Workspace::Open(path, Workspace::Access::ReadOnly);
    EXPECT_TRUE(workspace.FormInUse().FindNode("A.I.1.i.a")->name.starts_with("Pertanyaan versi lama"));
}

TEST(Workspace, CreateRefusesToOverwriteAndChecksTheUnit) {
    const TempDir dir;
    const auto path = dir / "exists.ziwb";
    test::WriteFile(path, "precious");
    EXPECT_TRUE(Contains(WorkspaceErrorOf([&] { (void)NewWorkspace(path); }), "already exists"));
    EXPECT_EQ(ReadFile(path), "precious");
    WorkspaceInfo bad;
    bad.agency = "Agency";
    bad.year = 2026;
    EXPECT_THROW((void)Workspace::Create(dir / "x.ziwb", bad, {ReadFile(test::FormPath()), "f"}), UserError);
    bad.unit_name = "Unit";
    bad.year = 1850;
    EXPECT_THROW((void)Workspace::Create(dir / "x.ziwb", bad, {ReadFile(test::FormPath()), "f"}), UserError);
    EXPECT_FALSE(std::filesystem::exists(dir / "x.ziwb"));
}

TEST(Workspace, AnswersNotesAndHistorySurviveReopening) {
    const TempDir dir;
    const auto path = dir / "ws.ziwb";
    {
        auto workspace = NewWorkspace(path);
        const Form& form = workspace.FormInUse();
        workspace.Apply(Layer::Unit(),
                        {Change(form, "A.I.1.i.a", "Ya", "SK Tim nomor 12"), Change(form, "B.I.a", "3.4")}, "budi",
                        "set");
        workspace.Apply(Layer::Unit(), {Change(form, "A.I.1.i.a", "Tidak")}, "sari", "set");
        workspace.Apply(Layer::Tpi(), {Change(form, "A.I.1.i.a", "Ya", "Bukti SK lengkap")}, "evaluator", "set");
        AnswerChange clear;
        clear.code = "B.I.a";
        clear.clear = true;
        workspace.Apply(Layer::Unit(), {clear}, "budi", "clear");
        // A change to the same value is not a change: no history entry.
        workspace.Apply(Layer::Unit(), {Change(form, "A.I.1.i.a", "tidak")}, "sari", "set");
    }
    const auto workspace = Workspace::Open(path, Workspace::Access::ReadOnly);
    const auto unit = workspace.StoredAnswers(Layer::Unit());
    ASSERT_EQ(unit.size(), 1u);
    EXPECT_EQ(unit[0].value, "Tidak");
    EXPECT_EQ(unit[0].note, "SK Tim nomor 12");
    EXPECT_EQ(unit[0].author, "sari");
    EXPECT_EQ(workspace.LoadAnswers(Layer::Tpi()).Count(), 1u);
    EXPECT_EQ(workspace.FindAnswer(Layer::Tpi(), "A.I.1.i.a")->note, "Bukti SK lengkap");
    EXPECT_FALSE(workspace.FindAnswer(Layer::Tpi(), "A.I.1.i.b").has_value());
    const auto history = workspace.History(Layer::Unit());
    ASSERT_EQ(history.size(), 4u);
    EXPECT_EQ(history[0].value, "Ya");
    EXPECT_EQ(history[2].value, "Tidak");
    EXPECT_EQ(history[3].code, "B.I.a");
    EXPECT_FALSE(history[3].value.has_value());
    EXPECT_EQ(history[3].action, "clear");
    EXPECT_EQ(workspace.History(Layer::Unit(), "A.I.1.i.a").size(), 2u);
    EXPECT_DOUBLE_EQ(workspace.Score(Layer::Unit()).Total(), 0.0);
    EXPECT_DOUBLE_EQ(workspace.Score(Layer::Tpi()).Total(), 0.5);
}

TEST(Workspace, AnEditedHistoryIsCaughtByTheLog) {
    // The history is a projection of the signed log: a trigger anyone can drop no longer guards
    // it; the audit does, and a rebuild restores it.
    const TempDir dir;
    auto workspace = NewWorkspace(dir / "ws.ziwb");
    workspace.Apply(Layer::Unit(), {Change(workspace.FormInUse(), "A.I.1.i.a", "Ya")}, "budi", "set");
    EXPECT_TRUE(VerifyLog(workspace).intact);
    workspace.Database().exec("UPDATE answer_history SET value = 'Tidak'");
    const auto report = VerifyLog(workspace);
    EXPECT_FALSE(report.intact);
    EXPECT_NE(report.problem.find("answer_history"), std::string::npos) << report.problem;
    RebuildFromLog(workspace);
    EXPECT_TRUE(VerifyLog(workspace).intact);
    ASSERT_EQ(workspace.History(Layer::Unit()).size(), 1u);
    EXPECT_EQ(workspace.History(Layer::Unit())[0].value, "Ya");
}

TEST(Workspace, ABatchWithOneWrongCodeChangesNothing) {
    const TempDir dir;
    auto workspace = NewWorkspace(dir / "ws.ziwb");
    AnswerChange unknown;
    unknown.code = "A.I.9.z";
    unknown.answer = Answer{"Ya", {}};
    EXPECT_THROW(
        workspace.Apply(Layer::Unit(), {Change(workspace.FormInUse(), "A.I.1.i.a", "Ya"), unknown}, "budi", "import"),
        UserError);
    EXPECT_EQ(workspace.StoredAnswers(Layer::Unit()).size(), 0u);
    EXPECT_EQ(workspace.History(Layer::Unit()).size(), 0u);
}

TEST(Workspace, FilesThatAreNotWorkspacesAreRefusedUntouched) {
    const TempDir dir;
    const auto text = dir / "notes.ziwb";
    test::WriteFile(text, "Catatan rapat tim ZI\n");
    EXPECT_TRUE(Contains(WorkspaceErrorOf([&] { (void)Workspace::Open(text, Workspace::Access::ReadWrite); }),
                         "not a ZI Workbench workspace"));
    EXPECT_EQ(ReadFile(text), "Catatan rapat tim ZI\n");

    const auto empty = dir / "empty.ziwb";
    test::WriteFile(empty, "");
    EXPECT_TRUE(
        Contains(WorkspaceErrorOf([&] { (void)Workspace::Open(empty, Workspace::Access::ReadWrite); }), "empty"));

    const auto other = dir / "other.db";
    {
        SQLite::Database db(other.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE t (x)");
    }
    const std::string before = ReadFile(other);
    EXPECT_TRUE(Contains(WorkspaceErrorOf([&] { (void)Workspace::Open(other, Workspace::Access::ReadWrite); }),
                         "another program"));
    EXPECT_EQ(ReadFile(other), before);

    EXPECT_TRUE(
        Contains(WorkspaceErrorOf([&] { (void)Workspace::Open(dir / "missing.ziwb", Workspace::Access::ReadOnly); }),
                 "no such file"));
    EXPECT_TRUE(
        Contains(WorkspaceErrorOf([&] { (void)Workspace::Open(dir.Path(), Workspace::Access::ReadOnly); }), "folder"));
}

TEST(Workspace, AWaveOneWorkspaceInWalModeMovesToTheCopySafeJournal) {
    const TempDir dir;
    const auto path = dir / "wave1.ziwb";
    { (void)NewWorkspace(path); }
    {
        SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE);
        EXPECT_EQ(raw.execAndGet("PRAGMA journal_mode = WAL").getString(), "wal");
    }
    {
        auto workspace = Workspace::Open(path, Workspace::Access::ReadWrite);
        EXPECT_FALSE(workspace.IsReadOnly());
        workspace.Apply(Layer::Unit(), {Change(workspace.FormInUse(), "A.I.1.i.a", "Ya", "")}, "budi", "set");
        // While this connection is still open, a copy of the main file alone holds the answer.
        const auto copy = dir / "copy.ziwb";
        std::filesystem::copy_file(path, copy);
        const auto copied = Workspace::Open(copy, Workspace::Access::ReadOnly);
        EXPECT_TRUE(copied.FindAnswer(Layer::Unit(), "A.I.1.i.a").has_value());
    }
    SQLite::Database raw(path.string(), SQLite::OPEN_READONLY);
    EXPECT_EQ(raw.execAndGet("PRAGMA journal_mode").getString(), "delete");  // no longer WAL
}

TEST(Workspace, TheJournalsFolderIsSyncedOncePerJournalFileNotAtEveryCommit) {
    const TempDir dir;
    const auto path = dir / "dinas.ziwb";
    { (void)NewWorkspace(path); }  // its first commits made the journal and synced its folder
    const long before = JournalFolderSyncs();
    const auto synced_since = [&] { return JournalFolderSyncs() - before; };
    auto workspace = Workspace::Open(path, Workspace::Access::ReadWrite);
    const auto journal = std::filesystem::path(path.string() + "-journal");
    const auto answer = [&](const char* text, const char* note) {
        workspace.Apply(Layer::Unit(), {Change(workspace.FormInUse(), "A.I.1.i.a", text, note)}, "budi", "set");
    };
#ifdef __linux__
    // Every workspace connection goes through the VFS that reopens an existing journal without
    // syncing its folder again (workspace/journal_vfs.hpp).
    sqlite3_vfs* vfs = nullptr;
    ASSERT_EQ(sqlite3_file_control(workspace.Database().getHandle(), "main", SQLITE_FCNTL_VFS_POINTER, &vfs),
              SQLITE_OK);
    ASSERT_NE(vfs, nullptr);
    EXPECT_STREQ(vfs->zName, "ziwb-journal");
    const bool counts = true;
#else
    const bool counts = false;
#endif
    answer("Ya", "");
    ASSERT_TRUE(std::filesystem::exists(journal));
    for (int i = 0; i < 5; ++i) {
        answer(i % 2 == 0 ? "Tidak" : "Ya", "");
    }
    EXPECT_EQ(synced_since(), 0);  // the journal's name is on the disk: no folder sync per commit
    // Another program (an SQLite browser in DELETE mode) removes the journal between two commits:
    // the next commit makes a new one, and nothing is lost.
    std::filesystem::remove(journal);
    answer("Ya", "");
    EXPECT_TRUE(std::filesystem::exists(journal));
    answer("Tidak", "");
    EXPECT_EQ(synced_since(), counts ? 1 : 0);  // a new journal file: its folder synced once more
    // Or puts another file in its place (a sync client restoring it): used, its folder synced.
    std::filesystem::remove(journal);
    { std::ofstream(journal, std::ios::binary) << std::string(4096, '\0'); }
    answer("Ya", "note");
    EXPECT_GT(std::filesystem::file_size(journal), 4096u);
    EXPECT_EQ(synced_since(), counts ? 2 : 0);
    const auto copy = dir / "copy.ziwb";
    std::filesystem::copy_file(path, copy);
    const auto copied = Workspace::Open(copy, Workspace::Access::ReadOnly);
    const auto last = copied.FindAnswer(Layer::Unit(), "A.I.1.i.a");
    ASSERT_TRUE(last.has_value());
    EXPECT_EQ(last->value, "Ya");
    EXPECT_EQ(last->note, "note");
}

TEST(Workspace, AWorkspaceFromANewerVersionIsRefusedUntouched) {
    const TempDir dir;
    const auto path = dir / "future.ziwb";
    { (void)NewWorkspace(path); }
    {
        SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA user_version = 99");
    }
    const std::string before = ReadFile(path);
    const auto message = WorkspaceErrorOf([&] { (void)Workspace::Open(path, Workspace::Access::ReadWrite); });
    EXPECT_TRUE(Contains(message, "newer version")) << message;
    EXPECT_TRUE(Contains(message, "99")) << message;
    EXPECT_EQ(ReadFile(path), before);
}

TEST(Workspace, TruncatedAndCorruptFilesGiveAClearMessage) {
    const TempDir dir;
    const auto path = dir / "ws.ziwb";
    {
        auto workspace = NewWorkspace(path);
        workspace.Apply(Layer::Unit(), {Change(workspace.FormInUse(), "A.I.1.i.a", "Ya")}, "budi", "set");
    }
    const std::string good = ReadFile(path);
    ASSERT_GT(good.size(), 8192u);

    const auto truncated = dir / "truncated.ziwb";
    test::WriteFile(truncated, good.substr(0, good.size() / 2));
    const auto message = WorkspaceErrorOf([&] { (void)Workspace::Open(truncated, Workspace::Access::ReadWrite); });
    EXPECT_TRUE(Contains(message, "damaged")) << message;

    // Garbage over every page but the first: the header is fine, the contents are not.
    const auto corrupt = dir / "corrupt.ziwb";
    std::string bad = good;
    for (std::size_t i = 4096; i < bad.size(); ++i) {
        bad[i] = static_cast<char>(0xA5 ^ (i * 31));
    }
    test::WriteFile(corrupt, bad);
    const auto corrupt_message = WorkspaceErrorOf([&] {
        auto workspace = Workspace::Open(corrupt, Workspace::Access::ReadOnly);
        (void)workspace.Score(Layer::Unit());
    });
    EXPECT_TRUE(Contains(corrupt_message, "damaged")) << corrupt_message;
}

TEST(Workspace, AReadOnlyWorkspaceCanBeScoredButNotChanged) {
    const TempDir dir;
    const auto path = dir / "ws.ziwb";
    { (void)NewWorkspace(path); }
    // Opened read-only, a change is refused by SQLite itself and reported in plain words.
    {
        auto workspace = Workspace::Open(path, Workspace::Access::ReadOnly);
        const auto message = WorkspaceErrorOf(
            [&] { workspace.Apply(Layer::Unit(), {Change(workspace.FormInUse(), "A.I.1.i.a", "Ya")}, "budi", "set"); });
        EXPECT_TRUE(Contains(message, "read-only")) << message;
    }
    // A file the user may not write. Root ignores file modes, so as root make it immutable.
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::group_read);
    const bool root = ::geteuid() == 0;
    if (root) {
        ASSERT_EQ(std::system(("chattr +i '" + path.string() + "'").c_str()), 0) << "chattr is needed to test as root";
    }
    const auto message = WorkspaceErrorOf([&] { (void)Workspace::Open(path, Workspace::Access::ReadWrite); });
    EXPECT_TRUE(Contains(message, "read-only")) << message;
    EXPECT_EQ(Workspace::Open(path, Workspace::Access::ReadOnly).Score(Layer::Unit()).Completeness(), 0.0);
    if (root) {
        EXPECT_EQ(std::system(("chattr -i '" + path.string() + "'").c_str()), 0);
    }
}

TEST(Workspace, AFullDiskChangesNothing) {
    const TempDir dir;
    const auto path = dir / "ws.ziwb";
    auto workspace = NewWorkspace(path);
    const Form& form = workspace.FormInUse();
    workspace.Apply(Layer::Unit(), {Change(form, "A.I.1.i.a", "Ya", "awal")}, "budi", "set");
    // SQLite's own page limit is a real "database or disk is full" condition for this connection.
    const int pages = workspace.Database().execAndGet("PRAGMA page_count").getInt();
    workspace.Database().exec("PRAGMA max_page_count = " + std::to_string(pages));
    std::vector<AnswerChange> big;  // notes within the 32,767-character limit, many of them
    for (int i = 0; i < 20; ++i) {
        big.push_back(Change(form, "A.I.1.i.b", "A", std::string(32000, static_cast<char>('a' + i))));
    }
    big.push_back(Change(form, "A.I.1.i.a", "Tidak"));
    const auto message = WorkspaceErrorOf([&] { workspace.Apply(Layer::Unit(), big, "budi", "import"); });
    EXPECT_TRUE(Contains(message, "disk is full")) << message;
    EXPECT_TRUE(Contains(message, "Nothing was changed")) << message;
    const auto reopened = Workspace::Open(path, Workspace::Access::ReadOnly);
    const auto stored = reopened.StoredAnswers(Layer::Unit());
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0].value, "Ya");
    EXPECT_EQ(reopened.History(Layer::Unit()).size(), 1u);
}

}  // namespace
}  // namespace ziwb::core
