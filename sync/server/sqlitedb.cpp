#include "sqlitedb.h"

#include "protocol/jsontext.h"
#include "sqliteschema.h"

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
    throw DbFailure(std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

class SqliteCursor final : public SqlCursor
{
public:
    SqliteCursor(sqlite3 *db, const char *sql) : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            fail(db, "prepare");
    }
    ~SqliteCursor() override { sqlite3_finalize(m_stmt); }

    void bind(int index, const QString &text) override
    {
        const QByteArray utf8 = text.toUtf8();
        if (sqlite3_bind_text(m_stmt, index, utf8.constData(), utf8.size(), SQLITE_TRANSIENT) != SQLITE_OK)
            fail(m_db, "bind");
    }
    void bind(int index, qint64 number) override
    {
        if (sqlite3_bind_int64(m_stmt, index, number) != SQLITE_OK)
            fail(m_db, "bind");
    }
    void bindNull(int index) override
    {
        if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
            fail(m_db, "bind");
    }
    bool step() override
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        fail(m_db, "step");
    }
    QString text(int column) const override
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        // Not QString::fromUtf8: it drops a leading U+FEFF, and stored text must come back as written.
        return data ? protocol::fromUtf8Exact(data, sqlite3_column_bytes(m_stmt, column)) : QString();
    }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_stmt, column); }
    qint64 bytes(int column) const override { return sqlite3_column_bytes(m_stmt, column); }
    QByteArray utf8(int column) const override
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
    }
    bool isNull(int column) const override { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace

SqliteConnection::SqliteConnection(const QString &path)
    : m_path(path), m_warmer(path.toUtf8(), FileWarmer::defaultLimit())
{
    const QByteArray file = path.toUtf8();
    restrictFileModes(file);
    // NOMUTEX: SqlStorage uses its connection under a lock of its own only, so SQLite's lock per
    // call (taken by every column read, a dozen times per row of a snapshot page) is left out.
    if (sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr)
        != SQLITE_OK) {
        const std::string message = std::string("Cannot open the database ") + file.constData() + ": "
            + (m_db ? sqlite3_errmsg(m_db) : "out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
        throw DbFailure(message);
    }
    sqlite3_busy_timeout(m_db, 5000);
    // FULL sync: an acknowledged push must survive power loss, not just a process kill.
    // secure_delete: erased client text must not linger in free pages of the file.
    exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; "
         "PRAGMA secure_delete=ON;");
}

SqliteConnection::~SqliteConnection()
{
    sqlite3_close_v2(m_db);
}

std::unique_ptr<SqlCursor> SqliteConnection::prepare(const char *sql)
{
    return std::make_unique<SqliteCursor>(m_db, sql);
}

void SqliteConnection::exec(const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : "unknown error";
        sqlite3_free(error);
        throw DbFailure(message);
    }
}

qint64 SqliteConnection::changes() const
{
    return sqlite3_changes(m_db);
}

void SqliteConnection::beginWrite(WriteScope)
{
    // IMMEDIATE takes the write lock up front, so cursors are handed out in commit order.
    exec("BEGIN IMMEDIATE");
}

void SqliteConnection::beginRead()
{
    exec("BEGIN");
}

void SqliteConnection::commit()
{
    exec("COMMIT");
}

void SqliteConnection::rollback() noexcept
{
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

void SqliteConnection::lockDevice(const QString &)
{
    // BEGIN IMMEDIATE already made this the only writer.
}

bool SqliteConnection::tryLockOnce(const char *)
{
    return true; // the write transaction is the only one
}

int SqliteConnection::schemaVersion()
{
    Statement s(*this, "PRAGMA user_version");
    return s.step() ? static_cast<int>(s.integer(0)) : 0;
}

int SqliteConnection::latestSchemaVersion() const
{
    return schema::latestVersion();
}

void SqliteConnection::migrateTo(int version)
{
    exec(schema::step(version));
    exec(QStringLiteral("PRAGMA user_version = %1").arg(version).toUtf8().constData());
}

const char *SqliteConnection::insertChangeSql() const
{
    return "INSERT INTO change_log(org_id, entity, id, op, hlc, device_id, fields, time_ms) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
}

const char *SqliteConnection::pullVisibleSql() const
{
    return ""; // one writer at a time, and cursors are handed out under its lock
}

const char *SqliteConnection::pullHeldBackSql() const
{
    return nullptr;
}

std::pair<qint64, int> SqliteConnection::nextServerClock(qint64 nowMs)
{
    // Server-made rows still need strictly increasing clocks, even within one millisecond.
    if (nowMs > m_clockMs) {
        m_clockMs = nowMs;
        m_clockCounter = 0;
    } else {
        ++m_clockCounter;
    }
    return {m_clockMs, m_clockCounter};
}

void SqliteConnection::afterErase()
{
    // Move the zeroed pages into the main file and empty the WAL, so no old frame keeps a copy of
    // the erased text.
    sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
}

void SqliteConnection::warmBeforeWalk()
{
    // The main file only: the WAL holds the last few thousand pages written, read recently anyway.
    m_warmer.start();
}

QString SqliteConnection::describe() const
{
    return m_path;
}

} // namespace rapport::server
