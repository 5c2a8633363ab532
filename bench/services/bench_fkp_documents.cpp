// SPDX-License-Identifier: GPL-3.0-or-later
// The forum's and the catalogue's documents (issue 15): a workspace with a letterhead and a logo, a
// forum of 40 participants of every stakeholder group and 20 inputs, a catalogue of 12 services with
// every component filled in. Times MakeFkpDocuments (undangan, daftar hadir, berita acara) and
// MakeServiceDocuments (12 standards and the maklumat), each made `rounds` times over, and prints a
// table of the fastest and the median round. Target: the forum's set in under 500 ms.
// Usage: bench_fkp_documents WORK_DIR [ROUNDS]
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "documents/document_template.hpp"
#include "documents/letterhead.hpp"
#include "people/team_register.hpp"
#include "services/fkp_documents.hpp"
#include "services/service_rules.hpp"
#include "workspace/workspace.hpp"

namespace {

using namespace ziwb::core;

std::string ReadAll(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct Timing {
    double fastest = 0;
    double median = 0;
};

template <typename Make>
Timing Time(int rounds, const Make& make) {
    std::vector<double> times;
    for (int round = 0; round < rounds; ++round) {
        const auto start = std::chrono::steady_clock::now();
        make(round);
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return {times.front(), times[times.size() / 2]};
}

int Run(const std::filesystem::path& work, int rounds) {
    const std::filesystem::path source = ZIWB_SOURCE_DIR;
    const std::filesystem::path form = source / "forms" / "lke-permenpanrb-90-2021.xml";
    std::filesystem::create_directories(work);
    std::filesystem::remove(work / "dinas.ziwb");
    WorkspaceInfo info;
    info.unit_name = "Dinas Tenaga Kerja";
    info.agency = "Pemerintah Kabupaten Banyumas";
    info.year = 2026;
    Workspace workspace = Workspace::Create(work / "dinas.ziwb", info, {ReadAll(form), form.string()});
    Person head;
    head.nip = "198103142006042011";
    head.name = "Rr. Dewi Anggraeni Kusumawardhani, S.E., M.M.";
    head.position = "Kepala Dinas Tenaga Kerja";
    head.role = "pimpinan";
    SetPeople(workspace, {head}, "bench");
    SetLetterhead(
        workspace,
        {{"PEMERINTAH KABUPATEN BANYUMAS", "DINAS TENAGA KERJA", "Jalan Jenderal Soedirman No. 12, Purwokerto"},
         source / "tests/data/pdf/logo.png",
         false},
        "bench");
    const ServiceRules& rules = InstalledServiceRules(source);
    std::vector<Service> catalogue;
    for (int i = 1; i <= 12; ++i) {
        Service service;
        service.id = i;
        service.uid = std::to_string(100000 + i);
        service.name = "Pelayanan Ketenagakerjaan Nomor " + std::to_string(i);
        for (const ServiceComponent& component : rules.components) {
            service.components[component.id] = component.hint + " Ketentuan rinci layanan " + std::to_string(i) + ".";
        }
        catalogue.push_back(service);
    }
    FkpSession fkp;
    fkp.id = 1;
    fkp.uid = std::string(32, 'a');
    fkp.date = "2026-03-10";
    fkp.place = "Aula Dinas Tenaga Kerja";
    fkp.purpose = "review";
    fkp.topic = "Reviu standar pelayanan ketenagakerjaan";
    fkp.chair = head.name;
    fkp.service_uids = {catalogue[0].uid, catalogue[1].uid, catalogue[2].uid};
    for (int i = 0; i < 40; ++i) {
        const StakeholderGroup& group =
            rules.stakeholder_groups[static_cast<std::size_t>(i) % rules.stakeholder_groups.size()];
        fkp.participants.push_back({std::to_string(i), "Peserta Forum Nomor " + std::to_string(i + 1), group.id,
                                    "Organisasi " + group.name, "Ketua", i % 5 != 4});
    }
    for (int i = 0; i < 20; ++i) {
        static const std::array<const char*, 3> follow_ups = {"adopted", "declined", "open"};
        fkp.inputs.push_back({std::to_string(i), i + 1, "Peserta Forum Nomor " + std::to_string(i + 1),
                              catalogue[static_cast<std::size_t>(i) % 3].uid,
                              "Masukan peserta tentang persyaratan dan jangka waktu layanan nomor " + std::to_string(i),
                              follow_ups.at(static_cast<std::size_t>(i) % 3), "Tanggapan penyelenggara atas masukan"});
    }
    const std::vector<DocumentTemplate> templates = LoadShippedTemplates(source);
    MakeRequest request;
    request.place = "Purwokerto";
    request.date = "2026-03-02";
    request.overwrite = true;
    std::size_t fkp_count = 0;
    const Timing forum = Time(rounds, [&](int round) {
        fkp_count = MakeFkpDocuments(workspace, rules, fkp, catalogue, templates, request,
                                     work / ("fkp-" + std::to_string(round % 2)), source)
                        .size();
    });
    std::size_t service_count = 0;
    const Timing services = Time(rounds, [&](int round) {
        service_count = MakeServiceDocuments(workspace, rules, catalogue, templates, request,
                                             work / ("sp-" + std::to_string(round % 2)), source)
                            .size();
    });
    std::printf("%-58s %9s %12s %12s\n", "what", "documents", "fastest ms", "median ms");
    std::printf("%-58s %9zu %12.1f %12.1f\n", "MakeFkpDocuments (undangan, daftar hadir, berita acara)", fkp_count,
                forum.fastest, forum.median);
    std::printf("%-58s %9zu %12.1f %12.1f\n", "MakeServiceDocuments (12 standar pelayanan + maklumat)", service_count,
                services.fastest, services.median);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_fkp_documents WORK_DIR [ROUNDS]\n");
        return 2;
    }
    try {
        return Run(argv[1], argc > 2 ? std::max(1, std::atoi(argv[2])) : 10);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "bench_fkp_documents: %s\n", error.what());
        return 1;
    }
}
