// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "log/change_log.hpp"
#include "log/log_entry.hpp"

namespace ziwb::core {

/// What an entry's own checks found: those that need nothing but the entry itself.
enum class EntryCheck : char { Pending, Holds, HashMismatch, Undecodable, BadSignature, Failed };

/// Checks each entry's hash, decodes it and checks its signature on worker threads, in log order,
/// while the caller replays the entries already checked, so that the two overlap instead of
/// following each other. The workers take the log in runs of entries whose signatures are checked
/// together (SignaturesHoldTogether): short runs first, so that the replay starts at once, then
/// runs of 512, where a batch costs least per signature.
class EntryChecks {
public:
    /// Starts the workers. `entries` must outlive this object.
    explicit EntryChecks(const std::vector<StoredEntry>& entries);
    ~EntryChecks();
    EntryChecks(const EntryChecks&) = delete;
    EntryChecks& operator=(const EntryChecks&) = delete;
    EntryChecks(EntryChecks&&) = delete;
    EntryChecks& operator=(EntryChecks&&) = delete;

    /// Waits until entry `index` is checked, checking runs no worker has taken meanwhile; returns what
    /// was found. Rethrows what checking it threw other than a malformed entry (no memory, a failing
    /// hash), as checking on this thread would.
    EntryCheck Wait(std::size_t index);
    /// The decoded entry, once Wait(index) said it holds or its signature does not.
    [[nodiscard]] const LogEntry& Entry(std::size_t index) const { return m_decoded[index]; }
    /// Why the entry could not be decoded, once Wait(index) said Undecodable.
    [[nodiscard]] const std::string& DecodeProblem(std::size_t index) const { return m_problems[index]; }

private:
    void Work();
    void CheckRun(std::size_t begin, std::size_t end);
    /// CheckRun of run `run`; what it throws is kept for each of its entries still pending.
    void CheckRunKeepingFailures(std::size_t run);
    /// Wakes a Wait for the entries of a run whose results were just stored.
    void Announce();

    const std::vector<StoredEntry>& m_entries;
    std::vector<LogEntry> m_decoded;
    std::vector<std::string> m_problems;
    std::vector<std::exception_ptr> m_failures;
    std::unique_ptr<std::atomic<EntryCheck>[]> m_results;
    std::vector<std::size_t> m_run_starts;  ///< where each run begins; the last is the end
    std::atomic<std::size_t> m_next_run{0};
    std::atomic<bool> m_stop{false};
    // Not std::atomic::wait: libstdc++ 12 without futexes (MinGW, for Windows) can lose its
    // notification (the waiter checks the value, the notifier wakes nobody, then the waiter sleeps
    // for ever), which hung the workbench's log check under Wine. A condition variable waited on
    // with its predicate under this mutex cannot.
    std::mutex m_mutex;
    std::condition_variable m_checked;
    std::vector<std::jthread> m_workers;  // last: joined before the rest goes
};

}  // namespace ziwb::core
