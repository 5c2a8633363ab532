// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/check_record.hpp"

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "common/sha256.hpp"

namespace ziwb::core {
namespace {

// Below this size a quick_check costs less than the record's own file access.
constexpr std::uintmax_t kAlwaysCheckBelow = 64ULL << 20;

std::filesystem::path RecordFolder() {
    if (const char* cache = std::getenv("XDG_CACHE_HOME"); cache != nullptr && cache[0] == '/') {
        return std::filesystem::path(cache) / "ziwb" / "checked";
    }
    if (const char* home = std::getenv("HOME"); home != nullptr && home[0] == '/') {
        return std::filesystem::path(home) / ".cache" / "ziwb" / "checked";
    }
    return {};
}

// What identifies a file's state: its size and modification time to the file system's precision.
std::string Fingerprint(const std::filesystem::path& path) {
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (error) {
        return {};
    }
    const auto modified = std::filesystem::last_write_time(path, error);
    if (error) {
        return {};
    }
    std::ostringstream out;
    out << size << ' ' << modified.time_since_epoch().count();
    return out.str();
}

std::filesystem::path RecordFile(const std::filesystem::path& path) {
    const auto folder = RecordFolder();
    if (folder.empty()) {
        return {};
    }
    std::error_code error;
    const auto absolute = std::filesystem::weakly_canonical(path, error);
    return folder / Sha256::HexOf(error ? path.string() : absolute.string());
}

}  // namespace

bool CheckRecord::NeedsCheck(const std::filesystem::path& path) {
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (error || size < kAlwaysCheckBelow) {
        return true;
    }
    const auto record = RecordFile(path);
    if (record.empty()) {
        return true;
    }
    std::ifstream in(record);
    std::string remembered;
    std::getline(in, remembered);
    return remembered.empty() || remembered != Fingerprint(path);
}

void CheckRecord::Remember(const std::filesystem::path& path) {
    std::error_code error;
    if (std::filesystem::file_size(path, error) < kAlwaysCheckBelow || error) {
        return;
    }
    const auto record = RecordFile(path);
    const std::string fingerprint = Fingerprint(path);
    if (record.empty() || fingerprint.empty()) {
        return;
    }
    std::filesystem::create_directories(record.parent_path(), error);
    std::random_device random;
    const auto temporary = record.string() + ".tmp-" + std::to_string(random());
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << fingerprint << '\n';
        if (!out) {
            std::filesystem::remove(temporary, error);
            return;
        }
    }
    std::filesystem::rename(temporary, record, error);
    if (error) {
        std::filesystem::remove(temporary, error);
    }
}

}  // namespace ziwb::core
