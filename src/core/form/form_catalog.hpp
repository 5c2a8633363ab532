// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "workspace/workspace.hpp"

namespace ziwb::core {

struct FormEntry {
    std::string id;
    std::string version;
    std::string title;
    std::filesystem::path path;
};

/// The form files this installation knows: every forms/*.xml in the search folders, first found wins.
class FormCatalog {
public:
    explicit FormCatalog(std::vector<std::filesystem::path> folders);
    /// The forms/ folder of every data root (see DataRoots()).
    static FormCatalog Default(const std::filesystem::path& program_dir);

    /// Every readable form; a broken form file is reported by Find() and LoadErrors(), not skipped silently.
    [[nodiscard]] std::vector<FormEntry> List() const;
    [[nodiscard]] const std::vector<std::string>& LoadErrors() const { return m_errors; }
    /// The form with this id, as text to copy into a workspace; throws UserError naming the known ids.
    [[nodiscard]] FormSource Find(const std::string& id) const;
    /// True when an installed form file, or an earlier version kept in forms/earlier/, has exactly
    /// these bytes (SHA-256 hex): a workspace's form copy that matches none was made elsewhere or edited.
    [[nodiscard]] bool HasIdenticalForm(const std::string& sha256) const;

private:
    std::vector<std::filesystem::path> m_folders;
    mutable std::vector<std::string> m_errors;
};

}  // namespace ziwb::core
