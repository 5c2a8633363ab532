// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace ziwb::core {

/// Who a template is made for: one document for each person of the team register (Pakta
/// Integritas), one for the unit signed by its leaders or its head (Komitmen Bersama, SPTJM), one
/// for each public consultation forum (undangan, daftar hadir, berita acara of an FKP), or one for
/// each service of the catalogue (its Standar Pelayanan).
/// An agency document (templates/agency/) is one for the head of the agency over the units
/// chosen on the hub (PermenPANRB 5/2024: one letter proposes several units). An evaluation
/// document is one for each review layer: the evaluators' report (LHE) on the unit.
enum class TemplateScope { Person, Unit, Fkp, Service, Agency, Evaluation };

/// Whose signature block a <signature> draws: the person the document is for (in a unit document,
/// its signer), every leader (pimpinan) of the register, or (in a forum's document) one
/// representative of each outside stakeholder group present, in a table with room to sign.
enum class SignatureWho { Person, Leaders, Representatives };

enum class BlockKind {
    Title,
    Heading,
    Paragraph,
    List,
    Rows,
    Signature,
    People,
    Participants,  ///< a forum's attendance table
    Inputs,        ///< a forum's inputs and their follow-up
    Components,    ///< a service's standard, in its two groups of components
    Services,      ///< the forum's services, or the whole catalogue in a unit document
    Units,         ///< an agency document's units, with their scores and the predicate proposed
    // The blocks of an evaluation report (for="evaluation"), from EvaluationReportData:
    Evaluators,        ///< the layer's evaluators: No, Nama, NIP, Peran (their level)
    Scores,            ///< the total, each component and area: unit, evaluator, difference
    Verdicts,          ///< each predicate's verdict by both, and the evaluators' unmet conditions
    Differences,       ///< the criteria the evaluators answered otherwise, with their impact and note
    RejectedEvidence,  ///< checklist lines and evidence items rejected, with the reason
    Recommendations,   ///< the evaluators' notes on criteria short of full points
    Space,
    NewPage
};

struct TemplateRow {
    std::string key;
    std::string value;
};

/// One element of a template's body; its texts still hold the {fields}.
struct TemplateBlock {
    BlockKind kind = BlockKind::Paragraph;
    int line = 0;                    ///< where it is in the template file, for messages
    std::string text;                ///< title, heading, paragraph
    std::string align = "justify";   ///< paragraph: justify, left, center, right
    std::vector<std::string> items;  ///< list: numbered 1, 2, ...
    std::vector<TemplateRow> rows;   ///< rows: "key : value"
    SignatureWho who = SignatureWho::Person;
    std::string role;            ///< signature: the line above the space for the signature ("{person.position},")
    double points = 0;           ///< space
    bool attended_only = false;  ///< participants: only those present (minutes), not everyone invited
    std::string empty;           ///< an evaluation table: the sentence printed instead when it has no rows
    /// paragraph of an evaluation document: printed only "open-reviews" (some criteria are still in
    /// review), "closed" or "not-closed" (the review); empty: always.
    std::string when;
};

/// A document as declarative data (templates/documents/*.xml): the wording is the template's, the
/// unit, people, place, date, letterhead and code are filled in when it is made.
struct DocumentTemplate {
    std::string id;           ///< "pakta-integritas": used in file names and register keys
    std::string name;         ///< "Pakta Integritas"
    std::string code_prefix;  ///< "PI": the start of every code of a document made from it
    TemplateScope scope = TemplateScope::Person;
    std::string file;  ///< where it was read from, for messages
    std::vector<TemplateBlock> blocks;
    /// Made from the service registers (a forum's or a service's document, or a unit document with
    /// <services/>): by MakeFkpDocuments or MakeServiceDocuments, not MakeDocuments.
    bool needs_services = false;
};

/// "person", "unit", "fkp", "service", "agency" or "evaluation": the template's for= attribute.
[[nodiscard]] std::string TemplateScopeName(TemplateScope scope);

/// The fields a template may use: {unit.name}, {person.nip}, {fkp.place}, {service.name}, ...
[[nodiscard]] const std::vector<std::string>& TemplateFields();

/// Whether {field} has a meaning in a template of `scope` ({fkp.*} only for a forum, {service.*}
/// only for a service, {evaluation.*} only for an evaluation report); the field is one of
/// TemplateFields().
[[nodiscard]] bool FieldFitsScope(std::string_view field, TemplateScope scope);

/// Whether `id` can name a template: lower-case ASCII letters, digits and '-', at most 40.
[[nodiscard]] bool IsWellFormedTemplateId(std::string_view id);

/// Parses a template. Anything that is not the format (bad XML, an unknown element or attribute, an
/// unknown {field}) throws FormError with the file, the line and the reason.
[[nodiscard]] DocumentTemplate ParseTemplate(std::string_view xml, const std::string& display_name);

/// The templates shipped in templates/documents/, sorted by id. A damaged one throws FormError.
[[nodiscard]] std::vector<DocumentTemplate> LoadShippedTemplates(const std::filesystem::path& program_dir);

/// A shipped template by its id, or a template file by its path (a name ending in .xml). Throws
/// UserError naming the shipped templates when there is none.
[[nodiscard]] DocumentTemplate FindTemplate(const std::filesystem::path& program_dir, const std::string& name);

}  // namespace ziwb::core
