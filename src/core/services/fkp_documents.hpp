// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <vector>

#include "documents/document_make.hpp"
#include "documents/document_template.hpp"
#include "services/service_records.hpp"
#include "services/service_rules.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

/// The documents of one public consultation forum (PermenPANRB 16/2017): every template of
/// `templates` made for a forum (for="fkp": the undangan, the daftar hadir, the berita acara) is
/// written into `out_dir` as <template>-fkp<forum id>.pdf, signed by the register's person with
/// request.nip or its first pimpinan. `catalogue` names the forum's services and the services its
/// inputs are about. Every name is checked before the first is written. Throws UserError (nothing
/// written) when `templates` holds no forum template, there is no signer or a file exists.
std::vector<MadeDocument> MakeFkpDocuments(Workspace& workspace, const ServiceRules& rules, const FkpSession& fkp,
                                           const std::vector<Service>& catalogue,
                                           const std::vector<DocumentTemplate>& templates, const MakeRequest& request,
                                           const std::filesystem::path& out_dir,
                                           const std::filesystem::path& program_dir);

/// The documents of the service catalogue (PermenPANRB 15/2014): every template made for a service
/// (for="service": the Standar Pelayanan) once for each service of `catalogue`, as
/// <template>-<service id>.pdf, and every unit template with <services/> (the Maklumat Pelayanan)
/// once, as <template>.pdf; signed like MakeFkpDocuments. Throws UserError (nothing written) for
/// an empty catalogue, no such template, no signer or a file that exists.
std::vector<MadeDocument> MakeServiceDocuments(Workspace& workspace, const ServiceRules& rules,
                                               const std::vector<Service>& catalogue,
                                               const std::vector<DocumentTemplate>& templates,
                                               const MakeRequest& request, const std::filesystem::path& out_dir,
                                               const std::filesystem::path& program_dir);

/// The input of one forum document, as MakeFkpDocuments fills it in from `base`: for tests and
/// previews that render to bytes with RenderDocument. The pointers in its context point at the
/// arguments.
[[nodiscard]] DocumentInput FkpDocumentInput(const DocumentBase& base, const Person& signer,
                                             const DocumentTemplate& document, const ServiceRules& rules,
                                             const FkpSession& fkp, const std::vector<Service>& catalogue);

/// The code of a forum's document: like DocumentCode, over the forum's uid and the signer's NIP.
[[nodiscard]] std::string FkpDocumentCode(const DocumentTemplate& document, const FkpSession& fkp,
                                          const std::string& nip, const std::string& log_head);

}  // namespace ziwb::core
