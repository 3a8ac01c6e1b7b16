#pragma once

#include "rawstatement.h"
#include "types.h"

#include <QSqlDatabase>
#include <QVariantList>

namespace rapport::report {

/**
 * Runs one of the measures' statements (numbered parameters ?1, ?2 … bound from
 * `binds` in order) and hands each row to `row`. The measures read through the
 * raw statement: their rows are few, but QtSql's per-value conversions are not
 * needed for them.
 */
template<typename Row>
[[nodiscard]] Status forEachRow(const QSqlDatabase &db, const QString &statement, const QVariantList &binds, Row row)
{
    sql::Statement s(db, statement);
    if (s.prepareError())
        return *s.prepareError();
    for (int i = 0; i < binds.size(); ++i)
        s.bind(i + 1, binds.at(i));
    while (s.next())
        row(s);
    if (s.error())
        return *s.error();
    return Done{};
}

/** A key for looking up in a hash without copying the bytes; valid while `utf8` is. */
inline QByteArray lookupKey(QByteArrayView utf8)
{
    return QByteArray::fromRawData(utf8.data(), utf8.size());
}

} // namespace rapport::report
