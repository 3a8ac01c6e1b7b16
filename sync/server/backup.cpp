#include "backup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace rapport::server {

namespace {

struct Closer
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Db = std::unique_ptr<sqlite3, Closer>;

QString lastError(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
}

bool exec(sqlite3 *db, const char *sql, QString *problem)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *problem = message ? QString::fromUtf8(message) : lastError(db);
    sqlite3_free(message);
    return false;
}

/** The first row of integrity_check: "ok" when the copy is sound. */
QString integrity(sqlite3 *db)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) != SQLITE_OK)
        return lastError(db);
    QString result;
    if (sqlite3_step(statement) == SQLITE_ROW)
        result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    else
        result = lastError(db);
    sqlite3_finalize(statement);
    return result;
}

bool syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

BackupOutcome failed(const QString &message)
{
    BackupOutcome outcome;
    outcome.message = message;
    return outcome;
}

} // namespace

bool isPostgresUri(const QString &database)
{
    return database.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || database.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

BackupOutcome backupDatabase(const BackupOptions &options)
{
    if (options.database.isEmpty())
        return failed(QStringLiteral("backup needs --db FILE, the server's SQLite file."));
    if (isPostgresUri(options.database))
        return failed(QStringLiteral(
            "backup copies the embedded SQLite database only. For PostgreSQL use its own tool, for example\n"
            "  pg_dump --format=custom --file=rapport.dump '%1'\n"
            "and pg_restore to bring it back (see the README, server section).")
                          .arg(options.database));
    if (options.target.isEmpty())
        return failed(QStringLiteral("backup needs --to FILE, where the copy goes."));

    const QFileInfo source(options.database);
    if (!source.exists())
        return failed(QStringLiteral("There is no database at %1.").arg(options.database));
    if (!source.isFile())
        return failed(QStringLiteral("%1 is not a file.").arg(options.database));
    const QFileInfo target(options.target);
    if (target.exists() && target.canonicalFilePath() == source.canonicalFilePath())
        return failed(QStringLiteral("--to names the database itself; choose another file."));
    if (target.exists() && target.isDir())
        return failed(QStringLiteral("%1 is a folder; --to needs a file name.").arg(options.target));
    if (target.exists() && !options.force)
        return failed(QStringLiteral("%1 already exists; add --force to replace it.").arg(options.target));
    const QDir targetDir = target.absoluteDir();
    if (!targetDir.exists())
        return failed(QStringLiteral("The folder %1 does not exist.").arg(targetDir.path()));

    sqlite3 *raw = nullptr;
    // Read-only, but not immutable: the server keeps writing through the WAL meanwhile.
    const int opened = sqlite3_open_v2(QFile::encodeName(options.database).constData(), &raw,
                                       SQLITE_OPEN_READONLY, nullptr);
    Db src(raw);
    if (opened != SQLITE_OK)
        return failed(QStringLiteral("Cannot open %1: %2").arg(options.database, lastError(raw)));
    sqlite3_busy_timeout(src.get(), 5000);
    QString problem;
    // One snapshot for the whole copy: without it every commit of the server restarts the copy.
    if (!exec(src.get(), "BEGIN; SELECT count(*) FROM sqlite_schema;", &problem))
        return failed(QStringLiteral("Cannot read %1: %2").arg(options.database, problem));

    // A new file of our own beside the target (0600: it holds password and token hashes).
    const QString partial = targetDir.filePath(QStringLiteral(".%1.partial-%2").arg(target.fileName()).arg(::getpid()));
    const QByteArray partialName = QFile::encodeName(partial);
    const int fd = ::open(partialName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return failed(QStringLiteral("Cannot create %1: %2").arg(partial, QString::fromLocal8Bit(std::strerror(errno))));
    ::close(fd);
    auto removePartial = [&] {
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            ::unlink((partialName + suffix).constData());
    };

    raw = nullptr;
    const int destOpened = sqlite3_open_v2(partialName.constData(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    Db dest(raw);
    if (destOpened != SQLITE_OK) {
        removePartial();
        return failed(QStringLiteral("Cannot open %1: %2").arg(partial, lastError(raw)));
    }
    sqlite3_backup *backup = sqlite3_backup_init(dest.get(), "main", src.get(), "main");
    if (!backup) {
        const QString why = lastError(dest.get());
        dest.reset();
        removePartial();
        return failed(QStringLiteral("Cannot start the backup: %1").arg(why));
    }
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, options.pagesPerStep);
        if (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(rc == SQLITE_OK ? options.pauseMs : 20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    BackupOutcome outcome;
    outcome.pages = sqlite3_backup_pagecount(backup);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        const QString why = QString::fromUtf8(sqlite3_errstr(rc));
        dest.reset();
        removePartial();
        return failed(QStringLiteral("The backup stopped: %1").arg(why));
    }
    exec(src.get(), "COMMIT;", &problem);
    src.reset();

    const QString check = integrity(dest.get());
    // The copy is a single file, whatever journal mode the server uses.
    exec(dest.get(), "PRAGMA journal_mode=DELETE;", &problem);
    dest.reset();
    if (check != QLatin1String("ok")) {
        removePartial();
        return failed(QStringLiteral("The copy failed its integrity check (%1); nothing was written to %2.")
                          .arg(check, options.target));
    }
    const int syncFd = ::open(partialName.constData(), O_RDONLY | O_CLOEXEC);
    const bool synced = syncFd >= 0 && ::fsync(syncFd) == 0;
    if (syncFd >= 0)
        ::close(syncFd);
    if (!synced || ::rename(partialName.constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        removePartial();
        return failed(QStringLiteral("Cannot write %1: %2").arg(options.target, why));
    }
    syncDirectory(targetDir.path());
    outcome.ok = true;
    outcome.bytes = QFileInfo(target.absoluteFilePath()).size();
    outcome.message = QStringLiteral("backed up %1 to %2: %3 pages, %4 bytes, integrity_check ok")
                          .arg(options.database, options.target)
                          .arg(outcome.pages)
                          .arg(outcome.bytes);
    return outcome;
}

} // namespace rapport::server
