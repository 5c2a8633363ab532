// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10's speed targets for the signed log, on real .ziwb files built through the core's own API
// (Workspace::Create, SetPeople, SetSessionSigner, Workspace::Apply):
//   1. audit verify over 10,000 entries (target < 300 ms), beside the pure signature checks;
//   2. the exchange file of a whole LKE's answers and notes without evidence (target < 200 KB);
//   3. import and merge of 1,000 entries into a copy that lacks them (target < 200 ms each);
//   4. one answer through Workspace::Apply, signed and unsigned (the 16 ms answer-to-repaint budget).
// Prints markdown tables. Usage: bench_log WORK_DIR [ENTRIES [PARTS]]   (PARTS: "1234", or some of them)
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "exchange/exchange.hpp"
#include "form/form_catalog.hpp"
#include "log/audit.hpp"
#include "log/authority.hpp"
#include "log/change_log.hpp"
#include "log/log_entry.hpp"
#include "log/log_replay.hpp"
#include "log/projection.hpp"
#include "log/signatures.hpp"
#include "people/signing_key.hpp"
#include "people/team_register.hpp"
#include "scoring/answer.hpp"
#include "workspace/schema.hpp"
#include "workspace/statement_cache.hpp"
#include "workspace/workspace.hpp"

namespace {

using namespace ziwb::core;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

double Ms(Clock::duration duration) {
    return std::chrono::duration<double, std::milli>(duration).count();
}

double TimeMs(const std::function<void()>& work) {
    const auto start = Clock::now();
    work();
    return Ms(Clock::now() - start);
}

double Percentile(std::vector<double> values, double share) {
    std::sort(values.begin(), values.end());
    const auto at = static_cast<std::size_t>(share * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(at, values.size() - 1)];
}

double Median(const std::vector<double>& values) {
    return Percentile(values, 0.5);
}

// ---------------------------------------------------------------------------------------------
// The team: a koordinator and four anggota, each with their own key, as on their own laptops.

struct Member {
    Person person;
    std::shared_ptr<const Signer> signer;
};

struct Team {
    std::vector<Member> members;  // [0] is the koordinator
    /// Who answers a criterion: the anggota in charge of its change area, the koordinator otherwise.
    [[nodiscard]] const Member& For(const FormNode& node) const {
        for (const auto& member : members) {
            if (std::find(member.person.areas.begin(), member.person.areas.end(), node.change_area) !=
                member.person.areas.end()) {
                return member;
            }
        }
        return members.front();
    }
};

Member MakeMember(const std::string& nip, const std::string& name, const std::string& role, std::vector<int> areas) {
    auto key = std::make_shared<SigningKey>(SigningKey::Generate());
    auto signer = std::make_shared<Signer>();
    signer->name = name;
    signer->nip = nip;
    signer->public_key = key->PublicKeyHex();
    signer->sign = [key](std::string_view body) { return key->Sign(body); };
    Member member;
    member.person.nip = nip;
    member.person.name = name;
    member.person.position = role == "koordinator" ? "Sekretaris Dinas" : "Kepala Subbagian";
    member.person.email = "";
    member.person.role = role;
    member.person.areas = std::move(areas);
    member.person.public_key = signer->public_key;
    member.signer = std::move(signer);
    return member;
}

Team MakeTeam() {
    Team team;
    team.members.push_back(MakeMember("198503152010011002", "Siti Rahmawati", "koordinator", {}));
    team.members.push_back(MakeMember("199001012015032001", "Budi Santoso", "anggota", {1, 2}));
    team.members.push_back(MakeMember("198712252012121003", "Dewi Lestari", "anggota", {3, 4}));
    team.members.push_back(MakeMember("198806142014022004", "Agus Pratama", "anggota", {5}));
    team.members.push_back(MakeMember("199203032018011005", "Rina Wulandari", "anggota", {6}));
    return team;
}

/// A new workspace. With a team, its koordinator creates it with their key set, which makes them
/// the first koordinator (the key every later member's acceptance rests on), then adds the others
/// as one entry of the team layer. Without a team, nobody has a key and entries are unsigned.
Workspace NewWorkspace(const fs::path& path, const FormSource& form, const Team* team) {
    SetSessionSigner(team != nullptr ? team->members.front().signer : nullptr);
    WorkspaceInfo info;
    info.unit_name = "Dinas Penanaman Modal dan PTSP";
    info.agency = "Pemerintah Kabupaten Sleman";
    info.year = 2026;
    auto workspace = Workspace::Create(path, info, form);
    if (team != nullptr) {
        std::vector<Person> others;
        for (std::size_t i = 1; i < team->members.size(); ++i) {
            others.push_back(team->members[i].person);
        }
        SetPeople(workspace, others, "bench");
    }
    return workspace;
}

// ---------------------------------------------------------------------------------------------
// Answers as a unit gives them: every kind of criterion, with a note of about 80 characters.

Answer SampleAnswer(const Form& form, const FormNode& node, int round) {
    if (node.answer_kind == AnswerKind::Index) {
        return Answer{{}, {3.0 + static_cast<double>(round % 90) / 100.0}};
    }
    if (node.answer_kind == AnswerKind::Percentage) {
        std::vector<std::optional<double>> inputs;
        for (const auto& input : node.inputs) {
            inputs.emplace_back(input.raise != 0 ? static_cast<double>(round % 7) : 40.0 + round % 11);
        }
        return Answer{{}, inputs};
    }
    const auto& choices = form.ScaleOf(node).choices;
    return Answer{choices[static_cast<std::size_t>(round) % choices.size()].key, {}};
}

std::string SampleNote(const FormNode& node, int round) {
    static const char* const kNotes[] = {
        "SK Kepala Dinas tentang Tim Pembangunan ZI telah ditetapkan; notulen rapat triwulan",
        "SOP layanan perizinan sudah direviu, laporan monitoring dan evaluasi semester terlampir",
        "Survei kepuasan masyarakat triwulan III: indeks 3,42; tindak lanjut keluhan didokumentasikan",
        "Daftar hadir sosialisasi, foto kegiatan dan laporan pelaksanaan tersedia di folder bukti",
    };
    return std::string(kNotes[static_cast<std::size_t>(round) % 4]) + " (" + node.code + ")";
}

/// The i-th change of a busy assessment: the criteria in turn, alternately an answer with its note
/// and a note alone, each by the member in charge of the criterion's area, one entry each.
void ApplyChange(Workspace& workspace, const Team* team, int i) {
    const Form& form = workspace.FormInUse();
    const auto& criteria = form.Criteria();
    const int round = i / static_cast<int>(criteria.size());
    const FormNode& node = form.Node(criteria[static_cast<std::size_t>(i) % criteria.size()]);
    if (team != nullptr) {
        SetSessionSigner(team->For(node).signer);
    }
    AnswerChange change;
    change.code = node.code;
    if (round % 2 == 0) {
        change.answer = SampleAnswer(form, node, round);
    }
    change.note = SampleNote(node, round);
    workspace.Apply(Layer::Unit(), {change}, "bench", "workbench");
}

int EntryCount(Workspace& workspace) {
    return workspace.Database().execAndGet("SELECT COUNT(*) FROM log_entry").getInt();
}

/// Fills a workspace up to `entries` log entries. The building connection skips fsync: the file's
/// bytes are the same, only made faster (the answer timings below use normal connections).
void FillTo(Workspace& workspace, const Team* team, int entries, int& next_change) {
    workspace.Database().exec("PRAGMA synchronous = OFF");
    while (EntryCount(workspace) < entries) {
        ApplyChange(workspace, team, next_change++);
    }
    workspace.Database().exec("PRAGMA synchronous = FULL");
}

void CopyFile(const fs::path& from, const fs::path& to) {
    fs::remove(to);
    fs::copy_file(from, to);
}

// ---------------------------------------------------------------------------------------------
// 1. audit verify

void BenchVerify(const fs::path& work, const FormSource& form, const Team& team, int entries) {
    const fs::path path = work / "verify.ziwb";
    double build_ms = 0;
    {
        auto workspace = NewWorkspace(path, form, &team);
        int next = 0;
        build_ms = TimeMs([&] { FillTo(workspace, &team, entries, next); });
    }
    SetSessionSigner(nullptr);
    auto workspace = Workspace::Open(path, Workspace::Access::ReadOnly);
    const int count = EntryCount(workspace);

    std::vector<double> verify;
    AuditReport report;
    for (int run = 0; run < 7; ++run) {
        verify.push_back(TimeMs([&] { report = VerifyLog(workspace); }));
    }
    if (!report.intact) {
        std::fprintf(stderr, "audit verify failed: %s\n", report.problem.c_str());
        std::exit(1);
    }

    // The same work, phase by phase, through the same public functions VerifyLog uses.
    SQLite::Database& db = workspace.Database();
    std::vector<StoredEntry> log;
    std::vector<LogEntry> decoded;
    std::vector<double> load, hash, decode, single, parallel, batched, replay;
    const unsigned cores = std::max(1U, std::thread::hardware_concurrency());
    for (int run = 0; run < 5; ++run) {
        load.push_back(TimeMs([&] { log = LoadLog(db); }));
        hash.push_back(TimeMs([&] {
            for (const auto& stored : log) {
                if (EntryHash(stored.body) != stored.hash) {
                    std::exit(1);
                }
            }
        }));
        decode.push_back(TimeMs([&] {
            decoded.clear();
            for (const auto& stored : log) {
                decoded.push_back(DecodeEntry(stored.body));
            }
        }));
        const auto check = [&](unsigned workers) {
            std::vector<std::jthread> threads;
            const auto part = [&](std::size_t first) {
                for (std::size_t i = first; i < log.size(); i += workers) {
                    if (decoded[i].Signed() && !VerifySignature(decoded[i].author_key, log[i].body, log[i].signature)) {
                        std::exit(1);
                    }
                }
            };
            for (unsigned worker = 1; worker < workers; ++worker) {
                threads.emplace_back(part, worker);
            }
            part(0);
        };
        single.push_back(TimeMs([&] { check(1); }));
        batched.push_back(TimeMs([&] {
            // As verify checks them: in runs of 512, each run's signatures together.
            for (std::size_t begin = 0; begin < log.size(); begin += 512) {
                std::vector<const StoredEntry*> stored;
                std::vector<const LogEntry*> in_run;
                for (std::size_t i = begin; i < std::min(log.size(), begin + 512); ++i) {
                    stored.push_back(&log[i]);
                    in_run.push_back(&decoded[i]);
                }
                const auto holds = SignaturesHoldTogether(stored, in_run);
                if (std::count(holds.begin(), holds.end(), 0) != 0) {
                    std::exit(1);
                }
            }
        }));
        parallel.push_back(TimeMs([&] { check(cores); }));
        replay.push_back(TimeMs([&] {
            SQLite::Database memory(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX);
            memory.exec("PRAGMA journal_mode = OFF");  // as VerifyLog's replay
            MigrateWorkspace(memory);
            SQLite::Transaction batch(memory);
            StatementCache statements(memory);
            TeamRegisterMemo register_memo;
            LogReplay log_replay;  // as VerifyLog's: the log's own tables written once at the end
            for (std::size_t i = 0; i < log.size(); ++i) {
                ValidateWrites(workspace.FormInUse(), decoded[i]);
                if (RefusalReason(statements, workspace.FormInUse(), decoded[i], &register_memo)) {
                    std::exit(1);
                }
                log_replay.Project(statements, workspace.FormInUse(), decoded[i], log[i].hash);
                register_memo.AfterProjecting(decoded[i]);
            }
            log_replay.WriteLogTables(statements);
            batch.commit();
        }));
    }

    std::printf("\n### 1. `audit verify` over %d entries (%zu signed by %zu keys)\n\n", count, report.signed_entries,
                team.members.size());
    std::printf(
        "%u cores; the entries were written through Workspace::Apply in %.1f s (fsync off while "
        "building); file %.1f MB\n\n",
        cores, build_ms / 1000, static_cast<double>(fs::file_size(path)) / 1e6);
    std::printf("| what | median | min | target |\n|---|---:|---:|---:|\n");
    std::printf("| `audit verify` (VerifyLog), whole | %.0f ms | %.0f ms | < 300 ms |\n", Median(verify),
                Percentile(verify, 0));
    std::printf("| signatures alone, one by one, 1 thread (libsodium, VerifySignature) | %.0f ms | %.0f ms | |\n",
                Median(single), Percentile(single, 0));
    std::printf("| signatures alone, one by one, %u threads (libsodium) | %.0f ms | %.0f ms | |\n", cores,
                Median(parallel), Percentile(parallel, 0));
    std::printf(
        "| signatures alone, together in runs of 512, 1 thread (SignaturesHoldTogether) | %.0f ms | %.0f ms | |\n",
        Median(batched), Percentile(batched, 0));
    // Verify hashes, decodes and checks signatures on the other cores while the replay runs, and the
    // replay checks runs itself when it would wait (EntryChecks): the steps overlap, so their CPU
    // time over the cores is the floor of the whole.
    std::printf(
        "\nWhere verify's time goes (each step timed alone, one after another; medians). Verify itself hashes, "
        "decodes and checks signatures on the other cores while it replays, so these overlap:\n\n");
    std::printf("| step | ms | share of the steps |\n|---|---:|---:|\n");
    const double steps = Median(load) + Median(hash) + Median(decode) + Median(batched) + Median(replay);
    const auto row = [&](const char* name, double ms) {
        std::printf("| %s | %.0f | %.0f%% |\n", name, ms, 100.0 * ms / steps);
    };
    row("read the log (LoadLog)", Median(load));
    row("SHA-256 of every body", Median(hash));
    row("decode every body (strict JSON)", Median(decode));
    row("signatures, together in runs of 512, 1 thread", Median(batched));
    row("replay: check writes and authority, project into memory", Median(replay));
    std::printf("| **the steps one after another** | %.0f | |\n", steps);
    std::printf("| **their CPU time over %u cores: the floor of overlapping them** | %.0f | |\n", cores, steps / cores);
    std::printf("| **the signatures alone over %u cores** | %.0f | |\n", cores, Median(batched) / cores);
}

// ---------------------------------------------------------------------------------------------
// 2. the exchange file of a whole LKE

void BenchExchangeSize(const fs::path& work, const FormSource& form, const Team& team) {
    std::printf("\n### 2. Exchange file of a whole LKE's answers and notes, without evidence\n\n");
    std::printf(
        "| how the LKE was filled | entries in the file | file | per entry | target |\n"
        "|---|---:|---:|---:|---:|\n");
    for (const bool one_per_criterion : {true, false}) {
        const fs::path path = work / (one_per_criterion ? "lke-each.ziwb" : "lke-import.ziwb");
        auto workspace = NewWorkspace(path, form, &team);
        const Form& lke = workspace.FormInUse();
        std::vector<AnswerChange> all;
        for (const int index : lke.Criteria()) {
            const FormNode& node = lke.Node(index);
            AnswerChange change{node.code, SampleAnswer(lke, node, 0), false, SampleNote(node, 0), {}};
            if (one_per_criterion) {
                SetSessionSigner(team.For(node).signer);
                workspace.Apply(Layer::Unit(), {change}, "bench", "workbench");
            } else {
                all.push_back(std::move(change));
            }
        }
        if (!one_per_criterion) {
            SetSessionSigner(team.members[1].signer);
            workspace.Apply(Layer::Unit(), all, "bench", "import");
        }
        const fs::path out = work / (one_per_criterion ? "lke-each.ziwbx" : "lke-import.ziwbx");
        const ExportSummary summary = ExportChanges(workspace, out, std::nullopt);
        std::printf("| %s | %zu | %.1f KB | %.0f B | < 200 KB |\n",
                    one_per_criterion ? "one signed entry per criterion (the workbench), by the member in charge"
                                      : "one signed entry for all (an imported answer file)",
                    summary.entries, static_cast<double>(summary.bytes) / 1024.0,
                    static_cast<double>(summary.bytes) / static_cast<double>(summary.entries));
    }
    std::printf("\n(each file also holds the workspace's first entry and the two team entries; %zu criteria)\n",
                Workspace::Open(work / "lke-each.ziwb", Workspace::Access::ReadOnly).FormInUse().Criteria().size());
}

// ---------------------------------------------------------------------------------------------
// 3. import and merge of 1,000 entries

void BenchImportMerge(const fs::path& work, const FormSource& form, const Team& team, int base_entries,
                      int new_entries) {
    const fs::path sender = work / "sender.ziwb";
    const fs::path receiver = work / "receiver.ziwb";
    const fs::path file = work / "changes.ziwbx";
    std::string mark;
    std::string id;
    {
        auto workspace = NewWorkspace(sender, form, &team);
        int next = 0;
        FillTo(workspace, &team, base_entries, next);
        mark = ExchangeMark(workspace);
        id = WorkspaceId(workspace.Database());
        workspace.Database().exec("PRAGMA synchronous = FULL");
    }
    CopyFile(sender, receiver);  // the copy that lacks what follows
    {
        auto workspace = Workspace::Open(sender, Workspace::Access::ReadWrite);
        int next = base_entries * 7;  // later rounds: other answers and notes than the base's
        FillTo(workspace, &team, base_entries + new_entries, next);
        (void)ExportChanges(workspace, file, mark);
    }
    SetSessionSigner(nullptr);

    std::vector<double> read, import, total, merge;
    std::size_t applied = 0;
    std::size_t merged = 0;
    for (int run = 0; run < 7; ++run) {
        const fs::path copy = work / "receiver-run.ziwb";
        CopyFile(receiver, copy);
        {
            auto workspace = Workspace::Open(copy, Workspace::Access::ReadWrite);
            std::vector<ReceivedEntry> entries;
            const double read_ms = TimeMs([&] { entries = ReadExchangeFile(file, id); });
            const double import_ms = TimeMs([&] { applied = ImportEntries(workspace, entries, false).applied.size(); });
            read.push_back(read_ms);
            import.push_back(import_ms);
            total.push_back(read_ms + import_ms);
        }
        CopyFile(receiver, copy);
        {
            auto workspace = Workspace::Open(copy, Workspace::Access::ReadWrite);
            merge.push_back(TimeMs([&] { merged = MergeCopy(workspace, sender, false).applied.size(); }));
        }
    }
    std::printf("\n### 3. Import and merge of %zu entries into a copy of %d entries that lacks them\n\n", applied,
                base_entries);
    std::printf("exchange file: %.0f KB; 7 runs, each on a fresh copy of the receiver\n\n",
                static_cast<double>(fs::file_size(file)) / 1024.0);
    std::printf("| what | median | min | max | target |\n|---|---:|---:|---:|---:|\n");
    const auto row = [](const char* name, const std::vector<double>& ms, const char* target) {
        std::printf("| %s | %.0f ms | %.0f ms | %.0f ms | %s |\n", name, Median(ms), Percentile(ms, 0),
                    Percentile(ms, 1), target);
    };
    row("import: read and check the file (ReadExchangeFile)", read, "");
    row("import: apply (ImportEntries, one transaction)", import, "");
    row("**import, whole**", total, "< 200 ms");
    row("**merge a whole copy (MergeCopy)**", merge, "< 200 ms");
    if (merged != applied) {
        std::fprintf(stderr, "merge applied %zu entries, import %zu\n", merged, applied);
        std::exit(1);
    }
}

// ---------------------------------------------------------------------------------------------
// 4. one answer through Workspace::Apply, signed and unsigned

void BenchAnswer(const fs::path& work, const FormSource& form, const Team& team, int prefill, int answers) {
    const fs::path signed_path = work / "answers-signed.ziwb";
    const fs::path unsigned_path = work / "answers-unsigned.ziwb";
    {
        auto workspace = NewWorkspace(signed_path, form, &team);
        int next = 0;
        FillTo(workspace, &team, prefill, next);
    }
    {
        auto workspace = NewWorkspace(unsigned_path, form, nullptr);
        int next = 0;
        FillTo(workspace, nullptr, prefill, next);
    }
    auto signed_ws = Workspace::Open(signed_path, Workspace::Access::ReadWrite);
    auto unsigned_ws = Workspace::Open(unsigned_path, Workspace::Access::ReadWrite);
    const Form& lke = signed_ws.FormInUse();
    const auto& criteria = lke.Criteria();
    const Member& member = team.members[1];
    std::vector<int> own;  // the criteria of the member's areas
    for (const int index : criteria) {
        if (&team.For(lke.Node(index)) == &member) {
            own.push_back(index);
        }
    }
    std::vector<double> answer_signed, answer_unsigned, note_signed, note_unsigned, sign;
    // Interleaved, so that both meet the same neighbours on the shared machine.
    for (int i = 0; i < answers; ++i) {
        const FormNode& node = lke.Node(own[static_cast<std::size_t>(i) % own.size()]);
        const AnswerChange answer{node.code, SampleAnswer(lke, node, i + 1), false, SampleNote(node, i), {}};
        SetSessionSigner(member.signer);
        answer_signed.push_back(TimeMs([&] { signed_ws.Apply(Layer::Unit(), {answer}, "bench", "workbench"); }));
        SetSessionSigner(nullptr);
        answer_unsigned.push_back(TimeMs([&] { unsigned_ws.Apply(Layer::Unit(), {answer}, "Budi", "workbench"); }));
        // Typing the note with a pause: the open edit is amended (one entry replaced by another).
        AnswerChange note{node.code, std::nullopt, false, SampleNote(node, i) + " ok", {}};
        SetSessionSigner(member.signer);
        note_signed.push_back(TimeMs([&] { signed_ws.Apply(Layer::Unit(), {note}, "bench", "workbench", true); }));
        SetSessionSigner(nullptr);
        note_unsigned.push_back(TimeMs([&] { unsigned_ws.Apply(Layer::Unit(), {note}, "Budi", "workbench", true); }));
        const std::string body(620, 'x');
        sign.push_back(TimeMs([&] { (void)member.signer->sign(body); }));
    }
    // The same writes without waiting for the disk: what the log itself costs (CPU), apart from
    // the journal's fsyncs, which are the same for signed and unsigned answers.
    std::vector<double> cpu_signed, cpu_unsigned;
    signed_ws.Database().exec("PRAGMA synchronous = OFF");
    unsigned_ws.Database().exec("PRAGMA synchronous = OFF");
    for (int i = 0; i < answers; ++i) {
        const FormNode& node = lke.Node(own[static_cast<std::size_t>(i) % own.size()]);
        const AnswerChange answer{node.code, SampleAnswer(lke, node, i + 2), false, SampleNote(node, i + 1), {}};
        SetSessionSigner(member.signer);
        cpu_signed.push_back(TimeMs([&] { signed_ws.Apply(Layer::Unit(), {answer}, "bench", "workbench"); }));
        SetSessionSigner(nullptr);
        cpu_unsigned.push_back(TimeMs([&] { unsigned_ws.Apply(Layer::Unit(), {answer}, "Budi", "workbench"); }));
    }
    std::printf(
        "\n### 4. One answer through Workspace::Apply (the workbench's write), %d each, on workspaces "
        "of %d entries\n\n",
        answers, prefill);
    std::printf("| write | median | p95 | budget |\n|---|---:|---:|---:|\n");
    const auto row = [](const char* name, const std::vector<double>& ms) {
        std::printf("| %s | %.2f ms | %.2f ms | 16 ms answer-to-repaint |\n", name, Median(ms), Percentile(ms, 0.95));
    };
    row("answer and note, signed", answer_signed);
    row("answer and note, unsigned (no keys in the team)", answer_unsigned);
    row("note typed on, amending the open entry, signed", note_signed);
    row("note typed on, amending the open entry, unsigned", note_unsigned);
    row("answer and note, signed, without fsync (the log's own work)", cpu_signed);
    row("answer and note, unsigned, without fsync", cpu_unsigned);
    std::printf("| of which the Ed25519 signature alone | %.3f ms | %.3f ms | |\n", Median(sign),
                Percentile(sign, 0.95));
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_log WORK_DIR [ENTRIES [PARTS]]\n");
        return 2;
    }
    const fs::path work = argv[1];
    const int entries = argc > 2 ? std::stoi(argv[2]) : 10000;
    const auto catalog = FormCatalog::Default(fs::path(ZIWB_SOURCE_DIR) / "build");
    const FormSource form = catalog.Find("lke-permenpanrb-90-2021");
    const std::string parts = argc > 3 ? argv[3] : "1234";
    const Team team = MakeTeam();
    try {
        if (parts.find('1') != std::string::npos) {
            BenchVerify(work, form, team, entries);
        }
        if (parts.find('2') != std::string::npos) {
            BenchExchangeSize(work, form, team);
        }
        if (parts.find('3') != std::string::npos) {
            BenchImportMerge(work, form, team, 1000, 1000);
        }
        if (parts.find('4') != std::string::npos) {
            BenchAnswer(work, form, team, 2000, 300);
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "bench_log: %s\n", error.what());
        return 1;
    }
    return 0;
}
