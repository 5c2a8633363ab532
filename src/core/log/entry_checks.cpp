// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/entry_checks.hpp"

#include <algorithm>
#include <exception>

#include "people/signing_key.hpp"

namespace ziwb::core {

EntryChecks::EntryChecks(const std::vector<StoredEntry>& entries)
    : m_entries(entries),
      m_decoded(entries.size()),
      m_problems(entries.size()),
      m_failures(entries.size()),
      m_results(std::make_unique<std::atomic<EntryCheck>[]>(entries.size())) {
    for (std::size_t i = 0; i < entries.size(); ++i) {
        m_results[i].store(EntryCheck::Pending, std::memory_order_relaxed);
    }
    // Every core checks; the caller's replay shares them, which costs less than leaving one idle
    // while the replay waits for the next signature.
    const std::size_t workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
    try {
        for (std::size_t i = 0; i < workers && i < entries.size(); ++i) {
            m_workers.emplace_back([this] { Work(); });
        }
    } catch (...) {
        m_stop = true;  // the threads already started stop at their next entry
        throw;
    }
}

EntryChecks::~EntryChecks() {
    m_stop = true;
    m_workers.clear();  // joins
}

void EntryChecks::Work() {
    for (std::size_t i = m_next++; i < m_entries.size() && !m_stop; i = m_next++) {
        const StoredEntry& stored = m_entries[i];
        EntryCheck result = EntryCheck::Holds;
        // Nothing may leave a worker: what is thrown is kept and rethrown by Wait on the caller's thread.
        try {
            if (EntryHash(stored.body) != stored.hash) {
                result = EntryCheck::HashMismatch;
            } else {
                try {
                    m_decoded[i] = DecodeEntry(stored.body);
                    const LogEntry& entry = m_decoded[i];
                    const bool valid = entry.Signed() ? VerifySignature(entry.author_key, stored.body, stored.signature)
                                                      : stored.signature.empty();
                    result = valid ? EntryCheck::Holds : EntryCheck::BadSignature;
                } catch (const LogFormatError& error) {
                    m_problems[i] = error.what();
                    result = EntryCheck::Undecodable;
                }
            }
        } catch (...) {
            m_failures[i] = std::current_exception();
            result = EntryCheck::Failed;
        }
        m_results[i].store(result, std::memory_order_release);
        m_results[i].notify_all();
    }
}

EntryCheck EntryChecks::Wait(std::size_t index) {
    m_results[index].wait(EntryCheck::Pending, std::memory_order_acquire);
    const EntryCheck result = m_results[index].load(std::memory_order_acquire);
    if (result == EntryCheck::Failed) {
        std::rethrow_exception(m_failures[index]);
    }
    return result;
}

}  // namespace ziwb::core
