// The manager's measures on a chain whose numbers are worked out by hand (reportfixture.h
// says what each row is for). Run in a zone ten hours ahead of UTC, so a measure that used
// UTC days instead of local ones would come out differently.
#include "reportfixture.h"
#include "testsupport.h"
#include "zoneguard.h"

#include "report/report.h"
#include "report/reportformat.h"

#include <QJsonArray>

using namespace rapport;
using rapport::test::TestNotebook;

namespace {

struct Expected
{
    Ratio education, onTime;
    qint64 overdue;
    Ratio need, returning, cameBack, book;
    qint64 added;
    qint64 kinds[6]; // need, conversation, purchase, education, return, other
};

void checkMeasures(const Measures &m, const Expected &e)
{
    CHECK(m.educationFollowThrough.numerator == e.education.numerator);
    CHECK(m.educationFollowThrough.denominator == e.education.denominator);
    CHECK(m.followUpsOnTime.numerator == e.onTime.numerator);
    CHECK(m.followUpsOnTime.denominator == e.onTime.denominator);
    CHECK(m.followUpsOverdueNow == e.overdue);
    CHECK(m.needBeforePurchase.numerator == e.need.numerator);
    CHECK(m.needBeforePurchase.denominator == e.need.denominator);
    CHECK(m.returningClients.numerator == e.returning.numerator);
    CHECK(m.returningClients.denominator == e.returning.denominator);
    CHECK(m.cameBackAfterReturn.numerator == e.cameBack.numerator);
    CHECK(m.cameBackAfterReturn.denominator == e.cameBack.denominator);
    CHECK(m.bookHealth.numerator == e.book.numerator);
    CHECK(m.bookHealth.denominator == e.book.denominator);
    CHECK(m.clientsAdded == e.added);
    for (int i = 0; i < 6; ++i) {
        INFO("notes of kind " << reportNoteKinds().at(i).toStdString());
        CHECK(m.notesByKind.value(reportNoteKinds().at(i)) == e.kinds[i]);
    }
}

ReportPeriod march(const QDate &asOf = QDate(2026, 3, 31))
{
    return ReportPeriod::make(QDate(2026, 3, 1), QDate(2026, 3, 31), asOf, {}).value();
}

/** The hand-built chain in a real notebook; the fixture must be built inside the zone. */
struct ReportChain
{
    ReportChain()
    {
        // The zone took: local midnight on 1 March is 14:00 UTC on 28 February.
        REQUIRE(test::local(2026, 3, 1) == QStringLiteral("2026-02-28T14:00:00.000Z"));
        test::ReportFixture fixture(t.nb().database().connection());
        test::fillReportChain(fixture);
    }
    Result<ReportBreakdown> compute(const ReportPeriod &period)
    {
        return Report(t.nb().database().connection()).compute(period);
    }
    TestNotebook t;
};

} // namespace

TEST_CASE("a period runs from local midnight to local midnight, now is the end of the as-of day", "[report]")
{
    const test::ZoneGuard zone(test::reportZone());
    const ReportBounds bounds(march(QDate(2026, 3, 20)));
    CHECK(bounds.start == QStringLiteral("2026-02-28T14:00:00.000Z"));
    CHECK(bounds.end == QStringLiteral("2026-03-31T14:00:00.000Z"));
    CHECK(bounds.now == QStringLiteral("2026-03-20T14:00:00.000Z"));
    CHECK(bounds.nowMinusDays(7) == QStringLiteral("2026-03-13T14:00:00.000Z"));

    // The as-of day defaults to today as the injected clock says; bad periods are refused in words.
    const auto defaulted = ReportPeriod::make(QDate(2026, 3, 1), QDate(2026, 3, 31), std::nullopt,
                                              [] { return QDate(2026, 4, 7); });
    REQUIRE(defaulted.ok());
    CHECK(defaulted->asOf == QDate(2026, 4, 7));
    const auto backwards = ReportPeriod::make(QDate(2026, 3, 31), QDate(2026, 3, 1), std::nullopt, {});
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.errorMessage().contains(QStringLiteral("before it starts")));
    CHECK_FALSE(ReportPeriod::make(QDate(), QDate(2026, 3, 1), std::nullopt, {}).ok());
}

TEST_CASE("every measure on the hand-built chain, for the organisation, each store and each associate", "[report]")
{
    const test::ZoneGuard zone(test::reportZone());
    ReportChain chain;
    const Result<ReportBreakdown> computed = chain.compute(march());
    INFO(computed.errorMessage().toStdString());
    REQUIRE(computed.ok());
    const ReportBreakdown &r = *computed;

    SECTION("organisation")
    {
        // Education: P1 (note at exactly +7 days, other store) and P3 (follow-up done at exactly +7 days)
        // of P1-P6; P7 and P11 are under 7 days old, P8 before, P9 a tombstone, P10 of a deleted client.
        // On time: f2, f5 (23:59 local on the due day), f14 of f1-f6, f8, f9, f14; f7 cancelled, f10 after
        // the as-of day, f11 before the period, f12 a tombstone, f13 of a deleted client.
        // Overdue: f4, f8 (snoozed), f11. Need first: P1 (exactly 30 days), P4 (other store), P7.
        // Returning: A and B of A, B, C, F, G, H. Came back: r1 of r1-r4 (r2's next note is at now,
        // r4's at the same instant). In touch: 8 of 11 (L, N and P are not; K and M are, exactly).
        // Added: G (first instant) and P (last instant).
        checkMeasures(r.org, {{2, 6}, {3, 9}, 3, {3, 8}, {2, 6}, {1, 4}, {8, 11}, 2, {3, 2, 8, 3, 4, 1}});
    }
    SECTION("stores: notes by their store, follow-ups by the assignee's store, clients by home store")
    {
        checkMeasures(r.of({ScopeKind::Store, QStringLiteral("store-harbour")}),
                      {{2, 4}, {2, 6}, 2, {2, 5}, {2, 5}, {0, 3}, {5, 6}, 0, {1, 2, 5, 1, 3, 1}});
        checkMeasures(r.of({ScopeKind::Store, QStringLiteral("store-north")}),
                      {{0, 2}, {0, 2}, 1, {1, 3}, {2, 4}, {1, 1}, {3, 5}, 2, {2, 0, 3, 2, 1, 0}});
    }
    SECTION("associates: notes by author, follow-ups by assignee, clients by associate")
    {
        checkMeasures(r.of({ScopeKind::Associate, QStringLiteral("staff-sam")}),
                      {{1, 2}, {1, 3}, 1, {1, 3}, {1, 3}, {0, 1}, {3, 3}, 0, {1, 1, 3, 1, 1, 1}});
        checkMeasures(r.of({ScopeKind::Associate, QStringLiteral("staff-alex")}),
                      {{1, 2}, {1, 3}, 1, {1, 2}, {1, 2}, {0, 2}, {2, 3}, 0, {0, 1, 2, 0, 2, 0}});
        checkMeasures(r.of({ScopeKind::Associate, QStringLiteral("staff-mei")}),
                      {{0, 2}, {0, 2}, 1, {1, 3}, {2, 4}, {1, 1}, {3, 5}, 2, {2, 0, 3, 2, 1, 0}});
        // A follow-up of someone no longer on the staff list counts for the organisation and for them.
        checkMeasures(r.of({ScopeKind::Associate, QStringLiteral("staff-gone")}),
                      {{0, 0}, {1, 1}, 0, {0, 0}, {0, 0}, {0, 0}, {0, 0}, 0, {0, 0, 0, 0, 0, 0}});
        // Nobody's records: zeros and no rates.
        const Measures none = r.of({ScopeKind::Associate, QStringLiteral("staff-nobody")});
        CHECK(none == Measures());
        CHECK_FALSE(none.bookHealth.rate().has_value());
    }
}

TEST_CASE("an as-of day inside the period moves now and the follow-ups that are due", "[report]")
{
    const test::ZoneGuard zone(test::reportZone());
    ReportChain chain;
    const Result<ReportBreakdown> computed = chain.compute(march(QDate(2026, 3, 15)));
    REQUIRE(computed.ok());
    const Measures &m = computed->org;
    // Now is 16 March 00:00: only P1 is 7 days old (and taught).
    CHECK(m.educationFollowThrough == Ratio{1, 1});
    // Due by the 15th and not cancelled: f1 (late), f4 (open), f6 (late), f14 (on time).
    CHECK(m.followUpsOnTime == Ratio{1, 4});
    // Open or snoozed and due before the 15th: f4 and f11.
    CHECK(m.followUpsOverdueNow == 2);
    // Every return of March is counted; only r1's next visit is before now.
    CHECK(m.cameBackAfterReturn == Ratio{1, 4});
}

TEST_CASE("the report's JSON has the documented shape, with null rates for empty denominators", "[report]")
{
    const test::ZoneGuard zone(test::reportZone());
    ReportChain chain;
    const Result<ReportBreakdown> computed = chain.compute(march());
    REQUIRE(computed.ok());
    const QJsonObject store = reportJson(march(), {ScopeKind::Store, QStringLiteral("store-north")},
                                         computed->of({ScopeKind::Store, QStringLiteral("store-north")}));
    CHECK(store.value(QStringLiteral("from")).toString() == QStringLiteral("2026-03-01"));
    CHECK(store.value(QStringLiteral("to")).toString() == QStringLiteral("2026-03-31"));
    CHECK(store.value(QStringLiteral("as_of")).toString() == QStringLiteral("2026-03-31"));
    CHECK(store.value(QStringLiteral("scope")).toObject()
          == QJsonObject{{QStringLiteral("kind"), QStringLiteral("store")}, {QStringLiteral("id"), QStringLiteral("store-north")}});
    const QJsonObject metrics = store.value(QStringLiteral("metrics")).toObject();
    CHECK(metrics.keys()
          == QStringList{QStringLiteral("book_health"), QStringLiteral("came_back_after_return"),
                         QStringLiteral("clients_added"), QStringLiteral("education_follow_through"),
                         QStringLiteral("follow_ups_on_time"), QStringLiteral("follow_ups_overdue_now"),
                         QStringLiteral("need_before_purchase"), QStringLiteral("notes_by_kind"),
                         QStringLiteral("returning_clients")});
    const QJsonObject need = metrics.value(QStringLiteral("need_before_purchase")).toObject();
    CHECK(need.value(QStringLiteral("numerator")).toInt() == 1);
    CHECK(need.value(QStringLiteral("denominator")).toInt() == 3);
    CHECK(need.value(QStringLiteral("rate")).toDouble() == Approx(1.0 / 3.0));
    CHECK(metrics.value(QStringLiteral("education_follow_through")).toObject().value(QStringLiteral("rate")).toDouble()
          == 0.0);
    CHECK(metrics.value(QStringLiteral("follow_ups_overdue_now")).toObject()
          == QJsonObject{{QStringLiteral("count"), 1}});
    CHECK(metrics.value(QStringLiteral("clients_added")).toObject() == QJsonObject{{QStringLiteral("count"), 2}});
    CHECK(metrics.value(QStringLiteral("notes_by_kind")).toObject()
          == QJsonObject{{QStringLiteral("need"), 2}, {QStringLiteral("conversation"), 0},
                         {QStringLiteral("purchase"), 3}, {QStringLiteral("education"), 2},
                         {QStringLiteral("return"), 1}, {QStringLiteral("other"), 0}});

    // The organisation's scope has no id; an empty denominator has a null rate, not 0.
    const QJsonObject nobody = reportJson(march(), {}, Measures());
    CHECK(nobody.value(QStringLiteral("scope")).toObject().value(QStringLiteral("id")).isNull());
    CHECK(nobody.value(QStringLiteral("scope")).toObject().value(QStringLiteral("kind")).toString()
          == QStringLiteral("org"));
    CHECK(nobody.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("book_health")).toObject()
              .value(QStringLiteral("rate")).isNull());
}

TEST_CASE("the breakdown CSV has a row per store and per associate, names quoted when needed", "[report]")
{
    const test::ZoneGuard zone(test::reportZone());
    ReportChain chain;
    const Result<ReportBreakdown> computed = chain.compute(march());
    REQUIRE(computed.ok());
    const QString csv = breakdownCsv(*computed,
                                     {{QStringLiteral("store-harbour"), QStringLiteral("Harbour St, Quay \"2\"")},
                                      {QStringLiteral("store-north"), QStringLiteral("Northgate")},
                                      {QStringLiteral("store-empty"), QStringLiteral("Empty")}},
                                     {{QStringLiteral("staff-sam"), QStringLiteral("Sam Lee")},
                                      {QStringLiteral("staff-alex"), QStringLiteral("Alex Kim")},
                                      {QStringLiteral("staff-mei"), QStringLiteral("Mei Chen")}});
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    // Header, 3 stores, 3 associates, then staff-gone found only in the records.
    REQUIRE(lines.size() == 8);
    CHECK(lines[0].startsWith(QStringLiteral("scope,id,name,education_follow_through_numerator,")));
    CHECK(lines[1].startsWith(QStringLiteral("store,store-harbour,\"Harbour St, Quay \"\"2\"\"\",2,4,0.5,2,6,")));
    CHECK(lines[3].startsWith(QStringLiteral("store,store-empty,Empty,0,0,,0,0,,")));
    CHECK(lines[4].startsWith(QStringLiteral("associate,staff-sam,Sam Lee,1,2,0.5,1,3,")));
    CHECK(lines[7].startsWith(QStringLiteral("associate,staff-gone,,0,0,,1,1,1,")));
}
