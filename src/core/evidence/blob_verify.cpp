// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/blob_verify.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <span>
#include <thread>

#include "common/error.hpp"
#include "common/progress.hpp"
#include "common/sha256.hpp"
#include "common/text.hpp"
#include "evidence/blob_store.hpp"
#include "workspace/database_open.hpp"

namespace ziwb::core {
namespace {

// A run of files with consecutive ids (blobs[first..last] sorted by id), read in one scan.
struct Run {
    std::size_t first = 0;
    std::size_t last = 0;
    std::uint64_t bytes = 0;
};

// The chunk table is a WITHOUT ROWID b-tree whose cells overflow: to compare keys, a seek reads
// the whole 1 MiB record of each cell it passes, some five per seek (strace: a verify read every
// page 5.6 times when it sought each file). A scan moves from cell to cell without comparing, so a
// run costs one seek. Runs of at least 64 MiB (or one per thread, in a smaller workspace) keep that
// seek below a tenth of what they read, and some eight per thread let the threads finish together.
std::vector<Run> SplitIntoRuns(const std::vector<BlobCheck>& blobs, unsigned threads) {
    std::uint64_t total = 0;
    for (const auto& blob : blobs) {
        total += blob.size;
    }
    constexpr std::uint64_t kMinimumRun = 64ULL << 20;
    // A small workspace still gets a run per thread.
    const std::uint64_t target =
        std::max(total / (static_cast<std::uint64_t>(threads) * 8 + 1), std::min(kMinimumRun, total / threads + 1));
    std::vector<Run> runs;
    for (std::size_t i = 0; i < blobs.size(); ++i) {
        if (runs.empty() || runs.back().bytes >= target) {
            runs.push_back({i, i, 0});
        }
        runs.back().last = i;
        runs.back().bytes += blobs[i].size;
    }
    // Largest first: a run of one large file then does not start last and finish alone.
    std::stable_sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) { return a.bytes > b.bytes; });
    return runs;
}

// What re-hashing a whole file found wrong with it; empty when its content and size still hold.
std::string ContentProblem(const BlobCheck& blob, const std::string& actual, std::uint64_t read) {
    if (actual != blob.sha256) {
        return Tr("its content no longer matches its SHA-256 (changed or damaged)");
    }
    if (read != blob.size) {
        return Tr("its size no longer matches");
    }
    return {};
}

class RunChecker {
public:
    RunChecker(SQLite::Database& db, std::vector<BlobCheck>& blobs, std::atomic<std::uint64_t>& done,
               std::atomic<bool>& stop)
        : m_db(db), m_blobs(blobs), m_done(done), m_stop(stop) {}

    void Check(const Run& run) {
        std::size_t next = run.first;  // the first file of the run not yet finished
        std::uint64_t counted = 0;     // bytes of that file already counted as done
        try {
            SQLite::Statement chunks(m_db,
                                     "SELECT blob_id, seq, data FROM blob_chunk WHERE blob_id >= ? AND blob_id <= ? "
                                     "ORDER BY blob_id, seq");
            chunks.bind(1, m_blobs[run.first].id);
            chunks.bind(2, m_blobs[run.last].id);
            Open open;
            while (chunks.executeStep()) {
                ThrowIfStopped();
                const std::int64_t id = chunks.getColumn(0).getInt64();
                while (next <= run.last && m_blobs[next].id < id) {
                    Finish(next, open);  // every file before this row has had all its rows
                    ++next;
                    counted = 0;
                }
                if (next > run.last || m_blobs[next].id != id) {
                    continue;  // a file nobody asked about (it has no record in the list)
                }
                const int seq = chunks.getColumn(1).getInt();
                const SQLite::Column data = chunks.getColumn(2);
                const auto bytes = std::span<const std::byte>(static_cast<const std::byte*>(data.getBlob()),
                                                              static_cast<std::size_t>(data.getBytes()));
                if (open.problem.empty() && seq != open.parts) {
                    open.problem = MissingPartProblem(open.parts);
                }
                open.hasher.Update(bytes);
                open.read += bytes.size();
                ++open.parts;
                m_done += bytes.size();
                counted = open.read;
            }
            while (next <= run.last) {
                Finish(next, open);
                ++next;
                counted = 0;
            }
        } catch (const Cancelled&) {
            throw;
        } catch (const Error&) {
            FinishAlone(run, next, counted);
        } catch (const SQLite::Exception&) {
            FinishAlone(run, next, counted);
        }
    }

private:
    // A damaged page (or a failing hash) ends the scan: the files not finished are read one by one,
    // each reporting what it can; the bytes of the one interrupted are counted once.
    void FinishAlone(const Run& run, std::size_t next, std::uint64_t counted) {
        m_done -= counted;
        for (; next <= run.last; ++next) {
            CheckAlone(m_blobs[next]);
        }
    }

    struct Open {
        Sha256 hasher;
        std::uint64_t read = 0;
        int parts = 0;
        std::string problem;
    };

    void ThrowIfStopped() const {
        if (m_stop) {
            throw Cancelled(Tr("verification cancelled"));
        }
    }

    void Finish(std::size_t index, Open& open) {
        BlobCheck& blob = m_blobs[index];
        const std::string actual = open.hasher.FinishHex();
        if (!open.problem.empty()) {
            blob.problem = open.problem;
        } else if (open.parts != blob.chunks) {
            blob.problem = MissingPartProblem(open.parts);
        } else {
            blob.problem = ContentProblem(blob, actual, open.read);
        }
        open.read = 0;
        open.parts = 0;
        open.problem.clear();
    }

    void CheckAlone(BlobCheck& blob) {
        std::uint64_t read = 0;
        try {
            const std::string actual = ReadBlob(m_db, blob.id, [&](std::span<const std::byte> bytes) {
                read += bytes.size();
                m_done += bytes.size();
                ThrowIfStopped();
            });
            blob.problem = ContentProblem(blob, actual, read);
        } catch (const Cancelled&) {
            throw;
        } catch (const Error& error) {
            blob.problem = error.what();
        } catch (const SQLite::Exception& error) {
            blob.problem = Format(Tr("it cannot be read ({0})"), {error.what()});
        }
    }

    SQLite::Database& m_db;
    std::vector<BlobCheck>& m_blobs;
    std::atomic<std::uint64_t>& m_done;
    std::atomic<bool>& m_stop;
};

}  // namespace

void CheckBlobs(const std::filesystem::path& path, std::vector<BlobCheck>& blobs, ProgressSink& progress) {
    std::sort(blobs.begin(), blobs.end(), [](const BlobCheck& a, const BlobCheck& b) { return a.id < b.id; });
    std::uint64_t total = 0;
    for (const auto& blob : blobs) {
        total += blob.size;
    }
    const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1U, 8U);
    const std::vector<Run> runs = SplitIntoRuns(blobs, threads);
    std::atomic<std::size_t> next{0};
    std::atomic<std::uint64_t> done{0};
    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::condition_variable finished;
    unsigned running = threads;
    std::exception_ptr failure;

    const auto work = [&] {
        try {
            const auto db = OpenWorkspaceDatabase(path, DatabaseAccess::ReadOnly);
            RunChecker checker(*db, blobs, done, stop);
            for (std::size_t i = next++; i < runs.size() && !stop; i = next++) {
                checker.Check(runs[i]);
            }
        } catch (...) {
            const std::lock_guard lock(mutex);
            if (!failure) {
                failure = std::current_exception();
            }
            stop = true;
        }
        const std::lock_guard lock(mutex);
        --running;
        finished.notify_all();
    };

    std::vector<std::jthread> pool;
    pool.reserve(threads);
    for (unsigned i = 0; i < threads; ++i) {
        pool.emplace_back(work);
    }
    std::unique_lock lock(mutex);
    while (running > 0) {
        finished.wait_for(lock, std::chrono::milliseconds(100));
        lock.unlock();
        progress.Report(done, total, {});
        if (progress.CancelRequested()) {
            stop = true;
        }
        lock.lock();
    }
    lock.unlock();
    pool.clear();
    if (failure) {
        std::rethrow_exception(failure);
    }
    if (stop) {
        throw Cancelled(Tr("verification cancelled"));
    }
}

}  // namespace ziwb::core
