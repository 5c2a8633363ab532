#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "documents/document_template.hpp"
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
/// existing file (without `overwrite`) or an unknown NIP changes nothing. Throws UserError.
std::vector<MadeDocument> MakeDocuments(Workspace& workspace, const DocumentTemplate& document,
                                        const MakeRequest& request, const std::filesystem::path& out_dir,
                                        const std::filesystem::path& program_dir);

/// Who is expected to sign a template: for a person template everyone of the register but the
/// evaluators (they belong to the reviewing body, not the unit); for a unit template the leaders.
[[nodiscard]] std::vector<Person> ExpectedSigners(const DocumentTemplate& document, const std::vector<Person>& team);

/// One line of `ziwb document status`: a person and a template, signed or not.
struct SignatureStatus {
    std::string template_id;
    std::string template_name;
    std::string nip;
    std::string name;
    std::string position;
    bool is_signed = false;
    std::string how;   ///< ink, electronic
    std::string date;  ///< YYYY-MM-DD
    std::int64_t evidence_id = 0;
    bool expected = true;  ///< false: a signature of someone no longer expected to sign (left the register)
};

[[nodiscard]] std::vector<SignatureStatus> DocumentStatus(Workspace& workspace,
                                                          const std::vector<DocumentTemplate>& templates);

}  // namespace ziwb::core
