#pragma once

#include <QString>

#include <sqlite3.h>

#include <stdexcept>

namespace rapport::server {

/**
 * A failed SQLite call. Thrown only inside the SQLite backend and turned into a StorageError
 * at its public boundary, so a failure anywhere in a transaction rolls all of it back.
 */
class SqliteFailure : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QString &text);
    Statement &bind(int index, qint64 number);
    Statement &bindNull(int index);
    /** True while a row is available. */
    bool step();
    /** Runs a statement that returns no rows. */
    void run();

    QString text(int column) const;
    qint64 integer(int column) const;
    /** Size of a text or blob column in bytes, without reading it into a QString. */
    qint64 bytes(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

/** One SQLite connection opened with the server's pragmas. */
class SqliteDb
{
public:
    explicit SqliteDb(const QString &path);
    ~SqliteDb();
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;

    void exec(const char *sql);
    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
};

/** BEGIN IMMEDIATE … COMMIT, rolled back if not committed (e.g. on a SqliteFailure). */
class WriteTransaction
{
public:
    explicit WriteTransaction(SqliteDb &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;
    void commit();

private:
    SqliteDb &m_db;
    bool m_done = false;
};

} // namespace rapport::server
