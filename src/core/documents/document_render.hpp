#pragma once

#include <optional>
#include <string>
#include <vector>

#include "documents/document_template.hpp"
#include "documents/letterhead.hpp"
#include "pdf/pdf_fonts.hpp"
#include "pdf/pdf_layout.hpp"
#include "people/team_register.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {

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
};

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

/// The document as PDF bytes (A4, kop surat, page numbers and the code in every footer).
[[nodiscard]] std::string RenderDocument(const DocumentTemplate& document, const DocumentInput& input,
                                         const PdfFontFiles& fonts);

}  // namespace ziwb::core
