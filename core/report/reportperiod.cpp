#include "reportperiod.h"

#include "sqlutil.h"

namespace rapport {

QDateTime localMidnight(const QDate &date)
{
    // Where a clock change skips midnight, Qt moves to the first time the day has.
    return QDateTime(date, QTime(0, 0), Qt::LocalTime).toUTC();
}

Result<ReportPeriod> ReportPeriod::make(const QDate &from, const QDate &to, const std::optional<QDate> &asOf,
                                        const TodayFunction &today)
{
    if (!from.isValid())
        return Error{QStringLiteral("The period needs a valid first day (YYYY-MM-DD).")};
    if (!to.isValid())
        return Error{QStringLiteral("The period needs a valid last day (YYYY-MM-DD).")};
    if (to < from)
        return Error{QStringLiteral("The period ends (%1) before it starts (%2).")
                         .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate))};
    const QDate asOfDate = asOf ? *asOf : (today ? today() : QDate::currentDate());
    if (!asOfDate.isValid())
        return Error{QStringLiteral("The as-of date is not a valid day (YYYY-MM-DD).")};
    return ReportPeriod{from, to, asOfDate};
}

QDateTime ReportPeriod::start() const
{
    return localMidnight(from);
}

QDateTime ReportPeriod::end() const
{
    return localMidnight(to.addDays(1));
}

QDateTime ReportPeriod::now() const
{
    return localMidnight(asOf.addDays(1));
}

ReportBounds::ReportBounds(const ReportPeriod &period)
    : start(sql::timeText(period.start())),
      end(sql::timeText(period.end())),
      now(sql::timeText(period.now())),
      fromDate(sql::dateText(period.from)),
      toDate(sql::dateText(period.to)),
      asOfDate(sql::dateText(period.asOf)),
      startMs(period.start().toMSecsSinceEpoch()),
      endMs(period.end().toMSecsSinceEpoch()),
      nowMs(period.now().toMSecsSinceEpoch()),
      m_now(period.now())
{
}

QString ReportBounds::nowMinusDays(int days) const
{
    return sql::timeText(m_now.addSecs(-qint64(days) * 24 * 3600));
}

} // namespace rapport
