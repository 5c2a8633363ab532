// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "form/form.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::test {

/// A fresh folder under the system temp folder, removed with everything in it when destroyed.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::filesystem::path& Path() const { return m_path; }
    [[nodiscard]] std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

[[nodiscard]] std::filesystem::path SourceDir();
[[nodiscard]] std::filesystem::path FormPath();  ///< forms/lke-permenpanrb-90-2021.xml
[[nodiscard]] std::string ReadFile(const std::filesystem::path& path);
void WriteFile(const std::filesystem::path& path, const std::string& text);
/// The real LKE form, loaded once.
[[nodiscard]] std::shared_ptr<const core::Form> LkeForm();
/// A new workspace with the real form in `dir`.
[[nodiscard]] core::Workspace NewWorkspace(const std::filesystem::path& path, const std::string& predicate = "");

struct CommandResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};
/// Runs the real `ziwb` binary with the given arguments (shell-quoted here) and environment prefix.
[[nodiscard]] CommandResult RunZiwb(const std::string& arguments, const std::string& environment = "");

}  // namespace ziwb::test
