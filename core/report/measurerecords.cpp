#include "measurerecords.h"

#include "clienthistory.h"
#include "definitions.h"
#include "reportquery.h"

#include <algorithm>

namespace rapport {

using namespace report;
using namespace report::definition;

namespace {

/** The scope's condition on a note (alias), with the scope id as parameter ?N. */
QString noteScope(const ReportScope &scope, const QString &alias, int parameter)
{
    switch (scope.kind) {
    case ScopeKind::Store:
        return QStringLiteral(" AND %1.store_id = ?%2").arg(alias).arg(parameter);
    case ScopeKind::Associate:
        return QStringLiteral(" AND %1.author_id = ?%2").arg(alias).arg(parameter);
    case ScopeKind::Org:
        break;
    }
    return QString();
}

/** Follow-ups count for their assignee and the assignee's store (its live staff row). */
QString followUpScope(const ReportScope &scope, int parameter)
{
    switch (scope.kind) {
    case ScopeKind::Store:
        return QStringLiteral(" AND f.assignee_id IN (SELECT id FROM staff WHERE store_id = ?%1 AND deleted = 0)")
            .arg(parameter);
    case ScopeKind::Associate:
        return QStringLiteral(" AND f.assignee_id = ?%1").arg(parameter);
    case ScopeKind::Org:
        break;
    }
    return QString();
}

QString clientScope(const ReportScope &scope, int parameter)
{
    switch (scope.kind) {
    case ScopeKind::Store:
        return QStringLiteral(" AND c.home_store_id = ?%1").arg(parameter);
    case ScopeKind::Associate:
        return QStringLiteral(" AND c.associate_id = ?%1").arg(parameter);
    case ScopeKind::Org:
        break;
    }
    return QString();
}

QVariantList withScope(QVariantList binds, const ReportScope &scope)
{
    if (scope.kind != ScopeKind::Org)
        binds.append(scope.id);
    return binds;
}

} // namespace

const QStringList &MeasureRecords::measureKeys()
{
    static const QStringList keys{
        QStringLiteral("education_follow_through"), QStringLiteral("follow_ups_on_time"),
        QStringLiteral("follow_ups_overdue_now"), QStringLiteral("need_before_purchase"),
        QStringLiteral("returning_clients"), QStringLiteral("came_back_after_return"),
        QStringLiteral("book_health"), QStringLiteral("clients_added"), QStringLiteral("notes_by_kind")};
    return keys;
}

Result<QList<MeasureRecord>> MeasureRecords::list(const QString &measure, const ReportPeriod &period,
                                                   const ReportScope &scope, const QString &kind) const
{
    if (!measureKeys().contains(measure))
        return Error{QStringLiteral("There is no measure called \"%1\".").arg(measure)};
    if (scope.kind != ScopeKind::Org && scope.id.isEmpty())
        return Error{QStringLiteral("Choose the store or associate whose records to list.")};
    if (measure == QLatin1String("notes_by_kind") && !reportNoteKinds().contains(kind))
        return Error{QStringLiteral("Choose which kind of note to list.")};

    const ReportBounds bounds(period);
    QList<MeasureRecord> records;
    const auto collect = [&records](MeasureRecord::Entity entity) {
        return [&records, entity](const sql::Statement &row) {
            records.append({entity, row.text(0), row.text(1), row.text(2), row.integer(3) != 0});
        };
    };
    Status read = Done{};
    if (measure == QLatin1String("education_follow_through") || measure == QLatin1String("need_before_purchase")) {
        const bool education = measure == QLatin1String("education_follow_through");
        const QString statement =
            QStringLiteral("SELECT p.id, p.client_id, p.created_at, %1 FROM note p WHERE %2%3%4")
                .arg(education ? purchaseTaught() : purchaseUnderstood(), purchaseInPeriod(),
                     education ? QStringLiteral(" AND ") + purchaseMatured() : QString(),
                     noteScope(scope, QStringLiteral("p"), 4));
        read = forEachRow(m_db, statement, withScope({bounds.start, bounds.end, bounds.nowMinusDays(7)}, scope),
                          collect(MeasureRecord::Entity::Note));
    } else if (measure == QLatin1String("follow_ups_on_time") || measure == QLatin1String("follow_ups_overdue_now")) {
        const bool onTime = measure == QLatin1String("follow_ups_on_time");
        const QString statement = QStringLiteral("SELECT f.id, f.client_id, f.due_date, %1 FROM follow_up f WHERE %2%3")
                                      .arg(onTime ? followUpOnTime() : QStringLiteral("1"),
                                           onTime ? followUpDue() : followUpOverdue(), followUpScope(scope, 4));
        read = forEachRow(m_db, statement, withScope({bounds.fromDate, bounds.toDate, bounds.asOfDate}, scope),
                          collect(MeasureRecord::Entity::FollowUp));
    } else if (measure == QLatin1String("clients_added")) {
        const QString statement = QStringLiteral("SELECT c.id, c.id, c.created_at, 1 FROM client c WHERE c.deleted = 0 "
                                                 "AND c.created_at >= ?1 AND c.created_at < ?2%1")
                                      .arg(clientScope(scope, 3));
        read = forEachRow(m_db, statement, withScope({bounds.start, bounds.end}, scope),
                          collect(MeasureRecord::Entity::Client));
    } else if (measure == QLatin1String("notes_by_kind")) {
        const QString statement = QStringLiteral("SELECT n.id, n.client_id, n.created_at, 1 FROM note n "
                                                 "WHERE n.kind = ?3 AND %1%2")
                                      .arg(noteInPeriod(QStringLiteral("n")), noteScope(scope, QStringLiteral("n"), 4));
        read = forEachRow(m_db, statement, withScope({bounds.start, bounds.end, kind}, scope),
                          collect(MeasureRecord::Entity::Note));
    } else {
        // The measures read from each client's history, as VisitMeasures and BookMeasures do.
        const Result<ClientHistory> history = ClientHistory::read(m_db, bounds);
        if (!history)
            return Error{history.errorMessage()};
        if (measure == QLatin1String("returning_clients")) {
            const QByteArray start = bounds.start.toUtf8();
            const QString statement = QStringLiteral("SELECT n.client_id, max(n.created_at) FROM note n WHERE %1%2 "
                                                     "GROUP BY n.client_id")
                                          .arg(noteInPeriod(QStringLiteral("n")), noteScope(scope, QStringLiteral("n"), 3));
            read = forEachRow(m_db, statement, withScope({bounds.start, bounds.end}, scope),
                              [&](const sql::Statement &row) {
                                  const QByteArray client = row.utf8(0).toByteArray();
                                  records.append({MeasureRecord::Entity::Client, row.text(0), row.text(0), row.text(1),
                                                  returning(history->of(client), start)});
                              });
        } else if (measure == QLatin1String("came_back_after_return")) {
            const QString statement = QStringLiteral("SELECT n.id, n.client_id, n.created_at FROM note n "
                                                     "WHERE n.kind = 'return' AND %1%2")
                                          .arg(noteInPeriod(QStringLiteral("n")), noteScope(scope, QStringLiteral("n"), 3));
            read = forEachRow(m_db, statement, withScope({bounds.start, bounds.end}, scope),
                              [&](const sql::Statement &row) {
                                  const QByteArray client = row.utf8(1).toByteArray();
                                  records.append({MeasureRecord::Entity::Note, row.text(0), row.text(1), row.text(2),
                                                  cameBack(history->of(client), row.utf8(2).toByteArray())});
                              });
        } else { // book_health
            const QString statement = QStringLiteral("SELECT c.id, c.keep_in_touch_days FROM client c "
                                                     "WHERE c.deleted = 0%1")
                                          .arg(clientScope(scope, 1));
            read = forEachRow(m_db, statement, withScope({}, scope), [&](const sql::Statement &row) {
                const QByteArray client = row.utf8(0).toByteArray();
                const qint64 days = keepInTouchDays(row.integer(1));
                const QByteArray since = bounds.nowMinusDays(int(std::min<qint64>(days, 1000000))).toUtf8();
                const ClientHistory::Span *span = history->of(client);
                records.append({MeasureRecord::Entity::Client, row.text(0), row.text(0),
                                span ? QString::fromUtf8(span->lastBeforeNow) : QString(), inTouch(span, since)});
            });
        }
    }
    if (!read)
        return Error{read.errorMessage()};
    std::stable_sort(records.begin(), records.end(),
                     [](const MeasureRecord &a, const MeasureRecord &b) { return a.when > b.when; });
    return records;
}

} // namespace rapport
