#pragma once

#include "types.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

// Small helpers shared by the core's SQL code: run a statement and turn a
// driver failure into an Error a person can read, plus the text forms of times.
namespace rapport::sql {

/** Prepares and runs `statement` with positional `binds`; the query is left positioned before the first row. */
[[nodiscard]] Status exec(QSqlQuery &query, const QString &statement, const QVariantList &binds = {});
/** Runs a statement whose rows are not needed. */
[[nodiscard]] Status exec(const QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});
/** The first column of the first row, or an invalid QVariant when there is no row. */
QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});

/**
 * A prepared statement kept for the connection and reused (SQLite prepares a
 * statement in tens of microseconds, about what running a short one costs).
 * Bind with exec(); the statement is reset when the Cached goes out of scope.
 * Never hold two Cached of the same text on one connection at once.
 */
class Cached
{
public:
    Cached(const QSqlDatabase &db, const QString &statement);
    ~Cached();
    Q_DISABLE_COPY_MOVE(Cached)

    [[nodiscard]] Status exec(const QVariantList &binds = {});
    QSqlQuery &query() { return *m_query; }
    bool next() { return m_query->next(); }
    QVariant value(int i) const { return m_query->value(i); }

private:
    std::shared_ptr<QSqlQuery> m_query;
    QSqlDatabase m_db;
    QString m_statement;
    bool m_prepared = false;
};

/** Drops the cached statements of a connection (before it is closed and removed). */
void forgetConnection(const QString &connectionName);

/**
 * How many bulk scopes are open on a connection (Notebook::BulkWrite): inside
 * one, a WriteTransaction is a savepoint of the bulk transaction.
 */
int &bulkDepth(const QSqlDatabase &db);

/** ISO-8601 UTC with milliseconds, e.g. 2026-11-23T09:15:02.123Z; "" for an invalid time. */
QString timeText(const QDateTime &time);
QDateTime timeFromText(const QString &text);
QString dateText(const QDate &date);
QDate dateFromText(const QString &text);
/** A text value bound as '' rather than NULL (QSQLITE binds a null QString as NULL). */
QString text(const QString &value);
/** The current time truncated to milliseconds, so it round-trips through its text form. */
QDateTime nowUtc();

} // namespace rapport::sql
