// The snapshot page (GET /v1/snapshot): written by the server as joined text, read by devices
// through parseSnapshotPage; one bad entry refuses the whole page.
#include "protocol/jsontext.h"
#include "protocol/snapshot.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>

#include <variant>

using namespace rapport::protocol;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

const QString Uuid = s("0191f0c2-7a3b-7c4d-8e5f-0123456789ab");
const QString Hlc = s("001764000000000-00000-0191f0c2-7a3b-7c4d-8e5f-0123456789ab");
const QString Later = s("001764000000500-00002-0191f0c2-7a3b-7c4d-8e5f-0123456789ab");

QJsonObject entry()
{
    return QJsonObject{{s("entity"), s("client")}, {s("id"), Uuid}, {s("hlc"), Hlc},
                       {s("fields"), QJsonObject{{s("given_name"), s("Ada")}, {s("phone"), s("+44 20 7946 0000")}}},
                       {s("clocks"), QJsonObject{{s("phone"), Later}}}};
}

QJsonObject page(const QJsonArray &entries, bool hasMore = false)
{
    QJsonObject o{{s("entries"), entries}, {s("cursor"), 41}, {s("has_more"), hasMore}};
    if (hasMore)
        o.insert(s("next"), s("NDEuMi4"));
    return o;
}

} // namespace

TEST_CASE("a snapshot page is written and read by one set of rules", "[protocol]")
{
    // What the server writes by joining stored text parses to the same entry.
    const QByteArray serverText = "{\"entries\":[{\"entity\":\"client\",\"id\":\"" + Uuid.toLatin1() + "\",\"hlc\":\""
        + Hlc.toLatin1() + "\",\"fields\":{\"given_name\":\"Ada\",\"phone\":\"+44 20 7946 0000\"},\"clocks\":{\"phone\":\""
        + Later.toLatin1() + "\"}}],\"cursor\":41,\"has_more\":true,\"next\":\"NDEuMi4\",\"server_time_ms\":1}";
    const auto read = parseSnapshotPage(parseJsonObject(serverText));
    REQUIRE(std::holds_alternative<SnapshotPage>(read));
    const SnapshotPage &p = std::get<SnapshotPage>(read);
    CHECK(p.cursor == s("41"));
    CHECK(p.hasMore);
    CHECK(p.next == s("NDEuMi4"));
    REQUIRE(p.entries.size() == 1);
    const SnapshotEntry &e = p.entries.first();
    CHECK(e.clockOf(s("given_name")) == Hlc);
    CHECK(e.clockOf(s("phone")) == Later);
    CHECK(e.fields.value(s("given_name")).toString() == s("Ada"));

    // toJson writes what parse reads back.
    const auto again = parseSnapshotPage(toJson(p));
    REQUIRE(std::holds_alternative<SnapshotPage>(again));
    CHECK(toJson(std::get<SnapshotPage>(again)) == toJson(p));

    // The last page: no token needed; an empty organisation has an empty list and a cursor.
    const auto last = parseSnapshotPage(page(QJsonArray{}, false));
    REQUIRE(std::holds_alternative<SnapshotPage>(last));
    CHECK_FALSE(std::get<SnapshotPage>(last).hasMore);
    CHECK_FALSE(std::get<SnapshotPage>(last).total.has_value());
    // The first page says how many records the whole snapshot holds, for the device's progress.
    QJsonObject first = page(QJsonArray{entry()}, true);
    first.insert(s("total"), 120108);
    const auto counted = parseSnapshotPage(first);
    REQUIRE(std::holds_alternative<SnapshotPage>(counted));
    CHECK(std::get<SnapshotPage>(counted).total == 120108);
    CHECK(toJson(std::get<SnapshotPage>(counted)).value(s("total")).toInteger() == 120108);
    // A field this version does not know is left for a newer app, as in a pull.
    QJsonObject newer = entry();
    newer.insert(s("fields"), QJsonObject{{s("given_name"), s("Ada")}, {s("favourite_colour"), 3}});
    newer.remove(s("clocks"));
    CHECK(std::holds_alternative<SnapshotPage>(parseSnapshotPage(page(QJsonArray{newer}))));
}

TEST_CASE("a snapshot page with one bad entry, no cursor or no token is refused whole", "[protocol]")
{
    const auto with = [](const char *key, const QJsonValue &value) {
        QJsonObject o = entry();
        if (value.isUndefined())
            o.remove(QString::fromLatin1(key));
        else
            o.insert(QString::fromLatin1(key), value);
        return o;
    };
    const QList<std::pair<const char *, QJsonValue>> badEntries{
        {"no entity", with("entity", QJsonValue::Undefined)},
        {"unknown entity", with("entity", s("invoice"))},
        {"upper-case id", with("id", Uuid.toUpper())},
        {"bad clock", with("hlc", s("yesterday"))},
        {"no fields", with("fields", QJsonValue::Undefined)},
        {"empty fields", with("fields", QJsonObject())},
        {"fields not an object", with("fields", QJsonArray{1})},
        {"wrong value type", with("fields", QJsonObject{{s("keep_in_touch_days"), s("ten")}})},
        {"clocks not an object", with("clocks", s("x"))},
        {"clock of a field not held", with("clocks", QJsonObject{{s("email"), Later}})},
        {"bad field clock", with("clocks", QJsonObject{{s("phone"), 7}})},
        {"not an object", QJsonValue(3)},
    };
    for (const auto &[what, bad] : badEntries) {
        INFO(what);
        const auto read = parseSnapshotPage(page(QJsonArray{entry(), bad}));
        REQUIRE(std::holds_alternative<WireError>(read));
        CHECK(std::get<WireError>(read).code == s("malformed_page"));
        CHECK(std::get<WireError>(read).message.contains(s("Entry 2")));
    }
    const QList<std::pair<const char *, QJsonObject>> badPages{
        {"no entries", QJsonObject{{s("cursor"), 1}, {s("has_more"), false}}},
        {"negative cursor", QJsonObject{{s("entries"), QJsonArray()}, {s("cursor"), -1}, {s("has_more"), false}}},
        {"fractional cursor", QJsonObject{{s("entries"), QJsonArray()}, {s("cursor"), 1.5}, {s("has_more"), false}}},
        {"no has_more", QJsonObject{{s("entries"), QJsonArray()}, {s("cursor"), 1}}},
        {"more without token", QJsonObject{{s("entries"), QJsonArray()}, {s("cursor"), 1}, {s("has_more"), true}}},
        {"negative total", QJsonObject{{s("entries"), QJsonArray()}, {s("cursor"), 1}, {s("has_more"), false},
                                       {s("total"), -3}}},
        {"total not a number", QJsonObject{{s("entries"), QJsonArray()}, {s("cursor"), 1}, {s("has_more"), false},
                                           {s("total"), s("many")}}},
        {"token too long", QJsonObject{{s("entries"), QJsonArray()}, {s("cursor"), 1}, {s("has_more"), true},
                                       {s("next"), QString(kMaxSnapshotTokenLength + 1, QLatin1Char('A'))}}},
    };
    for (const auto &[what, bad] : badPages) {
        INFO(what);
        CHECK(std::holds_alternative<WireError>(parseSnapshotPage(bad)));
    }
}

TEST_CASE("a page agrees with the next-page header it came with, or is refused", "[protocol]")
{
    SnapshotPage more;
    more.hasMore = true;
    more.next = s("MTIuMC4");
    SnapshotPage last;
    CHECK_FALSE(checkAnnouncedNext(more, "MTIuMC4"));
    CHECK_FALSE(checkAnnouncedNext(more, {})); // a server from before the header
    CHECK_FALSE(checkAnnouncedNext(last, {}));
    const auto other = checkAnnouncedNext(more, "MTIuMC5");
    REQUIRE(other);
    CHECK(other->code == s("malformed_page"));
    CHECK(other->message.contains(QLatin1String(kNextHeader)));
    const auto afterLast = checkAnnouncedNext(last, "MTIuMC4");
    REQUIRE(afterLast);
    CHECK(afterLast->message.contains(s("after the last one")));

    // Only a header that can be a token is asked on.
    CHECK(announcedNext("MTIuMC4") == s("MTIuMC4"));
    CHECK(announcedNext({}).isEmpty());
    CHECK(announcedNext(QByteArray(kMaxSnapshotTokenLength + 1, 'A')).isEmpty());
    CHECK(announcedNext(QByteArray(kMaxSnapshotTokenLength, 'A')).size() == kMaxSnapshotTokenLength);
}
