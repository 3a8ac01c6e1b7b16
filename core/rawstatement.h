#pragma once

#include "types.h"

#include <QSqlDatabase>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace rapport::sql {

/**
 * A statement on the SQLite connection under a QSQLITE QSqlDatabase (same
 * connection, same transaction), bound and read without QtSql. Applying a
 * pulled page runs tens of statements per record; QtSql's binding and QVariant
 * conversions cost as much as SQLite's own work there.
 *
 * Lives only as long as one unit of work (e.g. one applied page): it is
 * finalized in its destructor, so it never outlives the connection. Use:
 * reset(), bind(...), then run() or next() for rows.
 */
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &text);
    ~Statement();
    Q_DISABLE_COPY_MOVE(Statement)

    /** Empty when prepared; otherwise why it could not be. */
    const std::optional<Error> &prepareError() const { return m_prepareError; }

    /** Ready for new values (ends any row reading). */
    void reset();
    void bind(int index, const QString &value); // 1-based; a null QString binds ''
    /** Text already in UTF-8: a value bound many times (an id, a clock) is converted once. */
    void bindUtf8(int index, const QByteArray &utf8);
    void bind(int index, qint64 value);
    void bindNull(int index);
    /** Invalid/null → NULL, integers → INTEGER, anything else → its text. */
    void bind(int index, const QVariant &value);

    /** Steps to the end; rows, if any, are ignored. */
    [[nodiscard]] Status run();
    /** Steps to the next row; false at the end or on an error (then error() says which). */
    bool next();
    const std::optional<Error> &error() const { return m_error; }

    QString text(int column) const;
    /** The column's UTF-8 bytes without a copy; valid until the next step or reset. */
    QByteArrayView utf8(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    /** The rowid of the connection's last successful INSERT (an INTEGER PRIMARY KEY is that rowid). */
    qint64 lastInsertRowid() const;

private:
    Error failure(int code) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_text;
    std::optional<Error> m_prepareError;
    std::optional<Error> m_error;
};

/** The SQLite handle of a QSQLITE connection, or nullptr when it is not open. */
sqlite3 *handleOf(const QSqlDatabase &db);

} // namespace rapport::sql
