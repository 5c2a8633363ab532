// SPDX-License-Identifier: GPL-3.0-or-later
#include "test_support.hpp"

#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

#include "common/text.hpp"
#include "form/form_loader.hpp"

namespace ziwb::test {
namespace {

// Unit tests match message texts in English, the message ids; tests of the Indonesian catalog
// switch the language themselves. The CLI tests check Indonesian output, the default.
const bool kEnglishMessages = (core::SetLanguage(core::Language::English), true);

}  // namespace

TempDir::TempDir() {
    std::random_device random;
    m_path =
        std::filesystem::temp_directory_path() / ("ziwb-test-" + std::to_string(random()) + std::to_string(random()));
    std::filesystem::create_directories(m_path);
}

TempDir::~TempDir() {
    std::error_code ignored;
    // Tests may make files read-only; make them removable again.
    for (const auto& entry : std::filesystem::recursive_directory_iterator(m_path, ignored)) {
        std::filesystem::permissions(entry.path(), std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::add, ignored);
    }
    std::filesystem::remove_all(m_path, ignored);
}

std::filesystem::path SourceDir() {
    return ZIWB_SOURCE_DIR;
}

std::filesystem::path FormPath() {
    return SourceDir() / "forms" / "lke-permenpanrb-90-2021.xml";
}

std::string ReadFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void WriteFile(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

std::shared_ptr<const core::Form> LkeForm() {
    static const auto form = core::LoadFormFile(FormPath());
    return form;
}

core::Workspace NewWorkspace(const std::filesystem::path& path, const std::string& predicate) {
    core::WorkspaceInfo info;
    info.unit_name = "Dinas Uji";
    info.agency = "Pemerintah Kabupaten Uji";
    info.year = 2026;
    info.current_predicate = predicate;
    return core::Workspace::Create(path, info, {ReadFile(FormPath()), FormPath().string()});
}

namespace {

std::string Slurp(const std::filesystem::path& path) {
    std::string text = ReadFile(path);
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
    return text;
}

}  // namespace

CommandResult RunZiwb(const std::string& arguments, const std::string& environment) {
    const TempDir capture;
    const auto out = capture / "out";
    const auto err = capture / "err";
    const std::string command = environment + " '" + std::string(ZIWB_CLI_PATH) + "' " + arguments + " >'" +
                                out.string() + "' 2>'" + err.string() + "' </dev/null";
    const int status = std::system(command.c_str());
    CommandResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = Slurp(out);
    result.err = Slurp(err);
    return result;
}

}  // namespace ziwb::test
