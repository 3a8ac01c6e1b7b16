#pragma once

#include "filewarmer.h"
#include "sqlconnection.h"

#include <sqlite3.h>

namespace rapport::server {

/**
 * One SQLite connection opened with the server's pragmas (WAL, synchronous=FULL, secure_delete),
 * without SQLite's own lock per call: one thread at a time may use it (SqlStorage holds its lock).
 */
class SqliteConnection final : public SqlConnection
{
public:
    /** Opens (creating if needed) the file; throws DbFailure if it cannot be opened. */
    explicit SqliteConnection(const QString &path);
    ~SqliteConnection() override;
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    std::unique_ptr<SqlCursor> prepare(const char *sql) override;
    void exec(const char *sql) override;
    qint64 changes() const override;
    void beginWrite(WriteScope scope) override;
    void beginRead() override;
    void commit() override;
    void rollback() noexcept override;
    void lockDevice(const QString &deviceId) override;
    bool tryLockOnce(const char *job) override;
    int schemaVersion() override;
    int latestSchemaVersion() const override;
    void migrateTo(int version) override;
    const char *insertChangeSql() const override;
    const char *pullVisibleSql() const override;
    const char *pullHeldBackSql() const override;
    std::pair<qint64, int> nextServerClock(qint64 nowMs) override;
    void afterErase() override;
    void warmBeforeWalk() override;
    QString describe() const override;

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    qint64 m_clockMs = 0;
    int m_clockCounter = 0;
    FileWarmer m_warmer; // its descriptor closes after the connection (the destructor body) closed
};

} // namespace rapport::server
