// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/xml_data_file.hpp"

#include <algorithm>

#include "common/error.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"

namespace ziwb::core {

XmlDataFile::XmlDataFile(std::string_view text, std::string file, std::size_t max_bytes)
    : m_text(text), m_file(std::move(file)), m_max_bytes(max_bytes) {
    for (std::size_t i = 0; i < m_text.size(); ++i) {
        if (m_text[i] == '\n') {
            m_line_starts.push_back(i + 1);
        }
    }
}

pugi::xml_node XmlDataFile::Parse(pugi::xml_document& document) const {
    if (m_text.size() > m_max_bytes) {
        throw FormError(m_file, 1,
                        Format(Tr("the file is {0} bytes; it may hold at most {1} bytes"),
                               {std::to_string(m_text.size()), std::to_string(m_max_bytes)}));
    }
    if (!IsValidUtf8(m_text)) {
        throw FormError(m_file, 1, Tr("the file is not UTF-8 text"));
    }
    const auto parsed = document.load_buffer(m_text.data(), m_text.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!parsed) {
        throw FormError(m_file, LineOf(parsed.offset), Format(Tr("not well-formed XML: {0}"), {parsed.description()}));
    }
    return document.document_element();
}

int XmlDataFile::LineOf(std::ptrdiff_t offset) const {
    const auto pos = static_cast<std::size_t>(std::max<std::ptrdiff_t>(offset, 0));
    const auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), pos);
    return static_cast<int>(it - m_line_starts.begin());
}

void XmlDataFile::Fail(const pugi::xml_node& node, const std::string& reason) const {
    throw FormError(m_file, LineOf(node.offset_debug()), OneLine(reason));
}

void XmlDataFile::Attributes(const pugi::xml_node& node, std::initializer_list<std::string_view> allowed) const {
    for (const auto& attribute : node.attributes()) {
        if (std::find(allowed.begin(), allowed.end(), std::string_view(attribute.name())) == allowed.end()) {
            Fail(node, Format(Tr("<{0}> has no attribute '{1}'"), {node.name(), OneLine(attribute.name())}));
        }
    }
}

std::string XmlDataFile::Required(const pugi::xml_node& node, const char* attribute) const {
    std::string value = node.attribute(attribute).as_string();
    if (value.empty()) {
        Fail(node, Format(Tr("<{0}> needs the attribute {1}"), {node.name(), attribute}));
    }
    return value;
}

}  // namespace ziwb::core
