// SPDX-License-Identifier: GPL-3.0-or-later
#include "form/form_loader.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "form/form_grammar.hpp"

namespace ziwb::core {

/// Builds a Form from a parsed document; a friend of Form so the result can stay immutable.
class FormBuilder {
public:
    FormBuilder(std::string_view text, std::string display_name) : m_text(text), m_file(std::move(display_name)) {
        for (std::size_t i = 0; i < m_text.size(); ++i) {
            if (m_text[i] == '\n') {
                m_line_starts.push_back(i + 1);
            }
        }
    }

    std::shared_ptr<const Form> Build() {
        if (m_text.size() > kMaxFormBytes) {
            throw FormError(m_file, 1,
                            Format(Tr("the form is {0} bytes; a form file may hold at most {1} bytes"),
                                   {std::to_string(m_text.size()), std::to_string(kMaxFormBytes)}));
        }
        pugi::xml_document document;
        const auto parsed =
            document.load_buffer(m_text.data(), m_text.size(), pugi::parse_default, pugi::encoding_utf8);
        if (!parsed) {
            throw FormError(m_file, LineOf(static_cast<std::ptrdiff_t>(parsed.offset)),
                            Format(Tr("not well-formed XML: {0}"), {parsed.description()}));
        }
        const auto root = document.document_element();
        CheckSizes(root);
        if (std::string_view(root.name()) != "form") {
            Fail(root, Format(Tr("the root element must be <form>, not <{0}>"), {root.name()}));
        }
        CheckFormat(root);
        m_form->m_id = Required(root, "id");
        m_form->m_version = Required(root, "version");
        m_form->m_title = ChildText(root, "title", true);
        m_form->m_legal_basis = ChildText(root, "legal-basis", false);
        ReadScales(root);
        ReadChangeAreas(root);
        ReadTree(root);
        ReadPredicates(root);
        ReadProposal(root);
        ReadPrerequisites(root);
        ReadReviewLayers(root);
        ReadDocuments(root);
        return m_form;
    }

private:
    int LineOf(std::ptrdiff_t offset) const {
        const auto pos = static_cast<std::size_t>(std::max<std::ptrdiff_t>(offset, 0));
        const auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), pos);
        return static_cast<int>(it - m_line_starts.begin());
    }
    int LineOf(const pugi::xml_node& node) const { return LineOf(node.offset_debug()); }

    /// Reasons quote the form's own text (a code, a key, a formula): a line break or other control
    /// character in it becomes a space, so the refusal stays one line however the form was crafted.
    [[noreturn]] void Fail(const pugi::xml_node& node, std::string reason) const {
        std::replace_if(
            reason.begin(), reason.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; },
            ' ');
        throw FormError(m_file, LineOf(node), reason);
    }

    /// Walks every node once, without recursion (the XML may nest arbitrarily deep), before anything
    /// is built: the element count and the length of every name, text and attribute value.
    void CheckSizes(const pugi::xml_node& root) const {
        constexpr std::size_t kMaxNameLength = 64;
        std::size_t elements = 0;
        const auto check_name = [&](const pugi::xml_node& node, std::string_view name) {
            if (name.size() > kMaxNameLength) {
                Fail(node, Format(Tr("the name '{0}' is longer than {1} characters"),
                                  {Excerpt(name), std::to_string(kMaxNameLength)}));
            }
        };
        const auto check_text = [&](const pugi::xml_node& node, std::string_view text) {
            if (text.size() > kMaxFormTextLength) {
                Fail(node, Format(Tr("a text of {0} bytes; a text or attribute may hold at most {1} bytes"),
                                  {std::to_string(text.size()), std::to_string(kMaxFormTextLength)}));
            }
        };
        for (pugi::xml_node node = root; node;) {
            if (node.type() == pugi::node_element) {
                if (++elements > kMaxFormElements) {
                    Fail(node, Format(Tr("the form has more than {0} elements"), {std::to_string(kMaxFormElements)}));
                }
                check_name(node, node.name());
                for (const auto& attribute : node.attributes()) {
                    check_name(node, attribute.name());
                    check_text(node, attribute.value());
                }
            } else {
                check_text(node.parent(), node.value());
            }
            // The next node in document order: the first child, else the next sibling of the
            // nearest node (this one or an ancestor below the root) that has one.
            if (node.first_child()) {
                node = node.first_child();
                continue;
            }
            while (node != root && !node.next_sibling()) {
                node = node.parent();
            }
            node = node == root ? pugi::xml_node() : node.next_sibling();
        }
    }

    /// Fails when a list of the form has grown past its limit; `message` names the limit as {0}.
    void CheckCount(const pugi::xml_node& node, std::size_t count, std::size_t limit, std::string_view message) const {
        if (count > limit) {
            Fail(node, Format(message, {std::to_string(limit)}));
        }
    }

    std::string Required(const pugi::xml_node& node, const char* attribute) const {
        const auto attr = node.attribute(attribute);
        if (!attr || std::string_view(attr.value()).empty()) {
            Fail(node, Format(Tr("<{0}> is missing the attribute '{1}'"), {node.name(), attribute}));
        }
        return attr.value();
    }

    double Number(const pugi::xml_node& node, const char* attribute) const {
        const std::string text = Required(node, attribute);
        std::size_t used = 0;
        double value = 0.0;
        try {
            value = std::stod(text, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used != text.size() || !std::isfinite(value)) {
            Fail(node, Format(Tr("attribute '{0}' must be a number, not '{1}'"), {attribute, text}));
        }
        return value;
    }

    /// A whole number from 1 to kMaxChangeAreas (change-area numbers): a stranger's 1e300 must not
    /// reach an int conversion.
    int ChangeAreaNumber(const pugi::xml_node& node, const char* attribute) const {
        const double value = Number(node, attribute);
        if (value < 1.0 || value > static_cast<double>(kMaxChangeAreas) || value != std::floor(value)) {
            Fail(node, Format(Tr("attribute '{0}' must be a whole number from 1 to {1}, not '{2}'"),
                              {attribute, std::to_string(kMaxChangeAreas), FormatMachineNumber(value)}));
        }
        return static_cast<int>(value);
    }

    std::string ChildText(const pugi::xml_node& node, const char* child, bool required) const {
        const auto element = node.child(child);
        std::string text = element.text().get();
        if (required && text.empty()) {
            Fail(node, Format(Tr("<{0}> needs a non-empty <{1}> element"), {node.name(), child}));
        }
        return text;
    }

    void CheckFormat(const pugi::xml_node& root) const {
        const double format = Number(root, "format");
        if (format > kFormFormatVersion) {
            Fail(root, Format(Tr("the form uses format {0}, but this version of ZI Workbench reads up to "
                                 "format {1}; update ZI Workbench"),
                              {FormatMachineNumber(format), std::to_string(kFormFormatVersion)}));
        }
    }

    void ReadScales(const pugi::xml_node& root) {
        for (const auto& element : root.child("scales").children("scale")) {
            CheckCount(element, m_form->m_scales.size() + 1, kMaxScales, Tr("a form declares at most {0} scales"));
            Scale scale;
            scale.id = Required(element, "id");
            scale.label = Required(element, "label");
            if (scale.id == "percentage" || scale.id == "index") {
                Fail(element, Format(Tr("'{0}' is a built-in answer type and cannot name a scale"), {scale.id}));
            }
            for (const auto& item : element.children("choice")) {
                CheckCount(item, scale.choices.size() + 1, kMaxScaleChoices, Tr("a scale has at most {0} choices"));
                ScaleChoice choice{Required(item, "key"), Number(item, "value")};
                if (!IsWellFormedChoiceKey(choice.key)) {
                    Fail(item, Format(Tr("malformed choice key '{0}': a letter, then letters, digits or '_', "
                                         "at most {1} characters"),
                                      {Excerpt(choice.key), std::to_string(kMaxChoiceKeyLength)}));
                }
                if (choice.value < 0.0 || choice.value > 1.0) {
                    Fail(item, Format(Tr("choice value {0} is outside 0..1"), {FormatMachineNumber(choice.value)}));
                }
                if (scale.Find(choice.key) != nullptr) {
                    Fail(item, Format(Tr("choice '{0}' appears twice in scale '{1}'"), {choice.key, scale.id}));
                }
                scale.choices.push_back(std::move(choice));
            }
            if (scale.choices.size() < 2) {
                Fail(element, Format(Tr("scale '{0}' needs at least two choices"), {scale.id}));
            }
            for (const auto& existing : m_form->m_scales) {
                if (existing.id == scale.id) {
                    Fail(element, Format(Tr("scale '{0}' is declared twice"), {scale.id}));
                }
            }
            m_form->m_scales.push_back(std::move(scale));
        }
    }

    void ReadChangeAreas(const pugi::xml_node& root) {
        for (const auto& element : root.child("change-areas").children("change-area")) {
            CheckCount(element, m_form->m_change_areas.size() + 1, kMaxChangeAreas,
                       Tr("a form declares at most {0} change areas"));
            ChangeArea area{ChangeAreaNumber(element, "number"), Required(element, "name")};
            m_form->m_change_areas.push_back(std::move(area));
        }
    }

    static int Rank(std::string_view tag) {
        if (tag == "component") return 1;
        if (tag == "part") return 2;
        if (tag == "area") return 3;
        if (tag == "subindicator") return 4;
        if (tag == "criterion") return 5;
        return 0;
    }

    static NodeKind KindOf(int rank) {
        switch (rank) {
            case 1: return NodeKind::Component;
            case 2: return NodeKind::Part;
            case 3: return NodeKind::Area;
            case 4: return NodeKind::Subindicator;
            default: return NodeKind::Criterion;
        }
    }

    void ReadTree(const pugi::xml_node& root) {
        FormNode top;
        top.kind = NodeKind::Root;
        top.name = m_form->m_title;
        top.source_line = LineOf(root);
        m_form->m_nodes.push_back(std::move(top));
        double sum = 0.0;
        for (const auto& element : root.children("component")) {
            sum += ReadNode(element, 0);
        }
        if (m_form->m_nodes.size() == 1) {
            Fail(root, Tr("the form has no <component>"));
        }
        m_form->m_nodes.front().weight = sum;
        if (std::fabs(sum - 100.0) > 1e-9) {
            Fail(root, Format(Tr("the component weights add up to {0}, not 100"), {FormatMachineNumber(sum)}));
        }
    }

    /// Reads one node and its subtree; returns its weight (0 for an unweighted criterion).
    double ReadNode(const pugi::xml_node& element, int parent_index) {
        const int rank = Rank(element.name());
        const FormNode& parent_node = m_form->Node(parent_index);
        FormNode node;
        node.kind = KindOf(rank);
        node.parent = parent_index;
        node.depth = parent_node.depth + 1;
        node.source_line = LineOf(element);
        node.code = Required(element, "code");
        CheckCode(element, node.code, parent_node.code);
        node.change_area = parent_node.change_area;
        if (node.kind == NodeKind::Area) {
            node.change_area = ChangeAreaNumber(element, "change-area");
            const auto& areas = m_form->m_change_areas;
            if (std::none_of(areas.begin(), areas.end(),
                             [&](const ChangeArea& a) { return a.number == node.change_area; })) {
                Fail(element, Format(Tr("change-area {0} is not declared in <change-areas>"),
                                     {std::to_string(node.change_area)}));
            }
        }
        const bool under_subindicator = parent_node.kind == NodeKind::Subindicator;
        if (node.kind == NodeKind::Criterion) {
            if (under_subindicator && element.attribute("weight")) {
                Fail(element, Tr("a criterion inside a subindicator has no weight of its own (the subindicator "
                                 "averages its criteria)"));
            }
            if (!under_subindicator) {
                node.weight = Number(element, "weight");
            }
        } else {
            node.name = Required(element, "name");
            node.role = element.attribute("role").value();
            node.weight = Number(element, "weight");
        }
        if (node.weight && *node.weight <= 0.0) {
            Fail(element, Format(Tr("weight must be above 0, not {0}"), {FormatMachineNumber(*node.weight)}));
        }
        const int index = static_cast<int>(m_form->m_nodes.size());
        if (!m_form->m_index.emplace(node.code, index).second) {
            Fail(element, Format(Tr("code '{0}' is used twice (first on line {1})"),
                                 {node.code, std::to_string(m_form->Node(m_form->Find(node.code)).source_line)}));
        }
        const double weight = node.weight.value_or(0.0);
        const NodeKind kind = node.kind;
        m_form->m_nodes.push_back(std::move(node));
        m_form->m_nodes[static_cast<std::size_t>(parent_index)].children.push_back(index);

        if (kind == NodeKind::Criterion) {
            ReadCriterion(element, index);
            m_form->m_criteria.push_back(index);
            return weight;
        }
        ReadChildren(element, index, rank, weight);
        return weight;
    }

    void ReadChildren(const pugi::xml_node& element, int index, int rank, double weight) {
        double children_weight = 0.0;
        int child_count = 0;
        for (const auto& child : element.children()) {
            if (child.type() != pugi::node_element) {
                continue;
            }
            const int child_rank = Rank(child.name());
            if (child_rank == 0) {
                Fail(child, Format(Tr("unknown element <{0}> inside <{1}>"), {child.name(), element.name()}));
            }
            if (child_rank <= rank) {
                Fail(child, Format(Tr("<{0}> cannot stand inside <{1}>"), {child.name(), element.name()}));
            }
            if (rank == 4 && child_rank != 5) {
                Fail(child, Tr("a subindicator holds only criteria"));
            }
            children_weight += ReadNode(child, index);
            ++child_count;
        }
        if (child_count == 0) {
            Fail(element, Format(Tr("<{0}> '{1}' has nothing inside it"), {element.name(), m_form->Node(index).code}));
        }
        // A subindicator's weight is spread over its criteria by averaging; every other group's
        // weight must be exactly the sum of its children's.
        if (rank != 4 && std::fabs(children_weight - weight) > 1e-9) {
            Fail(element,
                 Format(Tr("the weights inside '{0}' add up to {1}, but its weight is {2}"),
                        {m_form->Node(index).code, FormatMachineNumber(children_weight), FormatMachineNumber(weight)}));
        }
    }

    void CheckCode(const pugi::xml_node& element, const std::string& code, const std::string& parent_code) const {
        const std::string prefix = parent_code.empty() ? std::string() : parent_code + ".";
        const std::string_view segment = std::string_view(code).substr(std::min(prefix.size(), code.size()));
        if (code.size() > kMaxCodeLength) {
            Fail(element, Format(Tr("code '{0}' is longer than {1} characters"),
                                 {Excerpt(code), std::to_string(kMaxCodeLength)}));
        }
        if (!code.starts_with(prefix) || segment.empty() || segment.find('.') != std::string_view::npos ||
            !IsWellFormedCode(code)) {
            if (prefix.empty()) {
                Fail(element, Format(Tr("malformed code '{0}': a top-level code is letters or digits only"), {code}));
            }
            Fail(element,
                 Format(Tr("malformed code '{0}': it must be '{1}' followed by letters or digits"), {code, prefix}));
        }
    }

    static bool ValidInputId(std::string_view id) {
        if (id.empty() || !((id[0] >= 'a' && id[0] <= 'z') || id[0] == '_')) {
            return false;
        }
        return std::all_of(id.begin(), id.end(),
                           [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
    }

    void ReadCriterion(const pugi::xml_node& element, int index) {
        FormNode& node = m_form->m_nodes[static_cast<std::size_t>(index)];
        node.name = ChildText(element, "question", true);
        node.printed_letter = element.attribute("printed-letter").value();
        const std::string answer = Required(element, "answer");
        for (const auto& example : element.children("evidence")) {
            node.evidence_suggestions.emplace_back(example.text().get());
        }
        if (answer == "percentage" || answer == "index") {
            node.answer_kind = answer == "percentage" ? AnswerKind::Percentage : AnswerKind::Index;
            ReadFormulaItem(element, node);
            return;
        }
        node.answer_kind = AnswerKind::Choice;
        const auto& scales = m_form->m_scales;
        const auto scale = std::find_if(scales.begin(), scales.end(), [&](const Scale& s) { return s.id == answer; });
        if (scale == scales.end()) {
            Fail(element,
                 Format(Tr("unknown answer type '{0}' (a declared scale, 'percentage' or 'index')"), {answer}));
        }
        node.scale = static_cast<int>(scale - scales.begin());
        if (element.child("input") || element.child("formula")) {
            Fail(element, Tr("a choice item has no <input> or <formula>"));
        }
        for (const auto& option : element.children("option")) {
            OptionText text{Required(option, "key"), option.text().get()};
            if (scale->Find(text.key) == nullptr) {
                Fail(option, Format(Tr("option '{0}' is not a choice of the answer type '{1}' ({2})"),
                                    {text.key, scale->id, scale->label}));
            }
            if (std::any_of(node.options.begin(), node.options.end(),
                            [&](const OptionText& o) { return o.key == text.key; })) {
                Fail(option, Format(Tr("option '{0}' is described twice"), {text.key}));
            }
            node.options.push_back(std::move(text));
        }
        if (node.options.size() != scale->choices.size()) {
            Fail(element, Format(Tr("criterion '{0}' describes {1} of the {2} options of '{3}'; describe every option"),
                                 {node.code, std::to_string(node.options.size()), std::to_string(scale->choices.size()),
                                  scale->id}));
        }
    }

    void ReadFormulaItem(const pugi::xml_node& element, FormNode& node) {
        if (element.child("option")) {
            Fail(element.child("option"), Tr("only choice items have <option> elements"));
        }
        std::vector<std::string> names;
        for (const auto& item : element.children("input")) {
            CheckCount(item, node.inputs.size() + 1, kMaxCriterionInputs, Tr("a criterion has at most {0} inputs"));
            FormulaInput input;
            input.id = Required(item, "id");
            input.label = Required(item, "label");
            if (!ValidInputId(input.id)) {
                Fail(item, Format(Tr("input id '{0}' must be lower-case letters, digits and '_'"), {input.id}));
            }
            if (std::find(names.begin(), names.end(), input.id) != names.end()) {
                Fail(item, Format(Tr("input '{0}' is declared twice"), {input.id}));
            }
            const std::string used = item.attribute("used-in-formula").as_string("true");
            input.used_in_formula = used != "false";
            const std::string kind = item.attribute("kind").as_string("count");
            if (kind != "count" && kind != "decimal") {
                Fail(item, Format(Tr("input kind must be 'count' or 'decimal', not '{0}'"), {kind}));
            }
            input.whole_number = kind == "count";
            const std::string raise = item.attribute("raise").as_string("");
            if (!raise.empty() && raise != "up" && raise != "down") {
                Fail(item, Format(Tr("raise must be 'up' or 'down', not '{0}'"), {raise}));
            }
            input.raise = raise == "up" ? 1 : raise == "down" ? -1 : 0;
            if (item.attribute("min")) {
                input.min = Number(item, "min");
            }
            if (item.attribute("max")) {
                input.max = Number(item, "max");
            }
            names.push_back(input.id);
            node.inputs.push_back(std::move(input));
        }
        if (node.inputs.empty()) {
            Fail(element, Format(Tr("criterion '{0}' needs at least one <input>"), {node.code}));
        }
        if (node.answer_kind == AnswerKind::Index &&
            (node.inputs.size() != 1 || node.inputs[0].whole_number || !node.inputs[0].max)) {
            Fail(element, Tr("an index item has exactly one decimal <input> with min and max"));
        }
        const auto formula = element.child("formula");
        const std::string text = formula.text().get();
        if (text.empty()) {
            Fail(element, Format(Tr("criterion '{0}' needs a <formula>"), {node.code}));
        }
        try {
            node.formula = Expression::Parse(text, names);
        } catch (const ExpressionError& error) {
            Fail(formula, Format(Tr("formula '{0}', at character {1}: {2}"),
                                 {Excerpt(text), std::to_string(error.Position() + 1), error.what()}));
        }
        for (std::size_t i = 0; i < node.inputs.size(); ++i) {
            const auto& used = node.formula.UsedInputs();
            const bool in_formula = std::find(used.begin(), used.end(), static_cast<int>(i)) != used.end();
            if (in_formula != node.inputs[i].used_in_formula) {
                Fail(formula,
                     Format(in_formula ? Tr("the formula uses input '{0}', which is marked used-in-formula=\"false\"")
                                       : Tr("input '{0}' is not used by the formula; mark it "
                                            "used-in-formula=\"false\" if it is only recorded"),
                            {node.inputs[i].id}));
            }
        }
    }

    void ReadPredicates(const pugi::xml_node& root) {
        for (const auto& element : root.child("predicates").children("predicate")) {
            CheckCount(element, m_form->m_predicates.size() + 1, kMaxPredicates,
                       Tr("a form declares at most {0} predicates"));
            Predicate predicate;
            predicate.id = Required(element, "id");
            predicate.name = Required(element, "name");
            predicate.requires_predicate = element.attribute("requires-predicate").value();
            for (const auto& item : element.children("minimum")) {
                Minimum minimum{Required(item, "of"), Number(item, "value"), Required(item, "label")};
                if (minimum.of != "total" && m_form->Find(minimum.of) < 0) {
                    Fail(item, Format(Tr("minimum of '{0}': no node has that code"), {minimum.of}));
                }
                predicate.minimums.push_back(std::move(minimum));
            }
            if (const auto area = element.child("area-minimum")) {
                predicate.area_minimum_fraction = Number(area, "fraction");
                if (predicate.area_minimum_fraction <= 0.0 || predicate.area_minimum_fraction > 1.0) {
                    Fail(area, Tr("area-minimum fraction must be above 0 and at most 1"));
                }
            }
            m_form->m_predicates.push_back(std::move(predicate));
        }
        for (const auto& predicate : m_form->m_predicates) {
            const auto& all = m_form->m_predicates;
            if (!predicate.requires_predicate.empty() && std::none_of(all.begin(), all.end(), [&](const Predicate& p) {
                    return p.id == predicate.requires_predicate;
                })) {
                Fail(root.child("predicates"), Format(Tr("predicate '{0}' requires '{1}', which is not declared"),
                                                      {predicate.id, predicate.requires_predicate}));
            }
        }
    }

    /// Space-separated ids, each of which must be in `known` (checked by `find`).
    template <typename Known>
    std::vector<std::string> IdList(const pugi::xml_node& node, const char* attribute, Known known,
                                    std::string_view what) const {
        std::vector<std::string> ids;
        std::istringstream words(node.attribute(attribute).value());
        for (std::string id; words >> id;) {
            if (!known(id)) {
                Fail(node, Format(Tr("{0}='{1}': the form declares no such {2}"), {attribute, Excerpt(id), what}));
            }
            ids.push_back(id);
        }
        return ids;
    }

    void ReadPrerequisites(const pugi::xml_node& root) {
        const auto& proposal = m_form->m_proposal;
        for (const auto& element : root.child("prerequisites").children("prerequisite")) {
            CheckCount(element, m_form->m_prerequisites.size() + 1, kMaxProposalChoices,
                       Tr("a form declares at most {0} prerequisites"));
            Prerequisite prerequisite;
            prerequisite.id = Required(element, "id");
            prerequisite.scope = Required(element, "scope");
            if (prerequisite.scope != "agency" && prerequisite.scope != "unit") {
                Fail(element, Format(Tr("a prerequisite's scope is 'agency' or 'unit', not '{0}'"),
                                     {Excerpt(prerequisite.scope)}));
            }
            for (const auto& known : m_form->m_prerequisites) {
                if (known.id == prerequisite.id) {
                    Fail(element, Format(Tr("the prerequisite '{0}' is declared twice"), {Excerpt(prerequisite.id)}));
                }
            }
            (void)Required(element, "predicate");
            prerequisite.predicates = IdList(
                element, "predicate",
                [&](const std::string& id) {
                    const auto& all = m_form->m_predicates;
                    return std::any_of(all.begin(), all.end(), [&](const Predicate& p) { return p.id == id; });
                },
                "predicate");
            prerequisite.agency_types = IdList(
                element, "agency-type", [&](const std::string& id) { return proposal.FindAgencyType(id) != nullptr; },
                "agency type");
            prerequisite.text = element.text().get();
            m_form->m_prerequisites.push_back(std::move(prerequisite));
        }
    }

    /// Ids of agency and service types and standings go into registers and command lines.
    static bool IsWellFormedChoiceId(std::string_view id) {
        return !id.empty() && id.size() <= 32 && std::all_of(id.begin(), id.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        });
    }

    NamedChoice ReadNamedChoice(const pugi::xml_node& element, const std::vector<NamedChoice>& known) const {
        CheckCount(element, known.size() + 1, kMaxProposalChoices, Tr("a form declares at most {0} of each type"));
        NamedChoice choice{Required(element, "id"), Required(element, "name")};
        if (!IsWellFormedChoiceId(choice.id)) {
            Fail(element, Format(Tr("the id '{0}' is not letters, digits and '-'"), {Excerpt(choice.id)}));
        }
        if (std::any_of(known.begin(), known.end(), [&](const NamedChoice& c) { return c.id == choice.id; })) {
            Fail(element, Format(Tr("the id '{0}' is declared twice"), {choice.id}));
        }
        return choice;
    }

    // <proposal>: PermenPANRB 5/2024 Bab II, the rules for proposing units to the TPN.
    void ReadProposal(const pugi::xml_node& root) {
        const auto element = root.child("proposal");
        ProposalRules& rules = m_form->m_proposal;
        for (const auto& child : element.children()) {
            if (child.type() != pugi::node_element) {
                continue;
            }
            const std::string_view name = child.name();
            if (name == "agency-type") {
                rules.agency_types.push_back(ReadNamedChoice(child, rules.agency_types));
            } else if (name == "service-type") {
                rules.service_types.push_back(ReadNamedChoice(child, rules.service_types));
            } else if (name == "exemption" || name == "self-evaluation" || name == "deadline") {
                continue;  // read below, once every type is known
            } else {
                Fail(child, Format(Tr("<proposal> holds <agency-type>, <service-type>, <exemption>, "
                                      "<self-evaluation> and <deadline>, not <{0}>"),
                                   {Excerpt(name)}));
            }
        }
        for (const auto& child : element.children("exemption")) {
            CheckCount(child, rules.exemptions.size() + 1, kMaxProposalChoices,
                       Tr("a form declares at most {0} of each type"));
            ProposalExemption exemption;
            exemption.id = Required(child, "id");
            exemption.agency_types = IdList(
                child, "agency-type", [&](const std::string& id) { return rules.FindAgencyType(id) != nullptr; },
                "agency type");
            (void)Required(child, "service-type");
            exemption.service_types = IdList(
                child, "service-type", [&](const std::string& id) { return rules.FindServiceType(id) != nullptr; },
                "service type");
            exemption.text = child.text().get();
            rules.exemptions.push_back(std::move(exemption));
        }
        for (const auto& child : element.children("self-evaluation")) {
            CheckCount(child, rules.self_evaluations.size() + 1, kMaxPredicates,
                       Tr("a form declares at most {0} of each type"));
            SelfEvaluation rule{Required(child, "predicate"), Required(child, "standing"), child.text().get()};
            const auto& all = m_form->m_predicates;
            if (std::none_of(all.begin(), all.end(), [&](const Predicate& p) { return p.id == rule.predicate; })) {
                Fail(child,
                     Format(Tr("predicate='{0}': the form declares no such predicate"), {Excerpt(rule.predicate)}));
            }
            if (!IsWellFormedChoiceId(rule.standing) || m_form->IsStanding(rule.standing) ||
                std::any_of(all.begin(), all.end(), [&](const Predicate& p) { return p.id == rule.standing; })) {
                Fail(child, Format(Tr("standing='{0}' is not a new name of letters, digits and '-'"),
                                   {Excerpt(rule.standing)}));
            }
            if (rules.FindSelfEvaluation(rule.predicate) != nullptr) {
                Fail(child, Format(Tr("the self-evaluation of '{0}' is declared twice"), {rule.predicate}));
            }
            rules.self_evaluations.push_back(std::move(rule));
        }
        int deadlines = 0;
        for (const auto& child : element.children("deadline")) {
            if (++deadlines > 1) {
                Fail(child, Tr("<proposal> has one <deadline>"));
            }
            const double month = Number(child, "month");
            const double day = Number(child, "day");
            static constexpr std::array<int, 12> kDays{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
            if (month < 1 || month > 12 || month != std::floor(month) || day < 1 ||
                day > kDays[static_cast<std::size_t>(month) - 1] || day != std::floor(day)) {
                Fail(child, Tr("<deadline> needs a real date: month 1-12 and a day of that month"));
            }
            rules.deadline_month = static_cast<int>(month);
            rules.deadline_day = static_cast<int>(day);
            rules.deadline_text = child.text().get();
        }
    }

    // Layer and level ids go into register keys and file names: lower-case ASCII only.
    static bool IsWellFormedLayerId(std::string_view id) {
        return !id.empty() && id.size() <= 20 && id[0] >= 'a' && id[0] <= 'z' &&
               std::all_of(id.begin(), id.end(),
                           [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
    }

    void ReadReviewLayers(const pugi::xml_node& root) {
        const auto layers = root.child("review-layers");
        if (!layers) {
            // Forms from before layers were data: the unit and the TPI, with the TPI's three levels.
            m_form->m_layers = {{"unit", "Unit kerja", true}, {"tpi", "Tim Penilai Internal (TPI)", false}};
            m_form->m_levels = {{"anggota_tim", "Anggota tim"},
                                {"ketua_tim", "Ketua tim", true},
                                {"pengendali_teknis", "Pengendali teknis"}};
            return;
        }
        for (const auto& element : layers.children("layer")) {
            CheckCount(element, m_form->m_layers.size() + 1, kMaxReviewLayers,
                       Tr("a form declares at most {0} layers"));
            ReviewLayer layer{Required(element, "id"), Required(element, "name"), false};
            const std::string role = Required(element, "role");
            if (role != "unit" && role != "review") {
                Fail(element, Format(Tr("a layer's role is 'unit' or 'review', not '{0}'"), {Excerpt(role)}));
            }
            layer.is_unit = role == "unit";
            if (!IsWellFormedLayerId(layer.id)) {
                Fail(element,
                     Format(Tr("the layer id '{0}' is not lower-case letters, digits and '_'"), {Excerpt(layer.id)}));
            }
            if (m_form->FindLayer(layer.id) != nullptr) {
                Fail(element, Format(Tr("the layer '{0}' is declared twice"), {layer.id}));
            }
            if (layer.is_unit != (layer.id == "unit") || layer.is_unit != m_form->m_layers.empty()) {
                Fail(element, Tr(R"(the first layer is the unit's own: id="unit" role="unit"; the others review)"));
            }
            m_form->m_layers.push_back(std::move(layer));
        }
        if (m_form->m_layers.size() < 2) {
            Fail(layers, Tr("<review-layers> declares the unit and at least one review layer"));
        }
        for (const auto& element : layers.children("level")) {
            CheckCount(element, m_form->m_levels.size() + 1, kMaxReviewLayers,
                       Tr("a form declares at most {0} levels"));
            ReviewLevel level{Required(element, "id"), Required(element, "name"),
                              element.attribute("closes").as_string() == std::string_view("true")};
            if (!IsWellFormedLayerId(level.id)) {
                Fail(element,
                     Format(Tr("the level id '{0}' is not lower-case letters, digits and '_'"), {Excerpt(level.id)}));
            }
            if (m_form->LevelRank(level.id) > 0) {
                Fail(element, Format(Tr("the level '{0}' is declared twice"), {level.id}));
            }
            m_form->m_levels.push_back(std::move(level));
        }
        if (std::count_if(m_form->m_levels.begin(), m_form->m_levels.end(),
                          [](const ReviewLevel& level) { return level.closes; }) > 1) {
            Fail(layers, Tr("one level is marked closes=\"true\": the lowest that closes a review"));
        }
        for (const auto& child : layers.children()) {
            const std::string_view name = child.name();
            if (child.type() == pugi::node_element && name != "layer" && name != "level") {
                Fail(child, Format(Tr("<review-layers> holds <layer> and <level>, not <{0}>"), {Excerpt(name)}));
            }
        }
    }

    // <documents>: which criterion each document template's signed copies back (the documents
    // module reads it; the template ids are checked there, since templates are not form data).
    void ReadDocuments(const pugi::xml_node& root) {
        const auto documents = root.child("documents");
        for (const auto& child : documents.children()) {
            if (child.type() != pugi::node_element) {
                continue;
            }
            if (std::string_view(child.name()) != "document") {
                Fail(child, Format(Tr("<documents> holds <document>, not <{0}>"), {Excerpt(child.name())}));
            }
            FormDocument document{Required(child, "template"), Required(child, "criterion"), 0};
            const bool id_ok = document.template_id.size() <= 40 &&
                               std::all_of(document.template_id.begin(), document.template_id.end(), [](char c) {
                                   return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
                               });
            if (!id_ok) {
                Fail(child, Format(Tr("the template id '{0}' is not lower-case letters, digits and '-'"),
                                   {Excerpt(document.template_id)}));
            }
            const int index = m_form->Find(document.criterion);
            if (index < 0 || !m_form->Node(index).IsCriterion()) {
                Fail(child, Format(Tr("<document> names '{0}', which is not a criterion of this form"),
                                   {Excerpt(document.criterion)}));
            }
            if (child.attribute("line")) {
                document.line = child.attribute("line").as_int(0);
                const auto lines = static_cast<int>(m_form->Node(index).evidence_suggestions.size());
                if (document.line < 1 || document.line > lines) {
                    Fail(child, Format(Tr("line= is the number of one of the criterion's {0} evidence lines"),
                                       {std::to_string(lines)}));
                }
            }
            for (const auto& known : m_form->m_documents) {
                if (known.template_id == document.template_id) {
                    Fail(child, Format(Tr("the template '{0}' is mapped twice"), {document.template_id}));
                }
            }
            m_form->m_documents.push_back(std::move(document));
        }
    }

    std::string_view m_text;
    std::string m_file;
    std::vector<std::size_t> m_line_starts{0};
    std::shared_ptr<Form> m_form = std::make_shared<Form>();
};

std::shared_ptr<const Form> LoadFormText(std::string_view xml, const std::string& display_name) {
    return FormBuilder(xml, display_name).Build();
}

std::shared_ptr<const Form> LoadFormFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw UserError(Format(Tr("cannot read the form file {0}"), {PathToUtf8(path)}));
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return LoadFormText(buffer.str(), PathToUtf8(path));
}

}  // namespace ziwb::core
