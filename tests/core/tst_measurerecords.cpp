// The list behind each of the manager's numbers: exactly the records the report counted.
// On the hand-built chain of tst_report.cpp (in its zone ten hours ahead of UTC) the
// records are named by hand; on the demo chain every list agrees with its number for every
// scope.
#include "reportfixture.h"
#include "testsupport.h"
#include "zoneguard.h"

#include "demodata.h"
#include "report/measurerecords.h"
#include "report/report.h"

#include <QSet>

using namespace rapport;
using rapport::test::TestNotebook;

namespace {

struct Split
{
    QSet<QString> met, missed;
};

Split listed(const QSqlDatabase &db, const QString &measure, const ReportPeriod &period, const ReportScope &scope = {},
             const QString &kind = {})
{
    const Result<QList<MeasureRecord>> records = MeasureRecords(db).list(measure, period, scope, kind);
    INFO(records.errorMessage().toStdString());
    REQUIRE(records.ok());
    Split split;
    for (const MeasureRecord &r : *records) {
        INFO("record " << r.id.toStdString() << " listed twice");
        CHECK_FALSE(split.met.contains(r.id));
        CHECK_FALSE(split.missed.contains(r.id));
        (r.met ? split.met : split.missed).insert(r.id);
    }
    return split;
}

QSet<QString> ids(std::initializer_list<const char *> list)
{
    QSet<QString> set;
    for (const char *id : list)
        set.insert(QString::fromLatin1(id));
    return set;
}

/** Every list has as many records as its number counts, and as many met as its numerator. */
void checkAgainstReport(const QSqlDatabase &db, const ReportPeriod &period, const Measures &m, const ReportScope &scope)
{
    INFO("scope " << ReportScope::kindName(scope.kind).toStdString() << " " << scope.id.toStdString());
    const struct
    {
        const char *key;
        Ratio ratio;
    } ratios[] = {{"education_follow_through", m.educationFollowThrough}, {"follow_ups_on_time", m.followUpsOnTime},
                  {"need_before_purchase", m.needBeforePurchase},        {"returning_clients", m.returningClients},
                  {"came_back_after_return", m.cameBackAfterReturn},     {"book_health", m.bookHealth}};
    for (const auto &r : ratios) {
        INFO("measure " << r.key);
        const Split s = listed(db, QString::fromLatin1(r.key), period, scope);
        CHECK(s.met.size() == r.ratio.numerator);
        CHECK(s.met.size() + s.missed.size() == r.ratio.denominator);
    }
    const Split overdue = listed(db, QStringLiteral("follow_ups_overdue_now"), period, scope);
    CHECK(overdue.missed.isEmpty());
    CHECK(overdue.met.size() == m.followUpsOverdueNow);
    const Split added = listed(db, QStringLiteral("clients_added"), period, scope);
    CHECK(added.met.size() == m.clientsAdded);
    for (const QString &kind : reportNoteKinds()) {
        INFO("notes of kind " << kind.toStdString());
        CHECK(listed(db, QStringLiteral("notes_by_kind"), period, scope, kind).met.size() == m.notesByKind.value(kind));
    }
}

} // namespace

TEST_CASE("the records behind each measure are the ones counted, named by hand", "[report][records]")
{
    const test::ZoneGuard zone(test::reportZone());
    TestNotebook t;
    test::ReportFixture fixture(t.nb().database().connection());
    test::fillReportChain(fixture);
    const QSqlDatabase db = t.nb().database().connection();
    const ReportPeriod march = ReportPeriod::make(QDate(2026, 3, 1), QDate(2026, 3, 31), QDate(2026, 3, 31), {}).value();

    // The same cases tst_report.cpp works out: taught P1 (note at exactly +7 days) and P3
    // (follow-up done at exactly +7 days); P7 and P11 are too recent, P8 before the period,
    // P9 a tombstone, P10 of a deleted client.
    const Split education = listed(db, QStringLiteral("education_follow_through"), march);
    CHECK(education.met == ids({"P1", "P3"}));
    CHECK(education.missed == ids({"P2", "P4", "P5", "P6"}));
    const Split need = listed(db, QStringLiteral("need_before_purchase"), march);
    CHECK(need.met == ids({"P1", "P4", "P7"}));
    CHECK(need.missed == ids({"P2", "P3", "P5", "P6", "P11"}));
    const Split overdue = listed(db, QStringLiteral("follow_ups_overdue_now"), march);
    CHECK(overdue.met == ids({"f4", "f8", "f11"}));
    const Split onTime = listed(db, QStringLiteral("follow_ups_on_time"), march);
    CHECK(onTime.met == ids({"f2", "f5", "f14"}));
    CHECK(onTime.met.size() + onTime.missed.size() == 9);
    CHECK(listed(db, QStringLiteral("came_back_after_return"), march).met == ids({"r1"}));
    const Split book = listed(db, QStringLiteral("book_health"), march);
    CHECK(book.missed == ids({"L", "N", "P"}));
    CHECK(book.met.size() == 8);
    CHECK(listed(db, QStringLiteral("clients_added"), march).met == ids({"G", "P"}));
    CHECK(listed(db, QStringLiteral("returning_clients"), march).met == ids({"A", "B"}));

    // Scoped: the harbour store's overdue follow-ups are its staff's; Mei's purchases are hers.
    CHECK(listed(db, QStringLiteral("follow_ups_overdue_now"), march, {ScopeKind::Store, QStringLiteral("store-harbour")})
              .met == ids({"f4", "f8"}));
    const Split meis = listed(db, QStringLiteral("need_before_purchase"), march,
                              {ScopeKind::Associate, QStringLiteral("staff-mei")});
    CHECK(meis.met == ids({"P7"}));
    CHECK(meis.missed == ids({"P5", "P6"}));

    const Result<ReportBreakdown> report = Report(db).compute(march);
    REQUIRE(report.ok());
    checkAgainstReport(db, march, report->org, {});
    for (const auto &[id, m] : report->byStore)
        checkAgainstReport(db, march, m, {ScopeKind::Store, id});
    for (const auto &[id, m] : report->byAssociate)
        checkAgainstReport(db, march, m, {ScopeKind::Associate, id});
}

TEST_CASE("on the demo chain every list has exactly its number's records, for every scope", "[report][records]")
{
    TestNotebook t;
    REQUIRE(fillWithDemoData(t.nb()).ok());
    const QSqlDatabase db = t.nb().database().connection();
    const QDate today = QDate::currentDate();
    for (const ReportPeriod &period : {ReportPeriod{today.addDays(-27), today, today},
                                       ReportPeriod{today.addDays(-180), today.addDays(-90), today.addDays(-90)}}) {
        const Result<ReportBreakdown> report = Report(db).compute(period);
        REQUIRE(report.ok());
        // The demo has every kind of record to list.
        CHECK(report->org.bookHealth.denominator > 0);
        checkAgainstReport(db, period, report->org, {});
        for (const Store &store : t.nb().stores())
            checkAgainstReport(db, period, report->of({ScopeKind::Store, store.id}), {ScopeKind::Store, store.id});
        for (const Staff &staff : t.nb().staff())
            checkAgainstReport(db, period, report->of({ScopeKind::Associate, staff.id}),
                               {ScopeKind::Associate, staff.id});
    }
}

TEST_CASE("asking for an unknown measure or scope is refused in words", "[report][records]")
{
    TestNotebook t;
    const QSqlDatabase db = t.nb().database().connection();
    const ReportPeriod period{QDate(2026, 3, 1), QDate(2026, 3, 31), QDate(2026, 3, 31)};
    const Result<QList<MeasureRecord>> unknown = MeasureRecords(db).list(QStringLiteral("sales_per_hour"), period, {});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errorMessage().contains(QStringLiteral("sales_per_hour")));
    CHECK_FALSE(MeasureRecords(db).list(QStringLiteral("book_health"), period, {ScopeKind::Store, QString()}).ok());
    CHECK_FALSE(MeasureRecords(db).list(QStringLiteral("notes_by_kind"), period, {}, QStringLiteral("gossip")).ok());
}
