#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <stdexcept>

namespace rapport::server {

/**
 * A failed database call. Thrown only inside the SQL storage and turned into a StorageError at
 * its public boundary, so a failure anywhere in a transaction rolls all of it back.
 */
class DbFailure : public std::runtime_error
{
public:
    enum class Kind {
        Error,       // the statement or the data is at fault: answering again would fail again
        Retry,       // a serialization failure or deadlock: the whole transaction may run again
        Unavailable, // the database cannot be reached (restarting): try again later
    };
    explicit DbFailure(const std::string &what, Kind kind = Kind::Error) : std::runtime_error(what), m_kind(kind) {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

/** One prepared statement of a connection; parameters are numbered from 1, columns from 0. */
class SqlCursor
{
public:
    virtual ~SqlCursor() = default;
    virtual void bind(int index, const QString &text) = 0;
    virtual void bind(int index, qint64 number) = 0;
    virtual void bindNull(int index) = 0;
    /** True while a row is available. */
    virtual bool step() = 0;
    virtual QString text(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual qint64 bytes(int column) const = 0;
    /** The column's text as the UTF-8 bytes stored, without decoding (empty for NULL). */
    virtual QByteArray utf8(int column) const = 0;
    virtual bool isNull(int column) const = 0;
};

/** What a write transaction may run beside others (PostgreSQL; SQLite has one writer anyway). */
enum class WriteScope {
    Database, // administration: alone on the database
    Shared,   // beside any other shared write (sessions, pushes, reports)
};

/**
 * One connection to the server's database. The storage is written once over this interface with
 * `?`/`?N` placeholders and the SQL both engines speak; the few real differences (transactions and
 * their locks, the schema steps, how a change row gets its cursor and which rows a pull may read)
 * are the hooks below.
 */
class SqlConnection
{
public:
    virtual ~SqlConnection() = default;

    virtual std::unique_ptr<SqlCursor> prepare(const char *sql) = 0;
    /** Runs one or more statements without parameters or rows. */
    virtual void exec(const char *sql) = 0;
    /** Rows changed by the last INSERT, UPDATE or DELETE run. */
    virtual qint64 changes() const = 0;

    virtual void beginWrite(WriteScope scope) = 0;
    /** A read-only transaction: every statement until commit() sees the same snapshot. */
    virtual void beginRead() = 0;
    virtual void commit() = 0;
    /** Never throws: a lost connection has nothing to roll back. */
    virtual void rollback() noexcept = 0;

    /** Serialises every write of one device's pushes across server instances, until commit. */
    virtual void lockDevice(const QString &deviceId) = 0;
    /** Takes a lock only one instance holds, until commit; false when another holds it. */
    virtual bool tryLockOnce(const char *job) = 0;

    /** The schema version found, 0 for an empty database. */
    virtual int schemaVersion() = 0;
    virtual int latestSchemaVersion() const = 0;
    /** Runs step `version` and records it, inside the caller's write transaction. */
    virtual void migrateTo(int version) = 0;

    /** INSERT INTO change_log(…) with parameters 1–8 in logChange's order; the cursor is the engine's. */
    virtual const char *insertChangeSql() const = 0;
    /** An extra WHERE term (starting with AND) limiting a pull to changes that can no longer be overtaken. */
    virtual const char *pullVisibleSql() const = 0;
    /**
     * A query (parameters: org, cursor) whose row, if any, says committed changes after the cursor
     * are held back by pullVisibleSql: the newest one's transaction id and the snapshot's xmin.
     * Null when nothing ever is.
     */
    virtual const char *pullHeldBackSql() const = 0;
    /**
     * The next server-made clock as (ms, counter): strictly increasing for every process using the
     * database; `nowMs` is this server's time. Inside a write transaction.
     */
    virtual std::pair<qint64, int> nextServerClock(qint64 nowMs) = 0;
    /** After an erase committed: make sure no copy of the erased text lingers in the files. */
    virtual void afterErase() = 0;
    /**
     * Before a walk of most of the database (a snapshot's first page): bring its storage into
     * memory in the background if the engine does not keep it there itself. Returns at once.
     */
    virtual void warmBeforeWalk() {}
    /** A short description (the file, or the database and host) for messages. */
    virtual QString describe() const = 0;
};

/** A statement of a connection, as the storage uses it. */
class Statement
{
public:
    Statement(SqlConnection &db, const char *sql) : m_cursor(db.prepare(sql)) {}

    Statement &bind(int index, const QString &text) { m_cursor->bind(index, text); return *this; }
    Statement &bind(int index, qint64 number) { m_cursor->bind(index, number); return *this; }
    Statement &bindNull(int index) { m_cursor->bindNull(index); return *this; }
    bool step() { return m_cursor->step(); }
    /** Runs a statement that returns no rows. */
    void run() { while (step()) {} }

    QString text(int column) const { return m_cursor->text(column); }
    qint64 integer(int column) const { return m_cursor->integer(column); }
    /** Size of a text column in bytes, without reading it into a QString. */
    qint64 bytes(int column) const { return m_cursor->bytes(column); }
    QByteArray utf8(int column) const { return m_cursor->utf8(column); }
    bool isNull(int column) const { return m_cursor->isNull(column); }

private:
    std::unique_ptr<SqlCursor> m_cursor;
};

/** A write transaction, rolled back if not committed (e.g. on a DbFailure). */
class WriteTransaction
{
public:
    explicit WriteTransaction(SqlConnection &db, WriteScope scope = WriteScope::Database) : m_db(db)
    {
        m_db.beginWrite(scope);
    }
    ~WriteTransaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;
    void commit()
    {
        m_db.commit();
        m_done = true;
    }

private:
    SqlConnection &m_db;
    bool m_done = false;
};

/** A read transaction (one snapshot), ended when it goes out of scope. */
class ReadTransaction
{
public:
    explicit ReadTransaction(SqlConnection &db) : m_db(db) { m_db.beginRead(); }
    ~ReadTransaction() { m_db.rollback(); }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    SqlConnection &m_db;
};

} // namespace rapport::server
