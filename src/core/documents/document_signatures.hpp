// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "documents/document_template.hpp"
#include "people/team_register.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

/// The pimpinan of the register, in register order.
[[nodiscard]] std::vector<Person> Leaders(const std::vector<Person>& team);

/// Whether the register records who signed a document of this template: the Pakta Integritas,
/// Komitmen Bersama, SPTJM and Surat Pengajuan Evaluasi, not the service registers' documents, the
/// agency's letters or the evaluation report.
[[nodiscard]] bool IsSignedInTheRegister(const DocumentTemplate& document);

/// Who is expected to sign a template: for a person template everyone of the register but the
/// evaluators (they belong to the reviewing body, not the unit); for a unit template the leaders;
/// nobody for a template of the service registers (a forum's or a service's documents are kept
/// with the forum and the service, not in the list of the unit's signed documents).
[[nodiscard]] std::vector<Person> ExpectedSigners(const DocumentTemplate& document, const std::vector<Person>& team);

/// One line of `ziwb document status`: a person and a template, signed or not.
struct SignerStatus {
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

[[nodiscard]] std::vector<SignerStatus> DocumentStatus(Workspace& workspace,
                                                       const std::vector<DocumentTemplate>& templates);

/// One document of the register's people: how many of those expected have signed, and who not yet.
struct SignatureProgress {
    std::string template_id;
    std::string template_name;
    std::size_t expected = 0;
    std::size_t signed_count = 0;
    std::vector<std::string> not_signed;  ///< names, in register order
};

/// DocumentStatus's lines summed per document, in the same order; signatures of people who left
/// the register are not counted.
[[nodiscard]] std::vector<SignatureProgress> SignatureProgressOf(const std::vector<SignerStatus>& rows);

}  // namespace ziwb::core
