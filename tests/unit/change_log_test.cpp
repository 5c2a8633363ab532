// SPDX-License-Identifier: GPL-3.0-or-later
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include "common/error.hpp"
#include "log/audit.hpp"
#include "log/authority.hpp"
#include "log/change_log.hpp"
#include "log/log_entry.hpp"
#include "people/signing_key.hpp"
#include "people/team_register.hpp"
#include "scoring/answer.hpp"
#include "test_support.hpp"
#include "workspace/prerequisites.hpp"
#include "workspace/statement_cache.hpp"

namespace ziwb::core {
namespace {

int EntryCount(Workspace& workspace) {
    return workspace.Database().execAndGet("SELECT COUNT(*) FROM log_entry").getInt();
}

AnswerChange Note(const std::string& code, const std::string& note) {
    AnswerChange change;
    change.code = code;
    change.note = note;
    return change;
}

LogEntry SampleEntry() {
    LogEntry entry;
    entry.workspace_id = std::string(32, 'a');
    entry.parents = {std::string(64, '1'), std::string(64, '2')};
    entry.author_name = "Siti Rahma";
    entry.time = "2026-11-30T09:30:00Z";
    entry.layer = "unit";
    entry.kind = "answer.set";
    entry.summary = "Catatan A.I.1.i.a diubah";
    entry.action = "set";
    entry.writes.push_back({"answer/unit/A.I.1.i.a", nlohmann::json{{"value", "Ya"}, {"note", "ß ✓"}}, {}});
    return entry;
}

TEST(LogEntry, EncodingIsCanonicalAndDecodesBackExactly) {
    const std::string body = EncodeEntry(SampleEntry());
    EXPECT_EQ(body.find(' '), body.find("Rahma") - 1);  // the only space is inside a text
    const LogEntry decoded = DecodeEntry(body);
    EXPECT_EQ(EncodeEntry(decoded), body);
    EXPECT_EQ(decoded.writes.at(0).value.at("note"), "ß ✓");
}

TEST(LogEntry, ReceivedBodiesAreParsedStrictly) {
    const std::string body = EncodeEntry(SampleEntry());
    const auto refused = [](const std::string& text) {
        EXPECT_THROW((void)DecodeEntry(text), LogFormatError) << text.substr(0, 80);
    };
    refused(" " + body);                                           // not canonical: a space
    refused(body.substr(0, body.size() - 1));                      // cut short
    refused(std::string(100000, '[') + std::string(100000, ']'));  // nested far too deep: refused, no crash
    std::string extra = body;
    extra.insert(1, "\"zzz\":1,");
    refused(extra);  // an unknown field
    std::string unsorted_parents = body;
    const auto at = unsorted_parents.find(std::string(64, '1'));
    unsorted_parents.replace(at, 64, std::string(64, '3'));  // parents no longer sorted
    refused(unsorted_parents);
    std::string fraction = body;
    fraction.replace(fraction.find("\"v\":1"), 5, "\"v\":1.0");
    refused(fraction);
    std::string bad_utf8 = body;
    bad_utf8.replace(bad_utf8.find("Siti"), 1, "\xff");
    refused(bad_utf8);
}

TEST(LogEntry, EachProblemOfAFieldIsNamed) {
    const std::string body = EncodeEntry(SampleEntry());
    const auto problem = [&](const std::string& from, const std::string& to) {
        std::string text = body;
        const auto at = text.find(from);
        EXPECT_NE(at, std::string::npos) << from;
        text.replace(at, from.size(), to);
        try {
            (void)DecodeEntry(text);
        } catch (const LogFormatError& error) {
            return std::string(error.what());
        }
        return std::string("accepted");
    };
    const std::string not_canonical =
        "the entry is not in the canonical encoding (sorted keys, no spaces, no duplicates)";
    struct Case {
        const char* from;
        const char* to;
        std::string problem;
    };
    const Case cases[] = {
        {R"("kind":"answer.set",)", "", "the field 'kind' is missing"},
        {R"("kind":"answer.set")", R"("kind":7)", "the field 'kind' has the wrong type"},
        {R"("kind":)", R"("kinf":)", "the entry has fields it should not have"},
        {R"("name":"Siti Rahma")", R"("name":"Siti Rahma","nip":"1")",
         "the entry's author has fields it should not have"},
        {R"("replaces":[])", R"("replaces":[],"v":1)", "a write of the entry has fields it should not have"},
        {R"("replaces":[],)", "", "the field 'replaces' is missing"},
        {R"("v":1)", R"("v":-1)", "the field 'v' has the wrong type"},
        // 2^32 + 1: read into an int it would be 1, a version it is not
        {R"("v":1)", R"("v":4294967297)", "the entry is of a format version this program does not know"},
        {R"("writes":[{)", R"("writes":[7,{)", "a write is not an object"},
        {R"("parents":[")", R"("parents":[1,")", "'parents' holds something that is not an entry hash"},
        {R"("time":"2026-11-30T09:30:00Z")", R"("time":"30 November")",
         "the time is not written as 2026-01-31T09:30:00Z"},
        {R"("action":"set")", R"("action":"set\/")", not_canonical},
        {R"("action":"set",)", R"("action":"set","action":"set",)", not_canonical},
    };
    for (const Case& one : cases) {
        EXPECT_EQ(problem(one.from, one.to), one.problem) << one.from << " -> " << one.to;
    }
}

/// This session signs with a new key, which the workspace's register then holds as its koordinator's.
void SignAsKoordinator(Workspace& workspace) {
    auto key = std::make_shared<SigningKey>(SigningKey::Generate());
    auto signer = std::make_shared<Signer>();
    signer->name = "Koordinator";
    signer->nip = "198503152010011002";
    signer->public_key = key->PublicKeyHex();
    signer->sign = [key](std::string_view body) { return key->Sign(body); };
    SetSessionSigner(signer);
    Person founder;
    founder.nip = signer->nip;
    founder.name = signer->name;
    founder.role = "koordinator";
    founder.public_key = signer->public_key;
    SetPeople(workspace, {founder}, "ignored");
}

TEST(ChangeLog, TypingWithPausesIsOneEntryAndStillVerifies) {
    const test::TempDir dir;
    auto workspace = test::NewWorkspace(dir / "ws.ziwb");
    const int start = EntryCount(workspace);
    workspace.Apply(Layer::Unit(), {Note("A.I.1.i.a", "SK")}, "Siti", "workbench", true);
    workspace.Apply(Layer::Unit(), {Note("A.I.1.i.a", "SK Tim")}, "Siti", "workbench", true);
    workspace.Apply(Layer::Unit(), {Note("A.I.1.i.a", "SK Tim ZI 800/12")}, "Siti", "workbench", true);
    EXPECT_EQ(EntryCount(workspace), start + 1);
    EXPECT_EQ(workspace.History(Layer::Unit(), "A.I.1.i.a").size(), 1U);
    EXPECT_EQ(workspace.FindAnswer(Layer::Unit(), "A.I.1.i.a")->note, "SK Tim ZI 800/12");
    // Another criterion, or another author, starts a new entry.
    workspace.Apply(Layer::Unit(), {Note("A.I.1.i.b", "x")}, "Siti", "workbench", true);
    workspace.Apply(Layer::Unit(), {Note("A.I.1.i.b", "xy")}, "Budi", "workbench", true);
    EXPECT_EQ(EntryCount(workspace), start + 3);
    const auto report = VerifyLog(workspace);
    EXPECT_TRUE(report.intact) << report.problem;
}

TEST(ChangeLog, ClearingAPrerequisiteIsAnEntryNotASilentDelete) {
    const test::TempDir dir;
    auto workspace = test::NewWorkspace(dir / "ws.ziwb");
    const int start = EntryCount(workspace);
    const auto& id = workspace.FormInUse().Prerequisites().at(0).id;
    SetPrerequisite(workspace, id, true, "ok", "Budi");
    SetPrerequisite(workspace, id, std::nullopt, "", "Budi");
    EXPECT_EQ(EntryCount(workspace), start + 2);
    EXPECT_TRUE(VerifyLog(workspace).intact);
}

TEST(ChangeLog, SignedEntriesNeedAKeyTheRegisterHolds) {
    const test::TempDir dir;
    auto workspace = test::NewWorkspace(dir / "ws.ziwb");
    SignAsKoordinator(workspace);
    workspace.Apply(Layer::Unit(), {Note("A.I.1.i.a", "ditandatangani")}, "ignored", "set");
    EXPECT_EQ(workspace.FindAnswer(Layer::Unit(), "A.I.1.i.a")->author, "Koordinator");
    auto report = VerifyLog(workspace);
    EXPECT_TRUE(report.intact) << report.problem;
    EXPECT_EQ(report.signed_entries, 2U);
    SetSessionSigner(nullptr);
    EXPECT_THROW(workspace.Apply(Layer::Unit(), {Note("A.I.1.i.a", "tanpa kunci")}, "Orang", "set"), UserError);
    EXPECT_EQ(workspace.FindAnswer(Layer::Unit(), "A.I.1.i.a")->note, "ditandatangani");
}

TEST(ChangeLog, WhatAReplayKeepsOfTheRegisterIsForgottenWhenAnEntryChangesIt) {
    const test::TempDir dir;
    auto workspace = test::NewWorkspace(dir / "ws.ziwb");
    SignAsKoordinator(workspace);
    const std::string member_key = SigningKey::Generate().PublicKeyHex();
    Person member;
    member.nip = "199001012015031001";
    member.name = "Anggota";
    member.role = "anggota";
    member.public_key = member_key;
    member.areas = {1};
    SetPeople(workspace, {member}, "ignored");

    LogEntry answer;
    answer.author_key = member_key;
    answer.author_name = "Anggota";
    answer.layer = "unit";
    answer.writes.push_back({"answer/unit/A.I.1.i.a", nlohmann::json{{"value", "Ya"}, {"note", ""}}, {}});
    StatementCache statements(workspace.Database());
    TeamRegisterMemo memo;
    EXPECT_EQ(RefusalReason(statements, workspace.FormInUse(), answer, &memo), std::nullopt);

    RemovePerson(workspace, member.nip, "ignored");  // the member leaves the register
    const auto removal = DecodeEntry(LoadLog(workspace.Database()).back().body);
    ASSERT_EQ(removal.writes.at(0).key, "person/" + member.nip);
    // What was read before the removal still stands in the memo until the entry is said projected.
    EXPECT_EQ(RefusalReason(statements, workspace.FormInUse(), answer, &memo), std::nullopt);
    memo.AfterProjecting(removal);
    const auto refusal = RefusalReason(statements, workspace.FormInUse(), answer, &memo);
    ASSERT_TRUE(refusal.has_value());
    EXPECT_NE(refusal->find("does not hold"), std::string::npos) << *refusal;
    // An entry that changes no person keeps what was read.
    memo.AfterProjecting(answer);
    EXPECT_EQ(RefusalReason(statements, workspace.FormInUse(), answer, &memo), refusal);
    SetSessionSigner(nullptr);
}

TEST(ChangeLog, TheFirstBadSignatureDeepInALongLogIsNamed) {
    // Long enough for many runs of signatures checked together (32, 64, ..., 512 entries): a forged
    // signature fails its run, and the halving must still name that entry, and the first of two.
    const test::TempDir dir;
    auto workspace = test::NewWorkspace(dir / "ws.ziwb");
    SignAsKoordinator(workspace);
    for (int i = 0; i < 700; ++i) {
        workspace.Apply(Layer::Unit(), {Note(i % 2 == 0 ? "A.I.1.i.a" : "A.I.1.i.b", "catatan " + std::to_string(i))},
                        "ignored", "set");
    }
    SetSessionSigner(nullptr);
    auto report = VerifyLog(workspace);
    ASSERT_TRUE(report.intact) << report.problem;
    EXPECT_EQ(report.signed_entries, 701U);
    const auto last = workspace.Database().execAndGet("SELECT MAX(seq) FROM log_entry").getInt64();
    // One bit of S flipped in the stored signature of entry number `seq`.
    const auto forge = [&](std::int64_t seq) {
        SQLite::Statement read(workspace.Database(), "SELECT signature FROM log_entry WHERE seq = ?");
        read.bind(1, seq);
        ASSERT_TRUE(read.executeStep());
        const auto column = read.getColumn(0);
        std::string signature(static_cast<const char*>(column.getBlob()), static_cast<std::size_t>(column.getBytes()));
        read.reset();
        signature[40] = static_cast<char>(signature[40] ^ 1);
        SQLite::Statement write(workspace.Database(), "UPDATE log_entry SET signature = ? WHERE seq = ?");
        write.bind(1, signature.data(), static_cast<int>(signature.size()));
        write.bind(2, seq);
        ASSERT_EQ(write.exec(), 1);
    };
    forge(last - 20);
    forge(last - 100);
    report = VerifyLog(workspace);
    EXPECT_FALSE(report.intact);
    EXPECT_NE(report.problem.find("(number " + std::to_string(last - 100) + " in this copy)"), std::string::npos)
        << report.problem;
    EXPECT_NE(report.problem.find("signature"), std::string::npos) << report.problem;
}

}  // namespace
}  // namespace ziwb::core
