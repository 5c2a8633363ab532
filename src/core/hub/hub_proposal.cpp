// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/hub_proposal.hpp"

#include <algorithm>

#include "common/data_dirs.hpp"
#include "common/platform.hpp"
#include "common/sha256.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "documents/document_render.hpp"
#include "documents/document_template.hpp"
#include "evidence/evidence_vault.hpp"
#include "hub/hub_recap.hpp"
#include "io/safe_file.hpp"
#include "pdf/pdf_fonts.hpp"
#include "people/nip.hpp"

namespace ziwb::core {

namespace {

constexpr const char* kAgencyTemplates[] = {"surat-pengajuan-instansi", "sptjm-instansi"};

DocumentTemplate AgencyTemplate(const std::filesystem::path& program_dir, const std::string& id) {
    const auto file = FindDataFile(program_dir, std::filesystem::path("templates") / "agency" / (id + ".xml"));
    if (file.empty()) {
        throw UserError(Format(Tr("the agency's templates (templates/agency/{0}.xml) are not installed; reinstall ZI "
                                  "Workbench"),
                               {id}));
    }
    return FindTemplate(program_dir, PathToUtf8(file));
}

}  // namespace

std::vector<std::filesystem::path> MakeAgencyProposal(PgConnection& hub, const AgencyProposal& proposal,
                                                      const std::filesystem::path& out_dir,
                                                      const std::filesystem::path& program_dir) {
    if (proposal.units.empty()) {
        throw UserError(Tr("say which units the agency proposes: --units CODE,CODE,..."));
    }
    if (!IsValidNip(proposal.signer.nip)) {
        throw UserError(Format(Tr("'{0}' is not a NIP: 18 digits"), {proposal.signer.nip}));
    }
    CheckUserText(proposal.signer.name, Tr("the signer's name"), kNameLimit);
    CheckUserText(proposal.signer.position, Tr("the signer's position"), kNameLimit);
    CheckUserText(proposal.place, Tr("the place"), kNameLimit);
    CheckUserText(proposal.agency, Tr("the agency"), kNameLimit);
    CheckDocumentDate(proposal.date);
    const auto rows = LoadHubRecap(hub, proposal.date);
    std::vector<ProposedUnit> units;
    std::string digest_text;
    WorkspaceInfo info;
    for (const auto& code : proposal.units) {
        const auto row = std::find_if(rows.begin(), rows.end(),
                                      [&](const HubRecapRow& r) { return PathToUtf8(r.summary.path) == code; });
        if (row == rows.end()) {
            throw UserError(Format(Tr("unit '{0}' is not on the hub, or not yours to see (ziwb hub units)"), {code}));
        }
        if (!row->unit_published) {
            throw UserError(Format(Tr("unit '{0}' has not synced its figures to the hub yet: it cannot be proposed "
                                      "before its team syncs"),
                                   {code}));
        }
        ProposedUnit unit;
        unit.code = code;
        unit.name = row->summary.info.unit_name;
        unit.unit_total = row->summary.unit.total;
        if (row->review_published) {
            unit.review_total = row->summary.review.total;
        }
        unit.predicate = row->summary.info.current_predicate.starts_with("WBK") ? "WBBM" : "WBK";
        if (units.empty()) {
            info = row->summary.info;
        }
        digest_text += code + "|" + FormatNumber(row->summary.unit.total, 4) + "|" +
                       FormatNumber(row->summary.review.total, 4) + "\n";
        units.push_back(std::move(unit));
    }
    info.unit_name.clear();
    if (!proposal.agency.empty()) {
        info.agency = proposal.agency;
    }
    Person signer = proposal.signer;
    signer.nip = NormalizeNip(signer.nip);
    const PdfFontFiles fonts = FindPdfFonts(program_dir);
    // The code names the units and their figures: the letter made again after a change differs.
    const std::string state = Sha256::HexOf(digest_text);
    std::vector<std::filesystem::path> written;
    std::vector<std::pair<std::filesystem::path, std::string>> documents;
    for (const char* id : kAgencyTemplates) {
        const DocumentTemplate document = AgencyTemplate(program_dir, id);
        DocumentInput input;
        input.info = info;
        input.person = signer;
        input.leaders = {signer};
        input.place = proposal.place;
        input.date = proposal.date;
        input.code = DocumentCode(document, signer.nip, state);
        input.context.units = &units;
        documents.emplace_back(out_dir / (document.id + ".pdf"), RenderDocument(document, input, fonts));
    }
    // Both are made before either is written, and neither replaces a file: nothing half done.
    for (const auto& [target, bytes] : documents) {
        std::error_code ignored;
        if (std::filesystem::exists(target, ignored)) {
            throw UserError(Format(Tr("{0} already exists: choose another folder, or remove the file first"),
                                   {PathToUtf8(target)}));
        }
    }
    for (const auto& [target, bytes] : documents) {
        WriteFileSafely(target, bytes, Overwrite::Refused);
        written.push_back(target);
    }
    return written;
}

}  // namespace ziwb::core
