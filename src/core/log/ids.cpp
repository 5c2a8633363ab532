// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/ids.hpp"

#include <openssl/rand.h>

#include <algorithm>
#include <array>

#include "common/error.hpp"
#include "common/sha256.hpp"
#include "common/text.hpp"

namespace ziwb::core {

std::string NewUid() {
    std::array<unsigned char, 16> bytes{};
    if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1) {
        throw Error("no random numbers from OpenSSL");
    }
    return BytesToHex(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

std::string DerivedUid(std::string_view workspace_id, std::string_view what, long long row) {
    return Sha256::HexOf(std::string(workspace_id) + "/" + std::string(what) + "/" + std::to_string(row)).substr(0, 32);
}

bool IsUid(std::string_view text) {
    return text.size() == 32 && std::all_of(text.begin(), text.end(),
                                            [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

}  // namespace ziwb::core
