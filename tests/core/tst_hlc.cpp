#include "hlc.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSet>

using namespace rapport;
using rapport::test::TestNotebook;

TEST_CASE("clock text has the documented fixed-width form and parses back", "[hlc]")
{
    const HlcStamp stamp{1764000000000, 7, QStringLiteral("0191f0c2-aaaa-7bbb-8ccc-000000000001")};
    CHECK(stamp.toString() == QStringLiteral("001764000000000-00007-0191f0c2-aaaa-7bbb-8ccc-000000000001"));
    const auto parsed = HlcStamp::parse(stamp.toString());
    REQUIRE(parsed);
    CHECK(*parsed == stamp);
    CHECK_FALSE(HlcStamp::parse(QStringLiteral("garbage")));
    CHECK_FALSE(HlcStamp::parse(QStringLiteral("00176400000000x-00007-dev")));
}

TEST_CASE("text order of clocks equals (wall, counter, device) order", "[hlc]")
{
    const QList<HlcStamp> stamps{
        {5, 0, QStringLiteral("b")}, {5, 1, QStringLiteral("a")}, {40, 0, QStringLiteral("a")},
        {5, 0, QStringLiteral("a")}, {100000, 99999, QStringLiteral("a")}, {99999, 3, QStringLiteral("z")}};
    for (const HlcStamp &x : stamps) {
        for (const HlcStamp &y : stamps)
            CHECK((x < y) == (x.toString() < y.toString()));
    }
}

TEST_CASE("the clock never goes backwards, even when the wall clock does", "[hlc]")
{
    qint64 wall = 1'764'000'000'000;
    TestNotebook t([&wall] { return wall; });
    QSqlDatabase db = t.nb().database().connection();
    Hlc &clock = t.nb().clock();

    HlcStamp previous = clock.tick(db);
    CHECK(previous.wallMs == wall);
    CHECK(previous.deviceId == t.nb().deviceId());
    const QList<qint64> walls{wall, wall + 5, wall - 3'600'000, wall - 3'600'000, wall + 10, wall - 1};
    for (qint64 w : walls) {
        wall = w;
        const HlcStamp next = clock.tick(db);
        CHECK(previous < next);
        CHECK(previous.toString() < next.toString());
        previous = next;
    }
    // A stuck wall clock still gives distinct, increasing values (counter).
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const HlcStamp next = clock.tick(db);
        REQUIRE(previous < next);
        seen.insert(next.toString());
        previous = next;
    }
    CHECK(seen.size() == 1000);
}

TEST_CASE("observing a remote clock moves the next local value past it", "[hlc]")
{
    qint64 wall = 1'764'000'000'000;
    TestNotebook t([&wall] { return wall; });
    QSqlDatabase db = t.nb().database().connection();
    Hlc &clock = t.nb().clock();
    const HlcStamp remote{wall + 60'000, 42, QStringLiteral("zzzz-remote")};
    clock.observe(remote, db);
    const HlcStamp next = clock.tick(db);
    CHECK(remote < next);
    CHECK(remote.toString() < next.toString());
    CHECK(next.deviceId == t.nb().deviceId());

    // An older remote clock changes nothing.
    const HlcStamp before = clock.last();
    clock.observe(HlcStamp{wall - 1000, 0, QStringLiteral("old")}, db);
    CHECK(clock.last() == before);
}

TEST_CASE("the clock persists across reopening, whatever the wall clock says", "[hlc]")
{
    QTemporaryDir dir;
    qint64 wall = 1'764'000'000'000;
    HlcStamp last;
    QString deviceId;
    {
        auto opened = Notebook::open(dir.path(), [&wall] { return wall; });
        REQUIRE(opened.ok());
        Notebook &nb = *opened.value();
        deviceId = nb.deviceId();
        QSqlDatabase db = nb.database().connection();
        for (int i = 0; i < 5; ++i)
            last = nb.clock().tick(db);
    }
    wall -= 86'400'000; // the tablet's clock was reset a day back
    auto reopened = Notebook::open(dir.path(), [&wall] { return wall; });
    REQUIRE(reopened.ok());
    Notebook &nb = *reopened.value();
    CHECK(nb.deviceId() == deviceId);
    CHECK(nb.clock().last() == last);
    const HlcStamp next = nb.clock().tick(nb.database().connection());
    CHECK(last < next);
}

TEST_CASE("UUIDv7 ids have the RFC 9562 layout and a current timestamp", "[hlc]")
{
    static const QRegularExpression shape(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QSet<QString> ids;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 2000; ++i) {
        const QString id = newUuidV7();
        REQUIRE(shape.match(id).hasMatch());
        ids.insert(id);
    }
    CHECK(ids.size() == 2000);
    const QString id = newUuidV7();
    const qint64 ms = QString(id).remove(QLatin1Char('-')).left(12).toLongLong(nullptr, 16);
    CHECK(ms >= before);
    CHECK(ms <= QDateTime::currentMSecsSinceEpoch());
}
