// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/signatures.hpp"

#include <algorithm>
#include <thread>

#include "people/signing_key.hpp"

namespace ziwb::core {

std::vector<char> SignaturesHold(const std::vector<const StoredEntry*>& stored,
                                 const std::vector<const LogEntry*>& entries) {
    std::vector<char> valid(stored.size(), 0);
    const std::size_t workers = std::max(1U, std::min(8U, std::thread::hardware_concurrency()));
    const auto check = [&](std::size_t first) {
        for (std::size_t i = first; i < stored.size(); i += workers) {
            valid[i] = static_cast<char>(
                entries[i]->Signed() ? VerifySignature(entries[i]->author_key, stored[i]->body, stored[i]->signature)
                                     : stored[i]->signature.empty());
        }
    };
    std::vector<std::jthread> threads;
    for (std::size_t worker = 1; worker < workers && worker < stored.size(); ++worker) {
        threads.emplace_back(check, worker);
    }
    check(0);
    return valid;
}

}  // namespace ziwb::core
