// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/fkp_documents.hpp"

#include <string>

#include "common/error.hpp"
#include "common/text.hpp"
#include "documents/document_render.hpp"

namespace ziwb::core {
namespace {

// The code names the thing the document is about as well as its signer and the workspace's state:
// the same template for two forums (or two services) gets two codes.
std::string SubjectCode(const DocumentTemplate& document, const std::string& subject, const std::string& nip,
                        const std::string& log_head) {
    return DocumentCode(document, subject + "\n" + nip, log_head);
}

}  // namespace

std::string FkpDocumentCode(const DocumentTemplate& document, const FkpSession& fkp, const std::string& nip,
                            const std::string& log_head) {
    return SubjectCode(document, "fkp/" + fkp.uid, nip, log_head);
}

DocumentInput FkpDocumentInput(const DocumentBase& base, const Person& signer, const DocumentTemplate& document,
                               const ServiceRules& rules, const FkpSession& fkp,
                               const std::vector<Service>& catalogue) {
    DocumentInput input = base.input;
    input.person = signer;
    input.code = FkpDocumentCode(document, fkp, signer.nip, base.log_head);
    input.context.rules = &rules;
    input.context.fkp = &fkp;
    input.context.catalogue = &catalogue;
    return input;
}

std::vector<MadeDocument> MakeFkpDocuments(Workspace& workspace, const ServiceRules& rules, const FkpSession& fkp,
                                           const std::vector<Service>& catalogue,
                                           const std::vector<DocumentTemplate>& templates, const MakeRequest& request,
                                           const std::filesystem::path& out_dir,
                                           const std::filesystem::path& program_dir) {
    std::vector<const DocumentTemplate*> chosen;
    for (const DocumentTemplate& document : templates) {
        if (document.scope == TemplateScope::Fkp) {
            chosen.push_back(&document);
        }
    }
    if (chosen.empty()) {
        throw UserError(Tr("there is no template for a public consultation forum (for=\"fkp\") to make"));
    }
    const DocumentBase base = LoadDocumentBase(workspace, request);
    const Person& signer = UnitSigner(base.team, request, chosen.front()->name);
    std::vector<MadeDocument> made;
    std::vector<DocumentJob> jobs;
    for (const DocumentTemplate* document : chosen) {
        DocumentJob job{document, FkpDocumentInput(base, signer, *document, rules, fkp, catalogue), {}};
        // The id is lower-case ASCII and the forum's id a number: the name cannot leave out_dir.
        job.target = out_dir / (document->id + "-fkp" + std::to_string(fkp.id) + ".pdf");
        made.push_back({job.target, signer.nip, signer.name, job.input.code});
        jobs.push_back(std::move(job));
    }
    WriteDocuments(jobs, request.overwrite, out_dir, program_dir);
    return made;
}

std::vector<MadeDocument> MakeServiceDocuments(Workspace& workspace, const ServiceRules& rules,
                                               const std::vector<Service>& catalogue,
                                               const std::vector<DocumentTemplate>& templates,
                                               const MakeRequest& request, const std::filesystem::path& out_dir,
                                               const std::filesystem::path& program_dir) {
    if (catalogue.empty()) {
        throw UserError(Tr("the service catalogue is empty: there is no standard to print"));
    }
    std::vector<const DocumentTemplate*> chosen;
    for (const DocumentTemplate& document : templates) {
        if (document.scope == TemplateScope::Service ||
            (document.scope == TemplateScope::Unit && document.needs_services)) {
            chosen.push_back(&document);
        }
    }
    if (chosen.empty()) {
        throw UserError(
            Tr("there is no template for the services (for=\"service\", or a unit template with "
               "<services/>) to make"));
    }
    const DocumentBase base = LoadDocumentBase(workspace, request);
    const Person& signer = UnitSigner(base.team, request, chosen.front()->name);
    std::vector<MadeDocument> made;
    std::vector<DocumentJob> jobs;
    const auto add = [&](const DocumentTemplate& document, const Service* service, std::filesystem::path target) {
        DocumentJob job{&document, base.input, std::move(target)};
        job.input.person = signer;
        job.input.context.rules = &rules;
        job.input.context.catalogue = &catalogue;
        job.input.context.service = service;
        job.input.code = SubjectCode(document, service != nullptr ? "service/" + service->uid : "services", signer.nip,
                                     base.log_head);
        made.push_back({job.target, signer.nip, signer.name, job.input.code});
        jobs.push_back(std::move(job));
    };
    for (const DocumentTemplate* document : chosen) {
        if (document->scope == TemplateScope::Unit) {
            add(*document, nullptr, out_dir / (document->id + ".pdf"));
            continue;
        }
        for (const Service& service : catalogue) {
            // The service's id is a number: the name cannot leave out_dir.
            add(*document, &service, out_dir / (document->id + "-" + std::to_string(service.id) + ".pdf"));
        }
    }
    WriteDocuments(jobs, request.overwrite, out_dir, program_dir);
    return made;
}

}  // namespace ziwb::core
