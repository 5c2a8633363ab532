// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "documents/document_template.hpp"
#include "documents/letterhead.hpp"
#include "pdf/pdf_fonts.hpp"
#include "pdf/pdf_layout.hpp"
#include "people/team_register.hpp"
#include "services/service_records.hpp"
#include "services/service_rules.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

class Form;
struct EvaluationReportData;

/// What a document made from the service registers is about; all null for the team's documents
/// (Pakta Integritas, Komitmen Bersama, ...). The pointers must outlive the rendering.
/// One unit an agency document proposes (from the hub's recap).
struct ProposedUnit {
    std::string name;
    std::string code;
    std::optional<double> unit_total;    ///< the unit's own score
    std::optional<double> review_total;  ///< the agency's evaluators' (TPI) score
    std::string predicate;               ///< "WBK" or "WBBM": what it is proposed for
};

struct DocumentContext {
    const ServiceRules* rules = nullptr;  ///< names of the components and stakeholder groups
    const FkpSession* fkp = nullptr;      ///< for="fkp": the forum
    const Service* service = nullptr;     ///< for="service": the service
    /// The unit's services: the names of a forum's services and of the services its inputs are
    /// about, and the <services/> of a unit document.
    const std::vector<Service>* catalogue = nullptr;
    const std::vector<ProposedUnit>* units = nullptr;  ///< for="agency": the units proposed
    const Form* form = nullptr;                        ///< for="evaluation": the form of the review
    const EvaluationReportData* evaluation = nullptr;  ///< for="evaluation": what the review found
};

/// Everything a template is filled with for one document.
struct DocumentInput {
    WorkspaceInfo info;
    Person person;                ///< the one it is for; in a unit document, its signer
    std::vector<Person> leaders;  ///< the register's pimpinan, in register order
    std::vector<Person> people;   ///< the whole register, for <people>
    std::string place;
    std::string date;                        ///< YYYY-MM-DD
    std::string code;                        ///< DocumentCode
    const Letterhead* letterhead = nullptr;  ///< none: no kop surat
    DocumentContext context;
};

/// The Indonesian name of the weekday of a YYYY-MM-DD date ("Selasa"), or "" for no valid date.
[[nodiscard]] std::string IndonesianWeekday(const std::string& date);

/// How a forum's input was followed up, as the minutes say it: "Diterima", "Ditolak" or "Belum
/// ditindaklanjuti".
[[nodiscard]] std::string FollowUpLabel(const std::string& follow_up);

/// The text of the QR code printed in every page's footer: "ZI Workbench <code>", the document's
/// name, the unit, the person's NIP (documents for one person) and the date, one a line.
[[nodiscard]] std::string DocumentQrText(const DocumentTemplate& document, const DocumentInput& input);

/// The short code printed on every page: the template's prefix and 8 hex digits of the SHA-256 of
/// the template id, the person's NIP and the log head the document was made from, as "PI-3F2A-9C1B".
/// The same person's document made again after a change of the workspace gets another code.
[[nodiscard]] std::string DocumentCode(const DocumentTemplate& document, const std::string& nip,
                                       const std::string& log_head);

/// "19810314 200604 2 011": a NIP as it is printed under a signature.
[[nodiscard]] std::string PrintedNip(const std::string& nip);

/// A template text with its {fields} filled in.
[[nodiscard]] std::string FillFields(const std::string& text, const DocumentInput& input);

/// The kop surat as a PDF prints it: the first line is the authority, the second the unit, the rest
/// the contact lines; the logo is loaded into `document`. Every document with a letterhead uses it,
/// so they all print the kop surat alike.
[[nodiscard]] PdfLetterhead LetterheadOf(const Letterhead& letterhead, PdfDocument& document);

/// The document as PDF bytes (A4, kop surat, page numbers and the code in every footer). Pure: the
/// same template and input give the same bytes. A template of the service registers needs its
/// context (a forum's template the forum and the rules, a service's the service and the rules, a
/// <services/> block the catalogue); without it this throws Error.
[[nodiscard]] std::string RenderDocument(const DocumentTemplate& document, const DocumentInput& input,
                                         const PdfFontFiles& fonts);

}  // namespace ziwb::core
