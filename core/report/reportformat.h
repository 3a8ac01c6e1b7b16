#pragma once

#include "measures.h"
#include "reportperiod.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace rapport {

/** A store or associate with its name, for the breakdown's rows. */
struct ReportEntity
{
    QString id;
    QString name;
};

/**
 * The report of one scope as JSON: {"from","to","as_of","scope":{"kind","id"},
 * "metrics":{…}}, each ratio as {"numerator","denominator","rate"} (rate null
 * when the denominator is 0), counts as {"count"}, notes_by_kind as kind → count.
 */
QJsonObject reportJson(const ReportPeriod &period, const ReportScope &scope, const Measures &measures);

/** The same as a table a person reads in a terminal; `scopeName` says whose numbers they are. */
QString reportTable(const ReportPeriod &period, const QString &scopeName, const Measures &measures);

/**
 * The breakdown as CSV (RFC 4180, UTF-8): a header, then one row per store and one per
 * associate in the given order (stores and associates with no records get zeros), then
 * any other id found in the records.
 */
QString breakdownCsv(const ReportBreakdown &breakdown, const QList<ReportEntity> &stores,
                     const QList<ReportEntity> &associates);

} // namespace rapport
