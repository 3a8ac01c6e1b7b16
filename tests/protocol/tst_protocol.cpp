// The wire rules both ends run: formats anchored as a whole, text that round-trips byte
// for byte, numbers that are whole or refused.
#include "protocol/jsontext.h"
#include "protocol/schema.h"
#include "protocol/wire.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>

#include <variant>

using namespace rapport::protocol;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

const QString Uuid = s("0191f0c2-7a3b-7c4d-8e5f-0123456789ab");
const QString Hlc = s("001764000000000-00000-0191f0c2-7a3b-7c4d-8e5f-0123456789ab");

QJsonObject noteMutation(const QJsonObject &fields, const QString &id = Uuid, const QString &hlc = Hlc)
{
    return QJsonObject{{s("mid"), 1}, {s("entity"), s("note")}, {s("id"), id},
                       {s("op"), s("upsert")}, {s("hlc"), hlc}, {s("fields"), fields}};
}

bool accepted(const QJsonObject &mutation)
{
    return std::holds_alternative<Mutation>(parseMutation(mutation));
}

} // namespace

TEST_CASE("ids and clocks are matched as a whole: a trailing newline is refused", "[protocol]")
{
    struct Row { QString text; bool uuid; bool hlc; };
    const Row rows[] = {
        {Uuid, true, false},
        {Uuid + s("\n"), false, false},
        {s("\n") + Uuid, false, false},
        {Uuid.toUpper(), false, false},
        {Uuid + s(" "), false, false},
        {Hlc, false, true},
        {Hlc + s("\n"), false, false},
        {Hlc + s("\r\n"), false, false},
        {s("1") + Hlc, false, false},
        {QString(), false, false},
    };
    for (const Row &row : rows) {
        INFO(row.text.toStdString());
        CHECK(isUuid(row.text) == row.uuid);
        CHECK(isHlc(row.text) == row.hlc);
    }
    CHECK_FALSE(accepted(noteMutation({}, Uuid + s("\n"))));
    CHECK_FALSE(accepted(noteMutation({}, Uuid, Hlc + s("\n"))));
    CHECK(accepted(noteMutation({})));
}

TEST_CASE("text with a BOM, NUL, combining and bidi marks round-trips byte for byte", "[protocol]")
{
    const QString texts[] = {
        QString(QChar(0xFEFF)) + s("starts with a byte order mark"),
        s("middle ") + QChar(0xFEFF) + s(" and end") + QChar(0xFEFF),
        QString(QChar(0xFEFF)),
        s("nul") + QChar(0) + s("inside"),
        s("e") + QChar(0x0301) + s(" combining acute"),
        QChar(0x200F) + s("שלום") + QChar(0x200E) + s(" rtl and ltr marks"),
        s("emoji 🔩 and tab\tand newline\n"),
    };
    for (const QString &text : texts) {
        INFO(text.toUtf8().toHex().toStdString());
        const QJsonObject original{{s("body"), text}};
        const QByteArray json = toJsonText(original);
        const QJsonObject back = parseJsonObject(json);
        CHECK(back.value(s("body")).toString() == text);
        // Through a whole push body the same way the server reads it.
        const QByteArray push = toJsonText(QJsonObject{{s("mutations"), QJsonArray{noteMutation(original)}}});
        const auto parsed = parsePushRequest(push);
        REQUIRE(std::holds_alternative<QList<Mutation>>(parsed));
        CHECK(std::get<QList<Mutation>>(parsed).first().fields.value(s("body")).toString() == text);
        // A raw (unescaped) BOM inside a string, as other JSON writers send it, is kept too.
        QByteArray raw = json;
        raw.replace("\\ufeff", "\xEF\xBB\xBF");
        CHECK(parseJsonObject(raw).value(s("body")).toString() == text);
    }
    const QByteArray utf8 = (QString(QChar(0xFEFF)) + s("x")).toUtf8();
    CHECK(fromUtf8Exact(utf8.constData(), utf8.size()).size() == 2);
    // A byte order mark before the document itself is an encoding mark, not content.
    CHECK(parseJsonObject(QByteArray("\xEF\xBB\xBF{\"a\":\"b\"}")).value(s("a")).toString() == s("b"));
    CHECK_FALSE(parseJsonText(QByteArray("{\"a\":")).has_value());
}

TEST_CASE("a lone surrogate is refused before anything is stored", "[protocol]")
{
    const QString lone = s("half ") + QChar(0xD83D) + s(" of a pair");
    CHECK(checkFieldValue(s("note"), s("body"), lone).has_value());
    CHECK_FALSE(accepted(noteMutation({{s("body"), lone}})));
    // Escaped in JSON text, as an attacker would send it.
    const auto parsed = parsePushRequest(QByteArray(
        "{\"mutations\":[{\"mid\":1,\"entity\":\"note\",\"id\":\"0191f0c2-7a3b-7c4d-8e5f-0123456789ab\","
        "\"op\":\"upsert\",\"hlc\":\"001764000000000-00000-0191f0c2-7a3b-7c4d-8e5f-0123456789ab\","
        "\"fields\":{\"body\":\"\\udc00x\"}}]}"));
    REQUIRE(std::holds_alternative<WireError>(parsed));
    CHECK(std::get<WireError>(parsed).code == s("invalid_mutation"));
    CHECK_FALSE(checkFieldValue(s("note"), s("body"), s("a full pair 🔩")).has_value());
}

TEST_CASE("integer fields take whole numbers only, never truncated", "[protocol]")
{
    struct Row { QJsonValue value; bool ok; };
    const Row rows[] = {
        {QJsonValue(1250), true},
        {QJsonValue(0), true},
        {QJsonValue(-3), true},
        {QJsonValue(12.5), false},
        {QJsonValue(1e300), false},
        {QJsonValue(9007199254740992.0), true},
        {QJsonValue(-9223372036854775808.0), true},
        {QJsonValue(9223372036854775808.0), false},
        {QJsonValue(18446744073709551616.0), false},
        {QJsonValue(s("12")), false},
        {QJsonValue(true), false},
        {QJsonValue(QJsonValue::Null), true},
    };
    for (const Row &row : rows) {
        INFO(row.value.toVariant().toString().toStdString());
        CHECK(!checkFieldValue(s("note"), s("amount_cents"), row.value).has_value() == row.ok);
    }
    CHECK_FALSE(accepted(QJsonObject{{s("mid"), 1.5}, {s("entity"), s("note")}, {s("id"), Uuid},
                                     {s("op"), s("upsert")}, {s("hlc"), Hlc}}));
}

TEST_CASE("a pulled change is checked by the same rules", "[protocol]")
{
    const QJsonObject good{{s("cursor"), 7}, {s("entity"), s("note")}, {s("id"), Uuid}, {s("op"), s("upsert")},
                           {s("hlc"), Hlc}, {s("fields"), QJsonObject{{s("amount_cents"), 1250}}}};
    REQUIRE(changeFromJson(good).has_value());
    CHECK(changeFromJson(good)->fields.value(s("amount_cents")).toInt() == 1250);

    QJsonObject fractional = good;
    fractional.insert(s("fields"), QJsonObject{{s("amount_cents"), 12.5}});
    CHECK_FALSE(changeFromJson(fractional).has_value());

    QJsonObject newerField = good;
    newerField.insert(s("fields"), QJsonObject{{s("a_field_from_a_newer_server"), 1}});
    CHECK(changeFromJson(newerField).has_value());

    QJsonObject badCursor = good;
    badCursor.insert(s("cursor"), 7.5);
    CHECK_FALSE(changeFromJson(badCursor).has_value());

    QJsonObject badId = good;
    badId.insert(s("id"), Uuid + s("\n"));
    CHECK_FALSE(changeFromJson(badId).has_value());
}

TEST_CASE("a pull page is written and read by one set of rules", "[protocol]")
{
    PullPage page;
    Change change;
    change.cursor = 41;
    change.entity = s("client");
    change.id = Uuid;
    change.op = s("upsert");
    change.hlc = Hlc;
    change.fields = QJsonObject{{s("given_name"), s("Ada")}};
    page.changes.append(change);
    page.cursor = s("41");
    page.hasMore = true;

    // The server's form, byte for byte: keys in order, the cursor a number.
    const QByteArray text = toJsonText(toJson(page));
    CHECK(text.startsWith("{\"changes\":[{\"cursor\":41,\"entity\":\"client\","));
    CHECK(text.endsWith("\"cursor\":41,\"has_more\":true}"));

    const auto read = parsePullPage(parseJsonObject(text));
    REQUIRE(std::holds_alternative<PullPage>(read));
    const PullPage &back = std::get<PullPage>(read);
    CHECK(back.cursor == s("41"));
    CHECK(back.hasMore);
    REQUIRE(back.changes.size() == 1);
    CHECK(back.changes.first().fields == change.fields);
    CHECK(toJsonText(toJson(back)) == text);

    // An empty page keeps the cursor it was asked from; a cursor sent as text stays opaque.
    const auto empty = parsePullPage(QJsonObject{{s("changes"), QJsonArray()}, {s("cursor"), s("abc")}});
    REQUIRE(std::holds_alternative<PullPage>(empty));
    CHECK(std::get<PullPage>(empty).cursor == s("abc"));
    CHECK_FALSE(std::get<PullPage>(empty).hasMore);

    // One bad change, or no usable cursor, refuses the whole page.
    QJsonObject bad = toJson(page);
    QJsonArray changes = bad.value(s("changes")).toArray();
    QJsonObject broken = changes.first().toObject();
    broken.insert(s("id"), s("not-a-uuid"));
    changes.append(broken);
    bad.insert(s("changes"), changes);
    CHECK(std::holds_alternative<WireError>(parsePullPage(bad)));
    for (const QJsonValue &cursor : {QJsonValue(-1), QJsonValue(1.5), QJsonValue(), QJsonValue(true)}) {
        QJsonObject noCursor = toJson(page);
        noCursor.insert(s("cursor"), cursor);
        CHECK(std::holds_alternative<WireError>(parsePullPage(noCursor)));
    }
    CHECK(std::holds_alternative<WireError>(parsePullPage(QJsonObject{{s("changes"), 3}, {s("cursor"), 1}})));
}
