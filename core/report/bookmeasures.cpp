#include "bookmeasures.h"

#include "definitions.h"
#include "reportquery.h"

#include <map>

namespace rapport::report {

Status BookMeasures::addTo(ReportBreakdown &breakdown) const
{
    const QByteArray start = m_bounds.start.toUtf8();
    const QByteArray end = m_bounds.end.toUtf8();
    QHash<qint64, QByteArray> since; // interval in days → now less that many days
    struct Tally
    {
        qint64 clients = 0, inTouch = 0, added = 0;
    };
    std::map<std::pair<QString, QString>, Tally> books; // (home store, associate) → tally
    QHash<QByteArray, QString> names; // the few store and staff ids, converted once
    const auto name = [&names](QByteArrayView utf8) {
        auto it = names.find(lookupKey(utf8));
        if (it == names.end())
            it = names.insert(utf8.toByteArray(), QString::fromUtf8(utf8));
        return *it;
    };
    Status read = forEachRow(
        m_db,
        QStringLiteral("SELECT id, home_store_id, associate_id, keep_in_touch_days, created_at FROM client "
                       "WHERE deleted = 0"),
        {}, [&](const sql::Statement &row) {
            const qint64 stored = row.integer(3);
            const qint64 days = definition::keepInTouchDays(stored);
            auto bound = since.find(days);
            if (bound == since.end())
                bound = since.insert(days, m_bounds.nowMinusDays(int(std::min<qint64>(days, 1000000))).toUtf8());
            const ClientHistory::Span *span = m_history.of(lookupKey(row.utf8(0)));
            const QByteArray created = lookupKey(row.utf8(4));
            Tally &t = books[{name(row.utf8(1)), name(row.utf8(2))}];
            ++t.clients;
            if (definition::inTouch(span, *bound))
                ++t.inTouch;
            if (created >= start && created < end)
                ++t.added;
        });
    if (!read)
        return read;
    for (const auto &[key, t] : books) {
        const Tally tally = t;
        breakdown.count(key.first, key.second, [&tally](Measures &m) {
            m.bookHealth.denominator += tally.clients;
            m.bookHealth.numerator += tally.inTouch;
            m.clientsAdded += tally.added;
        });
    }
    return Done{};
}

} // namespace rapport::report
