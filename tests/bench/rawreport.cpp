#include "rawreport.h"

#include "sqlite.h"

#include <QHash>

namespace bench {

namespace {

using rapport::Measures;
using rapport::ReportBreakdown;

void bindAll(Statement &s, std::initializer_list<QString> values)
{
    int i = 0;
    for (const QString &v : values)
        s.bind(++i, v);
}

template<typename Apply>
void toScopes(ReportBreakdown &r, const std::string &store, const std::string &associate, Apply apply)
{
    apply(r.org);
    if (!store.empty())
        apply(r.byStore[QString::fromStdString(store)]);
    if (!associate.empty())
        apply(r.byAssociate[QString::fromStdString(associate)]);
}

} // namespace

ReportBreakdown rawReport(sqlite3 *db, const RawBounds &b)
{
    ReportBreakdown r;
    execute(db, "BEGIN");

    // Purchases: taught within 7 days (note or done follow-up), a Need within the 30 days before.
    {
        Statement s(db,
                    "WITH purchase AS ("
                    " SELECT p.id, p.client_id, p.store_id, p.author_id, p.created_at AS t,"
                    "  strftime('%Y-%m-%dT%H:%M:%fZ', p.created_at, '+7 days') AS t7,"
                    "  strftime('%Y-%m-%dT%H:%M:%fZ', p.created_at, '-30 days') AS t30"
                    " FROM note p"
                    " WHERE p.client_id NOT IN (SELECT id FROM client WHERE deleted = 1) AND p.kind = 'purchase' AND p.deleted = 0 AND p.created_at >= ?1 AND p.created_at < ?2)"
                    " SELECT store_id, author_id, count(*),"
                    "  count(*) FILTER (WHERE t <= ?3),"
                    "  count(*) FILTER (WHERE t <= ?3 AND ("
                    "   EXISTS (SELECT 1 FROM note e WHERE e.client_id = purchase.client_id AND e.kind = 'education'"
                    "           AND e.deleted = 0 AND e.created_at > t AND e.created_at <= t7)"
                    "   OR EXISTS (SELECT 1 FROM follow_up f WHERE f.origin_note_id = purchase.id AND f.kind = 'education'"
                    "           AND f.status = 'done' AND f.deleted = 0 AND coalesce(f.done_at, '') <> ''"
                    "           AND f.done_at <= t7))),"
                    "  count(*) FILTER (WHERE EXISTS (SELECT 1 FROM note w WHERE w.client_id = purchase.client_id"
                    "           AND w.kind = 'need' AND w.deleted = 0 AND w.created_at >= t30 AND w.created_at < t))"
                    " FROM purchase GROUP BY store_id, author_id");
        bindAll(s, {b.start, b.end, b.nowLess7Days});
        while (s.step()) {
            const qint64 all = s.integer(2), old = s.integer(3), taught = s.integer(4), need = s.integer(5);
            toScopes(r, s.text(0), s.text(1), [&](Measures &m) {
                m.needBeforePurchase.denominator += all;
                m.needBeforePurchase.numerator += need;
                m.educationFollowThrough.denominator += old;
                m.educationFollowThrough.numerator += taught;
            });
        }
    }
    // Returns and a later visit before now.
    {
        Statement s(db, "SELECT r.store_id, r.author_id, count(*),"
                        " count(*) FILTER (WHERE EXISTS (SELECT 1 FROM note o WHERE o.client_id = r.client_id"
                        "   AND o.deleted = 0 AND o.created_at > r.created_at AND o.created_at < ?3))"
                        " FROM note r WHERE r.client_id NOT IN (SELECT id FROM client WHERE deleted = 1) AND r.kind = 'return' AND r.deleted = 0 AND r.created_at >= ?1 AND r.created_at < ?2"
                        " GROUP BY r.store_id, r.author_id");
        bindAll(s, {b.start, b.end, b.now});
        while (s.step()) {
            const qint64 all = s.integer(2), back = s.integer(3);
            toScopes(r, s.text(0), s.text(1), [&](Measures &m) {
                m.cameBackAfterReturn.denominator += all;
                m.cameBackAfterReturn.numerator += back;
            });
        }
    }
    // Notes by kind.
    {
        Statement s(db, "SELECT n.store_id, n.author_id, n.kind, count(*)"
                        " FROM note n WHERE n.client_id NOT IN (SELECT id FROM client WHERE deleted = 1)"
                        " AND n.deleted = 0 AND n.created_at >= ?1 AND n.created_at < ?2"
                        " GROUP BY n.store_id, n.author_id, n.kind");
        bindAll(s, {b.start, b.end});
        while (s.step()) {
            const QString kind = QString::fromStdString(s.text(2));
            const qint64 count = s.integer(3);
            toScopes(r, s.text(0), s.text(1), [&](Measures &m) { m.notesByKind[kind] += count; });
        }
    }
    // Returning clients: one row per distinct (scope, client), flagged by a note before the period.
    {
        Statement s(db, "WITH seen AS ("
                        " SELECT DISTINCT n.client_id, n.store_id, n.author_id"
                        " FROM note n WHERE n.client_id NOT IN (SELECT id FROM client WHERE deleted = 1)"
                        " AND n.deleted = 0 AND n.created_at >= ?1 AND n.created_at < ?2),"
                        " flag AS (SELECT client_id, EXISTS (SELECT 1 FROM note e WHERE e.client_id = x.client_id"
                        "   AND e.deleted = 0 AND e.created_at < ?1) AS back FROM (SELECT DISTINCT client_id FROM seen) x)"
                        " SELECT 'org', '', count(*), total(back) FROM flag"
                        " UNION ALL SELECT 'store', store_id, count(*), total(back) FROM"
                        "  (SELECT DISTINCT client_id, store_id FROM seen) JOIN flag USING (client_id) GROUP BY store_id"
                        " UNION ALL SELECT 'associate', author_id, count(*), total(back) FROM"
                        "  (SELECT DISTINCT client_id, author_id FROM seen) JOIN flag USING (client_id)"
                        "  GROUP BY author_id");
        bindAll(s, {b.start, b.end});
        while (s.step()) {
            const std::string scope = s.text(0);
            const QString id = QString::fromStdString(s.text(1));
            const rapport::Ratio ratio{s.integer(3), s.integer(2)};
            if (scope == "org")
                r.org.returningClients = ratio;
            else if (scope == "store" && !id.isEmpty())
                r.byStore[id].returningClients = ratio;
            else if (scope == "associate" && !id.isEmpty())
                r.byAssociate[id].returningClients = ratio;
        }
    }
    // Books: in touch within the client's interval (90 days without one), and clients added.
    {
        Statement s(db, "SELECT c.home_store_id, c.associate_id, count(*),"
                        " count(*) FILTER (WHERE EXISTS (SELECT 1 FROM note n WHERE n.client_id = c.id AND n.deleted = 0"
                        "   AND n.created_at < ?3 AND n.created_at >= strftime('%Y-%m-%dT%H:%M:%fZ', ?3,"
                        "   printf('-%d days', iif(c.keep_in_touch_days > 0, c.keep_in_touch_days, 90))))),"
                        " count(*) FILTER (WHERE c.created_at >= ?1 AND c.created_at < ?2)"
                        " FROM client c WHERE c.deleted = 0 GROUP BY c.home_store_id, c.associate_id");
        bindAll(s, {b.start, b.end, b.now});
        while (s.step()) {
            const qint64 all = s.integer(2), inTouch = s.integer(3), added = s.integer(4);
            toScopes(r, s.text(0), s.text(1), [&](Measures &m) {
                m.bookHealth.denominator += all;
                m.bookHealth.numerator += inTouch;
                m.clientsAdded += added;
            });
        }
    }
    // Follow-ups, by assignee and the assignee's store.
    {
        QHash<QString, std::string> storeOf;
        Statement staff(db, "SELECT id, store_id FROM staff WHERE deleted = 0");
        while (staff.step())
            storeOf.insert(QString::fromStdString(staff.text(0)), staff.text(1));
        Statement s(db, "SELECT f.assignee_id,"
                        " count(*) FILTER (WHERE f.status <> 'cancelled' AND f.due_date BETWEEN ?1 AND ?2),"
                        " count(*) FILTER (WHERE f.status = 'done' AND f.due_date BETWEEN ?1 AND ?2"
                        "   AND coalesce(f.done_at, '') <> '' AND date(f.done_at, 'localtime') <= f.due_date),"
                        " count(*) FILTER (WHERE f.status IN ('open', 'snoozed') AND f.due_date < ?3)"
                        " FROM follow_up f WHERE f.client_id NOT IN (SELECT id FROM client WHERE deleted = 1)"
                        " AND f.deleted = 0 AND f.due_date <= ?3 AND f.due_date <> '' GROUP BY f.assignee_id");
        bindAll(s, {b.fromDate, b.toDate, b.asOfDate});
        while (s.step()) {
            const std::string assignee = s.text(0);
            const qint64 due = s.integer(1), onTime = s.integer(2), overdue = s.integer(3);
            toScopes(r, storeOf.value(QString::fromStdString(assignee)), assignee, [&](Measures &m) {
                m.followUpsOnTime.denominator += due;
                m.followUpsOnTime.numerator += onTime;
                m.followUpsOverdueNow += overdue;
            });
        }
    }
    execute(db, "COMMIT");
    return r;
}

} // namespace bench
