#pragma once

#include "clienthistory.h"

#include <QString>

// The one statement of each measure's rule for listing the records counted
// (MeasureRecords) and for counting the follow-ups (FollowUpMeasures). The note measures
// count from the notes read once (NoteWindow: the same rules in C++, for speed); the
// test "on the demo chain every list has exactly its number's records" holds both to the
// same records. SQL fragments name their parameters by number; the comment of each says which.
namespace rapport::report::definition {

/**
 * Records of a live client (alias: the record's table); tombstones of clients count nowhere.
 * Asked as "not of a deleted client" (a short list SQLite reads once); looking up each
 * record's client cost 0.8 s for 12 weeks of 500,000 notes.
 */
inline QString liveClient(const QString &alias)
{
    return QStringLiteral("%1.client_id NOT IN (SELECT id FROM client WHERE deleted > 0)").arg(alias);
}

/** A time text N days after (or, negative, before) the time text in `column`, in SQL. */
inline QString shifted(const QString &column, const QString &days)
{
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', %1, %2 || ' days')").arg(column, days);
}

/** Live notes of the period (alias n): ?1 period start, ?2 period end. */
inline QString noteInPeriod(const QString &alias)
{
    return QStringLiteral("%1.created_at >= ?1 AND %1.created_at < ?2 AND %1.deleted = 0 AND %2")
        .arg(alias, liveClient(alias));
}

/** Purchases of the period (alias p): ?1 period start, ?2 period end. */
inline QString purchaseInPeriod()
{
    return QStringLiteral("p.kind = 'purchase' AND ") + noteInPeriod(QStringLiteral("p"));
}

/** A purchase old enough to have been taught after (alias p): ?3 now less 7 days. */
inline QString purchaseMatured()
{
    return QStringLiteral("p.created_at <= ?3");
}

/**
 * 1 when the purchase (alias p) was taught: an Education note of the client in
 * (t, t + 7 days], or its Education follow-up done with done_at ≤ t + 7 days; else 0.
 */
inline QString purchaseTaught()
{
    const QString by = shifted(QStringLiteral("p.created_at"), QStringLiteral("'+7'"));
    return QStringLiteral(
               "CASE WHEN EXISTS (SELECT 1 FROM note e WHERE e.client_id = p.client_id AND e.deleted = 0 "
               "                  AND e.kind = 'education' AND e.created_at > p.created_at AND e.created_at <= %1) "
               "       THEN 1 "
               "     WHEN EXISTS (SELECT 1 FROM follow_up f WHERE f.origin_note_id = p.id AND f.deleted = 0 "
               "                  AND f.kind = 'education' AND f.status = 'done' AND f.done_at IS NOT NULL "
               "                  AND f.done_at <> '' AND f.done_at <= %1) "
               "       THEN 1 ELSE 0 END")
        .arg(by);
}

/** 1 when the purchase (alias p) was understood first: a Need note of the client in [t − 30 days, t). */
inline QString purchaseUnderstood()
{
    return QStringLiteral("EXISTS (SELECT 1 FROM note w WHERE w.client_id = p.client_id AND w.deleted = 0 "
                          "AND w.kind = 'need' AND w.created_at >= %1 AND w.created_at < p.created_at)")
        .arg(shifted(QStringLiteral("p.created_at"), QStringLiteral("'-30'")));
}

/**
 * Follow-ups counted by follow_ups_on_time (alias f): not cancelled, due in the period
 * and not after the as-of day. ?1 from, ?2 to, ?3 as-of (dates).
 */
inline QString followUpDue()
{
    return QStringLiteral("f.status IN ('open', 'snoozed', 'done') AND f.due_date >= ?1 "
                          "AND f.due_date <= min(?2, ?3) AND f.deleted = 0 AND ")
        + liveClient(QStringLiteral("f"));
}

/**
 * 1 when the follow-up (alias f) was done on time: the local date of done_at is not after
 * the due date (done without done_at: not on time). SQLite's 'localtime' reads the same
 * time zone as Qt (the C library's), so the day is the local day the report uses.
 */
inline QString followUpOnTime()
{
    return QStringLiteral("(f.status = 'done' AND f.done_at IS NOT NULL AND f.done_at <> '' "
                          "AND date(f.done_at, 'localtime') <= f.due_date)");
}

/** Follow-ups overdue now (alias f): open or snoozed, due before the as-of day (?3). */
inline QString followUpOverdue()
{
    return QStringLiteral("f.status IN ('open', 'snoozed') AND f.due_date < ?3 AND f.due_date <> '' "
                          "AND f.deleted = 0 AND ")
        + liveClient(QStringLiteral("f"));
}

/** returning_clients: the client seen in the period had a note before it started. */
inline bool returning(const ClientHistory::Span *span, const QByteArray &periodStart)
{
    return span && span->first < periodStart;
}

/** came_back_after_return: the client has a note after the return (time `at`) and before now. */
inline bool cameBack(const ClientHistory::Span *span, const QByteArray &at)
{
    return span && span->lastBeforeNow > at;
}

/** book_health: the keep-in-touch interval in days; 90 when the client has none. */
constexpr int DefaultKeepInTouchDays = 90;
inline qint64 keepInTouchDays(qint64 stored)
{
    return stored > 0 ? stored : DefaultKeepInTouchDays;
}

/** book_health: in touch when the last note before now is at or after `since` (now less the interval). */
inline bool inTouch(const ClientHistory::Span *span, const QByteArray &since)
{
    return span && !span->lastBeforeNow.isEmpty() && span->lastBeforeNow >= since;
}

} // namespace rapport::report::definition
