#include "purchasemeasures.h"

#include "reportquery.h"

#include <map>

namespace rapport::report {

Status PurchaseMeasures::addTo(ReportBreakdown &breakdown) const
{
    // A purchase the notes do not show taught may still have had its Education follow-up
    // done in time: looked up by the purchase (follow_up_origin) for those few only.
    sql::Statement followUpDone(m_db, QStringLiteral(
        "SELECT done_at FROM follow_up WHERE origin_note_id = ?1 AND kind = 'education' AND status = 'done' "
        "AND deleted = 0 AND done_at IS NOT NULL AND done_at <> ''"));
    if (followUpDone.prepareError())
        return *followUpDone.prepareError();

    struct Tally
    {
        qint64 purchases = 0, matured = 0, taught = 0, understood = 0;
    };
    std::map<std::pair<int, int>, Tally> tallies; // (store, author) → tally
    const qint64 maturedBy = m_bounds.nowMs - 7 * kDayMs;
    for (const WindowNote &purchase : m_window.notes()) {
        if (purchase.role != NoteRole::Purchase || purchase.ms < m_bounds.startMs || purchase.ms >= m_bounds.endMs)
            continue;
        const qint64 t = purchase.ms;
        bool taught = false;
        bool understood = false;
        m_window.forEachNoteOf(purchase.client, [&](const WindowNote &around) {
            if (around.role == NoteRole::Need && around.ms >= t - 30 * kDayMs && around.ms < t)
                understood = true;
            else if (around.role == NoteRole::Education && around.ms > t && around.ms <= t + 7 * kDayMs)
                taught = true;
        });
        Tally &tally = tallies[{purchase.store, purchase.author}];
        ++tally.purchases;
        if (understood)
            ++tally.understood;
        if (t > maturedBy)
            continue;
        ++tally.matured;
        if (!taught) {
            followUpDone.reset();
            followUpDone.bindUtf8(1, m_window.purchaseId(purchase.purchase));
            while (!taught && followUpDone.next()) {
                const std::optional<qint64> done = timeMs(followUpDone.utf8(0));
                taught = done && *done <= t + 7 * kDayMs;
            }
            if (followUpDone.error())
                return *followUpDone.error();
        }
        if (taught)
            ++tally.taught;
    }
    for (const auto &[key, t] : tallies) {
        const Tally tally = t;
        breakdown.count(m_window.stores.text(key.first), m_window.authors.text(key.second), [&tally](Measures &m) {
            m.educationFollowThrough.denominator += tally.matured;
            m.educationFollowThrough.numerator += tally.taught;
            m.needBeforePurchase.denominator += tally.purchases;
            m.needBeforePurchase.numerator += tally.understood;
        });
    }
    return Done{};
}

} // namespace rapport::report
