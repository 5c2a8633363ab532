// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17's speed and scale targets, against a real PostgreSQL server (bench/hub/run.sh starts one):
//   1. load UNITS units, each a full LKE with a year of history (ENTRIES signed entries per unit),
//      through the server's own checks (hash, signature, grants, parents);
//   2. CLIENTS real workspaces syncing edits at once (two copies per unit, so pulls happen too):
//      p95 of one whole sync (target < 200 ms on loopback);
//   3. the recap of every unit computed by the server (target < 1 s), beside the alternative the
//      hub replaces: `ziwb recap` over a folder of .ziwb files, per unit.
// Prints markdown tables. Usage:
//   bench_hub WORK ADMIN_ADDRESS PERSON_ADDRESS PASSWORD [UNITS [ENTRIES [CLIENTS [ROUNDS [MODULE [PACE_MS]]]]]]
// PERSON_ADDRESS has the role name "bench_team" in it; that role is granted every unit here.
#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "exchange/exchange.hpp"
#include "export/recap_workbook.hpp"
#include "form/form_catalog.hpp"
#include "hub/hub_admin.hpp"
#include "hub/hub_link.hpp"
#include "hub/hub_recap.hpp"
#include "hub/hub_schema.hpp"
#include "hub/hub_sync.hpp"
#include "hub/pg_array.hpp"
#include "hub/pg_connection.hpp"
#include "log/change_log.hpp"
#include "log/log_entry.hpp"
#include "people/signing_key.hpp"
#include "people/team_register.hpp"
#include "portfolio/portfolio.hpp"
#include "portfolio/unit_summary.hpp"
#include "scoring/answer.hpp"
#include "workspace/workspace.hpp"

namespace {

using namespace ziwb::core;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

double Ms(Clock::duration duration) {
    return std::chrono::duration<double, std::milli>(duration).count();
}

double Percentile(std::vector<double> values, double share) {
    std::sort(values.begin(), values.end());
    const auto at = static_cast<std::size_t>(share * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(at, values.size() - 1)];
}

std::string Hex(std::string_view bytes) {
    static const char* digits = "0123456789abcdef";
    std::string hex;
    for (const char c : bytes) {
        hex += digits[static_cast<unsigned char>(c) >> 4];
        hex += digits[static_cast<unsigned char>(c) & 15];
    }
    return hex;
}

std::string RandomHex(std::mt19937_64& random, std::size_t digits) {
    std::string hex;
    while (hex.size() < digits) {
        const auto value = random();
        hex += Hex(std::string_view(reinterpret_cast<const char*>(&value), sizeof value));
    }
    return hex.substr(0, digits);
}

// ---------------------------------------------------------------------------------------------
// The team of every unit: a koordinator and four anggota, each with a key.

struct Member {
    Person person;
    std::shared_ptr<SigningKey> key;
    std::shared_ptr<const Signer> signer;
};

Member MakeMember(const std::string& nip, const std::string& name, const std::string& role, std::vector<int> areas) {
    Member member;
    member.key = std::make_shared<SigningKey>(SigningKey::Generate());
    auto signer = std::make_shared<Signer>();
    signer->name = name;
    signer->nip = nip;
    signer->public_key = member.key->PublicKeyHex();
    auto key = member.key;
    signer->sign = [key](std::string_view body) { return key->Sign(body); };
    member.person.nip = nip;
    member.person.name = name;
    member.person.role = role;
    member.person.areas = std::move(areas);
    member.person.public_key = signer->public_key;
    member.signer = std::move(signer);
    return member;
}

std::vector<Member> MakeTeam() {
    return {MakeMember("198503152010011002", "Siti Rahmawati", "koordinator", {}),
            MakeMember("199001012015032001", "Budi Santoso", "anggota", {1, 2}),
            MakeMember("198712252012121003", "Dewi Lestari", "anggota", {3, 4}),
            MakeMember("198806142014022004", "Agus Pratama", "anggota", {5}),
            MakeMember("199203032018011005", "Rina Wulandari", "anggota", {6})};
}

const Member& InCharge(const std::vector<Member>& team, const FormNode& node) {
    for (const auto& member : team) {
        if (std::find(member.person.areas.begin(), member.person.areas.end(), node.change_area) !=
            member.person.areas.end()) {
            return member;
        }
    }
    return team.front();
}

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

/// The i-th change of a year: the criteria in turn, an answer with its note, then a note alone.
void ApplyChange(Workspace& workspace, const std::vector<Member>* team, int i) {
    const Form& form = workspace.FormInUse();
    const auto& criteria = form.Criteria();
    const int round = i / static_cast<int>(criteria.size());
    const FormNode& node = form.Node(criteria[static_cast<std::size_t>(i) % criteria.size()]);
    if (team != nullptr) {
        SetSessionSigner(InCharge(*team, node).signer);
    }
    AnswerChange change;
    change.code = node.code;
    if (round % 2 == 0) {
        change.answer = SampleAnswer(form, node, round);
    }
    change.note =
        "Notulen rapat dan laporan monitoring triwulan " + std::to_string(round % 4 + 1) + " (" + node.code + ")";
    workspace.Apply(Layer::Unit(), {change}, "bench", "workbench");
}

Workspace NewWorkspace(const fs::path& path, const FormSource& form, const std::vector<Member>& team,
                       const std::string& unit_name) {
    SetSessionSigner(team.front().signer);
    WorkspaceInfo info;
    info.unit_name = unit_name;
    info.agency = "Pemerintah Kabupaten Sleman";
    info.year = 2026;
    auto workspace = Workspace::Create(path, info, form);
    std::vector<Person> others;
    for (std::size_t i = 1; i < team.size(); ++i) {
        others.push_back(team[i].person);
    }
    SetPeople(workspace, others, "bench");
    return workspace;
}

void FillTo(Workspace& workspace, const std::vector<Member>& team, int entries) {
    workspace.Database().exec("PRAGMA synchronous = OFF");
    int next = 0;
    while (workspace.Database().execAndGet("SELECT COUNT(*) FROM log_entry").getInt() < entries) {
        ApplyChange(workspace, &team, next++);
    }
    workspace.Database().exec("PRAGMA synchronous = FULL");
}

// ---------------------------------------------------------------------------------------------
// 1. Loading the agency: the template year re-made for each unit (its own assessment id, so its
//    own hashes), re-signed by the same people, and sent through the server's checks.

struct Remade {
    std::vector<std::string> hashes, bodies, signatures;
};

Remade RemakeFor(const std::vector<StoredEntry>& log, const std::string& workspace_id,
                 const std::map<std::string, const Member*>& by_key) {
    Remade out;
    std::map<std::string, std::string> renamed;
    for (const auto& stored : log) {
        LogEntry entry = DecodeEntry(stored.body);
        entry.workspace_id = workspace_id;
        for (auto& parent : entry.parents) {
            parent = renamed.at(parent);
        }
        std::sort(entry.parents.begin(), entry.parents.end());
        for (auto& write : entry.writes) {
            for (auto& replaced : write.replaces) {
                replaced = renamed.at(replaced);
            }
            std::sort(write.replaces.begin(), write.replaces.end());
        }
        const std::string body = EncodeEntry(entry);
        const std::string hash = EntryHash(body);
        renamed[stored.hash] = hash;
        out.hashes.push_back(hash);
        out.bodies.push_back(body);
        out.signatures.push_back(entry.Signed() ? Hex(by_key.at(entry.author_key)->key->Sign(body)) : "");
    }
    return out;
}

void Insert(PgConnection& hub, const std::string& unit, const Remade& remade) {
    constexpr std::size_t kBatch = 500;
    PgTransaction transaction(hub);
    for (std::size_t start = 0; start < remade.hashes.size(); start += kBatch) {
        const std::size_t end = std::min(remade.hashes.size(), start + kBatch);
        const auto slice = [&](const std::vector<std::string>& all) {
            return TextArray(std::vector<std::string>(all.begin() + static_cast<std::ptrdiff_t>(start),
                                                      all.begin() + static_cast<std::ptrdiff_t>(end)));
        };
        hub.Exec(
            "INSERT INTO ziwb.entry (unit_code, hash, body, signature) "
            "SELECT $1, h, b, CASE WHEN s = '' THEN NULL ELSE decode(s, 'hex') END "
            "FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS t(h, b, s, n) ORDER BY n",
            {PgParam::Text(unit), PgParam::Text(slice(remade.hashes)), PgParam::Text(slice(remade.bodies)),
             PgParam::Text(slice(remade.signatures))});
    }
    transaction.Commit();
}

void GrantTeam(PgConnection& admin, const std::vector<Member>& team, const std::string& unit,
               const std::string& password) {
    // The koordinator is the role every client syncs as ("bench_team", with a password).
    for (std::size_t i = 0; i < team.size(); ++i) {
        HubPerson person{i == 0 ? std::string("bench_team") : "bench_member_" + std::to_string(i), team[i].person.name,
                         team[i].person.nip, team[i].person.public_key,
                         i == 0 ? std::optional<std::string>(password) : std::nullopt};
        GrantOnHub(admin, person, unit, i == 0 ? "coordinator" : "member", "");
    }
}

// ---------------------------------------------------------------------------------------------

int Run(int argc, char** argv) {
    const fs::path work = argv[1];
    const std::string admin_address = argv[2];
    const std::string person_address = argv[3];
    const std::string password = argv[4];
    const int units = argc > 5 ? std::stoi(argv[5]) : 1000;
    const int entries = argc > 6 ? std::stoi(argv[6]) : 1000;
    const int clients = argc > 7 ? std::stoi(argv[7]) : 50;
    const int rounds = argc > 8 ? std::stoi(argv[8]) : 10;
    const int pace = argc > 10 ? std::stoi(argv[10]) : 2000;
    const int client_units = clients / 2;
    const auto catalog = FormCatalog::Default(fs::path(ZIWB_SOURCE_DIR) / "build");
    const FormSource form = catalog.Find("lke-permenpanrb-90-2021");
    const auto team = MakeTeam();
    std::map<std::string, const Member*> by_key;
    for (const auto& member : team) {
        by_key[member.person.public_key] = &member;
    }
    std::mt19937_64 random(17);

    PgConnection admin(admin_address);
    MigrateHub(admin, fs::path(ZIWB_SOURCE_DIR) / "build", std::nullopt, argc > 9 ? argv[9] : kDefaultHubModule);

    // The template year, and its figures as the engine computes them.
    const fs::path template_path = work / "template.ziwb";
    {
        auto workspace = NewWorkspace(template_path, form, team, "Dinas Template");
        FillTo(workspace, team, entries);
    }
    std::vector<StoredEntry> year;
    {
        auto workspace = Workspace::Open(template_path, Workspace::Access::ReadOnly);
        year = LoadLog(workspace.Database());
    }
    const UnitSummary figures = SummarizeWorkspace(template_path, "tpi", "2026-12-01");

    // 1. The units that are not clients below: loaded through the server's checks.
    const int loaded_units = units - client_units;
    double remake_ms = 0;
    double insert_ms = 0;
    double grant_ms = 0;
    {
        std::unique_ptr<PgConnection> hub;  // bench_team exists once the first unit granted it
        for (int u = 0; u < loaded_units; ++u) {
            const std::string code = "unit-" + std::to_string(u);
            const std::string workspace_id = RandomHex(random, 32);
            auto start = Clock::now();
            AddHubUnit(admin, code, "Unit Kerja " + std::to_string(u));
            admin.Exec(
                "UPDATE ziwb.unit SET workspace_id = $2, form_xml = $3, "
                "form_sha256 = encode(sha256(convert_to($3, 'UTF8')), 'hex') WHERE code = $1",
                {PgParam::Text(code), PgParam::Text(workspace_id), PgParam::Text(form.xml)});
            GrantTeam(admin, team, code, password);
            grant_ms += Ms(Clock::now() - start);
            start = Clock::now();
            const Remade remade = RemakeFor(year, workspace_id, by_key);
            remake_ms += Ms(Clock::now() - start);
            start = Clock::now();
            if (!hub) {
                hub = std::make_unique<PgConnection>(person_address);
            }
            Insert(*hub, code, remade);
            insert_ms += Ms(Clock::now() - start);
            admin.Exec(
                "INSERT INTO ziwb.figures (unit_code, layer, total, pengungkit, hasil, completeness, answered, "
                "criteria, through_seq, details) VALUES ($1, 'unit', $2, $3, $4, $5, $6, $7, "
                "(SELECT max(last_seq) FROM ziwb.unit_activity WHERE unit_code = $1), "
                "'{\"agency\": \"Pemerintah Kabupaten Sleman\", \"year\": 2026}')",
                {PgParam::Text(code), PgParam::Text(std::to_string(figures.unit.total)),
                 PgParam::Text(std::to_string(figures.unit.pengungkit)),
                 PgParam::Text(std::to_string(figures.unit.hasil)),
                 PgParam::Text(std::to_string(figures.unit.completeness)),
                 PgParam::Text(std::to_string(figures.unit.answered)),
                 PgParam::Text(std::to_string(figures.unit.criteria))});
            if ((u + 1) % 100 == 0) {
                std::fprintf(stderr, "  loaded %d units\n", u + 1);
            }
        }
    }
    const long long loaded_entries = static_cast<long long>(loaded_units) * static_cast<long long>(year.size());

    // 2. The clients: real workspaces, two copies per unit, first synced whole, then editing.
    std::vector<fs::path> copies;
    double first_sync_ms = 0;
    for (int u = 0; u < client_units; ++u) {
        const std::string code = "client-" + std::to_string(u);
        AddHubUnit(admin, code, "Unit Klien " + std::to_string(u));
        GrantTeam(admin, team, code, password);
        const fs::path path = work / (code + "-a.ziwb");
        {
            auto workspace = NewWorkspace(path, form, team, "Unit Klien " + std::to_string(u));
            FillTo(workspace, team, entries);
        }
        fs::copy_file(path, work / (code + "-b.ziwb"));
        for (const char* side : {"-a.ziwb", "-b.ziwb"}) {
            const fs::path copy = work / (code + side);
            SetSessionSigner(team.front().signer);
            auto workspace = Workspace::Open(copy, Workspace::Access::ReadWrite);
            LinkWorkspace(workspace, person_address, code);
            const auto start = Clock::now();
            (void)SyncWorkspace(workspace, person_address);
            first_sync_ms += Ms(Clock::now() - start);
            copies.push_back(copy);
        }
    }
    // Everyone edits and syncs at once, twice: paced as people work (each client syncs an edit
    // every PACE ms, starting at random moments), and back to back (the most the server takes).
    // One signer for every thread: the coordinator of each unit.
    SetSessionSigner(team.front().signer);
    struct Phase {
        std::vector<double> syncs;
        double seconds = 0;
    };
    int next_change = entries;
    const auto run_phase = [&](int pace_ms, int phase_rounds, bool fresh_connections) {
        Phase phase;
        std::mutex guard;
        std::atomic<int> failures = 0;
        std::string failure;
        const auto phase_start = Clock::now();
        {
            std::vector<std::jthread> threads;
            for (std::size_t c = 0; c < copies.size(); ++c) {
                const int offset = pace_ms > 0 ? static_cast<int>(random() % static_cast<unsigned>(pace_ms)) : 0;
                const int first_change = next_change + static_cast<int>(c) * 131;
                threads.emplace_back([&, c, offset, first_change] {
                    try {
                        // As the workbench does: one connection kept open for the session.
                        auto workspace = Workspace::Open(copies[c], Workspace::Access::ReadWrite);
                        PgConnection hub(person_address);
                        for (int round = 0; round < phase_rounds; ++round) {
                            if (pace_ms > 0) {
                                std::this_thread::sleep_until(phase_start +
                                                              std::chrono::milliseconds(offset + round * pace_ms));
                            }
                            ApplyChange(workspace, nullptr, first_change + round);
                            const auto start = Clock::now();
                            if (fresh_connections) {
                                (void)SyncWorkspace(workspace, person_address);  // as `ziwb hub sync` does
                            } else {
                                (void)SyncWorkspace(workspace, hub);
                            }
                            const double took = Ms(Clock::now() - start);
                            const std::lock_guard lock(guard);
                            phase.syncs.push_back(took);
                        }
                    } catch (const std::exception& error) {
                        const std::lock_guard lock(guard);
                        ++failures;
                        failure = error.what();
                    }
                });
            }
        }
        phase.seconds = Ms(Clock::now() - phase_start) / 1000;
        next_change += static_cast<int>(copies.size()) * 131;
        if (failures > 0) {
            throw std::runtime_error(std::to_string(failures.load()) + " clients failed: " + failure);
        }
        return phase;
    };
    const Phase paced = run_phase(pace, rounds, false);
    const Phase burst = run_phase(0, std::max(2, rounds / 2), false);
    const Phase fresh = run_phase(pace, std::max(2, rounds / 2), true);

    // 3. The recap: on the server, and the folder alternative over the client copies.
    std::vector<double> recap_sql;
    std::vector<HubRecapRow> rows;
    for (int run = 0; run < 5; ++run) {
        PgConnection hub(person_address);
        const auto start = Clock::now();
        rows = LoadHubRecap(hub, "2026-12-01");
        recap_sql.push_back(Ms(Clock::now() - start));
    }
    std::vector<UnitSummary> summaries;
    for (const auto& row : rows) {
        summaries.push_back(row.summary);
    }
    const auto export_start = Clock::now();
    ExportRecap(summaries, work / "rekap-hub.xlsx", std::nullopt, RecapSource::Hub);
    const double export_ms = Ms(Clock::now() - export_start);
    const fs::path folder = work / "folder";
    fs::create_directory(folder);
    for (std::size_t c = 0; c < copies.size(); c += 2) {
        fs::copy_file(copies[c], folder / copies[c].filename());
    }
    const auto folder_start = Clock::now();
    const auto portfolio = LoadPortfolio(folder, "tpi", "2026-12-01");
    const double folder_ms = Ms(Clock::now() - folder_start);
    const double folder_per_unit = folder_ms / static_cast<double>(portfolio.size());

    const auto size = admin.Exec("SELECT pg_database_size(current_database()), (SELECT count(*) FROM ziwb.entry)");
    const long long total_entries = size.Integer(0, 1);
    const double megabytes = static_cast<double>(size.Integer(0, 0)) / 1048576.0;

    std::printf("\n### Load: %d units x %zu entries (a year of a full LKE each)\n\n", loaded_units, year.size());
    std::printf("| step | total | per entry |\n|---|---:|---:|\n");
    std::printf("| re-make and sign the entries (client side) | %.1f s | %.1f us |\n", remake_ms / 1000,
                remake_ms * 1000 / static_cast<double>(loaded_entries));
    std::printf("| insert through the server's checks (hash, Ed25519, grants, parents) | %.1f s | %.1f us |\n",
                insert_ms / 1000, insert_ms * 1000 / static_cast<double>(loaded_entries));
    std::printf("| units and grants (%d units, 5 people each) | %.1f s | |\n", loaded_units, grant_ms / 1000);
    std::printf("| database size with %lld entries | %.0f MB | %.2f KB |\n", total_entries, megabytes,
                megabytes * 1024 / static_cast<double>(total_entries));
    std::printf(
        "\n### %zu clients syncing edits at once (%d units, two copies each), client and server on this "
        "machine\n\n",
        copies.size(), client_units);
    std::printf(
        "| measure | as people work: an edit every %.1f s each (the workbench, its connection kept) | back to "
        "back (the most the server takes) | as people work, a new connection each sync (`ziwb hub sync`) | "
        "target |\n|---|---:|---:|---:|---:|\n",
        pace / 1000.0);
    const auto row = [&](const char* name, double share, const char* target) {
        std::printf("| %s | %.1f ms | %.1f ms | %.1f ms | %s |\n", name, Percentile(paced.syncs, share),
                    Percentile(burst.syncs, share), Percentile(fresh.syncs, share), target);
    };
    row("sync p50", 0.5, "");
    row("sync p95", 0.95, "< 200 ms");
    row("sync max", 1.0, "");
    std::printf("| syncs per second, all clients | %.0f | %.0f | %.0f | |\n",
                static_cast<double>(paced.syncs.size()) / paced.seconds,
                static_cast<double>(burst.syncs.size()) / burst.seconds,
                static_cast<double>(fresh.syncs.size()) / fresh.seconds);
    std::printf("| syncs measured | %zu | %zu | %zu | |\n", paced.syncs.size(), burst.syncs.size(), fresh.syncs.size());
    std::printf("\nThe first sync of a copy (pushing or pulling its %zu entries): %.0f ms on average.\n", year.size(),
                first_sync_ms / static_cast<double>(copies.size()));
    std::printf("\n### Recap of %zu units\n\n", rows.size());
    std::printf("| how | time | target |\n|---|---:|---:|\n");
    std::printf("| hub: one query on the server (median of 5) | %.0f ms | < 1 s |\n", Percentile(recap_sql, 0.5));
    std::printf("| hub: and the recap workbook written | %.0f ms | |\n", Percentile(recap_sql, 0.5) + export_ms);
    std::printf("| folder of .ziwb files (`ziwb recap DIR`): %zu files read | %.0f ms (%.1f ms a unit) | |\n",
                portfolio.size(), folder_ms, folder_per_unit);
    std::printf("| folder of .ziwb files, %zu units at that rate | %.1f s | |\n", rows.size(),
                folder_per_unit * static_cast<double>(rows.size()) / 1000);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 5) {
        std::fprintf(stderr,
                     "usage: bench_hub WORK ADMIN_ADDRESS PERSON_ADDRESS PASSWORD [UNITS [ENTRIES [CLIENTS [ROUNDS "
                     "[MODULE [PACE_MS]]]]]]\n");
        return 2;
    }
    try {
        return Run(argc, argv);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "bench_hub: %s\n", error.what());
        return 1;
    }
}
