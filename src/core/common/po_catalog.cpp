// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/po_catalog.hpp"

namespace ziwb::core {
namespace {

// Reads one C-style quoted string starting at `pos` (at the opening quote); appends it unescaped.
std::size_t ReadQuoted(std::string_view text, std::size_t pos, std::string& out) {
    ++pos;  // opening quote
    while (pos < text.size() && text[pos] != '"') {
        char c = text[pos];
        if (c == '\\' && pos + 1 < text.size()) {
            ++pos;
            switch (text[pos]) {
                case 'n': c = '\n'; break;
                case 't': c = '\t'; break;
                case '"': c = '"'; break;
                case '\\': c = '\\'; break;
                default: c = text[pos]; break;
            }
        }
        out.push_back(c);
        ++pos;
    }
    return pos + 1;
}

}  // namespace

std::unordered_map<std::string, std::string> ParsePoCatalog(std::string_view po) {
    std::unordered_map<std::string, std::string> catalog;
    std::string msgid;
    std::string msgstr;
    std::string* current = nullptr;
    bool fuzzy = false;
    auto flush = [&] {
        if (!msgid.empty() && !fuzzy) {
            catalog.emplace(msgid, msgstr);
        }
        msgid.clear();
        msgstr.clear();
        current = nullptr;
        fuzzy = false;
    };
    std::size_t pos = 0;
    while (pos < po.size()) {
        std::size_t end = po.find('\n', pos);
        if (end == std::string_view::npos) {
            end = po.size();
        }
        const std::string_view line = po.substr(pos, end - pos);
        if (line.starts_with("#,") && line.find("fuzzy") != std::string_view::npos) {
            flush();
            fuzzy = true;
        } else if (line.starts_with("msgid ")) {
            if (current == &msgstr) {
                const bool keep_fuzzy = fuzzy;
                flush();
                fuzzy = keep_fuzzy;
            }
            current = &msgid;
            ReadQuoted(line, line.find('"'), msgid);
        } else if (line.starts_with("msgstr ")) {
            current = &msgstr;
            ReadQuoted(line, line.find('"'), msgstr);
        } else if (line.starts_with("\"") && current != nullptr) {
            ReadQuoted(line, 0, *current);
        }
        pos = end + 1;
    }
    flush();
    return catalog;
}

}  // namespace ziwb::core
