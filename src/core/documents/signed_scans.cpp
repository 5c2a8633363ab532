// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/signed_scans.hpp"

#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/progress.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "documents/document_make.hpp"
#include "documents/document_registers.hpp"
#include "evidence/blob_store.hpp"
#include "evidence/evidence_files.hpp"
#include "evidence/evidence_projection.hpp"
#include "evidence/evidence_vault.hpp"
#include "evidence/evidence_writes.hpp"
#include "log/ids.hpp"
#include "pdf_signatures/signature_report.hpp"
#include "pdf_signatures/verify_pdf.hpp"
#include "people/team_register.hpp"
#include "workspace/sqlite_errors.hpp"

namespace ziwb::core {
namespace {

using Json = nlohmann::json;

// Every run of exactly 18 digits in a file name: a NIP, as people name their scans
// ("pakta_198103142006042011_dewi.pdf").
std::vector<std::string> NipsIn(const std::string& name) {
    std::vector<std::string> found;
    for (std::size_t i = 0; i < name.size();) {
        if (name[i] < '0' || name[i] > '9') {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < name.size() && name[end] >= '0' && name[end] <= '9') {
            ++end;
        }
        if (end - i == 18 && std::find(found.begin(), found.end(), name.substr(i, 18)) == found.end()) {
            found.push_back(name.substr(i, 18));
        }
        i = end;
    }
    return found;
}

// A scan is a PDF, a JPEG or a PNG by its content, not only its name: a renamed file from a
// stranger must not be filed as a signed document.
bool LooksLikeScan(const std::filesystem::path& path, const std::string& extension) {
    std::ifstream in(path, std::ios::binary);
    std::string head(8, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    if (extension == ".pdf") {
        return head.starts_with("%PDF-");
    }
    if (extension == ".png") {
        return head.starts_with("\x89PNG\r\n\x1a\n");
    }
    return head.starts_with("\xFF\xD8\xFF");
}

/// Marks a PDF scan electronic when one of its people's signatures is intact over the file as it
/// is (a document timestamp alone is nobody's signature; whose certificate it is, `ziwb pdf verify`
/// tells). Returns why the file cannot count when it is signed but every signature is broken or was
/// changed after signing; a PDF without signatures, or one too damaged to look into, is a scan.
std::string ReadElectronicSignature(const std::filesystem::path& path, const TrustStore& trust, SignedScan& scan) {
    const PdfSignatureReport report = VerifyPdfSignatureFile(path, trust);
    if (report.state != PdfFileState::Signed) {
        return {};
    }
    std::string first_problem;
    for (const SignatureCheck& signature : report.signatures) {
        if (signature.timestamp) {
            continue;
        }
        if (signature.intact && !signature.changed_after_signing) {
            scan.electronic = true;
            return {};
        }
        if (first_problem.empty()) {
            first_problem = signature.problem.empty() ? std::string(StatusId(signature.status)) : signature.problem;
        }
    }
    if (first_problem.empty()) {
        return {};
    }
    return Format(Tr("its electronic signature does not hold ({0}); ask the signer for the signed file again"),
                  {OneLine(first_problem)});
}

}  // namespace

SignedScanPlan PlanSignedScans(Workspace& workspace, const DocumentTemplate& document,
                               const std::filesystem::path& folder) {
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error)) {
        throw UserError(Format(Tr("{0} is not a folder; give the folder that holds the signed scans"),
                               {OneLine(PathToUtf8(folder))}));
    }
    if (!IsSignedInTheRegister(document)) {
        throw UserError(Format(Tr("the {0} is not signed by the unit's people one by one: signed scans are "
                                  "attached to the Pakta Integritas, the Komitmen Bersama, the SPTJM and the "
                                  "Surat Pengajuan Evaluasi"),
                               {document.name}));
    }
    SignedScanPlan plan;
    for (const auto& form_document : workspace.FormInUse().Documents()) {
        if (form_document.template_id == document.id) {
            plan.criterion = form_document.criterion;
            plan.line = form_document.line;
        }
    }
    const std::vector<Person> signers = ExpectedSigners(document, LoadTeam(workspace));
    std::vector<std::filesystem::path> files;
    std::filesystem::directory_iterator it(folder, error);
    if (error) {
        throw UserError(Format(Tr("cannot read the folder {0}"), {OneLine(PathToUtf8(folder))}));
    }
    for (const auto& entry : it) {
        const std::string name = PathToUtf8(entry.path().filename());
        // Hidden files (.DS_Store, editor leftovers) are skipped, unless their name holds a NIP.
        if ((!name.starts_with(".") || !NipsIn(name).empty()) && entry.is_regular_file(error)) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    std::map<std::string, std::string> taken;  // NIP -> the file that names it
    std::optional<TrustStore> trust;           // loaded at the first PDF
    for (const auto& path : files) {
        const std::string name = PathToUtf8(path.filename());
        const std::string shown = OneLine(name);
        const std::string extension = AsciiLower(PathToUtf8(path.extension()));
        if (extension != ".pdf" && extension != ".jpg" && extension != ".jpeg" && extension != ".png") {
            plan.problems.push_back(Format(Tr("{0}: not a PDF, JPEG or PNG scan"), {shown}));
            continue;
        }
        const std::vector<std::string> nips = NipsIn(name);
        if (nips.size() != 1) {
            plan.problems.push_back(nips.empty()
                                        ? Format(Tr("{0}: the name holds no NIP of 18 digits; rename it to hold the "
                                                    "signer's NIP"),
                                                 {shown})
                                        : Format(Tr("{0}: the name holds more than one NIP"), {shown}));
            continue;
        }
        const auto person =
            std::find_if(signers.begin(), signers.end(), [&](const Person& p) { return p.nip == nips.front(); });
        if (person == signers.end()) {
            plan.problems.push_back(Format(Tr("{0}: NIP {1} is not among the people who sign the {2} "
                                              "(see 'ziwb document status WS')"),
                                           {shown, nips.front(), document.name}));
            continue;
        }
        if (const auto [where, added] = taken.emplace(person->nip, name); !added) {
            plan.problems.push_back(Format(Tr("{0}: {1} has a scan already ({2}); keep one"),
                                           {shown, person->nip, OneLine(where->second)}));
            continue;
        }
        if (!LooksLikeScan(path, extension)) {
            plan.problems.push_back(
                Format(Tr("{0}: the content is not what the name says (PDF, JPEG or PNG)"), {shown}));
            continue;
        }
        SignedScan scan{path, name, person->nip, person->name, 0, false};
        if (extension == ".pdf") {
            if (!trust) {
                trust = TrustStore::Load({});
            }
            const auto problem = ReadElectronicSignature(path, *trust, scan);
            if (!problem.empty()) {
                plan.problems.push_back(Format(Tr("{0}: {1}"), {shown, problem}));
                continue;
            }
        }
        plan.scans.push_back(std::move(scan));
    }
    return plan;
}

void AttachSignedScans(Workspace& workspace, const DocumentTemplate& document, SignedScanPlan& plan,
                       const std::string& date, const std::string& author) {
    if (!plan.problems.empty()) {
        throw UserError(
            Format(Tr("{0} file(s) cannot be attached; nothing was attached"), {std::to_string(plan.problems.size())}));
    }
    if (plan.scans.empty()) {
        throw UserError(Tr("the folder holds no signed scans (PDF, JPEG or PNG files with a NIP in the name)"));
    }
    CheckDocumentDate(date);
    CheckUserText(author, Tr("the author"), kNameLimit);
    std::vector<CheckedFile> files;
    for (const SignedScan& scan : plan.scans) {
        files.push_back(CheckEvidenceFile(scan.path, EvidenceLimits{}));
        CheckEvidenceFileName(files.back().file_name);
    }
    std::vector<std::string> uids;
    NoProgress progress;
    workspace.RecordInTransaction(
        [&](SQLite::Database& db) -> std::optional<ChangeDraft> {
            ChangeDraft draft;
            draft.kind = "document.signed";
            draft.layer = "unit";
            draft.action = "add";
            draft.summary =
                Format(Tr("{0} signed: {1} scan(s) attached"), {document.name, std::to_string(files.size())});
            uids.clear();
            for (std::size_t i = 0; i < files.size(); ++i) {
                const SignedScan& scan = plan.scans[i];
                const StoredBlob blob = StoreBlob(db, files[i].path, progress, 0, files[i].size);
                const std::string uid = NewUid();
                AddFiledEvidenceWrites(draft, uid, document.name + " - " + scan.name + " (" + scan.nip + ")", date,
                                       blob, files[i], plan.criterion, plan.line);
                draft.writes.emplace_back(SignatureKey(document.id, scan.nip),
                                          Json{{"state", "signed"},
                                               {"how", scan.electronic ? "electronic" : "ink"},
                                               {"evidence", uid},
                                               {"date", date}});
                uids.push_back(uid);
            }
            return draft;
        },
        author);
    GuardSqlite(PathToUtf8(workspace.Path()), [&] {
        for (std::size_t i = 0; i < uids.size(); ++i) {
            plan.scans[i].evidence_id = LocalEvidenceId(workspace.Database(), uids[i]).value_or(0);
        }
    });
}

}  // namespace ziwb::core
