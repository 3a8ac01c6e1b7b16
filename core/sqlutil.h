#pragma once

#include "types.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

// Small helpers shared by the core's SQL code: run a statement and turn a
// driver failure into an Error a person can read, plus the text forms of times.
namespace rapport::sql {

/** Prepares and runs `statement` with positional `binds`; the query is left positioned before the first row. */
[[nodiscard]] Status exec(QSqlQuery &query, const QString &statement, const QVariantList &binds = {});
/** Runs a statement whose rows are not needed. */
[[nodiscard]] Status exec(const QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});
/** The first column of the first row, or an invalid QVariant when there is no row. */
QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});

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
