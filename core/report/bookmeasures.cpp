#include "bookmeasures.h"

#include "reportquery.h"

#include <map>

namespace rapport::report {

Result<qint64> BookMeasures::longestInterval(const QSqlDatabase &db)
{
    qint64 longest = definition::DefaultKeepInTouchDays;
    if (Status s = forEachRow(db, QStringLiteral("SELECT max(keep_in_touch_days) FROM client WHERE deleted = 0"), {},
                              [&longest](const sql::Statement &row) {
                                  longest = std::max(longest, keepInTouchDays(row.integer(0)));
                              });
        !s)
        return Error{s.errorMessage()};
    return longest;
}

Status BookMeasures::addTo(ReportBreakdown &breakdown) const
{
    const QByteArray start = m_bounds.start.toUtf8();
    const QByteArray end = m_bounds.end.toUtf8();
    struct Tally
    {
        qint64 clients = 0, inTouch = 0, added = 0;
    };
    std::map<std::pair<int, int>, Tally> books; // (home store, associate) → tally
    Interned stores, associates;
    Status read = forEachRow(
        m_db,
        QStringLiteral("SELECT id, home_store_id, associate_id, keep_in_touch_days, created_at FROM client "
                       "WHERE deleted = 0"),
        {}, [&](const sql::Statement &row) {
            const qint64 days = keepInTouchDays(row.integer(3));
            const int client = m_window.clientOf(row.utf8(0));
            const QByteArray created = lookupKey(row.utf8(4));
            Tally &t = books[{stores.of(row.utf8(1)), associates.of(row.utf8(2))}];
            ++t.clients;
            // The window reaches back the longest interval (see Report::compute).
            if (client >= 0 && m_window.lastBeforeNowMs(client) >= m_bounds.nowMs - days * kDayMs)
                ++t.inTouch;
            if (created >= start && created < end)
                ++t.added;
        });
    if (!read)
        return read;
    for (const auto &[key, t] : books) {
        const Tally tally = t;
        breakdown.count(stores.text(key.first), associates.text(key.second), [&tally](Measures &m) {
            m.bookHealth.denominator += tally.clients;
            m.bookHealth.numerator += tally.inTouch;
            m.clientsAdded += tally.added;
        });
    }
    return Done{};
}

} // namespace rapport::report
