#pragma once

// A small chain whose report numbers are worked out by hand in tst_report.cpp. Rows are
// written straight into a real notebook file (the schema the app made) because each
// needs a chosen creation time; the report reads only what is stored.

#include "database.h"
#include "sqlutil.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QSqlError>
#include <QString>

#include <stdexcept>

namespace rapport::test {

/** A fixed zone ten hours ahead of UTC without daylight saving: local and UTC days differ. */
inline const char *reportZone()
{
    return "RPT-10";
}

/** Local time in the report zone as stored time text. */
inline QString local(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return sql::timeText(QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::LocalTime).toUTC());
}

class ReportFixture
{
public:
    explicit ReportFixture(QSqlDatabase db) : m_db(std::move(db)) {}

    void store(const QString &id, const QString &name)
    {
        run(QStringLiteral("INSERT OR REPLACE INTO store(id, name) VALUES(?, ?)"), {id, name});
    }
    void staff(const QString &id, const QString &storeId, const QString &name)
    {
        run(QStringLiteral("INSERT OR REPLACE INTO staff(id, store_id, name, login, role) VALUES(?, ?, ?, ?, 'associate')"),
            {id, storeId, name, id});
    }
    void client(const QString &id, const QString &homeStore, const QString &associate, int keepInTouchDays,
                const QString &createdAt, bool deleted = false)
    {
        run(QStringLiteral("INSERT INTO client(id, given_name, family_name, home_store_id, associate_id, "
                           "keep_in_touch_days, created_at, updated_at, deleted) VALUES(?, ?, '', ?, ?, ?, ?, ?, ?)"),
            {id, id, homeStore, associate, keepInTouchDays, createdAt, createdAt, deleted ? 1 : 0});
    }
    void note(const QString &id, const QString &clientId, const QString &kind, const QString &storeId,
              const QString &authorId, const QString &createdAt, bool deleted = false)
    {
        run(QStringLiteral("INSERT INTO note(id, client_id, kind, body, author_id, store_id, created_at, updated_at, "
                           "deleted) VALUES(?, ?, ?, '', ?, ?, ?, ?, ?)"),
            {id, clientId, kind, authorId, storeId, createdAt, createdAt, deleted ? 1 : 0});
    }
    void followUp(const QString &id, const QString &clientId, const QString &assignee, const QString &dueDate,
                  const QString &kind, const QString &status, const QString &originNoteId = {},
                  const QVariant &doneAt = {}, bool deleted = false)
    {
        run(QStringLiteral("INSERT INTO follow_up(id, client_id, assignee_id, due_date, reason, kind, status, "
                           "origin_note_id, done_at, created_at, updated_at, deleted) "
                           "VALUES(?, ?, ?, ?, 'why', ?, ?, ?, ?, '', '', ?)"),
            {id, clientId, assignee, dueDate, kind, status, originNoteId, doneAt, deleted ? 1 : 0});
    }

private:
    void run(const QString &statement, const QVariantList &binds)
    {
        QSqlQuery q(m_db);
        q.prepare(statement);
        for (const QVariant &b : binds)
            q.addBindValue(b.isValid() ? b : QVariant(QMetaType::fromType<QString>()));
        if (!q.exec())
            throw std::runtime_error(q.lastError().text().toStdString());
    }
    QSqlDatabase m_db;
};

/**
 * The chain of the report tests: stores harbour (S1) and north (S2); Sam and Alex at
 * harbour, Mei at north. Period 2026-03-01 … 2026-03-31, as of 2026-03-31, so now is
 * 2026-04-01 00:00 local. The comments give each row's part in the expected numbers.
 */
inline void fillReportChain(ReportFixture &f)
{
    const QString s1 = QStringLiteral("store-harbour"), s2 = QStringLiteral("store-north");
    const QString sam = QStringLiteral("staff-sam"), alex = QStringLiteral("staff-alex"),
                  mei = QStringLiteral("staff-mei");
    const QString need = QStringLiteral("need"), purchase = QStringLiteral("purchase"),
                  education = QStringLiteral("education"), ret = QStringLiteral("return"),
                  conversation = QStringLiteral("conversation"), other = QStringLiteral("other");
    f.store(s1, QStringLiteral("Harbour St"));
    f.store(s2, QStringLiteral("Northgate"));
    f.staff(sam, s1, QStringLiteral("Sam Lee"));
    f.staff(alex, s1, QStringLiteral("Alex Kim"));
    f.staff(mei, s2, QStringLiteral("Mei Chen"));

    // Clients: id, home store, associate, keep-in-touch days, created.
    f.client(QStringLiteral("A"), s1, sam, 0, local(2026, 1, 10));
    f.client(QStringLiteral("B"), s1, sam, 30, local(2026, 1, 5));
    f.client(QStringLiteral("C"), s2, mei, 0, local(2026, 2, 15));
    f.client(QStringLiteral("E"), s2, mei, 0, local(2026, 3, 10), /*deleted*/ true);
    f.client(QStringLiteral("F"), s1, sam, 0, local(2026, 2, 28, 23, 59, 59, 999)); // just before: not added
    f.client(QStringLiteral("G"), s2, mei, 0, local(2026, 3, 1)); // first instant: added
    f.client(QStringLiteral("H"), s1, alex, 0, local(2026, 4, 1)); // at now: not added
    f.client(QStringLiteral("K"), s2, mei, 45, local(2025, 12, 1));
    f.client(QStringLiteral("L"), s2, mei, 45, local(2025, 12, 1));
    f.client(QStringLiteral("M"), s1, alex, 0, local(2025, 6, 1));
    f.client(QStringLiteral("N"), s1, alex, 0, local(2025, 6, 1));
    f.client(QStringLiteral("P"), s2, mei, 0, local(2026, 3, 31, 23, 59, 59, 999)); // last instant: added

    // A (harbour, Sam).
    f.note(QStringLiteral("n1"), QStringLiteral("A"), need, s1, alex, local(2026, 1, 31, 10)); // P1 - 30 days
    f.note(QStringLiteral("P8"), QStringLiteral("A"), purchase, s1, sam, local(2026, 2, 28, 23, 59, 59, 999));
    f.note(QStringLiteral("o1"), QStringLiteral("A"), other, s1, sam, local(2026, 3, 1)); // first instant
    f.note(QStringLiteral("P1"), QStringLiteral("A"), purchase, s1, sam, local(2026, 3, 2, 10));
    f.note(QStringLiteral("P9"), QStringLiteral("A"), purchase, s1, sam, local(2026, 3, 3), true);
    f.note(QStringLiteral("e1"), QStringLiteral("A"), education, s2, mei, local(2026, 3, 9, 10)); // P1 + 7 days
    f.note(QStringLiteral("P2"), QStringLiteral("A"), purchase, s1, sam, local(2026, 3, 10, 10));
    f.note(QStringLiteral("n2"), QStringLiteral("A"), need, s1, sam, local(2026, 3, 10, 10)); // at P2: not before
    f.note(QStringLiteral("e2"), QStringLiteral("A"), education, s1, sam, local(2026, 3, 11, 12), true);
    f.note(QStringLiteral("e3"), QStringLiteral("A"), education, s1, sam, local(2026, 3, 17, 10, 0, 0, 1));
    f.note(QStringLiteral("r3"), QStringLiteral("A"), ret, s1, sam, local(2026, 3, 28));
    f.note(QStringLiteral("c3"), QStringLiteral("A"), conversation, s1, sam, local(2026, 3, 29), true);
    // B (harbour, Sam, every 30 days).
    f.note(QStringLiteral("n3"), QStringLiteral("B"), need, s1, alex, local(2026, 2, 10, 8, 59, 59, 999));
    f.note(QStringLiteral("P3"), QStringLiteral("B"), purchase, s1, alex, local(2026, 3, 12, 9));
    f.note(QStringLiteral("n4"), QStringLiteral("B"), need, s2, mei, local(2026, 3, 12, 9, 30));
    f.note(QStringLiteral("P4"), QStringLiteral("B"), purchase, s1, alex, local(2026, 3, 13, 9));
    f.note(QStringLiteral("r4"), QStringLiteral("B"), ret, s1, alex, local(2026, 3, 30, 12));
    f.note(QStringLiteral("c4"), QStringLiteral("B"), conversation, s1, alex, local(2026, 3, 30, 12)); // same time
    // C (north, Mei).
    f.note(QStringLiteral("P5"), QStringLiteral("C"), purchase, s2, mei, local(2026, 3, 14, 12));
    f.note(QStringLiteral("n5"), QStringLiteral("C"), need, s2, mei, local(2026, 3, 20), true);
    f.note(QStringLiteral("P6"), QStringLiteral("C"), purchase, s2, mei, local(2026, 3, 25)); // now - 7 days
    f.note(QStringLiteral("e4"), QStringLiteral("C"), education, s2, mei, local(2026, 3, 25));
    f.note(QStringLiteral("n6"), QStringLiteral("C"), need, s2, mei, local(2026, 3, 25));
    f.note(QStringLiteral("P7"), QStringLiteral("C"), purchase, s2, mei, local(2026, 3, 25, 0, 0, 0, 1));
    // E is a tombstone: nothing of it counts.
    f.note(QStringLiteral("P10"), QStringLiteral("E"), purchase, s2, mei, local(2026, 3, 5));
    // F, G, H.
    f.note(QStringLiteral("P11"), QStringLiteral("F"), purchase, s1, sam, local(2026, 3, 31, 23, 59, 59, 999));
    f.note(QStringLiteral("g0"), QStringLiteral("G"), conversation, s2, mei, local(2026, 2, 20), true);
    f.note(QStringLiteral("r1"), QStringLiteral("G"), ret, s2, mei, local(2026, 3, 5, 10));
    f.note(QStringLiteral("c1"), QStringLiteral("G"), conversation, s1, sam, local(2026, 3, 6, 11));
    f.note(QStringLiteral("r2"), QStringLiteral("H"), ret, s1, alex, local(2026, 3, 20));
    f.note(QStringLiteral("c2"), QStringLiteral("H"), conversation, s1, alex, local(2026, 4, 1)); // at now
    // Keeping in touch, before the period.
    f.note(QStringLiteral("k1"), QStringLiteral("K"), conversation, s2, mei, local(2026, 2, 15)); // now - 45 days
    f.note(QStringLiteral("l1"), QStringLiteral("L"), conversation, s2, mei, local(2026, 2, 14, 23, 59, 59, 999));
    f.note(QStringLiteral("m1"), QStringLiteral("M"), conversation, s1, alex, local(2026, 1, 1)); // now - 90 days
    f.note(QStringLiteral("x1"), QStringLiteral("N"), conversation, s1, alex, local(2025, 12, 31, 23, 59, 59, 999));
    f.note(QStringLiteral("x2"), QStringLiteral("N"), conversation, s1, alex, local(2026, 4, 2)); // after now

    // Follow-ups: id, client, assignee, due, kind, status, origin, done_at.
    const QString done = QStringLiteral("done"), open = QStringLiteral("open");
    f.followUp(QStringLiteral("f1"), QStringLiteral("B"), alex, QStringLiteral("2026-03-15"), education, done,
               QStringLiteral("P3"), local(2026, 3, 19, 9)); // P3 + 7 days; late
    f.followUp(QStringLiteral("f2"), QStringLiteral("B"), alex, QStringLiteral("2026-03-20"), education, done,
               QStringLiteral("P4"), local(2026, 3, 20, 9, 0, 0, 1)); // P4 + 7 days + 1 ms; on time
    f.followUp(QStringLiteral("f3"), QStringLiteral("C"), mei, QStringLiteral("2026-03-17"), education, done,
               QStringLiteral("P5")); // done before done_at existed
    f.followUp(QStringLiteral("f4"), QStringLiteral("A"), sam, QStringLiteral("2026-03-13"), education, open,
               QStringLiteral("P2"));
    f.followUp(QStringLiteral("f5"), QStringLiteral("A"), sam, QStringLiteral("2026-03-31"),
               QStringLiteral("keep_in_touch"), done, {}, local(2026, 3, 31, 23, 59, 59, 999));
    f.followUp(QStringLiteral("f6"), QStringLiteral("A"), sam, QStringLiteral("2026-03-10"), other, done, {},
               local(2026, 3, 11)); // the next local day (still the 10th in UTC)
    f.followUp(QStringLiteral("f7"), QStringLiteral("B"), alex, QStringLiteral("2026-03-05"), other,
               QStringLiteral("cancelled"));
    f.followUp(QStringLiteral("f8"), QStringLiteral("B"), alex, QStringLiteral("2026-03-20"), other,
               QStringLiteral("snoozed"));
    f.followUp(QStringLiteral("f9"), QStringLiteral("C"), mei, QStringLiteral("2026-03-31"), other, open);
    f.followUp(QStringLiteral("f10"), QStringLiteral("C"), mei, QStringLiteral("2026-04-01"), other, open);
    f.followUp(QStringLiteral("f11"), QStringLiteral("G"), mei, QStringLiteral("2026-02-20"), other, open);
    f.followUp(QStringLiteral("f12"), QStringLiteral("A"), sam, QStringLiteral("2026-03-12"), other, done, {},
               local(2026, 3, 11), /*deleted*/ true);
    f.followUp(QStringLiteral("f13"), QStringLiteral("E"), mei, QStringLiteral("2026-03-12"), other, open);
    f.followUp(QStringLiteral("f14"), QStringLiteral("H"), QStringLiteral("staff-gone"), QStringLiteral("2026-03-15"),
               other, done, {}, local(2026, 3, 14));
}

} // namespace rapport::test
