// The form rules: which search text becomes a new client's name, and what
// keeps the client form and the note editor from saving, by field.
#include <catch2/catch.hpp>

#include "formcheck.h"

using namespace rapport::ui;

namespace {
const InputReader kReader(QLocale(QLocale::English, QLocale::UnitedKingdom), QDate(2026, 11, 30));

QVariantMap map(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    QVariantMap out;
    for (const auto &[key, value] : pairs)
        out.insert(QString::fromLatin1(key), QString::fromUtf8(value));
    return out;
}
} // namespace

TEST_CASE("only search text that reads like a name becomes the new client's name")
{
    struct Row
    {
        const char *search;
        const char *given; // nullptr: nothing taken
        const char *family;
    };
    const Row rows[] = {
        {"Anna", "Anna", ""},
        {"anna fischer", "anna", "fischer"},
        {"Jean-Luc O'Neill", "Jean-Luc", "O'Neill"},
        {"Zoë  Łukasz", "Zoë", "Łukasz"},
        {"555 0176", nullptr, nullptr},
        {"Fischer 0176", nullptr, nullptr},
        {"anna@example.com", nullptr, nullptr},
        {"#vip", nullptr, nullptr},
        {"vip, trade", nullptr, nullptr},
        {"", nullptr, nullptr},
        {"wants a drill for brick walls", nullptr, nullptr},
    };
    for (const Row &row : rows) {
        INFO("\"" << row.search << "\"");
        const QVariantMap name = formcheck::nameFromSearch(QString::fromUtf8(row.search));
        if (!row.given) {
            CHECK(name.isEmpty());
            continue;
        }
        CHECK(name.value(QStringLiteral("givenName")).toString() == QString::fromUtf8(row.given));
        CHECK(name.value(QStringLiteral("familyName")).toString() == QString::fromUtf8(row.family));
    }
}

TEST_CASE("the client form says by field what keeps it from saving")
{
    CHECK(formcheck::clientProblems(map({{"givenName", "Anna"}, {"importantDates", "Birthday: 12 April"}}), kReader).isEmpty());
    const QVariantMap noName = formcheck::clientProblems(map({{"givenName", " "}, {"familyName", ""}}), kReader);
    CHECK(noName.value(QStringLiteral("givenName")).toString().startsWith(QStringLiteral("Type at least a first or last name")));
    // A partial update that does not touch the names is not asked for one.
    CHECK(formcheck::clientProblems(map({{"phone", "555"}}), kReader).isEmpty());
    const QVariantMap badDate = formcheck::clientProblems(
        map({{"givenName", "Anna"}, {"importantDates", "Birthday: 12 April\nShop day: 32 April"}}), kReader);
    CHECK(badDate.value(QStringLiteral("importantDates")).toString().startsWith(QStringLiteral("Shop day: April has no day 32")));
}

TEST_CASE("the note editor says by field what keeps it from saving")
{
    CHECK(formcheck::noteProblems(map({{"body", "Talked"}}), kReader).isEmpty());
    CHECK(formcheck::noteProblems(map({{"body", " "}}), kReader).contains(QStringLiteral("empty")));
    const QVariantMap amount = formcheck::noteProblems(map({{"items", "Drill"}, {"amount", "twelve"}}), kReader);
    CHECK(amount.value(QStringLiteral("amount")).toString().contains(QStringLiteral("not an amount")));
    CHECK_FALSE(amount.contains(QStringLiteral("empty")));
    CHECK(formcheck::noteProblems(map({{"items", "Drill"}, {"amount", "£12,50"}}), kReader).isEmpty());
}
