// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace ziwb::cli {

/// Command-line words split into positional arguments, `--name value` options and `--flag`s.
/// Which options take a value and which are flags is declared by the command, so a typo is caught.
class Arguments {
public:
    Arguments(std::vector<std::string> words, const std::set<std::string>& value_options,
              const std::set<std::string>& flags);

    [[nodiscard]] const std::vector<std::string>& Positional() const { return m_positional; }
    /// Positional argument `index` naming a file or folder (the words are UTF-8 on every platform).
    [[nodiscard]] std::filesystem::path PositionalPath(std::size_t index) const;
    [[nodiscard]] std::optional<std::string> Option(const std::string& name) const;
    [[nodiscard]] bool Flag(const std::string& name) const { return m_flags.count(name) > 0; }
    /// Throws a usage error unless there are exactly `count` positional arguments.
    void ExpectPositional(std::size_t min, std::size_t max, const std::string& usage) const;
    /// The option's value, or a usage error naming it.
    [[nodiscard]] std::string Require(const std::string& name, const std::string& usage) const;

private:
    std::vector<std::string> m_positional;
    std::map<std::string, std::string> m_options;
    std::set<std::string> m_flags;
};

/// A mistake in how the command was called; the message ends with the usage line.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace ziwb::cli
