#include "filewarmer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>


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
    // The kernel reads each piece into its cache without copying it here, and a piece already
    // there costs next to nothing. It reads at most its read-ahead window per request (128 KiB
    // on many disks, doubled for a file read front to back), so the pieces are no larger.
    struct stat info{};
    const off_t size = ::fstat(m_fd, &info) == 0 ? info.st_size : 0;
    constexpr off_t kPiece = 256 << 10;
    for (off_t offset = 0; offset < size && !m_stop; offset += kPiece) {
        if (::posix_fadvise(m_fd, offset, kPiece, POSIX_FADV_WILLNEED) != 0)
            break; // the walk reads what it needs itself
    }
    std::lock_guard lock(m_mutex);
    m_ended = std::chrono::steady_clock::now();
    m_running = false;
}

} // namespace rapport::server
