// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/file_header.hpp"

#include <array>
#include <cstring>
#include <fstream>
#include <system_error>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"

namespace ziwb::core {
namespace {

std::uint32_t BigEndian32(const unsigned char* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | std::uint32_t{p[3]};
}

// A rollback journal left by a writer that was stopped mid-commit starts with this magic; a
// finished transaction in PERSIST mode leaves the journal with its header zeroed.
bool HasHotJournal(const std::filesystem::path& journal) {
    static constexpr std::array<unsigned char, 8> kJournalMagic{0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7};
    std::ifstream in(journal, std::ios::binary);
    std::array<unsigned char, 8> magic{};
    in.read(reinterpret_cast<char*>(magic.data()), magic.size());
    return in.gcount() == static_cast<std::streamsize>(magic.size()) && magic == kJournalMagic;
}

}  // namespace

void CheckWorkspaceHeader(const std::filesystem::path& path) {
    const std::string name = PathToUtf8(path);
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (!std::filesystem::exists(status)) {
        throw WorkspaceError(Format(Tr("{0}: no such file"), {name}));
    }
    if (std::filesystem::is_directory(status)) {
        throw WorkspaceError(Format(Tr("{0} is a folder, not a workspace file"), {name}));
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw WorkspaceError(Format(Tr("{0} cannot be read: check that you have permission to read it"), {name}));
    }
    std::array<unsigned char, 100> header{};
    in.read(reinterpret_cast<char*>(header.data()), header.size());
    const auto got = static_cast<std::size_t>(in.gcount());
    static constexpr char kMagic[] = "SQLite format 3";
    if (got < header.size() || std::memcmp(header.data(), kMagic, sizeof kMagic) != 0) {
        if (got == 0) {
            throw WorkspaceError(Format(Tr("{0} is empty: it is not a ZI Workbench workspace"), {name}));
        }
        throw WorkspaceError(Format(Tr("{0} is not a ZI Workbench workspace (.ziwb file)"), {name}));
    }
    const auto application_id = static_cast<std::int32_t>(BigEndian32(&header[68]));
    const auto user_version = static_cast<int>(BigEndian32(&header[60]));
    if (application_id != kWorkspaceApplicationId) {
        throw WorkspaceError(Format(Tr("{0} is a database of another program, not a ZI Workbench workspace"), {name}));
    }
    if (user_version > kWorkspaceSchemaVersion) {
        throw WorkspaceError(Format(Tr("{0} was saved by a newer version of ZI Workbench (workspace format {1}; this "
                                       "version reads up to {2}). Update ZI Workbench to open it"),
                                    {name, std::to_string(user_version), std::to_string(kWorkspaceSchemaVersion)}));
    }
    // A file cut short (an interrupted copy or download): its header says how many pages it has.
    // The count is valid when the "version-valid-for" number equals the change counter. With a
    // write-ahead log beside it the main file may legitimately lag, and a hot rollback journal
    // (a commit stopped half-way) restores the file when SQLite opens it: only check without them.
    std::uint32_t page_size = (std::uint32_t{header[16]} << 8) | header[17];
    if (page_size == 1) {
        page_size = 65536;
    }
    const std::uint32_t page_count = BigEndian32(&header[28]);
    const bool count_valid = BigEndian32(&header[92]) == BigEndian32(&header[24]);
    const auto wal = PathFromUtf8(name + "-wal");
    const auto size = std::filesystem::file_size(path, error);
    if (!error && count_valid && page_count > 0 && !std::filesystem::exists(wal) &&
        !HasHotJournal(PathFromUtf8(name + "-journal")) && size < static_cast<std::uintmax_t>(page_count) * page_size) {
        throw WorkspaceError(
            Format(Tr("{0} is damaged: the file is shorter than its contents ({1} of {2} bytes), "
                      "probably an interrupted copy. Copy it again from where it came from"),
                   {name, std::to_string(size), std::to_string(static_cast<std::uintmax_t>(page_count) * page_size)}));
    }
}

}  // namespace ziwb::core
