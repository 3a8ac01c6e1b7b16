#pragma once

#include "sqlconnection.h"

#include <string>
#include <unordered_map>

typedef struct pg_conn PGconn;

namespace rapport::server {

/**
 * One PostgreSQL connection through libpq. Statements are prepared once per connection (the
 * storage's `?`/`?N` placeholders become `$N`) and parameters travel as text, typed by the
 * server from their use. A connection lost (the database restarted) is reset before the next
 * statement; the call that found it lost fails with DbFailure::Kind::Unavailable.
 */
class PgConnection final : public SqlConnection
{
public:
    /** Connects with a libpq connection string or URI; throws DbFailure if it cannot. */
    explicit PgConnection(const QString &conninfo);
    ~PgConnection() override;
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    std::unique_ptr<SqlCursor> prepare(const char *sql) override;
    void exec(const char *sql) override;
    qint64 changes() const override { return m_changes; }
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
    void afterErase() override {}
    QString describe() const override;

    /** `?` and `?N` outside quotes as `$N`; `count` receives the highest parameter number. */
    static std::string translate(const char *sql, int *count);

    // For PgCursor.
    PGconn *handle() const { return m_conn; }
    void setChanges(qint64 changes) { m_changes = changes; }
    /** Throws the DbFailure for a failed call on this connection. */
    [[noreturn]] void fail(const char *what, const char *sqlState);

private:
    /** Reconnects a lost connection (outside a transaction); throws Unavailable if it cannot. */
    void ensureConnected();

    PGconn *m_conn = nullptr;
    QString m_describe;
    qint64 m_changes = 0;
    bool m_inTransaction = false;
    struct Prepared
    {
        std::string name;
        int parameters = 0;
    };
    std::unordered_map<std::string, Prepared> m_prepared; // by the storage's SQL text
    int m_statements = 0; // names handed out on this session
};

/** True when `db` names a PostgreSQL database (a URI or a key=value string), not a file. */
bool isPostgresConnectionString(const QString &db);

} // namespace rapport::server
