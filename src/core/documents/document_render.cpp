#include "documents/document_render.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <ctime>

#include "common/calendar_date.hpp"
#include "common/sha256.hpp"
#include "common/utf8.hpp"
#include "evaluation_report/evaluation_report.hpp"
#include "form/form_grammar.hpp"
#include "pdf/pdf_document.hpp"
#include "pdf/pdf_layout.hpp"

namespace ziwb::core {
namespace {

std::string FieldValue(const std::string& field, const DocumentInput& input) {
    const Person* leader = input.leaders.empty() ? nullptr : &input.leaders.front();
    if (field == "unit.name") {
        return input.info.unit_name;
    }
    if (field == "unit.agency") {
        return input.info.agency;
    }
    if (field == "unit.year") {
        return std::to_string(input.info.year);
    }
    if (field == "person.name") {
        return input.person.name;
    }
    if (field == "person.nip") {
        return PrintedNip(input.person.nip);
    }
    if (field == "person.position") {
        return input.person.position;
    }
    if (field == "leader.name") {
        return leader != nullptr ? leader->name : std::string();
    }
    if (field == "leader.nip") {
        return leader != nullptr ? PrintedNip(leader->nip) : std::string();
    }
    if (field == "leader.position") {
        return leader != nullptr ? leader->position : std::string();
    }
    if (field == "place") {
        return input.place;
    }
    if (field == "date") {
        return IndonesianDate(input.date);
    }
    if (field == "document.code") {
        return input.code;
    }
    if (field == "people.count") {
        return std::to_string(input.people.size());
    }
    return {};  // the template was checked: no other field reaches here
}

PdfAlign AlignOf(const std::string& align) {
    if (align == "left") {
        return PdfAlign::Left;
    }
    if (align == "center") {
        return PdfAlign::Center;
    }
    if (align == "right") {
        return PdfAlign::Right;
    }
    return PdfAlign::Justify;
}

void Signatures(PdfLayout& layout, const TemplateBlock& block, const DocumentInput& input) {
    if (block.who == SignatureWho::Person) {
        layout.Signature({input.place, IndonesianDate(input.date), FillFields(block.role, input), input.person.name,
                          PrintedNip(input.person.nip)});
        return;
    }
    // Every leader signs; the place and date head the first block only.
    bool first = true;
    for (const Person& leader : input.leaders) {
        DocumentInput as_leader = input;
        as_leader.person = leader;
        layout.Signature({first ? input.place : std::string(), first ? IndonesianDate(input.date) : std::string(),
                          block.role.empty() ? leader.position + "," : FillFields(block.role, as_leader), leader.name,
                          PrintedNip(leader.nip)});
        first = false;
    }
}

// The document's date as its creation time (midnight UTC): the same input gives the same bytes, and
// the properties dialog shows the day the document is dated, not 1970.
std::time_t DateTime(const std::string& date) {
    const auto day = ParseIsoDate(date);
    return day ? std::chrono::system_clock::to_time_t(*day) : 0;
}

}  // namespace

PdfLetterhead LetterheadOf(const Letterhead& letterhead, PdfDocument& document) {
    PdfLetterhead printed;
    if (!letterhead.logo.empty()) {
        printed.logo = document.LoadImage(letterhead.logo);
    }
    for (std::size_t i = 0; i < letterhead.lines.size(); ++i) {
        if (i == 0) {
            printed.authority = letterhead.lines[i];
        } else if (i == 1) {
            printed.unit = letterhead.lines[i];
        } else {
            printed.contact.push_back(letterhead.lines[i]);
        }
    }
    return printed;
}

std::string DocumentQrText(const DocumentTemplate& document, const DocumentInput& input) {
    // What a phone shows when the QR is read: the code that names this version, and enough to see
    // which document of whom it is without opening the workspace. Names are cut to keep it small.
    std::string text = "ZI Workbench " + input.code + "\n" + Excerpt(OneLine(document.name), 60) + "\n" +
                       Excerpt(OneLine(input.info.unit_name), 80);
    if (document.scope == TemplateScope::Person && !input.person.nip.empty()) {
        text += "\nNIP " + input.person.nip;
    }
    if (!input.date.empty()) {
        text += "\n" + input.date;
    }
    return text;
}

std::string DocumentCode(const DocumentTemplate& document, const std::string& nip, const std::string& log_head) {
    const std::string hash = Sha256::HexOf(document.id + "\n" + nip + "\n" + log_head);
    std::string code = document.code_prefix + "-" + hash.substr(0, 4) + "-" + hash.substr(4, 4);
    std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return std::toupper(c); });
    return code;
}

std::string PrintedNip(const std::string& nip) {
    if (nip.size() != 18) {
        return nip;
    }
    return nip.substr(0, 8) + " " + nip.substr(8, 6) + " " + nip.substr(14, 1) + " " + nip.substr(15, 3);
}

std::string FillFields(const std::string& text, const DocumentInput& input) {
    std::string filled;
    filled.reserve(text.size() + 64);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "{{") == 0 || text.compare(i, 2, "}}") == 0) {
            filled += text[i];
            ++i;
        } else if (text[i] == '{') {
            const auto end = text.find('}', i);
            if (end == std::string::npos) {
                filled += text.substr(i);
                break;
            }
            filled += FieldValue(text.substr(i + 1, end - i - 1), input);
            i = end;
        } else {
            filled += text[i];
        }
    }
    return filled;
}

std::string RenderDocument(const DocumentTemplate& document, const DocumentInput& input, const PdfFontFiles& fonts) {
    PdfDocument pdf(fonts, PdfMetadata{FillFields(document.name, input) + " - " + input.person.name,
                                       input.info.unit_name, document.name + " " + input.code, DateTime(input.date)});
    PdfLayout layout(pdf);
    if (input.letterhead != nullptr && !input.letterhead->lines.empty()) {
        layout.Letterhead(LetterheadOf(*input.letterhead, pdf));
    }
    for (const TemplateBlock& block : document.blocks) {
        switch (block.kind) {
            case BlockKind::Title: layout.Title(FillFields(block.text, input)); break;
            case BlockKind::Heading: layout.Heading(FillFields(block.text, input)); break;
            case BlockKind::Paragraph: layout.Paragraph(FillFields(block.text, input), AlignOf(block.align)); break;
            case BlockKind::List: {
                std::string text;
                for (std::size_t i = 0; i < block.items.size(); ++i) {
                    text += (i == 0 ? "" : "\n") + std::to_string(i + 1) + ". " + FillFields(block.items[i], input);
                }
                layout.Paragraph(text, PdfAlign::Left);
                break;
            }
            case BlockKind::Rows: {
                std::vector<PdfKeyValue> rows;
                for (const TemplateRow& row : block.rows) {
                    rows.push_back({FillFields(row.key, input), FillFields(row.value, input)});
                }
                layout.KeyValues(rows);
                break;
            }
            case BlockKind::Signature: Signatures(layout, block, input); break;
            case BlockKind::People: {
                PdfTable table{{{"No", 0.5, PdfAlign::Right},
                                {"Nama", 2.7},
                                {"NIP", 2.9},
                                {"Jabatan", 2.6},
                                {"Tanda tangan", 1.7}},
                               {}};
                for (std::size_t i = 0; i < input.people.size(); ++i) {
                    const Person& person = input.people[i];
                    table.rows.push_back(
                        {std::to_string(i + 1), person.name, PrintedNip(person.nip), person.position, ""});
                }
                layout.Table(table);
                break;
            }
            case BlockKind::Space: layout.Space(block.points); break;
            case BlockKind::NewPage: layout.NewPage(); break;
        }
    }
    layout.Finish({input.code, PdfFooter{}.page_format, DocumentQrText(document, input)});
    return pdf.Bytes();
}

}  // namespace ziwb::core
