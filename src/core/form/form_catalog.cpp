// SPDX-License-Identifier: GPL-3.0-or-later
#include "form/form_catalog.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "common/data_dirs.hpp"
#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/sha256.hpp"
#include "common/text.hpp"
#include "form/form_loader.hpp"

namespace ziwb::core {

FormCatalog::FormCatalog(std::vector<std::filesystem::path> folders) : m_folders(std::move(folders)) {}

FormCatalog FormCatalog::Default(const std::filesystem::path& program_dir) {
    std::vector<std::filesystem::path> folders;
    for (const auto& root : DataRoots(program_dir)) {
        folders.push_back(root / "forms");
    }
    return FormCatalog(std::move(folders));
}

std::vector<FormEntry> FormCatalog::List() const {
    std::vector<FormEntry> entries;
    m_errors.clear();
    for (const auto& folder : m_folders) {
        std::error_code error;
        if (folder.empty() || !std::filesystem::is_directory(folder, error)) {
            continue;
        }
        std::vector<std::filesystem::path> files;
        for (const auto& item : std::filesystem::directory_iterator(folder, error)) {
            if (item.path().extension() == ".xml") {
                files.push_back(item.path());
            }
        }
        std::sort(files.begin(), files.end());
        for (const auto& file : files) {
            try {
                const auto form = LoadFormFile(file);
                if (std::none_of(entries.begin(), entries.end(),
                                 [&](const FormEntry& e) { return e.id == form->Id(); })) {
                    entries.push_back({form->Id(), form->Version(), form->Title(), file});
                }
            } catch (const UserError& failure) {
                m_errors.emplace_back(failure.what());
            }
        }
    }
    return entries;
}

bool FormCatalog::HasIdenticalForm(const std::string& sha256) const {
    // Only the bytes matter here: hashing the files is enough, without parsing every form.
    // forms/earlier/ keeps the exact bytes of every form version this one replaced, so that a
    // workspace made before an upgrade is still recognised as made with an installed form.
    std::vector<std::filesystem::path> folders;
    for (const auto& folder : m_folders) {
        folders.push_back(folder);
        folders.push_back(folder / "earlier");
    }
    for (const auto& folder : folders) {
        std::error_code error;
        if (folder.empty() || !std::filesystem::is_directory(folder, error)) {
            continue;
        }
        for (const auto& item : std::filesystem::directory_iterator(folder, error)) {
            if (item.path().extension() != ".xml") {
                continue;
            }
            std::ifstream in(item.path(), std::ios::binary);
            std::ostringstream text;
            text << in.rdbuf();
            if (Sha256::HexOf(text.str()) == sha256) {
                return true;
            }
        }
    }
    return false;
}

FormSource FormCatalog::Find(const std::string& id) const {
    const auto entries = List();
    for (const auto& entry : entries) {
        if (entry.id == id) {
            std::ifstream in(entry.path, std::ios::binary);
            std::ostringstream text;
            text << in.rdbuf();
            return {text.str(), PathToUtf8(entry.path)};
        }
    }
    std::string known;
    for (const auto& entry : entries) {
        known += (known.empty() ? "" : ", ") + entry.id;
    }
    if (!m_errors.empty()) {
        throw UserError(Format(Tr("unknown form '{0}'. Known forms: {1}. Form files with errors: {2}"),
                               {id, known.empty() ? "-" : known, m_errors.front()}));
    }
    throw UserError(
        Format(Tr("unknown form '{0}'. Known forms: {1} (see 'ziwb forms')"), {id, known.empty() ? "-" : known}));
}

}  // namespace ziwb::core
