// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "documents/document_render.hpp"
#include "documents/document_signatures.hpp"
#include "documents/document_template.hpp"
#include "documents/letterhead.hpp"
#include "people/team_register.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

/// What to make: the document of one person (by NIP), or of everyone the template is for.
struct MakeRequest {
    std::optional<std::string> nip;  ///< --person; for a unit document, its signer (default: first leader)
    bool all = false;                ///< --all
    std::string place;
    std::string date;  ///< YYYY-MM-DD
    bool overwrite = false;
};

struct MadeDocument {
    std::filesystem::path path;
    std::string nip;
    std::string name;
    std::string code;
};

/// Writes the documents into `out_dir` (created when missing) as <template>-<NIP>.pdf, or
/// <template>.pdf for a unit document. Every name is checked before the first is written, so an
/// existing file (without `overwrite`) or an unknown NIP changes nothing. Throws UserError; also
/// for a template of the service registers (TemplateScope::Fkp, ::Service, a unit document with
/// <services/>): those are made by MakeFkpDocuments and MakeServiceDocuments
/// (services/fkp_documents.hpp).
std::vector<MadeDocument> MakeDocuments(Workspace& workspace, const DocumentTemplate& document,
                                        const MakeRequest& request, const std::filesystem::path& out_dir,
                                        const std::filesystem::path& program_dir);

/// The file MakeDocuments writes for a person (`nip`) or, for a unit document, the unit:
/// "<template>-<NIP>.pdf" or "<template>.pdf".
[[nodiscard]] std::string DocumentFileName(const DocumentTemplate& document, const std::string& nip);

/// What every document made from a workspace at one time shares: the register, the letterhead,
/// the log head its codes are made from, and the input without its person, code and context.
struct DocumentBase {
    std::vector<Person> team;
    std::unique_ptr<Letterhead> letterhead;  ///< held here so that input.letterhead stays valid when moved
    std::string log_head;
    DocumentInput input;  ///< info, leaders, people, place and date (and the letterhead) filled in
};

/// The heads of the workspace's log, joined: what a document's code is made from (DocumentCode).
[[nodiscard]] std::string DocumentLogHead(Workspace& workspace);

/// Reads the register, the letterhead and the log head, and checks the request's place.
[[nodiscard]] DocumentBase LoadDocumentBase(Workspace& workspace, const MakeRequest& request);

/// The signer of a unit document (and of a forum's or a service's): the register's person with
/// the request's NIP, or the first pimpinan. Throws UserError naming `document_name` when there
/// is none.
[[nodiscard]] const Person& UnitSigner(const std::vector<Person>& team, const MakeRequest& request,
                                       const std::string& document_name);

/// One document to write: its template, its filled-in input and its file.
struct DocumentJob {
    const DocumentTemplate* document = nullptr;
    DocumentInput input;
    std::filesystem::path target;
};

/// Writes the documents: checks every target first (an existing file without `overwrite` changes
/// nothing), makes `out_dir`, then renders them on the machine's cores. Throws UserError.
void WriteDocuments(const std::vector<DocumentJob>& jobs, bool overwrite, const std::filesystem::path& out_dir,
                    const std::filesystem::path& program_dir);

}  // namespace ziwb::core
