// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/document_template.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <optional>
#include <pugixml.hpp>
#include <sstream>

#include "common/data_dirs.hpp"
#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "io/xml_data_file.hpp"

namespace ziwb::core {
namespace {

// A letter is a page or two; a template far larger than this is not a template.
constexpr std::size_t kMaxTemplateBytes = std::size_t{256} * 1024;
constexpr std::size_t kMaxTemplateId = 40;

class TemplateReader : private XmlDataFile {
public:
    TemplateReader(std::string_view text, std::string file) : XmlDataFile(text, std::move(file), kMaxTemplateBytes) {}

    DocumentTemplate Read() {
        pugi::xml_document document;
        const auto root = Parse(document);
        if (std::string_view(root.name()) != "document-template") {
            Fail(root, Format(Tr("the root element must be <document-template>, not <{0}>"), {root.name()}));
        }
        Attributes(root, {"id", "format", "for", "code-prefix"});
        if (std::string_view(root.attribute("format").as_string()) != "1") {
            Fail(root, Tr("this program reads templates of format=\"1\""));
        }
        DocumentTemplate result;
        result.file = File();
        result.id = Required(root, "id");
        if (!IsWellFormedTemplateId(result.id)) {
            Fail(root, Format(Tr("the template id '{0}' is not lower-case letters, digits and '-'"), {result.id}));
        }
        const std::string scope = Required(root, "for");
        if (scope == "person") {
            result.scope = TemplateScope::Person;
        } else if (scope == "unit") {
            result.scope = TemplateScope::Unit;
        } else if (scope == "fkp") {
            result.scope = TemplateScope::Fkp;
        } else if (scope == "service") {
            result.scope = TemplateScope::Service;
        } else if (scope == "agency") {
            result.scope = TemplateScope::Agency;
        } else if (scope == "evaluation") {
            result.scope = TemplateScope::Evaluation;
        } else {
            Fail(root, Format(Tr("for= is 'person' (one document for each person), 'unit', 'fkp' (one for each "
                                 "public consultation forum), 'service' (one for each service), 'agency' or "
                                 "'evaluation' (the report of a review), not '{0}'"),
                              {OneLine(scope)}));
        }
        m_scope = result.scope;
        m_needs_services = m_scope == TemplateScope::Fkp || m_scope == TemplateScope::Service;
        result.code_prefix = Required(root, "code-prefix");
        if (result.code_prefix.size() > 8 || !std::all_of(result.code_prefix.begin(), result.code_prefix.end(),
                                                          [](char c) { return c >= 'A' && c <= 'Z'; })) {
            Fail(root, Tr("code-prefix is one to eight capital letters (\"PI\")"));
        }
        for (const auto& child : root.children()) {
            if (child.type() == pugi::node_comment) {
                continue;
            }
            if (child.type() != pugi::node_element) {
                Fail(child, Tr("text belongs inside an element such as <paragraph>"));
            }
            const std::string_view name = child.name();
            if (name == "name") {
                Attributes(child, {});
                result.name = Text(child);
                continue;
            }
            result.blocks.push_back(Block(child));
        }
        if (result.name.empty()) {
            Fail(root, Tr("the template has no <name>"));
        }
        if (result.blocks.empty()) {
            Fail(root, Tr("the template has nothing to print"));
        }
        result.needs_services = m_needs_services;
        return result;
    }

private:
    TemplateBlock Block(const pugi::xml_node& node) {
        TemplateBlock block;
        block.line = LineOf(node.offset_debug());
        const std::string_view name = node.name();
        if (name == "title" || name == "heading") {
            Attributes(node, {});
            block.kind = name == "title" ? BlockKind::Title : BlockKind::Heading;
            block.text = Text(node);
        } else if (name == "paragraph") {
            Attributes(node, {"align", "when"});
            block.kind = BlockKind::Paragraph;
            block.text = Text(node);
            if (node.attribute("when")) {
                OnlyIn(node, {TemplateScope::Evaluation}, "when=");
                block.when = node.attribute("when").as_string();
                if (block.when != "open-reviews" && block.when != "closed" && block.when != "not-closed") {
                    Fail(node,
                         Format(Tr("when= is open-reviews, closed or not-closed, not '{0}'"), {OneLine(block.when)}));
                }
            }
            block.align = node.attribute("align") ? node.attribute("align").as_string() : "justify";
            if (block.align != "justify" && block.align != "left" && block.align != "center" &&
                block.align != "right") {
                Fail(node, Format(Tr("align= is justify, left, center or right, not '{0}'"), {block.align}));
            }
        } else if (name == "list") {
            Attributes(node, {});
            block.kind = BlockKind::List;
            for (const auto& item : Children(node, "item")) {
                Attributes(item, {});
                block.items.push_back(Text(item));
            }
        } else if (name == "rows") {
            Attributes(node, {});
            block.kind = BlockKind::Rows;
            for (const auto& row : Children(node, "row")) {
                Attributes(row, {"key"});
                block.rows.push_back({Checked(row, Required(row, "key")), Text(row)});
            }
        } else if (name == "signature") {
            Attributes(node, {"who", "role"});
            block.kind = BlockKind::Signature;
            const std::string who = Required(node, "who");
            if (who == "person") {
                block.who = SignatureWho::Person;
            } else if (who == "leaders") {
                block.who = SignatureWho::Leaders;
            } else if (who == "representatives") {
                block.who = SignatureWho::Representatives;
                OnlyIn(node, {TemplateScope::Fkp}, "who=\"representatives\"");
            } else {
                Fail(node, Format(Tr("who= is 'person', 'leaders' or 'representatives', not '{0}'"), {OneLine(who)}));
            }
            block.role = Checked(node, node.attribute("role").as_string());
            NoChildren(node);
        } else if (name == "people") {
            Attributes(node, {});
            block.kind = BlockKind::People;
            NoChildren(node);
        } else if (name == "participants") {
            Attributes(node, {"attended-only"});
            block.kind = BlockKind::Participants;
            OnlyIn(node, {TemplateScope::Fkp}, "<participants/>");
            const std::string attended = node.attribute("attended-only").as_string("false");
            if (attended != "true" && attended != "false") {
                Fail(node, Format(Tr("attended-only= is 'true' or 'false', not '{0}'"), {OneLine(attended)}));
            }
            block.attended_only = attended == "true";
            NoChildren(node);
        } else if (name == "inputs") {
            Attributes(node, {});
            block.kind = BlockKind::Inputs;
            OnlyIn(node, {TemplateScope::Fkp}, "<inputs/>");
            NoChildren(node);
        } else if (name == "components") {
            Attributes(node, {});
            block.kind = BlockKind::Components;
            OnlyIn(node, {TemplateScope::Service}, "<components/>");
            NoChildren(node);
        } else if (name == "services") {
            Attributes(node, {});
            block.kind = BlockKind::Services;
            OnlyIn(node, {TemplateScope::Fkp, TemplateScope::Unit}, "<services/>");
            m_needs_services = true;
            NoChildren(node);
        } else if (name == "units") {
            Attributes(node, {});
            block.kind = BlockKind::Units;
            OnlyIn(node, {TemplateScope::Agency}, "<units/>");
            NoChildren(node);
        } else if (const auto evaluation = EvaluationBlock(name)) {
            block.kind = *evaluation;
            OnlyIn(node, {TemplateScope::Evaluation}, "<" + std::string(name) + "/>");
            const bool has_empty = *evaluation == BlockKind::Differences ||
                                   *evaluation == BlockKind::RejectedEvidence ||
                                   *evaluation == BlockKind::Recommendations;
            if (has_empty) {
                Attributes(node, {"empty"});
                block.empty = Checked(node, node.attribute("empty").as_string("-"));
            } else {
                Attributes(node, {});
            }
            NoChildren(node);
        } else if (name == "new-page") {
            Attributes(node, {});
            block.kind = BlockKind::NewPage;
            NoChildren(node);
        } else if (name == "space") {
            Attributes(node, {"points"});
            block.kind = BlockKind::Space;
            block.points = node.attribute("points").as_double(-1);
            if (block.points < 0 || block.points > 200) {
                Fail(node, Tr("points= is a number from 0 to 200"));
            }
            NoChildren(node);
        } else {
            Fail(node, Format(Tr("unknown element <{0}>: a template holds <name>, <title>, <heading>, <paragraph>, "
                                 "<list>, <rows>, <signature>, <people>, <participants>, <inputs>, <components>, "
                                 "<services>, <units>, <evaluators>, <scores>, <verdicts>, <differences>, "
                                 "<rejected-evidence>, <recommendations>, <space> and <new-page>"),
                              {OneLine(std::string(name))}));
        }
        return block;
    }

    // The blocks an evaluation report draws from the review, by element name.
    static std::optional<BlockKind> EvaluationBlock(std::string_view name) {
        static const std::array<std::pair<std::string_view, BlockKind>, 6> blocks = {{
            {"evaluators", BlockKind::Evaluators},
            {"scores", BlockKind::Scores},
            {"verdicts", BlockKind::Verdicts},
            {"differences", BlockKind::Differences},
            {"rejected-evidence", BlockKind::RejectedEvidence},
            {"recommendations", BlockKind::Recommendations},
        }};
        for (const auto& [known, kind] : blocks) {
            if (known == name) {
                return kind;
            }
        }
        return std::nullopt;
    }

    // Refuses `what` in a template whose scope is not one of `scopes`: a forum's participants mean
    // nothing in a Pakta Integritas.
    void OnlyIn(const pugi::xml_node& node, std::initializer_list<TemplateScope> scopes, std::string_view what) {
        if (std::find(scopes.begin(), scopes.end(), m_scope) != scopes.end()) {
            return;
        }
        std::string allowed;
        for (const TemplateScope scope : scopes) {
            allowed += (allowed.empty() ? "for=\"" : " or for=\"") + TemplateScopeName(scope) + "\"";
        }
        Fail(node, Format(Tr("{0} has no meaning in a template for=\"{1}\": it belongs in a template {2}"),
                          {std::string(what), TemplateScopeName(m_scope), allowed}));
    }

    std::vector<pugi::xml_node> Children(const pugi::xml_node& node, std::string_view allowed) {
        std::vector<pugi::xml_node> children;
        for (const auto& child : node.children()) {
            if (child.type() == pugi::node_comment) {
                continue;
            }
            if (child.type() != pugi::node_element || std::string_view(child.name()) != allowed) {
                Fail(child, Format(Tr("<{0}> holds only <{1}>"), {node.name(), std::string(allowed)}));
            }
            children.push_back(child);
        }
        if (children.empty()) {
            Fail(node, Format(Tr("<{0}> is empty"), {node.name()}));
        }
        return children;
    }

    void NoChildren(const pugi::xml_node& node) {
        for (const auto& child : node.children()) {
            if (child.type() != pugi::node_comment) {
                Fail(child, Format(Tr("<{0}> is empty: it takes no text or elements"), {node.name()}));
            }
        }
    }

    // The element's text, its lines joined as one paragraph (the template's own line breaks are
    // for its editor, not the page), with every {field} checked.
    std::string Text(const pugi::xml_node& node) {
        std::string text;
        for (const auto& child : node.children()) {
            if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
                text += child.value();
            } else if (child.type() != pugi::node_comment) {
                Fail(child, Format(Tr("<{0}> holds text only"), {node.name()}));
            }
        }
        std::string joined;
        bool space = false;
        for (const char c : text) {
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                space = !joined.empty();
            } else {
                if (space) {
                    joined += ' ';
                    space = false;
                }
                joined += c;
            }
        }
        if (joined.empty()) {
            Fail(node, Format(Tr("<{0}> is empty"), {node.name()}));
        }
        return Checked(node, joined);
    }

    // `text` with its {fields} checked against TemplateFields; "{{" and "}}" are the braces.
    std::string Checked(const pugi::xml_node& node, const std::string& text) {
        const auto& fields = TemplateFields();
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text.compare(i, 2, "{{") == 0 || text.compare(i, 2, "}}") == 0) {
                ++i;
            } else if (text[i] == '{') {
                const auto end = text.find('}', i);
                if (end == std::string::npos) {
                    Fail(node, Tr("a '{' without its '}' (write {{ for a brace)"));
                }
                const std::string field = text.substr(i + 1, end - i - 1);
                if (std::find(fields.begin(), fields.end(), field) == fields.end()) {
                    Fail(node, Format(Tr("unknown field {{0}}; the fields are {1}"),
                                      {OneLine(Excerpt(field, 40)), JoinFields()}));
                }
                if (!FieldFitsScope(field, m_scope)) {
                    Fail(node, Format(Tr("the field {{0}} has no meaning in a template for=\"{1}\": it belongs in a "
                                         "template for=\"{2}\""),
                                      {field, TemplateScopeName(m_scope), ScopeOfField(field)}));
                }
                if (field.starts_with("fkp.") || field.starts_with("service.")) {
                    m_needs_services = true;
                }
                i = end;
            } else if (text[i] == '}') {
                Fail(node, Tr("a '}' without its '{' (write }} for a brace)"));
            }
        }
        return text;
    }

    static std::string ScopeOfField(std::string_view field) {
        if (field.starts_with("fkp.")) {
            return "fkp";
        }
        if (field.starts_with("units.")) {
            return "agency";
        }
        return field.starts_with("evaluation.") ? "evaluation" : "service";
    }

    static std::string JoinFields() {
        std::string joined;
        for (const auto& field : TemplateFields()) {
            joined += (joined.empty() ? "{" : ", {") + field + "}";
        }
        return joined;
    }

    static std::string Excerpt(const std::string& text, std::size_t length) {
        return text.size() <= length ? text : text.substr(0, length) + "...";
    }

    TemplateScope m_scope = TemplateScope::Person;
    bool m_needs_services = false;
};

std::string ReadTemplateFile(const std::filesystem::path& path) {
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (error || !std::filesystem::is_regular_file(path, error)) {
        throw UserError(Format(Tr("cannot read the template file {0}"), {PathToUtf8(path)}));
    }
    if (size > kMaxTemplateBytes) {
        throw FormError(PathToUtf8(path), 1,
                        Format(Tr("the template is {0} bytes; a template may hold at most {1} bytes"),
                               {std::to_string(size), std::to_string(kMaxTemplateBytes)}));
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (!in) {
        throw UserError(Format(Tr("cannot read the template file {0}"), {PathToUtf8(path)}));
    }
    return buffer.str();
}

std::filesystem::path TemplateFolder(const std::filesystem::path& program_dir) {
    std::filesystem::path folder = FindDataFile(program_dir, std::filesystem::path("templates") / "documents");
    if (folder.empty()) {
        throw Error(Tr("the document templates are missing from this installation; reinstall ZI Workbench"));
    }
    return folder;
}

}  // namespace

std::string TemplateScopeName(TemplateScope scope) {
    switch (scope) {
        case TemplateScope::Person: return "person";
        case TemplateScope::Unit: return "unit";
        case TemplateScope::Fkp: return "fkp";
        case TemplateScope::Service: return "service";
        case TemplateScope::Agency: return "agency";
        case TemplateScope::Evaluation: return "evaluation";
    }
    return "unit";
}

const std::vector<std::string>& TemplateFields() {
    static const std::vector<std::string> fields = {"unit.name",
                                                    "unit.agency",
                                                    "unit.year",
                                                    "person.name",
                                                    "person.nip",
                                                    "person.position",
                                                    "leader.name",
                                                    "leader.nip",
                                                    "leader.position",
                                                    "place",
                                                    "date",
                                                    "document.code",
                                                    "people.count",
                                                    "fkp.date",
                                                    "fkp.day",
                                                    "fkp.place",
                                                    "fkp.purpose",
                                                    "fkp.topic",
                                                    "fkp.chair",
                                                    "fkp.participants.count",
                                                    "fkp.attended.count",
                                                    "fkp.groups",
                                                    "fkp.inputs.count",
                                                    "service.name",
                                                    "service.established_by",
                                                    "service.reviewed_on",
                                                    "units.count",
                                                    "unit.predicate",
                                                    "evaluation.layer",
                                                    "evaluation.team",
                                                    "evaluation.unit_total",
                                                    "evaluation.review_total",
                                                    "evaluation.open_reviews",
                                                    "evaluation.closed_by",
                                                    "evaluation.closed_at",
                                                    "evaluation.closed_head",
                                                    "evaluation.closed_total",
                                                    "evaluation.signoff"};
    return fields;
}

bool FieldFitsScope(std::string_view field, TemplateScope scope) {
    if (field.starts_with("fkp.")) {
        return scope == TemplateScope::Fkp;
    }
    if (field.starts_with("service.")) {
        return scope == TemplateScope::Service;
    }
    if (field.starts_with("units.")) {
        return scope == TemplateScope::Agency;
    }
    if (field.starts_with("evaluation.")) {
        return scope == TemplateScope::Evaluation;
    }
    return true;
}

bool IsWellFormedTemplateId(std::string_view id) {
    return !id.empty() && id.size() <= kMaxTemplateId && id.front() != '-' && id.back() != '-' &&
           std::all_of(id.begin(), id.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

DocumentTemplate ParseTemplate(std::string_view xml, const std::string& display_name) {
    return TemplateReader(xml, display_name).Read();
}

std::vector<DocumentTemplate> LoadShippedTemplates(const std::filesystem::path& program_dir) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(TemplateFolder(program_dir))) {
        if (entry.path().extension() == ".xml" && entry.is_regular_file()) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    std::vector<DocumentTemplate> templates;
    templates.reserve(files.size());
    for (const auto& file : files) {
        templates.push_back(ParseTemplate(ReadTemplateFile(file), PathToUtf8(file)));
    }
    return templates;
}

DocumentTemplate FindTemplate(const std::filesystem::path& program_dir, const std::string& name) {
    if (name.ends_with(".xml")) {
        const std::filesystem::path path = PathFromUtf8(name);
        return ParseTemplate(ReadTemplateFile(path), name);
    }
    std::string known;
    for (auto& found : LoadShippedTemplates(program_dir)) {
        if (found.id == name) {
            return std::move(found);
        }
        known += (known.empty() ? "" : ", ") + found.id;
    }
    throw UserError(Format(Tr("there is no template '{0}'; the templates are {1} (or give a template file "
                              "ending in .xml)"),
                           {OneLine(name), known}));
}

}  // namespace ziwb::core
