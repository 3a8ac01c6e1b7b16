#include "sqlitedb.h"

#include "protocol/jsontext.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rapport::server {

namespace {

/**
 * The file holds client data and password hashes: only the server's user may read it. Created
 * 0600 before SQLite opens it (SQLite gives -wal/-shm the mode of the main file), and files made
 * by older versions or by hand are narrowed at every open.
 */
void restrictFileModes(const QByteArray &file)
{
    const int fd = ::open(file.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd >= 0)
        ::close(fd);
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QByteArray name = file + suffix;
        struct stat info{};
        if (::stat(name.constData(), &info) == 0 && (info.st_mode & 0077) != 0)
            ::chmod(name.constData(), info.st_mode & 0700);
    }
}

[[noreturn]] void fail(sqlite3 *db, const char *what)
{
    throw SqliteFailure(std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

} // namespace

Statement::Statement(sqlite3 *db, const char *sql) : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        fail(db, "prepare");
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (sqlite3_bind_text(m_stmt, index, utf8.constData(), utf8.size(), SQLITE_TRANSIENT) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

Statement &Statement::bind(int index, qint64 number)
{
    if (sqlite3_bind_int64(m_stmt, index, number) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(m_db, "step");
}

void Statement::run()
{
    while (step()) {
    }
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    // Not QString::fromUtf8: it drops a leading U+FEFF, and stored text must come back as written.
    return data ? protocol::fromUtf8Exact(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

qint64 Statement::bytes(int column) const
{
    return sqlite3_column_bytes(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

SqliteDb::SqliteDb(const QString &path) : m_path(path)
{
    const QByteArray file = path.toUtf8();
    restrictFileModes(file);
    if (sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        const std::string message = std::string("Cannot open the database ") + file.constData() + ": "
            + (m_db ? sqlite3_errmsg(m_db) : "out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
        throw SqliteFailure(message);
    }
    sqlite3_busy_timeout(m_db, 5000);
    // FULL sync: an acknowledged push must survive power loss, not just a process kill.
    // secure_delete: erased client text must not linger in free pages of the file.
    exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; "
         "PRAGMA secure_delete=ON;");
}

SqliteDb::~SqliteDb()
{
    sqlite3_close_v2(m_db);
}

void SqliteDb::exec(const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : "unknown error";
        sqlite3_free(error);
        throw SqliteFailure(message);
    }
}

WriteTransaction::WriteTransaction(SqliteDb &db) : m_db(db)
{
    // IMMEDIATE takes the write lock up front, so cursors are handed out in commit order.
    m_db.exec("BEGIN IMMEDIATE");
}

WriteTransaction::~WriteTransaction()
{
    if (!m_done)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void WriteTransaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace rapport::server
