// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/document_render.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <ctime>

#include "common/calendar_date.hpp"
#include "common/error.hpp"
#include "common/sha256.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "evaluation_report/evaluation_blocks.hpp"
#include "evaluation_report/evaluation_report.hpp"
#include "form/form_grammar.hpp"
#include "pdf/pdf_document.hpp"
#include "pdf/pdf_layout.hpp"

namespace ziwb::core {
namespace {

// What the forum's and the service's fields print where the register has nothing yet.
constexpr const char* kNone = "-";
constexpr const char* kBlank = "........................................";
// No-break spaces: the wrapping keeps them where a line's leading spaces are dropped.
constexpr const char* kIndent = "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0";

std::string OrNone(const std::string& text) {
    return text.empty() ? kNone : text;
}

const Service* FindService(const DocumentContext& context, const std::string& uid) {
    if (context.catalogue == nullptr) {
        return nullptr;
    }
    const auto found = std::find_if(context.catalogue->begin(), context.catalogue->end(),
                                    [&](const Service& service) { return service.uid == uid; });
    return found == context.catalogue->end() ? nullptr : &*found;
}

std::string GroupName(const DocumentContext& context, const std::string& group) {
    const StakeholderGroup* found = context.rules != nullptr ? context.rules->FindGroup(group) : nullptr;
    return found != nullptr ? found->name : group;
}

// The outside stakeholder groups with someone present, in the rules' order.
std::vector<const StakeholderGroup*> GroupsPresent(const DocumentContext& context) {
    std::vector<const StakeholderGroup*> groups;
    if (context.rules == nullptr || context.fkp == nullptr) {
        return groups;
    }
    for (const StakeholderGroup& group : context.rules->stakeholder_groups) {
        if (group.outside && std::any_of(context.fkp->participants.begin(), context.fkp->participants.end(),
                                         [&](const FkpParticipant& p) { return p.attended && p.group == group.id; })) {
            groups.push_back(&group);
        }
    }
    return groups;
}

std::string FkpFieldValue(const std::string& field, const FkpSession& fkp, const DocumentContext& context) {
    if (field == "fkp.date") {
        return IndonesianDate(fkp.date);
    }
    if (field == "fkp.day") {
        return IndonesianWeekday(fkp.date);
    }
    if (field == "fkp.place") {
        return OrNone(fkp.place);
    }
    if (field == "fkp.purpose") {
        return fkp.purpose == "drafting" ? "penyusunan" : fkp.purpose == "review" ? "reviu" : OrNone(fkp.purpose);
    }
    if (field == "fkp.topic") {
        // A forum recorded without a topic consults on what its purpose says.
        if (fkp.topic.empty()) {
            return fkp.purpose == "drafting" ? "Penyusunan Standar Pelayanan" : "Reviu Standar Pelayanan";
        }
        return fkp.topic;
    }
    if (field == "fkp.chair") {
        return OrNone(fkp.chair);
    }
    if (field == "fkp.participants.count") {
        return std::to_string(fkp.participants.size());
    }
    if (field == "fkp.attended.count") {
        return std::to_string(std::count_if(fkp.participants.begin(), fkp.participants.end(),
                                            [](const FkpParticipant& p) { return p.attended; }));
    }
    if (field == "fkp.groups") {
        std::string names;
        for (const StakeholderGroup* group : GroupsPresent(context)) {
            names += (names.empty() ? "" : ", ") + group->name;
        }
        return OrNone(names);
    }
    if (field == "fkp.inputs.count") {
        return std::to_string(fkp.inputs.size());
    }
    return {};
}

std::string ServiceFieldValue(const std::string& field, const Service& service) {
    if (field == "service.name") {
        return service.name;
    }
    if (field == "service.established_by") {
        return service.established_by.empty() ? kBlank : service.established_by;
    }
    if (field == "service.reviewed_on") {
        return service.reviewed_on.empty() ? kNone : IndonesianDate(service.reviewed_on);
    }
    return {};
}

std::string FieldValue(const std::string& field, const DocumentInput& input) {
    if (field.starts_with("fkp.")) {
        return input.context.fkp != nullptr ? FkpFieldValue(field, *input.context.fkp, input.context) : std::string();
    }
    if (field.starts_with("service.")) {
        return input.context.service != nullptr ? ServiceFieldValue(field, *input.context.service) : std::string();
    }
    if (field.starts_with("evaluation.") || field == "unit.predicate") {
        return EvaluationFieldValue(field, input);
    }
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
    if (field == "units.count") {
        return input.context.units == nullptr ? std::string() : std::to_string(input.context.units->size());
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

void Representatives(PdfLayout& layout, const DocumentInput& input);

void Signatures(PdfLayout& layout, const TemplateBlock& block, const DocumentInput& input) {
    if (block.who == SignatureWho::Representatives) {
        Representatives(layout, input);
        return;
    }
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

// One representative of each outside group present signs the minutes: the first of the group
// present, in the rules' order of the groups.
void Representatives(PdfLayout& layout, const DocumentInput& input) {
    PdfTable table{{{"No", 0.45, PdfAlign::Right},
                    {"Nama", 2.6},
                    {"Unsur", 2.2},
                    {"Instansi/Organisasi", 2.6},
                    {"Tanda Tangan", 2.1}},
                   {},
                   3};
    for (const StakeholderGroup* group : GroupsPresent(input.context)) {
        const auto& participants = input.context.fkp->participants;
        const auto found = std::find_if(participants.begin(), participants.end(),
                                        [&](const FkpParticipant& p) { return p.attended && p.group == group->id; });
        table.rows.push_back(
            {std::to_string(table.rows.size() + 1), found->name, group->name, OrNone(found->organisation), ""});
    }
    if (table.rows.empty()) {
        table.rows.push_back({"", kNone, kNone, kNone, ""});
    }
    layout.Table(table);
}

void Participants(PdfLayout& layout, const TemplateBlock& block, const DocumentInput& input) {
    PdfTable table{{{"No", 0.5, PdfAlign::Right},
                    {"Nama", 2.0},
                    {"Unsur", 1.9},
                    {"Instansi/Organisasi", 2.4},
                    {"Jabatan", 1.5},
                    {"Tanda Tangan", 1.6}},
                   {},
                   2};
    for (const FkpParticipant& participant : input.context.fkp->participants) {
        if (block.attended_only && !participant.attended) {
            continue;
        }
        // The signature column is staggered as on a paper list: the number at the left on odd
        // rows and in the middle on even ones, so neighbours do not sign over each other.
        const std::string number = std::to_string(table.rows.size() + 1);
        table.rows.push_back({number, participant.name, GroupName(input.context, participant.group),
                              OrNone(participant.organisation), OrNone(participant.position),
                              table.rows.size() % 2 == 0 ? number + "." : kIndent + number + "."});
    }
    if (table.rows.empty()) {
        table.rows.push_back({"", kNone, kNone, kNone, kNone, ""});
    }
    layout.Table(table);
}

void Inputs(PdfLayout& layout, const DocumentInput& input) {
    PdfTable table{{{"No", 0.55, PdfAlign::Right},
                    {"Masukan", 2.5},
                    {"Dari", 1.5},
                    {"Layanan", 1.8},
                    {"Tindak Lanjut", 1.9},
                    {"Keterangan", 2.4}},
                   {}};
    std::vector<const FkpInput*> inputs;
    for (const FkpInput& received : input.context.fkp->inputs) {
        inputs.push_back(&received);
    }
    std::stable_sort(inputs.begin(), inputs.end(),
                     [](const FkpInput* a, const FkpInput* b) { return a->number < b->number; });
    for (const FkpInput* received : inputs) {
        const Service* service = FindService(input.context, received->service_uid);
        const std::string about = received->service_uid.empty() ? "Semua layanan"
                                  : service != nullptr          ? service->name
                                                                : kNone;
        table.rows.push_back(
            {std::to_string(received->number > 0 ? received->number : static_cast<std::int64_t>(table.rows.size() + 1)),
             received->text, OrNone(received->from), about, FollowUpLabel(received->follow_up),
             OrNone(received->response)});
    }
    if (table.rows.empty()) {
        table.rows.push_back({"", "Tidak ada masukan", kNone, kNone, kNone, kNone});
    }
    layout.Table(table);
}

// The standard of one service in the two groups of PermenPANRB 15/2014: the components of
// delivering the service, then those of managing it inside the unit; an empty component prints "-".
void Components(PdfLayout& layout, const DocumentInput& input) {
    const Service& service = *input.context.service;
    const std::array<std::pair<const char*, const char*>, 2> groups = {
        std::pair{"delivery",
                  "A. Komponen Standar Pelayanan yang Terkait dengan Proses Penyampaian Pelayanan "
                  "(Service Delivery)"},
        std::pair{"management",
                  "B. Komponen Standar Pelayanan yang Terkait dengan Proses Pengelolaan Pelayanan di "
                  "Internal Organisasi (Manufacturing)"}};
    for (const auto& [group, heading] : groups) {
        PdfTable table{{{"No", 0.5, PdfAlign::Right}, {"Komponen", 3.1}, {"Uraian", 6.4}}, {}};
        for (const ServiceComponent& component : input.context.rules->components) {
            if (component.group != group) {
                continue;
            }
            const auto filled = service.components.find(component.id);
            const bool empty =
                filled == service.components.end() || filled->second.find_first_not_of(" \t\r\n") == std::string::npos;
            table.rows.push_back(
                {std::to_string(table.rows.size() + 1), component.name, empty ? kNone : filled->second});
        }
        layout.Heading(heading);
        layout.Table(table);
    }
}

// The forum's services, or in a unit document the whole catalogue, as a numbered list.
void Services(PdfLayout& layout, const DocumentInput& input) {
    std::vector<std::string> names;
    if (input.context.fkp != nullptr) {
        for (const std::string& uid : input.context.fkp->service_uids) {
            if (const Service* service = FindService(input.context, uid); service != nullptr) {
                names.push_back(service->name);
            }
        }
    } else {
        for (const Service& service : *input.context.catalogue) {
            names.push_back(service.name);
        }
    }
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i) {
        text += (i == 0 ? "" : "\n") + std::to_string(i + 1) + ". " + names[i];
    }
    layout.Paragraph(text.empty() ? kNone : text, PdfAlign::Left);
}

// An agency document's units: No, Unit kerja, the unit's and the evaluators' scores, the predicate.
void Units(PdfLayout& layout, const DocumentInput& input) {
    PdfTable table{{{"No", 0.5, PdfAlign::Right},
                    {"Unit Kerja", 4.2},
                    {"Nilai Mandiri", 1.5, PdfAlign::Right},
                    {"Nilai TPI", 1.5, PdfAlign::Right},
                    {"Diusulkan", 1.3}},
                   {}};
    const auto score = [](const std::optional<double>& value) {
        return value ? FormatNumber(*value, 2) : std::string(kNone);
    };
    for (const ProposedUnit& unit : *input.context.units) {
        table.rows.push_back({std::to_string(table.rows.size() + 1), unit.name, score(unit.unit_total),
                              score(unit.review_total), unit.predicate.empty() ? kNone : unit.predicate});
    }
    layout.Table(table);
}

// What a template of the service registers needs in its context: without it the document would
// print empty tables and fields.
void CheckContext(const DocumentTemplate& document, const DocumentContext& context) {
    const bool fkp_ok = document.scope != TemplateScope::Fkp || (context.fkp != nullptr && context.rules != nullptr);
    const bool service_ok =
        document.scope != TemplateScope::Service || (context.service != nullptr && context.rules != nullptr);
    const bool catalogue_ok =
        std::none_of(document.blocks.begin(), document.blocks.end(),
                     [](const TemplateBlock& block) { return block.kind == BlockKind::Services; }) ||
        context.catalogue != nullptr;
    const bool units_ok =
        document.scope != TemplateScope::Agency || (context.units != nullptr && !context.units->empty());
    if (document.scope == TemplateScope::Evaluation && (context.evaluation == nullptr || context.form == nullptr)) {
        throw Error(Format(Tr("the {0} is made from a review, and none was given"), {document.name}));
    }
    if (!units_ok) {
        throw Error(Format(Tr("the {0} lists the units proposed, and none were given"), {document.name}));
    }
    if (!fkp_ok || !service_ok || !catalogue_ok) {
        throw Error(Format(Tr("the {0} is made from the service registers, and they were not given"), {document.name}));
    }
}

// What the document is about, after its name in the PDF's properties.
std::string Subject(const DocumentTemplate& document, const DocumentInput& input) {
    if (document.scope == TemplateScope::Fkp && input.context.fkp != nullptr) {
        return "FKP " + IndonesianDate(input.context.fkp->date);
    }
    if (document.scope == TemplateScope::Service && input.context.service != nullptr) {
        return input.context.service->name;
    }
    if (document.scope == TemplateScope::Evaluation) {
        return input.info.unit_name;
    }
    return input.person.name;
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
        printed.logo = document.EmbedImage(letterhead.logo);
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
    if (document.scope == TemplateScope::Fkp && input.context.fkp != nullptr) {
        text += "\nFKP " + input.context.fkp->date;
    }
    if (document.scope == TemplateScope::Service && input.context.service != nullptr) {
        text += "\n" + Excerpt(OneLine(input.context.service->name), 60);
    }
    if (document.scope == TemplateScope::Evaluation) {
        text += "\n" + Excerpt(OneLine(EvaluationFieldValue("evaluation.layer", input)), 60);
    }
    if (!input.date.empty()) {
        text += "\n" + input.date;
    }
    return text;
}

std::string IndonesianWeekday(const std::string& date) {
    static const std::array<const char*, 7> days = {"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"};
    const auto day = ParseIsoDate(date);
    return day ? days.at(std::chrono::weekday(*day).c_encoding()) : std::string();
}

std::string FollowUpLabel(const std::string& follow_up) {
    if (follow_up == "adopted") {
        return "Diterima";
    }
    if (follow_up == "declined") {
        return "Ditolak";
    }
    return "Belum ditindaklanjuti";
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
    CheckContext(document, input.context);
    PdfDocument pdf(fonts, PdfMetadata{FillFields(document.name, input) + " - " + Subject(document, input),
                                       input.info.unit_name, document.name + " " + input.code, DateTime(input.date)});
    PdfLayout layout(pdf);
    if (input.letterhead != nullptr && !input.letterhead->lines.empty()) {
        layout.Letterhead(LetterheadOf(*input.letterhead, pdf));
    }
    for (const TemplateBlock& block : document.blocks) {
        switch (block.kind) {
            case BlockKind::Title: layout.Title(FillFields(block.text, input)); break;
            case BlockKind::Heading: layout.Heading(FillFields(block.text, input)); break;
            case BlockKind::Paragraph:
                if (EvaluationConditionHolds(block.when, input)) {
                    layout.Paragraph(FillFields(block.text, input), AlignOf(block.align));
                }
                break;
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
            case BlockKind::Participants: Participants(layout, block, input); break;
            case BlockKind::Inputs: Inputs(layout, input); break;
            case BlockKind::Components: Components(layout, input); break;
            case BlockKind::Services: Services(layout, input); break;
            case BlockKind::Units: Units(layout, input); break;
            case BlockKind::Evaluators:
            case BlockKind::Scores:
            case BlockKind::Verdicts:
            case BlockKind::Differences:
            case BlockKind::RejectedEvidence:
            case BlockKind::Recommendations: DrawEvaluationBlock(layout, block, input); break;
            case BlockKind::Space: layout.Space(block.points); break;
            case BlockKind::NewPage: layout.NewPage(); break;
        }
    }
    layout.Finish({input.code, PdfFooter{}.page_format, DocumentQrText(document, input)});
    return pdf.Bytes();
}

}  // namespace ziwb::core
