#pragma once

#include "types.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <functional>

namespace rapport {

/** Today's date on this machine; tests and the report command inject their own. */
using TodayFunction = std::function<QDate()>;

/**
 * The dates a report covers: `from` to `to` inclusive, seen as of the end of
 * `asOf` ("now" is the local midnight that ends that day). Day boundaries are
 * local midnight in this machine's time zone; a duration of N days is N × 24
 * hours counted from an instant (the same instant in UTC, whatever the clocks did).
 */
struct ReportPeriod
{
    QDate from;
    QDate to;
    QDate asOf;

    /** A period with `asOf` defaulting to `today()`; an error in words for dates that do not make one. */
    [[nodiscard]] static Result<ReportPeriod> make(const QDate &from, const QDate &to,
                                                   const std::optional<QDate> &asOf, const TodayFunction &today);

    /** The first instant of the period (local midnight starting `from`). */
    QDateTime start() const;
    /** The first instant after the period (local midnight ending `to`). */
    QDateTime end() const;
    /** The end of the as-of day. */
    QDateTime now() const;
};

/** The period's instants as the stored time text (UTC, milliseconds), which sorts as the times do. */
struct ReportBounds
{
    explicit ReportBounds(const ReportPeriod &period);

    QString start; // inclusive
    QString end; // exclusive
    QString now;
    QString fromDate; // YYYY-MM-DD
    QString toDate;
    QString asOfDate;
    qint64 startMs = 0; // the same instants in milliseconds since the epoch
    qint64 endMs = 0;
    qint64 nowMs = 0;

    /** `now` less `days` × 24 hours, as time text. */
    QString nowMinusDays(int days) const;

private:
    QDateTime m_now;
};

/** The local midnight that starts `date`, in UTC. */
QDateTime localMidnight(const QDate &date);

} // namespace rapport
