// rapport-server: thin entry point; commands.cpp does the work.
#include "commands.h"
#include "crypto.h"

#include <malloc.h>
#include <sqlite3.h>

#include <cstdio>

int main(int argc, char **argv)
{
    using namespace rapport::server;
    // SQLite counts every allocation under one global lock for its memory statistics, which the
    // server never reads; without them the many small allocations of a snapshot page take no lock.
    // Only possible before SQLite starts.
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    // A pull or snapshot page is built in buffers of a few MiB, one after another. By default such
    // a buffer is mapped for itself and given back when freed, or the free space atop a thread's
    // heap is handed back once it passes 2x that size, so every page touches fresh memory again:
    // about 50,000 page faults for a 10,000-client snapshot, each costly in a virtual machine.
    // Buffers up to 32 MiB come from the heap instead, and up to 64 MiB of free heap is kept.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    if (!crypto::initialise()) {
        std::fprintf(stderr, "libsodium could not start; the server cannot hash passwords.\n");
        return 1;
    }
    if (argc < 2 || QString::fromLocal8Bit(argv[1]) == QLatin1String("--help")
        || QString::fromLocal8Bit(argv[1]) == QLatin1String("help")) {
        std::fputs(helpText().toLocal8Bit().constData(), stdout);
        return argc < 2 ? 2 : 0;
    }
    const QString command = QString::fromLocal8Bit(argv[1]);
    Options options;
    for (int i = 2; i < argc; ++i) {
        const QString key = QString::fromLocal8Bit(argv[i]);
        if (key == QLatin1String("--help")) {
            std::fputs(helpText().toLocal8Bit().constData(), stdout);
            return 0;
        }
        // The one option without a value.
        if (key == QLatin1String("--force")) {
            options.insert(QStringLiteral("force"), QStringLiteral("1"));
            continue;
        }
        if (!key.startsWith(QLatin1String("--")) || i + 1 >= argc) {
            std::fprintf(stderr, "Expected --option value, got \"%s\". See rapport-server --help.\n", argv[i]);
            return 2;
        }
        options.insert(key.mid(2), QString::fromLocal8Bit(argv[++i]));
    }
    return runCommand(command, options);
}
