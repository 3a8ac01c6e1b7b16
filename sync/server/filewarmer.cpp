#include "filewarmer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <vector>

namespace rapport::server {

FileWarmer::FileWarmer(QByteArray path, qint64 maxBytes) : m_path(std::move(path)), m_maxBytes(maxBytes) {}

FileWarmer::~FileWarmer()
{
    m_stop = true;
    std::thread reading;
    {
        std::lock_guard lock(m_mutex);
        reading = std::move(m_thread);
    }
    if (reading.joinable())
        reading.join(); // outside the lock: the read takes it as it ends
    if (m_fd >= 0)
        ::close(m_fd);
}

qint64 FileWarmer::defaultLimit()
{
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    return pages > 0 && pageSize > 0 ? qint64(pages) * pageSize / 4 : 0;
}

void FileWarmer::start(std::chrono::milliseconds quiet)
{
    std::lock_guard lock(m_mutex);
    if (m_running || (m_ended != std::chrono::steady_clock::time_point{}
                      && std::chrono::steady_clock::now() - m_ended < quiet))
        return;
    if (m_fd < 0) {
        m_fd = ::open(m_path.constData(), O_RDONLY | O_CLOEXEC);
        if (m_fd < 0)
            return;
        // Tell the kernel the reads go front to back, so it reads ahead in large pieces.
        ::posix_fadvise(m_fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    }
    struct stat info{};
    if (::fstat(m_fd, &info) != 0 || info.st_size > m_maxBytes)
        return;
    if (m_thread.joinable())
        m_thread.join(); // the read before, ended
    m_running = true;
    m_thread = std::thread([this] { read(); });
}

void FileWarmer::read()
{
    std::vector<char> buffer(1 << 20);
    for (off_t offset = 0; !m_stop;) {
        const ssize_t got = ::pread(m_fd, buffer.data(), buffer.size(), offset);
        if (got <= 0)
            break; // the end, or an error: the walk reads what it needs itself
        offset += got;
    }
    std::lock_guard lock(m_mutex);
    m_ended = std::chrono::steady_clock::now();
    m_running = false;
}

} // namespace rapport::server
