#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace rapport::server {

/**
 * A few threads for CPU-heavy jobs (password hashing) with a bounded queue, so such jobs
 * never occupy the I/O threads and a flood of them is refused instead of queued without end.
 */
class WorkerPool
{
public:
    WorkerPool(int threads, int maxQueued);
    ~WorkerPool(); // finishes running jobs, drops queued ones

    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    /** Queues the job; false (and the job is not run) when the queue is full. */
    [[nodiscard]] bool tryPost(std::function<void()> job);

private:
    void run();

    const std::size_t m_maxQueued;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace rapport::server
