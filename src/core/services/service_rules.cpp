// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/service_rules.hpp"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <mutex>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "common/data_dirs.hpp"
#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "io/xml_data_file.hpp"

namespace ziwb::core {
namespace {

// The rules are a page of data; anything far larger is not this file.
constexpr std::size_t kMaxRulesBytes = std::size_t{256} * 1024;
constexpr std::size_t kMaxEntries = 100;

class RulesReader : private XmlDataFile {
public:
    RulesReader(std::string_view text, std::string file) : XmlDataFile(text, std::move(file), kMaxRulesBytes) {}

    ServiceRules Read() {
        pugi::xml_document document;
        const auto root = Parse(document);
        if (std::string_view(root.name()) != "service-rules") {
            Fail(root, Format(Tr("the root element must be <service-rules>, not <{0}>"), {Excerpt(root.name())}));
        }
        Attributes(root, {"id", "version", "format", "language"});
        if (std::string_view(root.attribute("format").as_string()) != "1") {
            Fail(root, Tr("this program reads service rules of format=\"1\""));
        }
        ServiceRules rules;
        rules.file = File();
        rules.id = Required(root, "id");
        rules.version = Required(root, "version");
        if (!IsServiceRuleId(rules.id)) {
            Fail(root, Tr("id= is lower-case letters, digits and '-'"));
        }
        std::set<std::string> seen;
        for (const auto& child : root.children()) {
            if (child.type() == pugi::node_comment) {
                continue;
            }
            const std::string name = child.name();
            if (child.type() != pugi::node_element ||
                (name != "legal-basis" && name != "standard" && name != "forum" && name != "survey")) {
                Fail(child, Tr("<service-rules> holds <legal-basis>, <standard>, <forum> and <survey>"));
            }
            if (!seen.insert(name).second) {
                Fail(child, Format(Tr("<{0}> appears twice"), {name}));
            }
            if (name == "standard") {
                ReadStandard(child, rules);
            } else if (name == "forum") {
                ReadForum(child, rules);
            } else if (name == "survey") {
                ReadSurvey(child, rules);
            }
        }
        for (const char* needed : {"standard", "forum", "survey"}) {
            if (seen.count(needed) == 0) {
                Fail(root, Format(Tr("<{0}> is missing"), {needed}));
            }
        }
        return rules;
    }

private:
    void ReadStandard(const pugi::xml_node& node, ServiceRules& rules) {
        Attributes(node, {"review-interval-months"});
        rules.review_interval_months = static_cast<int>(Number(node, "review-interval-months", 1, 120));
        for (const auto& child : Elements(node, "component")) {
            Attributes(child, {"id", "group", "name"});
            ServiceComponent component{Required(child, "id"), Required(child, "name"), Required(child, "group"),
                                       Text(child)};
            CheckId(child, component.id);
            if (component.group != "delivery" && component.group != "management") {
                Fail(child, Tr("group= is 'delivery' or 'management'"));
            }
            if (rules.FindComponent(component.id) != nullptr) {
                Fail(child, Format(Tr("the id '{0}' is used twice"), {component.id}));
            }
            rules.components.push_back(std::move(component));
        }
        if (rules.components.empty()) {
            Fail(node, Tr("<standard> names no <component>"));
        }
    }

    void ReadForum(const pugi::xml_node& node, ServiceRules& rules) {
        Attributes(node, {"minimum-outside-groups"});
        rules.minimum_outside_groups = static_cast<int>(Number(node, "minimum-outside-groups", 0, 20));
        for (const auto& child : Elements(node, "group")) {
            Attributes(child, {"id", "outside"});
            StakeholderGroup group{Required(child, "id"), Text(child), true};
            CheckId(child, group.id);
            const std::string outside = Required(child, "outside");
            if (outside != "true" && outside != "false") {
                Fail(child, Tr("outside= is 'true' or 'false'"));
            }
            group.outside = outside == "true";
            if (group.name.empty()) {
                Fail(child, Tr("a <group> holds its name"));
            }
            if (rules.FindGroup(group.id) != nullptr) {
                Fail(child, Format(Tr("the id '{0}' is used twice"), {group.id}));
            }
            rules.stakeholder_groups.push_back(std::move(group));
        }
        const auto outside = std::count_if(rules.stakeholder_groups.begin(), rules.stakeholder_groups.end(),
                                           [](const StakeholderGroup& group) { return group.outside; });
        if (outside < rules.minimum_outside_groups) {
            Fail(node, Tr("minimum-outside-groups= is more than the outside groups listed"));
        }
    }

    void ReadSurvey(const pugi::xml_node& node, ServiceRules& rules) {
        Attributes(node, {"scale-min", "scale-max", "conversion-factor"});
        rules.skm_scale_min = static_cast<int>(Number(node, "scale-min", 0, 10));
        rules.skm_scale_max = static_cast<int>(Number(node, "scale-max", 1, 10));
        rules.skm_conversion_factor = Number(node, "conversion-factor", 1, 1000);
        if (rules.skm_scale_min >= rules.skm_scale_max) {
            Fail(node, Tr("scale-min= must be below scale-max="));
        }
        bool has_sample = false;
        for (const auto& child : node.children()) {
            if (child.type() == pugi::node_comment) {
                continue;
            }
            const std::string_view name = child.name();
            if (child.type() != pugi::node_element) {
                Fail(child, Tr("<survey> holds <element>, <grade> and <sample>"));
            }
            if (name == "element") {
                Attributes(child, {"id"});
                SkmElement element{Required(child, "id"), Text(child)};
                CheckId(child, element.id);
                if (element.name.empty()) {
                    Fail(child, Tr("an <element> holds its name"));
                }
                if (std::any_of(rules.skm_elements.begin(), rules.skm_elements.end(),
                                [&](const SkmElement& known) { return known.id == element.id; })) {
                    Fail(child, Format(Tr("the id '{0}' is used twice"), {element.id}));
                }
                rules.skm_elements.push_back(std::move(element));
            } else if (name == "grade") {
                Attributes(child, {"index-from", "index-to", "score-from", "score-to", "grade", "performance"});
                IkmGrade grade;
                grade.index_from = Number(child, "index-from", 0, 100);
                grade.index_to = Number(child, "index-to", 0, 100);
                grade.score_from = Number(child, "score-from", 0, 1000);
                grade.score_to = Number(child, "score-to", 0, 1000);
                grade.grade = Required(child, "grade");
                grade.performance = Required(child, "performance");
                if (grade.index_from > grade.index_to || grade.score_from > grade.score_to ||
                    (!rules.ikm_grades.empty() && grade.score_from <= rules.ikm_grades.back().score_to)) {
                    Fail(child, Tr("the grades go from the lowest band up, each band from its lower bound to "
                                   "its upper bound"));
                }
                rules.ikm_grades.push_back(std::move(grade));
            } else if (name == "sample") {
                Attributes(child, {"chi-square", "proportion", "margin"});
                rules.sample_chi_square = Number(child, "chi-square", 0.001, 100);
                rules.sample_proportion = Number(child, "proportion", 0.001, 0.999);
                rules.sample_margin = Number(child, "margin", 0.001, 0.5);
                has_sample = true;
            } else {
                Fail(child, Tr("<survey> holds <element>, <grade> and <sample>"));
            }
            if (rules.skm_elements.size() > kMaxEntries || rules.ikm_grades.size() > kMaxEntries) {
                Fail(child, Tr("too many entries"));
            }
        }
        if (rules.skm_elements.empty() || rules.ikm_grades.empty() || !has_sample) {
            Fail(node, Tr("<survey> needs its <element>s, its <grade>s and a <sample>"));
        }
    }

    std::vector<pugi::xml_node> Elements(const pugi::xml_node& node, const char* expected) {
        std::vector<pugi::xml_node> found;
        for (const auto& child : node.children()) {
            if (child.type() == pugi::node_comment) {
                continue;
            }
            if (child.type() != pugi::node_element || std::string_view(child.name()) != expected) {
                Fail(child, Format(Tr("<{0}> holds <{1}> only"), {node.name(), expected}));
            }
            if (found.size() >= kMaxEntries) {
                Fail(child, Tr("too many entries"));
            }
            found.push_back(child);
        }
        return found;
    }

    void CheckId(const pugi::xml_node& node, const std::string& id) {
        if (!IsServiceRuleId(id)) {
            Fail(node, Format(Tr("the id '{0}' is not lower-case letters, digits and '-'"), {Excerpt(id)}));
        }
    }

    double Number(const pugi::xml_node& node, const char* name, double low, double high) {
        const std::string text = Required(node, name);
        double value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc() || end != text.data() + text.size() || value < low || value > high) {
            Fail(node, Format(Tr("{0}= is a number from {1} to {2}, not '{3}'"),
                              {name, FormatNumber(low, 3), FormatNumber(high, 3), Excerpt(text)}));
        }
        return value;
    }

    std::string Text(const pugi::xml_node& node) {
        for (const auto& child : node.children()) {
            if (child.type() == pugi::node_element) {
                Fail(child, Format(Tr("<{0}> holds text only"), {node.name()}));
            }
        }
        return CollapseSpaces(node.text().as_string());
    }

    static std::string CollapseSpaces(std::string_view text) {
        std::string out;
        bool space = false;
        for (const char c : text) {
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                space = !out.empty();
                continue;
            }
            if (space) {
                out += ' ';
                space = false;
            }
            out += c;
        }
        return out;
    }

    static std::string Excerpt(std::string_view text) { return OneLine(std::string(text.substr(0, 40))); }
};

}  // namespace

const ServiceComponent* ServiceRules::FindComponent(std::string_view wanted) const {
    const auto found = std::find_if(components.begin(), components.end(),
                                    [&](const ServiceComponent& component) { return component.id == wanted; });
    return found == components.end() ? nullptr : &*found;
}

const StakeholderGroup* ServiceRules::FindGroup(std::string_view wanted) const {
    const auto found = std::find_if(stakeholder_groups.begin(), stakeholder_groups.end(),
                                    [&](const StakeholderGroup& group) { return group.id == wanted; });
    return found == stakeholder_groups.end() ? nullptr : &*found;
}

bool IsServiceRuleId(std::string_view id) {
    return !id.empty() && id.size() <= 40 && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

ServiceRules ParseServiceRules(std::string_view xml, const std::string& display_name) {
    return RulesReader(xml, display_name).Read();
}

const ServiceRules& InstalledServiceRules(const std::filesystem::path& program_dir) {
    // Read once per process: every command and window uses the same rules.
    static std::mutex mutex;
    static std::optional<ServiceRules> rules;
    const std::lock_guard lock(mutex);
    if (!rules) {
        const auto path = FindDataFile(program_dir, "rules/pelayanan-publik.xml");
        if (path.empty()) {
            throw UserError(
                Tr("the service rules (rules/pelayanan-publik.xml) are not installed; reinstall "
                   "ZI Workbench"));
        }
        std::ifstream in(path, std::ios::binary);
        std::ostringstream buffer;
        buffer << in.rdbuf();
        rules = ParseServiceRules(buffer.str(), PathToUtf8(path));
    }
    return *rules;
}

const ServiceRules& InstalledServiceRules() {
    return InstalledServiceRules(ProgramDir(nullptr));
}

}  // namespace ziwb::core
