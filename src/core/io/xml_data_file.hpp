// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <initializer_list>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace ziwb::core {

/// The checks every XML data file the program reads shares (document templates, the service
/// rules): a size bound, UTF-8, well-formed XML, and messages that name the file and the line. A
/// reader of one format derives from it and adds what its format means.
class XmlDataFile {
public:
    XmlDataFile(std::string_view text, std::string file, std::size_t max_bytes);

protected:
    /// Parses the text into `document` and returns its root element; throws FormError (line 1 for
    /// the size and the encoding, the line of the fault for broken XML).
    pugi::xml_node Parse(pugi::xml_document& document) const;

    [[nodiscard]] int LineOf(std::ptrdiff_t offset) const;
    /// Throws FormError at the node's line. The reason may quote the file's own text: it is made
    /// one line, whatever the file holds.
    [[noreturn]] void Fail(const pugi::xml_node& node, const std::string& reason) const;
    /// Refuses an attribute that is not one of `allowed`.
    void Attributes(const pugi::xml_node& node, std::initializer_list<std::string_view> allowed) const;
    /// The attribute's value; refuses it missing or empty.
    [[nodiscard]] std::string Required(const pugi::xml_node& node, const char* attribute) const;
    [[nodiscard]] const std::string& File() const { return m_file; }

private:
    std::string_view m_text;
    std::string m_file;
    std::size_t m_max_bytes;
    std::vector<std::size_t> m_line_starts{0};
};

}  // namespace ziwb::core
