// SPDX-License-Identifier: GPL-3.0-or-later
// The satisfaction survey's benchmark: writes a survey CSV of N respondents as a form service exports
// it (timestamp, respondent number, age, gender, U1..U9 as digits and as the questionnaire's words),
// then times ParseSkmCsv over it and ComputeIkm over its responses, each repeated, and prints one
// tab-separated line per measurement and the IKM found, which bench/services/run.sh compares with a
// Python script's over the same file. Usage: bench_ikm OUT_DIR [N [REPEATS]]
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "services/ikm.hpp"
#include "services/service_rules.hpp"
#include "services/skm_csv.hpp"

namespace {

std::string ReadAll(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// A survey file of `count` respondents from a fixed linear congruential sequence: the same file on
// every run. Scores lean to 3 and 4, as real surveys do; one cell in ten is the questionnaire's words.
std::string SurveyCsv(int count) {
    static const char* const kWords[] = {"Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"};
    std::uint64_t state = 20260301;
    const auto next = [&state](std::uint64_t range) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return (state >> 33) % range;
    };
    std::string csv =
        "Timestamp,No_Responden,Umur,Jenis Kelamin,U1 Persyaratan,U2 Prosedur,U3 Waktu,U4 Biaya,"
        "U5 Produk,U6 Kompetensi,U7 Perilaku,U8 Pengaduan,U9 Sarana\n";
    for (int i = 0; i < count; ++i) {
        csv += "2026/03/" + std::to_string(1 + i % 28) + " " + std::to_string(8 + i % 9) + ":" +
               std::to_string(10 + i % 50) + ":00,R" + std::to_string(i + 1) + "," + std::to_string(18 + next(50)) +
               "," + (next(2) == 0 ? "L" : "P");
        for (int element = 0; element < 9; ++element) {
            const std::uint64_t roll = next(10);
            const int score = roll < 1 ? 2 : roll < 5 ? 3 : 4;
            csv += ",";
            // u1's words are the questionnaire's; the Python alternative maps them too.
            if (element == 0 && next(10) == 0) {
                csv += kWords[score - 1];
            } else {
                csv += std::to_string(score);
            }
        }
        csv += "\n";
    }
    return csv;
}

template <typename Work>
std::vector<double> Times(int repeats, Work work) {
    std::vector<double> ms;
    for (int i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms;
}

void Print(const char* what, const std::vector<double>& ms) {
    std::printf("%s\t%.3f\t%.3f\n", what, ms[ms.size() / 2], ms.back());
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_ikm OUT_DIR [N [REPEATS]]\n");
        return 2;
    }
    try {
        const std::filesystem::path out = ziwb::core::PathFromUtf8(argv[1]);
        const int count = argc > 2 ? std::stoi(argv[2]) : 10000;
        const int repeats = argc > 3 ? std::stoi(argv[3]) : 20;
        const std::filesystem::path rules_file = std::filesystem::path(ZIWB_SOURCE_DIR) / "rules/pelayanan-publik.xml";
        const ziwb::core::ServiceRules rules =
            ziwb::core::ParseServiceRules(ReadAll(rules_file), "pelayanan-publik.xml");
        const std::string csv = SurveyCsv(count);
        std::ofstream(out / "skm.csv", std::ios::binary) << csv;

        ziwb::core::SkmParse parse;
        Print("parse", Times(repeats, [&] { parse = ziwb::core::ParseSkmCsv(rules, csv, false); }));
        if (!parse.problems.empty() || parse.responses.size() != static_cast<std::size_t>(count)) {
            std::fprintf(stderr, "bench_ikm: the generated file has problems: %s\n",
                         parse.problems.empty() ? "rows missing" : parse.problems.front().problem.c_str());
            return 1;
        }
        ziwb::core::IkmResult result;
        Print("ikm", Times(repeats * 10, [&] { result = ziwb::core::ComputeIkm(rules, parse.responses); }));
        Print("file", Times(repeats, [&] {
                  result = ziwb::core::ComputeIkm(
                      rules, ziwb::core::ParseSkmCsv(rules, ReadAll(out / "skm.csv"), false).responses);
              }));
        std::printf("result\t%zu\t%.6f\t%.4f\t%s\n", result.respondents, result.index, result.score,
                    result.grade.c_str());
    } catch (const ziwb::core::Error& error) {
        std::fprintf(stderr, "bench_ikm: %s\n", error.what());
        return 1;
    }
    return 0;
}
