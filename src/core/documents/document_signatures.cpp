// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/document_signatures.hpp"

#include <algorithm>
#include <iterator>

#include "documents/document_registers.hpp"

namespace ziwb::core {

std::vector<Person> Leaders(const std::vector<Person>& team) {
    std::vector<Person> leaders;
    std::copy_if(team.begin(), team.end(), std::back_inserter(leaders),
                 [](const Person& p) { return p.role == "pimpinan"; });
    return leaders;
}

bool IsSignedInTheRegister(const DocumentTemplate& document) {
    // The service registers' documents are kept with their forum or service, the evaluation report
    // is the evaluators' (signed when the review is closed), and the agency's letters the hub's.
    return !document.needs_services && document.scope != TemplateScope::Evaluation &&
           document.scope != TemplateScope::Agency;
}

std::vector<Person> ExpectedSigners(const DocumentTemplate& document, const std::vector<Person>& team) {
    if (!IsSignedInTheRegister(document)) {
        return {};
    }
    if (document.scope == TemplateScope::Unit) {
        return Leaders(team);
    }
    std::vector<Person> people;
    std::copy_if(team.begin(), team.end(), std::back_inserter(people),
                 [](const Person& p) { return p.role != "evaluator"; });
    return people;
}

std::vector<SignerStatus> DocumentStatus(Workspace& workspace, const std::vector<DocumentTemplate>& templates) {
    const std::vector<Person> team = LoadTeam(workspace);
    const std::vector<DocumentSignature> signatures = LoadSignatures(workspace);
    std::vector<SignerStatus> rows;
    for (const DocumentTemplate& document : templates) {
        const auto signature_of = [&](const std::string& nip) {
            return std::find_if(signatures.begin(), signatures.end(), [&](const DocumentSignature& s) {
                return s.template_id == document.id && s.nip == nip;
            });
        };
        for (const Person& person : ExpectedSigners(document, team)) {
            SignerStatus row;
            row.template_id = document.id;
            row.template_name = document.name;
            row.nip = person.nip;
            row.name = person.name;
            row.position = person.position;
            if (const auto found = signature_of(person.nip); found != signatures.end()) {
                row.is_signed = true;
                row.how = found->how;
                row.date = found->date;
                row.evidence_id = found->evidence_id;
            }
            rows.push_back(std::move(row));
        }
        for (const DocumentSignature& signature : signatures) {
            if (signature.template_id != document.id ||
                std::any_of(rows.begin(), rows.end(), [&](const SignerStatus& r) {
                    return r.template_id == document.id && r.nip == signature.nip;
                })) {
                continue;
            }
            const auto person =
                std::find_if(team.begin(), team.end(), [&](const Person& p) { return p.nip == signature.nip; });
            rows.push_back({document.id, document.name, signature.nip,
                            person != team.end() ? person->name : std::string(),
                            person != team.end() ? person->position : std::string(), true, signature.how,
                            signature.date, signature.evidence_id, false});
        }
    }
    return rows;
}

std::vector<SignatureProgress> SignatureProgressOf(const std::vector<SignerStatus>& rows) {
    std::vector<SignatureProgress> out;
    for (const auto& row : rows) {
        if (!row.expected) {
            continue;  // someone who left the register
        }
        if (out.empty() || out.back().template_id != row.template_id) {
            out.push_back({row.template_id, row.template_name, 0, 0, {}});
        }
        SignatureProgress& progress = out.back();
        ++progress.expected;
        if (row.is_signed) {
            ++progress.signed_count;
        } else {
            progress.not_signed.push_back(row.name);
        }
    }
    return out;
}

}  // namespace ziwb::core
