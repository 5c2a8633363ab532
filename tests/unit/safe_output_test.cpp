// SPDX-License-Identifier: GPL-3.0-or-later
// The one way the core writes files (io/safe_file) and the checks on text (common/utf8), over
// real files in a temporary folder.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

#include "common/error.hpp"
#include "common/utf8.hpp"
#include "evidence/evidence_vault.hpp"
#include "io/csv.hpp"
#include "io/safe_file.hpp"
#include "test_support.hpp"

namespace ziwb::core {
namespace {

using test::ReadFile;
using test::TempDir;
using test::WriteFile;

std::size_t Entries(const std::filesystem::path& folder) {
    return static_cast<std::size_t>(
        std::distance(std::filesystem::directory_iterator(folder), std::filesystem::directory_iterator()));
}

TEST(SafeFile, WritesWholeFilesAndLeavesNoTemporary) {
    TempDir dir;
    WriteFileSafely(dir / "a.txt", "first", Overwrite::Allowed);
    WriteFileSafely(dir / "a.txt", "second", Overwrite::Allowed);
    EXPECT_EQ(ReadFile(dir / "a.txt"), "second");
    EXPECT_THROW(WriteFileSafely(dir / "a.txt", "third", Overwrite::Refused), UserError);
    EXPECT_EQ(ReadFile(dir / "a.txt"), "second");
    EXPECT_EQ(Entries(dir.Path()), 1u);
}

TEST(SafeFile, AnUncommittedFileLeavesNothing) {
    TempDir dir;
    {
        SafeFile file(dir / "b.txt", Overwrite::Allowed);
        file.Write("half");
        EXPECT_TRUE(std::filesystem::exists(file.TemporaryPath()));
        EXPECT_NE(file.TemporaryPath().filename().string().find(".b.txt.writing-"), std::string::npos);
    }
    EXPECT_EQ(Entries(dir.Path()), 0u);
}

TEST(SafeFile, NeverWritesThroughALinkFifoOrFolder) {
    TempDir dir;
    WriteFile(dir / "secret", "keep");
    std::filesystem::create_symlink(dir / "secret", dir / "link");
    ASSERT_EQ(::mkfifo((dir / "fifo").c_str(), 0600), 0);
    std::filesystem::create_directory(dir / "folder");
    for (const char* name : {"link", "fifo", "folder"}) {
        try {
            WriteFileSafely(dir / name, "x", Overwrite::Allowed);
            ADD_FAILURE() << name << " was written";
        } catch (const UserError& error) {
            EXPECT_NE(std::string(error.what()).find(name), std::string::npos) << error.what();
        }
    }
    EXPECT_EQ(ReadFile(dir / "secret"), "keep");
    EXPECT_TRUE(std::filesystem::is_symlink(dir / "link"));
    EXPECT_TRUE(std::filesystem::is_fifo(dir / "fifo"));
    EXPECT_THROW(WriteFileSafely(dir / "missing" / "x.txt", "x", Overwrite::Allowed), UserError);
}

TEST(SafeFile, LeftoversOfDeadWritersAreRemovedOthersKept) {
    TempDir dir;
    // pid 2^22 + 1 is above the highest pid Linux ever gives (pid_max is at most 2^22).
    WriteFile(dir / ".out.xlsx.writing-4194305-0123abcd", "killed");
    WriteFile(dir / ".out.xlsx.writing-1234567890", "older version");
    WriteFile(dir / ".out.pdf.part-42", "older extract");
    std::filesystem::create_directory(dir / ".bundle.writing-4194305-00ff");
    WriteFile(dir / ".bundle.writing-4194305-00ff" / "index.csv", "x");
    const std::string alive = ".mine.writing-" + std::to_string(::getpid()) + "-abc";
    WriteFile(dir / alive, "in progress");
    WriteFile(dir / "notes.writing-12", "not hidden: not ours");
    WriteFile(dir / ".x.writing-12-XYZ", "not our pattern");
    WriteFileSafely(dir / "out.xlsx", "new", Overwrite::Allowed);
    EXPECT_FALSE(std::filesystem::exists(dir / ".out.xlsx.writing-4194305-0123abcd"));
    EXPECT_FALSE(std::filesystem::exists(dir / ".out.xlsx.writing-1234567890"));
    EXPECT_FALSE(std::filesystem::exists(dir / ".out.pdf.part-42"));
    EXPECT_FALSE(std::filesystem::exists(dir / ".bundle.writing-4194305-00ff"));
    EXPECT_TRUE(std::filesystem::exists(dir / alive));
    EXPECT_TRUE(std::filesystem::exists(dir / "notes.writing-12"));
    EXPECT_TRUE(std::filesystem::exists(dir / ".x.writing-12-XYZ"));
}

TEST(SafeFolder, AppearsWholeOrNotAtAll) {
    TempDir dir;
    {
        SafeFolder folder(dir / "bundle");
        WriteFile(folder.TemporaryPath() / "a", "1");
        EXPECT_FALSE(std::filesystem::exists(dir / "bundle"));
    }
    EXPECT_EQ(Entries(dir.Path()), 0u);
    {
        SafeFolder folder(dir / "bundle");
        WriteFile(folder.TemporaryPath() / "a", "1");
        folder.Commit();
    }
    EXPECT_EQ(ReadFile(dir / "bundle" / "a"), "1");
    EXPECT_THROW(SafeFolder(dir / "bundle"), UserError);  // not empty
    std::filesystem::create_directory(dir / "empty");
    SafeFolder into_empty(dir / "empty");
    WriteFile(into_empty.TemporaryPath() / "b", "2");
    into_empty.Commit();
    EXPECT_EQ(ReadFile(dir / "empty" / "b"), "2");
}

TEST(StoredNames, NeverLeaveTheFolder) {
    TempDir dir;
    const std::vector<std::string> refused = {"../../x",     "..",        ".",       "",     "/etc/passwd",
                                              "a/../../b",   "C:evil",    "C:\\x",   "a\\b", std::string("a\0b", 3),
                                              "line\nbreak", "CON",       "nul.txt", "com1", "LPT9.pdf",
                                              "trailing.",   "trailing ", "bad\xFF", "a<b",  std::string(256, 'a')};
    for (const std::string& bad : refused) {
        EXPECT_THROW((void)ResolveInside(dir.Path(), bad), UserError) << bad;
    }
    EXPECT_EQ(ResolveInside(dir.Path(), "A. Area/A.I.1/7-SK Tim \xC3\xBC.pdf"),
              dir.Path() / "A. Area" / "A.I.1" / "7-SK Tim \xC3\xBC.pdf");
    EXPECT_EQ(PortableName("CON"), "_CON");
    EXPECT_EQ(PortableName("../x."), ".._x");
    EXPECT_EQ(PortableName(".."), "_");
    EXPECT_NO_THROW(CheckPortableName(PortableName(std::string(300, 'b') + ".pdf")));
    EXPECT_TRUE(PortableName(std::string(300, 'b') + ".pdf").ends_with(".pdf"));
}

TEST(Utf8, ValidatesRepairsAndCounts) {
    EXPECT_TRUE(IsValidUtf8("Dinas \xC3\xBC \xE2\x80\x9C \xF0\x9F\x98\x80"));
    for (const std::string& bad : std::vector<std::string>{"\xFF", "\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80",
                                                           "\xF4\x90\x80\x80", "\xC3", "ab\xE2\x80", "\x80"}) {
        EXPECT_FALSE(IsValidUtf8(bad)) << bad;
    }
    bool repaired = false;
    EXPECT_EQ(RepairUtf8("ok", repaired), "ok");
    EXPECT_FALSE(repaired);
    EXPECT_EQ(RepairUtf8("a\xFF"
                         "b\xE2\x80",
                         repaired),
              "a\xEF\xBF\xBD"
              "b\xEF\xBF\xBD");
    EXPECT_TRUE(repaired);
    EXPECT_EQ(CountCodePoints("\xC3\xBC\xF0\x9F\x98\x80x"), 3u);
    const std::size_t before = StoredTextRepairs();
    EXPECT_EQ(StoredText("x\xFF"), "x\xEF\xBF\xBD");
    EXPECT_EQ(StoredTextRepairs(), before + 1);
    EXPECT_EQ(OneLine("a\nb\tc\xFF"), "a b c\xEF\xBF\xBD");
}

TEST(Utf8, UserTextIsCheckedAgainstItsLimit) {
    EXPECT_NO_THROW(CheckUserText(std::string(32767, 'x'), "note", kLongTextLimit));
    EXPECT_THROW(CheckUserText(std::string(32768, 'x'), "note", kLongTextLimit), UserError);
    EXPECT_NO_THROW(CheckUserText("two\nlines\tand tab", "note", kLongTextLimit));
    EXPECT_THROW(CheckUserText("two\nlines", "title", kTitleLimit), UserError);
    EXPECT_THROW(CheckUserText("bell\x07", "note", kLongTextLimit), UserError);
    try {
        CheckUserText("ok\xFF", "the note of A.I.1.i.a", kLongTextLimit);
        ADD_FAILURE();
    } catch (const UserError& error) {
        EXPECT_NE(std::string(error.what()).find("A.I.1.i.a"), std::string::npos);
        EXPECT_TRUE(IsValidUtf8(error.what()));
    }
    std::vector<std::string> many;
    for (int i = 0; i < 25; ++i) {
        many.push_back("row " + std::to_string(i) + "\nwrong");
    }
    const std::string line = OneLineList(many);
    EXPECT_EQ(line.find('\n'), std::string::npos);
    EXPECT_NE(line.find("row 19"), std::string::npos);
    EXPECT_EQ(line.find("row 20"), std::string::npos);
    EXPECT_NE(line.find("5"), std::string::npos);
}

TEST(CoreWritePaths, RefuseBadTextSoEveryFrontEndDoes) {
    TempDir dir;
    Workspace workspace = test::NewWorkspace(dir / "w.ziwb");
    AnswerChange change;
    change.code = "A.I.1.i.a";
    change.note = "catatan \xFF";
    EXPECT_THROW(workspace.Apply(Layer::Unit(), {change}, "tester", "answer"), UserError);
    change.note = std::string(40000, 'x');
    EXPECT_THROW(workspace.Apply(Layer::Unit(), {change}, "tester", "answer"), UserError);
    change.note = std::string(32767, 'x');
    workspace.Apply(Layer::Unit(), {change}, "tester", "answer");
    EXPECT_EQ(workspace.FindAnswer(Layer::Unit(), "A.I.1.i.a")->note.size(), 32767u);
    EvidenceVault vault(workspace);
    EXPECT_THROW((void)vault.AddLink({"A.I.1.i.a"}, "https://example.org", {"judul\xC3", "", ""}, "tester"), UserError);
    EXPECT_THROW((void)vault.AddLink({"A.I.1.i.a"}, "https://example.org", {"judul", "", "2026-02-31"}, "tester"),
                 UserError);
    EXPECT_TRUE(vault.List().empty());
    EXPECT_NO_THROW(CheckDocumentDate("2024-02-29"));
    EXPECT_THROW(CheckDocumentDate("2026-02-29"), UserError);
}

TEST(CsvOutput, FormulaLikeFieldsArePlainText) {
    EXPECT_EQ(CsvField("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    EXPECT_EQ(CsvField("+1"), "'+1");
    EXPECT_EQ(CsvField("-2+3"), "'-2+3");
    EXPECT_EQ(CsvField("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(CsvField("\tx"), "'\tx");
    EXPECT_EQ(CsvField("\rx"), "\"'\rx\"");
    EXPECT_EQ(CsvField("plain"), "plain");
    EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
    EXPECT_EQ(CsvRecord({"", "x", "=1"}), ",x,'=1\n");
}

}  // namespace
}  // namespace ziwb::core
