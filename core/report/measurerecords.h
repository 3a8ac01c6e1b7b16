#pragma once

#include "measures.h"
#include "reportperiod.h"

#include <QSqlDatabase>

namespace rapport {

/** One record behind a measure: a note, a follow-up or a client, and whether it met the measure. */
struct MeasureRecord
{
    enum class Entity { Note, FollowUp, Client };
    Entity entity = Entity::Note;
    QString id;
    QString clientId;
    QString when; // the note's time, the follow-up's due date or the client's creation time
    bool met = true; // counted in the numerator; always true for counts
};

/**
 * The records a measure counted, for one scope and period: for a rate, its denominator's
 * records, each marked with whether it is in the numerator; for a count, the records
 * counted. Uses the same rules as the report (core/report/definitions.h), so the list
 * always has exactly as many records as the number it opens. Measures are named by
 * their report keys ("education_follow_through", …; "notes_by_kind" needs a kind).
 * Newest first.
 */
class MeasureRecords
{
public:
    explicit MeasureRecords(const QSqlDatabase &db) : m_db(db) {}

    [[nodiscard]] Result<QList<MeasureRecord>> list(const QString &measure, const ReportPeriod &period,
                                                    const ReportScope &scope, const QString &kind = {}) const;

    /** Every measure key list() knows. */
    static const QStringList &measureKeys();

private:
    QSqlDatabase m_db;
};

} // namespace rapport
