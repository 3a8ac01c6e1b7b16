#pragma once

#include <QByteArray>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

namespace rapport::server {

/**
 * Has the kernel read a file into its cache front to back, from a thread of its own, so that a
 * walk of its pages that follows finds them in memory. A snapshot walks an organisation's records
 * in key order, which is no order on disk: from a cold cache each page is a read of its own (about
 * 10,000 a second here), where the whole file read in large pieces goes at the disk's full speed.
 *
 * Its descriptor of the file stays open until it is destroyed: closing any descriptor of a file
 * drops every POSIX lock the process holds on it, SQLite's among them. Destroy it after the
 * database connection is closed.
 */
class FileWarmer
{
public:
    /** `maxBytes`: a larger file is left alone (it would push more useful pages out of memory). */
    FileWarmer(QByteArray path, qint64 maxBytes);
    ~FileWarmer(); // stops a read that is running, then closes the file
    FileWarmer(const FileWarmer &) = delete;
    FileWarmer &operator=(const FileWarmer &) = delete;

    /**
     * Starts reading the file unless a read is running or one ended less than `quiet` ago (its
     * pages are still in memory). Returns at once.
     */
    void start(std::chrono::milliseconds quiet = std::chrono::seconds(30));

    /** A quarter of the machine's memory: the default for `maxBytes`. */
    static qint64 defaultLimit();

private:
    void read();

    const QByteArray m_path;
    const qint64 m_maxBytes;
    std::mutex m_mutex;
    std::thread m_thread;
    int m_fd = -1; // opened by the first start(), closed by the destructor only
    bool m_running = false;                      // guarded by m_mutex
    std::chrono::steady_clock::time_point m_ended{}; // guarded by m_mutex
    std::atomic<bool> m_stop{false};
};

} // namespace rapport::server
