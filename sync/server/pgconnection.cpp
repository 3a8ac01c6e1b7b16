#include "pgconnection.h"

#include "pgschema.h"
#include "protocol/jsontext.h"

#include <libpq-fe.h>

#include <QRegularExpression>

#include <cstdlib>
#include <cstring>
#include <optional>
#include <vector>

namespace rapport::server {

namespace {

// Advisory lock classes (the first key of the two-key form): one space per purpose.
constexpr int kLockDatabase = 1; // administration alone, everything else shared
constexpr int kLockDevice = 2;   // one device's pushes, keyed by hashtext(device id)
constexpr int kLockOnce = 3;     // jobs one instance runs (compaction), keyed by hashtext(job)

/** Changes one transaction may log: the low bits of a cursor (see insertChangeSql). */
constexpr const char *kChangesPerTransaction = "1048576";

DbFailure::Kind kindOf(const char *sqlState, PGconn *conn)
{
    if (sqlState && (std::strcmp(sqlState, "40001") == 0 || std::strcmp(sqlState, "40P01") == 0))
        return DbFailure::Kind::Retry;
    // 08: connection exceptions; 57P01–57P03: the server shuts down or is starting.
    if (PQstatus(conn) == CONNECTION_BAD || (sqlState && std::strncmp(sqlState, "08", 2) == 0)
        || (sqlState && std::strncmp(sqlState, "57P0", 4) == 0))
        return DbFailure::Kind::Unavailable;
    return DbFailure::Kind::Error;
}

class PgResult
{
public:
    explicit PgResult(PGresult *result = nullptr) : m_result(result) {}
    ~PgResult() { PQclear(m_result); }
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;
    void reset(PGresult *result)
    {
        PQclear(m_result);
        m_result = result;
    }
    PGresult *get() const { return m_result; }

private:
    PGresult *m_result;
};

/** Checks a result: rows or a command done, else the connection's DbFailure. */
void check(PgConnection &db, const PgResult &result, const char *what)
{
    const ExecStatusType status = PQresultStatus(result.get());
    if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK)
        return;
    db.fail(what, result.get() ? PQresultErrorField(result.get(), PG_DIAG_SQLSTATE) : nullptr);
}

class PgCursor final : public SqlCursor
{
public:
    PgCursor(PgConnection &db, std::string name, int parameters)
        : m_db(db), m_name(std::move(name)), m_values(static_cast<std::size_t>(parameters))
    {
    }

    void bind(int index, const QString &text) override { set(index, text.toUtf8()); }
    void bind(int index, qint64 number) override { set(index, QByteArray::number(number)); }
    void bindNull(int index) override { set(index, std::nullopt); }

    bool step() override
    {
        if (!m_ran) {
            std::vector<const char *> values;
            values.reserve(m_values.size());
            for (const auto &value : m_values)
                values.push_back(value ? value->constData() : nullptr);
            m_result.reset(PQexecPrepared(m_db.handle(), m_name.c_str(), static_cast<int>(values.size()),
                                          values.data(), nullptr, nullptr, 0));
            m_ran = true;
            check(m_db, m_result, "statement");
            if (PQresultStatus(m_result.get()) == PGRES_COMMAND_OK) {
                const char *tuples = PQcmdTuples(m_result.get());
                m_db.setChanges(tuples && *tuples ? std::strtoll(tuples, nullptr, 10) : 0);
            }
            m_rows = PQntuples(m_result.get());
        }
        ++m_row;
        return m_row < m_rows;
    }

    QString text(int column) const override
    {
        if (PQgetisnull(m_result.get(), m_row, column))
            return QString();
        return protocol::fromUtf8Exact(PQgetvalue(m_result.get(), m_row, column),
                                       PQgetlength(m_result.get(), m_row, column));
    }
    qint64 integer(int column) const override
    {
        const char *value = PQgetvalue(m_result.get(), m_row, column);
        if (!value || !*value)
            return 0;
        if (*value == 't') // a boolean column (an IS NOT NULL) reads as 1, like SQLite's
            return 1;
        if (*value == 'f')
            return 0;
        return std::strtoll(value, nullptr, 10);
    }
    qint64 bytes(int column) const override { return PQgetlength(m_result.get(), m_row, column); }
    QByteArray utf8(int column) const override
    {
        if (PQgetisnull(m_result.get(), m_row, column))
            return QByteArray();
        return QByteArray(PQgetvalue(m_result.get(), m_row, column), PQgetlength(m_result.get(), m_row, column));
    }
    bool isNull(int column) const override { return PQgetisnull(m_result.get(), m_row, column) != 0; }

private:
    void set(int index, std::optional<QByteArray> value)
    {
        if (index < 1 || index > static_cast<int>(m_values.size()))
            throw DbFailure("bind: no parameter " + std::to_string(index));
        m_values[static_cast<std::size_t>(index - 1)] = std::move(value);
    }

    PgConnection &m_db;
    std::string m_name;
    std::vector<std::optional<QByteArray>> m_values;
    PgResult m_result;
    bool m_ran = false;
    int m_rows = 0;
    int m_row = -1;
};

} // namespace

bool isPostgresConnectionString(const QString &db)
{
    if (db.startsWith(QLatin1String("postgresql://")) || db.startsWith(QLatin1String("postgres://")))
        return true;
    // A libpq key=value string: "host=… dbname=…" (a file name does not start with "word=").
    static const QRegularExpression keyValue(QStringLiteral("^\\s*[A-Za-z_]+\\s*="));
    return keyValue.match(db).hasMatch();
}

PgConnection::PgConnection(const QString &conninfo)
{
    m_conn = PQconnectdb(conninfo.toUtf8().constData());
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const std::string message = std::string("Cannot connect to PostgreSQL: ")
            + (m_conn ? PQerrorMessage(m_conn) : "out of memory");
        PQfinish(m_conn);
        m_conn = nullptr;
        throw DbFailure(message, DbFailure::Kind::Unavailable);
    }
    m_describe = QStringLiteral("PostgreSQL database %1 on %2")
                     .arg(QString::fromUtf8(PQdb(m_conn)), QString::fromUtf8(PQhost(m_conn)));
    exec("SET client_encoding = 'UTF8'; SET client_min_messages = warning");
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

void PgConnection::fail(const char *what, const char *sqlState)
{
    std::string message = std::string(what) + ": " + PQerrorMessage(m_conn);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
        message.pop_back();
    throw DbFailure(message, kindOf(sqlState, m_conn));
}

void PgConnection::ensureConnected()
{
    if (PQstatus(m_conn) == CONNECTION_OK)
        return;
    if (m_inTransaction) // the transaction went with the connection: the caller's call fails
        throw DbFailure("the connection to PostgreSQL was lost", DbFailure::Kind::Unavailable);
    m_prepared.clear(); // prepared statements live in the server's session
    PQreset(m_conn);
    if (PQstatus(m_conn) != CONNECTION_OK)
        fail("reconnect", nullptr);
    exec("SET client_encoding = 'UTF8'; SET client_min_messages = warning");
}

std::string PgConnection::translate(const char *sql, int *count)
{
    std::string out;
    int next = 0;
    int highest = 0;
    char quote = 0;
    for (const char *p = sql; *p; ++p) {
        const char c = *p;
        if (quote) {
            out += c;
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            out += c;
            continue;
        }
        if (c != '?') {
            out += c;
            continue;
        }
        int number = 0;
        while (p[1] >= '0' && p[1] <= '9')
            number = number * 10 + (*++p - '0');
        if (number == 0)
            number = ++next;
        highest = std::max(highest, number);
        out += '$';
        out += std::to_string(number);
    }
    *count = highest;
    return out;
}

std::unique_ptr<SqlCursor> PgConnection::prepare(const char *sql)
{
    ensureConnected();
    auto found = m_prepared.find(sql);
    if (found == m_prepared.end()) {
        Prepared prepared;
        const std::string text = translate(sql, &prepared.parameters);
        prepared.name = "s" + std::to_string(++m_statements);
        PgResult result(PQprepare(m_conn, prepared.name.c_str(), text.c_str(), 0, nullptr));
        check(*this, result, "prepare");
        found = m_prepared.emplace(sql, std::move(prepared)).first;
    }
    return std::make_unique<PgCursor>(*this, found->second.name, found->second.parameters);
}

void PgConnection::exec(const char *sql)
{
    ensureConnected();
    PgResult result(PQexec(m_conn, sql));
    check(*this, result, "statement");
}

void PgConnection::beginWrite(WriteScope scope)
{
    ensureConnected();
    // Administration runs alone (an exclusive lock every other write shares), so it needs no more
    // than READ COMMITTED. Shared writes run side by side as SERIALIZABLE: PostgreSQL refuses
    // (40001) whichever of two racing transactions would break last-writer-wins or an erase, and
    // the storage runs that one again.
    try {
        if (scope == WriteScope::Database) {
            exec("BEGIN ISOLATION LEVEL READ COMMITTED");
            m_inTransaction = true;
            exec("SELECT pg_advisory_xact_lock(1, 0)");
        } else {
            exec("BEGIN ISOLATION LEVEL SERIALIZABLE");
            m_inTransaction = true;
            exec("SELECT pg_advisory_xact_lock_shared(1, 0)");
        }
    } catch (...) {
        rollback(); // no WriteTransaction exists to do it
        throw;
    }
    static_assert(kLockDatabase == 1);
}

void PgConnection::beginRead()
{
    ensureConnected();
    exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    m_inTransaction = true; // BEGIN alone fails only when nothing began
}

void PgConnection::commit()
{
    try {
        exec("COMMIT");
    } catch (...) {
        // A COMMIT that failed on a live connection (a serialization failure found at commit)
        // has still ended the transaction: no ROLLBACK follows it (PostgreSQL would warn that no
        // transaction is in progress). On a lost connection the caller learns it was lost.
        if (PQstatus(m_conn) == CONNECTION_OK)
            m_inTransaction = false;
        throw;
    }
    m_inTransaction = false;
}

void PgConnection::rollback() noexcept
{
    if (m_inTransaction && PQstatus(m_conn) == CONNECTION_OK)
        PQclear(PQexec(m_conn, "ROLLBACK"));
    m_inTransaction = false;
}

void PgConnection::lockDevice(const QString &deviceId)
{
    Statement(*this, "SELECT pg_advisory_xact_lock(2, hashtext(?))").bind(1, deviceId).run();
    static_assert(kLockDevice == 2);
}

bool PgConnection::tryLockOnce(const char *job)
{
    Statement s(*this, "SELECT pg_try_advisory_xact_lock(3, hashtext(?))");
    s.bind(1, QString::fromUtf8(job));
    static_assert(kLockOnce == 3);
    return s.step() && s.integer(0) == 1;
}

int PgConnection::schemaVersion()
{
    // Read from the catalog table itself: it follows the statement's snapshot (another instance
    // may have just created the table), where to_regclass() answered from this session's cache.
    Statement exists(*this, "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                            "AND tablename = 'schema_version'");
    if (!exists.step() || exists.integer(0) == 0)
        return 0;
    Statement s(*this, "SELECT version FROM schema_version");
    return s.step() ? static_cast<int>(s.integer(0)) : 0;
}

int PgConnection::latestSchemaVersion() const
{
    return pgschema::latestVersion();
}

void PgConnection::migrateTo(int version)
{
    exec("CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)");
    exec(pgschema::step(version));
    exec("DELETE FROM schema_version");
    exec(QStringLiteral("INSERT INTO schema_version(version) VALUES (%1)").arg(version).toUtf8().constData());
    // Plans made before the step may name what it changed.
    exec("DEALLOCATE ALL");
    m_prepared.clear();
}

const char *PgConnection::insertChangeSql() const
{
    // A cursor is (the writing transaction's id + base) × 2^20 + its order in the transaction: a
    // transaction that starts later always hands out larger cursors, so the pull rule (only
    // transactions older than every running one) can never pass a cursor that is still to come.
    // base is 0, or what `migrate` set so cursors copied from SQLite stay below every new one.
    static const std::string sql = std::string(
        "INSERT INTO change_log(cursor, xid, org_id, entity, id, op, hlc, device_id, fields, time_ms) VALUES ("
        "coalesce((SELECT max(cursor) + 1 FROM change_log WHERE xid = pg_current_xact_id()), "
        "(pg_current_xact_id()::text::bigint + (SELECT cursor_base FROM server_state)) * ")
        + kChangesPerTransaction + "), pg_current_xact_id(), ?, ?, ?, ?, ?, ?, ?, ?)";
    return sql.c_str();
}

const char *PgConnection::pullVisibleSql() const
{
    // Every transaction older than the snapshot's xmin has ended: what it wrote is all there.
    return "AND xid < pg_snapshot_xmin(pg_current_snapshot())";
}

const char *PgConnection::pullHeldBackSql() const
{
    return "SELECT xid::text::bigint, pg_snapshot_xmin(pg_current_snapshot())::text::bigint FROM change_log "
           "WHERE org_id = ? AND cursor > ? AND xid >= pg_snapshot_xmin(pg_current_snapshot()) "
           "ORDER BY xid DESC LIMIT 1";
}

std::pair<qint64, int> PgConnection::nextServerClock(qint64 nowMs)
{
    // One row every instance advances in its write transaction: never the same clock twice.
    Statement s(*this, "UPDATE server_state SET "
                       "clock_ms = CASE WHEN ?1 > clock_ms THEN ?1 WHEN clock_counter >= 99999 THEN clock_ms + 1 "
                       "ELSE clock_ms END, "
                       "clock_counter = CASE WHEN ?1 > clock_ms OR clock_counter >= 99999 THEN 0 "
                       "ELSE clock_counter + 1 END RETURNING clock_ms, clock_counter");
    s.bind(1, nowMs);
    if (!s.step())
        throw DbFailure("server_state has no row");
    return {s.integer(0), static_cast<int>(s.integer(1))};
}

QString PgConnection::describe() const
{
    return m_describe;
}

} // namespace rapport::server
