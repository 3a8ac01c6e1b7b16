#pragma once

#include "types.h"

#include <QSqlDatabase>
#include <QString>

namespace rapport {

/**
 * The device's local SQLite store. Opening it applies WAL, synchronous=FULL and
 * every pending migration. Each thread uses its own named connection, made on
 * first use by connection().
 */
class Database
{
public:
    static constexpr int SchemaVersion = 9; // raised by each new migrateToN()

    /** Opens (creating if needed) the database file and migrates it. */
    [[nodiscard]] static Result<Database> open(const QString &filePath);

    /** The connection for the calling thread; opened lazily with the same pragmas. */
    QSqlDatabase connection() const;

    QString filePath() const { return m_filePath; }

    /** The schema version stored in PRAGMA user_version. */
    int userVersion() const;

    /** Migrates a database file up to `target` (tests migrate from every earlier version). */
    [[nodiscard]] static Status migrate(QSqlDatabase &db, int target = SchemaVersion);

    /** Closes and removes every connection this process opened to the file. */
    void close();

    /**
     * Closes and removes the calling thread's connection (a worker thread ends
     * with this; Qt may only remove a connection from the thread that uses it).
     * The next connection() on this thread opens a new one.
     */
    void closeThisThreadConnection() const;

    /** Applies the per-connection pragmas (WAL, synchronous=FULL, foreign keys, busy timeout). */
    [[nodiscard]] static Status applyPragmas(QSqlDatabase &db);

private:
    explicit Database(QString filePath);
    QString m_filePath;
};

/**
 * A write transaction (BEGIN IMMEDIATE) that rolls back unless committed.
 * Inside a bulk scope (Notebook::BulkWrite) it is a savepoint instead, so each
 * write stays all-or-nothing while the bulk commits once.
 */
class [[nodiscard]] WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    bool began() const { return m_began; }
    [[nodiscard]] Status commit();

private:
    QSqlDatabase m_db;
    bool m_nested = false;
    bool m_began = false;
    bool m_done = false;
};

} // namespace rapport
