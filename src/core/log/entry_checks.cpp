// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/entry_checks.hpp"

#include <algorithm>
#include <exception>

#include "log/signatures.hpp"

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
    constexpr std::size_t kFirstRun = 32;
    constexpr std::size_t kLongestRun = 512;
    for (std::size_t start = 0, run = kFirstRun; start < entries.size();
         start += run, run = std::min(2 * run, kLongestRun)) {
        m_run_starts.push_back(start);
    }
    m_run_starts.push_back(entries.size());
    // One core is the caller's: its replay runs in order and is the longest part, so a worker
    // preempting it delays the whole. When the caller would wait for a check, it checks a run itself
    // (Wait), so no core idles either way.
    const std::size_t workers = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 2, 9) - 1;
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
    // m_stop is looked at before a run is taken: a run taken is always checked, so that no Wait can
    // be left waiting for it.
    while (!m_stop) {
        const std::size_t run = m_next_run++;
        if (run + 1 >= m_run_starts.size()) {
            return;
        }
        CheckRunKeepingFailures(run);
    }
}

void EntryChecks::CheckRunKeepingFailures(std::size_t run) {
    const std::size_t begin = m_run_starts[run];
    const std::size_t end = m_run_starts[run + 1];
    // Nothing may leave a worker: what is thrown is kept and rethrown by Wait on the caller's thread.
    try {
        CheckRun(begin, end);
    } catch (...) {
        for (std::size_t i = begin; i < end; ++i) {
            if (m_results[i].load(std::memory_order_relaxed) == EntryCheck::Pending) {
                m_failures[i] = std::current_exception();
                m_results[i].store(EntryCheck::Failed, std::memory_order_release);
            }
        }
        Announce();
    }
}

void EntryChecks::Announce() {
    // Taking the mutex orders the results stored before it with a waiter that checks them under it:
    // either the waiter sees them, or it is already waiting and this wakes it.
    { const std::lock_guard lock(m_mutex); }
    m_checked.notify_all();
}

void EntryChecks::CheckRun(std::size_t begin, std::size_t end) {
    std::vector<EntryCheck> results(end - begin, EntryCheck::Holds);
    std::vector<const StoredEntry*> to_verify;
    std::vector<const LogEntry*> decoded;
    std::vector<std::size_t> positions;
    for (std::size_t i = begin; i < end; ++i) {
        const StoredEntry& stored = m_entries[i];
        if (EntryHash(stored.body) != stored.hash) {
            results[i - begin] = EntryCheck::HashMismatch;
            continue;
        }
        try {
            m_decoded[i] = DecodeEntry(stored.body);
        } catch (const LogFormatError& error) {
            m_problems[i] = error.what();
            results[i - begin] = EntryCheck::Undecodable;
            continue;
        }
        to_verify.push_back(&stored);
        decoded.push_back(&m_decoded[i]);
        positions.push_back(i - begin);
    }
    const std::vector<char> holds = SignaturesHoldTogether(to_verify, decoded);
    for (std::size_t k = 0; k < holds.size(); ++k) {
        if (holds[k] == 0) {
            results[positions[k]] = EntryCheck::BadSignature;
        }
    }
    for (std::size_t i = begin; i < end; ++i) {
        m_results[i].store(results[i - begin], std::memory_order_release);
    }
    Announce();
}

EntryCheck EntryChecks::Wait(std::size_t index) {
    while (m_results[index].load(std::memory_order_acquire) == EntryCheck::Pending) {
        // Rather than wait, the caller checks the next run no one has taken: the workers leave it a
        // core (see the constructor), and the replay and the checks then share the cores evenly.
        const std::size_t run = m_next_run++;
        if (run + 1 < m_run_starts.size()) {
            CheckRunKeepingFailures(run);
        } else {
            std::unique_lock lock(m_mutex);
            m_checked.wait(lock,
                           [&] { return m_results[index].load(std::memory_order_acquire) != EntryCheck::Pending; });
        }
    }
    const EntryCheck result = m_results[index].load(std::memory_order_acquire);
    if (result == EntryCheck::Failed) {
        std::rethrow_exception(m_failures[index]);
    }
    return result;
}

}  // namespace ziwb::core
