// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demo_workspace.hpp"

#include "common/data_dirs.hpp"
#include "common/error.hpp"
#include "common/text.hpp"
#include "demo/demo_services.hpp"
#include "evidence/folder_import.hpp"
#include "workspace/answer_import.hpp"

namespace ziwb::core {

Workspace CreateDemoWorkspace(const std::filesystem::path& path, const FormCatalog& forms,
                              const std::filesystem::path& program_dir) {
    const auto answers = FindDataFile(program_dir, "templates/demo/dinas-tenaga-kerja.csv");
    if (answers.empty()) {
        throw Error(Tr("the demo answers (templates/demo/dinas-tenaga-kerja.csv) are missing from this installation"));
    }
    WorkspaceInfo info;
    info.unit_name = "Dinas Tenaga Kerja Kabupaten Banyumas";
    info.agency = "Pemerintah Kabupaten Banyumas";
    info.year = 2026;
    // A Pemda labour office: the Stranas PK exception lets it be proposed while the agency still
    // meets Tabel 5 (PermenPANRB 5/2024 Bab II.A).
    info.agency_type = "pemda";
    info.service_type = "ketenagakerjaan";
    Workspace workspace = Workspace::Create(path, info, forms.Find("lke-permenpanrb-90-2021"));
    ImportAnswerFile(workspace, Layer::Unit(), answers, "Koordinator Tim ZI", "demo");
    // The evidence goes in the way a team brings its shared-drive folder: by the codes in the names.
    if (const auto evidence = FindDataFile(program_dir, "templates/demo/bukti-dukung"); !evidence.empty()) {
        const EvidenceLimits limits;
        auto plan = PlanFolderImport(workspace.FormInUse(), evidence, limits);
        NoProgress quiet;
        ImportFolder(workspace, plan, limits, "Koordinator Tim ZI", quiet);
    }
    AddDemoServices(workspace, program_dir, "Koordinator Tim ZI");
    return workspace;
}

}  // namespace ziwb::core
