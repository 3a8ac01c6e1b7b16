// InputReader: dates and amounts as people type them, one row per form, in
// the locales that order day and month differently, with today fixed.
#include <catch2/catch.hpp>

#include "inputreader.h"

using rapport::ui::InputReader;

namespace {
const QDate kToday(2026, 11, 30);
const QLocale kBritish(QLocale::English, QLocale::UnitedKingdom);
const QLocale kAmerican(QLocale::English, QLocale::UnitedStates);
const QLocale kGerman(QLocale::German, QLocale::Germany);

struct DateRow
{
    const char *locale;
    const char *typed;
    const char *understood; // empty: refused
    const char *problemContains;
};

QLocale localeNamed(const char *name)
{
    const QString n = QString::fromLatin1(name);
    return n == QLatin1String("en_GB") ? kBritish : n == QLatin1String("en_US") ? kAmerican : kGerman;
}
} // namespace

TEST_CASE("dates are read as people write them, with and without a year")
{
    const DateRow rows[] = {
        {"en_GB", "12 April", "12 April, every year", ""},
        {"en_GB", "12 April 1985", "12 April 1985", ""},
        {"en_GB", "12/04/1985", "12 April 1985", ""},
        {"en_GB", "12/04", "12 April, every year", ""},
        {"en_GB", "1985-04-12", "12 April 1985", ""},
        {"en_GB", "April 12", "12 April, every year", ""},
        {"en_GB", "April 12, 1985", "12 April 1985", ""},
        {"en_GB", "12th of April", "12 April, every year", ""},
        {"en_GB", "12 apr 85", "12 April 1985", ""},
        {"en_GB", "3 Sept 2012", "3 September 2012", ""},
        {"en_GB", "29 Feb", "29 February, every year", ""},
        {"en_GB", "1/1/20", "1 January 2020", ""},
        {"en_US", "12/04/1985", "4 December 1985", ""},
        {"en_US", "4/12", "12 April, every year", ""},
        {"de_DE", "12.04.1985", "12 April 1985", ""},
        {"de_DE", "12. April", "12 April, every year", ""},
        {"de_DE", "12. März", "12 März, every year", ""},
        {"en_GB", "", "", "Type a date"},
        {"en_GB", "sometime in spring", "", "is not a date"},
        {"en_GB", "32 April", "", "April has no day 32"},
        {"en_GB", "31/04/1985", "", "April has no day 31"},
        {"en_GB", "29 Feb 1985", "", "had no 29 February"},
        {"en_GB", "12/13/1985", "", "has no month 13"},
        {"en_GB", "12 Smarch", "", "is not a date"},
        {"en_GB", "1985", "", "is not a date"},
    };
    for (const DateRow &row : rows) {
        INFO(row.locale << " \"" << row.typed << "\"");
        const auto reading = InputReader(localeNamed(row.locale), kToday).readDate(QString::fromUtf8(row.typed));
        const QString understood = QString::fromUtf8(row.understood);
        if (!understood.isEmpty()) {
            CHECK(reading.date.has_value());
            CHECK(reading.problem.isEmpty());
            CHECK(reading.understood.toStdString() == understood.toStdString());
        } else {
            CHECK_FALSE(reading.date.has_value());
            CHECK(reading.problem.contains(QString::fromUtf8(row.problemContains)));
        }
    }
}

TEST_CASE("a date the form shows is read back as the same date")
{
    const InputReader reader(kBritish, kToday);
    for (const bool yearKnown : {true, false}) {
        const QDate date(yearKnown ? 1985 : 2000, 4, 12);
        const auto back = reader.readDate(reader.dateInput(date, yearKnown));
        REQUIRE(back.date.has_value());
        CHECK(*back.date == date);
        CHECK(back.yearKnown == yearKnown);
    }
}

TEST_CASE("amounts are read as people write them and shown in the store's currency")
{
    struct Row
    {
        const char *locale;
        const char *typed;
        qint64 cents; // -1: refused
        const char *understoodOrProblem;
    };
    const Row rows[] = {
        {"en_US", "12", 1200, "$12.00"},
        {"en_US", "12.50", 1250, "$12.50"},
        {"en_US", "12,50", 1250, "$12.50"},
        {"en_US", "$12.50", 1250, "$12.50"},
        {"en_US", "12.5", 1250, "$12.50"},
        {"en_US", "1,250", 125000, "$1,250.00"},
        {"en_US", "1,250.75", 125075, "$1,250.75"},
        {"en_US", " USD 40 ", 4000, "$40.00"},
        {"de_DE", "€12,50", 1250, "12,50\u00A0€"},
        {"de_DE", "12,50 €", 1250, "12,50\u00A0€"},
        {"de_DE", "1.250", 125000, "1.250,00\u00A0€"},
        {"de_DE", "1.250,5", 125050, "1.250,50\u00A0€"},
        {"en_GB", "£3", 300, "£3.00"},
        {"en_US", "twelve", -1, "“twelve” is not an amount"},
        {"en_US", "€12,50", -1, "This store records amounts in $"},
        {"en_US", "-5", -1, "cannot be below zero"},
        {"en_US", "12.505", -1, "more than two digits"},
        {"en_US", "12 apples", -1, "is not an amount"},
    };
    for (const Row &row : rows) {
        INFO(row.locale << " \"" << row.typed << "\"");
        const auto reading = InputReader(localeNamed(row.locale), kToday).readAmount(QString::fromUtf8(row.typed));
        if (row.cents >= 0) {
            REQUIRE(reading.cents.has_value());
            CHECK(*reading.cents == row.cents);
            CHECK(reading.understood.toStdString() == QString::fromUtf8(row.understoodOrProblem).toStdString());
        } else {
            CHECK_FALSE(reading.cents.has_value());
            CHECK(reading.problem.contains(QString::fromUtf8(row.understoodOrProblem)));
        }
    }
    CHECK_FALSE(InputReader(kAmerican, kToday).readAmount(QString()).cents.has_value());
    CHECK(InputReader(kAmerican, kToday).readAmount(QString()).problem.isEmpty());
}
