// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/signatures.hpp"

#include <algorithm>
#include <array>
#include <exception>
#include <string_view>
#include <thread>

#include "ed25519/batch_verify.hpp"
#include "people/signing_key.hpp"

namespace ziwb::core {
std::vector<char> SignaturesHoldTogether(std::span<const StoredEntry* const> stored,
                                         std::span<const LogEntry* const> entries) {
    std::vector<char> valid(stored.size(), 0);
    std::vector<std::array<unsigned char, 32>> keys(stored.size());
    std::vector<ed25519::SignatureToCheck> batch;
    std::vector<std::size_t> batch_index;
    for (std::size_t i = 0; i < stored.size(); ++i) {
        if (!entries[i]->Signed()) {
            valid[i] = static_cast<char>(stored[i]->signature.empty());
            continue;
        }
        const auto key = PublicKeyBytes(entries[i]->author_key);
        if (!key) {
            continue;  // a key that is no key: the signature does not hold
        }
        keys[i] = *key;
        batch.push_back({std::string_view(reinterpret_cast<const char*>(keys[i].data()), keys[i].size()),
                         stored[i]->body, stored[i]->signature});
        batch_index.push_back(i);
    }
    const std::vector<char> holds = ed25519::EachHolds(batch);
    for (std::size_t k = 0; k < batch.size(); ++k) {
        valid[batch_index[k]] = holds[k];
    }
    return valid;
}

std::vector<char> SignaturesHold(const std::vector<const StoredEntry*>& stored,
                                 const std::vector<const LogEntry*>& entries) {
    std::vector<char> valid(stored.size(), 0);
    const std::size_t workers =
        std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, std::max<std::size_t>(1, stored.size() / 64));
    // What a worker throws (no memory) is rethrown here once all have ended, not left to end the
    // program from a thread.
    std::vector<std::exception_ptr> failures(workers);
    const auto check = [&](std::size_t worker) {
        try {
            const std::size_t begin = stored.size() * worker / workers;
            const std::size_t end = stored.size() * (worker + 1) / workers;
            const auto part = SignaturesHoldTogether(std::span(stored).subspan(begin, end - begin),
                                                     std::span(entries).subspan(begin, end - begin));
            std::copy(part.begin(), part.end(), valid.begin() + static_cast<std::ptrdiff_t>(begin));
        } catch (...) {
            failures[worker] = std::current_exception();
        }
    };
    {
        std::vector<std::jthread> threads;
        for (std::size_t worker = 1; worker < workers; ++worker) {
            threads.emplace_back(check, worker);
        }
        check(0);
    }
    for (const auto& failure : failures) {
        if (failure) {
            std::rethrow_exception(failure);
        }
    }
    return valid;
}

}  // namespace ziwb::core
