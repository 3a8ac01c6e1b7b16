#include "sqlutil.h"

#include "logging.h"

#include <QSqlError>

namespace rapport::sql {

Status exec(QSqlQuery &query, const QString &statement, const QVariantList &binds)
{
    if (!query.prepare(statement)) {
        qCWarning(lcCore) << "prepare failed:" << statement << query.lastError().text();
        return Error{QStringLiteral("The notebook could not be read or saved (%1). Restart the app; "
                                    "if it happens again, report it with this message.")
                         .arg(query.lastError().text())};
    }
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec()) {
        qCWarning(lcCore) << "statement failed:" << statement << query.lastError().text();
        return Error{QStringLiteral("The notebook could not be read or saved (%1). Check that the "
                                    "device has free space, then try again.")
                         .arg(query.lastError().text())};
    }
    return Done{};
}

Status exec(const QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    QSqlQuery query(db);
    return exec(query, statement, binds);
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    QSqlQuery query(db);
    if (!exec(query, statement, binds) || !query.next())
        return {};
    return query.value(0);
}

QString timeText(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("");
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

QDate dateFromText(const QString &text) { return QDate::fromString(text, Qt::ISODate); }

QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }

QDateTime nowUtc()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

} // namespace rapport::sql
