// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.hpp"

#include "common/platform.hpp"
#include "common/text.hpp"

namespace ziwb::cli {

using core::Format;
using core::Tr;

std::filesystem::path Arguments::PositionalPath(std::size_t index) const {
    return core::PathFromUtf8(m_positional.at(index));
}

Arguments::Arguments(std::vector<std::string> words, const std::set<std::string>& value_options,
                     const std::set<std::string>& flags) {
    bool options_done = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (options_done || !word.starts_with("--") || word.size() == 2) {
            if (word == "--" && !options_done) {
                options_done = true;
                continue;
            }
            m_positional.push_back(word);
            continue;
        }
        std::string name = word.substr(2);
        std::optional<std::string> inline_value;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            inline_value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (flags.count(name) > 0 && !inline_value) {
            m_flags.insert(name);
        } else if (value_options.count(name) > 0) {
            if (inline_value) {
                m_options[name] = *inline_value;
            } else if (i + 1 < words.size()) {
                m_options[name] = words[++i];
            } else {
                throw UsageError(Format(Tr("option --{0} needs a value"), {name}));
            }
        } else {
            throw UsageError(Format(Tr("unknown option --{0}"), {name}));
        }
    }
}

std::optional<std::string> Arguments::Option(const std::string& name) const {
    const auto found = m_options.find(name);
    return found == m_options.end() ? std::nullopt : std::optional<std::string>(found->second);
}

void Arguments::ExpectPositional(std::size_t min, std::size_t max, const std::string& usage) const {
    if (m_positional.size() < min) {
        throw UsageError(Format(Tr("missing arguments. Usage: {0}"), {usage}));
    }
    if (m_positional.size() > max) {
        throw UsageError(Format(Tr("too many arguments ('{0}'). Usage: {1}"), {m_positional[max], usage}));
    }
}

std::string Arguments::Require(const std::string& name, const std::string& usage) const {
    const auto value = Option(name);
    if (!value || value->empty()) {
        throw UsageError(Format(Tr("--{0} is required. Usage: {1}"), {name, usage}));
    }
    return *value;
}

}  // namespace ziwb::cli
