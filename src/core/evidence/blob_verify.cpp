// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/blob_verify.hpp"

#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

#include "common/error.hpp"
#include "common/progress.hpp"
#include "common/text.hpp"
#include "evidence/blob_store.hpp"
#include "workspace/database_open.hpp"

namespace ziwb::core {

void CheckBlobs(const std::filesystem::path& path, std::vector<BlobCheck>& blobs, ProgressSink& progress) {
    std::sort(blobs.begin(), blobs.end(), [](const BlobCheck& a, const BlobCheck& b) { return a.size > b.size; });
    std::uint64_t total = 0;
    for (const auto& blob : blobs) {
        total += blob.size;
    }
    const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1U, 8U);
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
            for (std::size_t i = next++; i < blobs.size() && !stop; i = next++) {
                BlobCheck& blob = blobs[i];
                std::uint64_t read = 0;
                try {
                    const std::string actual = ReadBlob(*db, blob.id, [&](std::span<const std::byte> bytes) {
                        read += bytes.size();
                        done += bytes.size();
                        if (stop) {
                            throw Cancelled(Tr("verification cancelled"));
                        }
                    });
                    if (actual != blob.sha256) {
                        blob.problem = Tr("its content no longer matches its SHA-256 (changed or damaged)");
                    } else if (read != blob.size) {
                        blob.problem = Tr("its size no longer matches");
                    }
                } catch (const Cancelled&) {
                    throw;
                } catch (const Error& error) {
                    blob.problem = error.what();
                } catch (const SQLite::Exception& error) {
                    blob.problem = Format(Tr("it cannot be read ({0})"), {error.what()});
                }
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
