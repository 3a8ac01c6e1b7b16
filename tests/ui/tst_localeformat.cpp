// Dates, times and amounts follow the locale of the language in use; money keeps the store's
// currency in that locale's number format; the catalogues in the resources really load.
#include <catch2/catch.hpp>

#include "formatting.h"
#include "inputreader.h"
#include "language.h"

#include <QCoreApplication>

using namespace rapport::ui;

namespace {
const QLocale kAmerican(QLocale::English, QLocale::UnitedStates);
const QLocale kGerman(QLocale::German, QLocale::Germany);
const QLocale kSpanish(QLocale::Spanish, QLocale::Spain);
const QDate kDay(2026, 3, 12);

/** Puts back the language and locale a test changed. */
struct LanguageGuard
{
    ~LanguageGuard()
    {
        language.setOverride(QStringLiteral("en"));
        language.apply();
    }
    Language language{nullptr};
};
} // namespace

TEST_CASE("a date and an amount are written differently in German and English")
{
    CHECK(formatting::shortDate(kDay, kAmerican) == QStringLiteral("Mar 12, 2026"));
    CHECK(formatting::shortDate(kDay, kGerman) == QStringLiteral("12. März 2026"));
    CHECK(formatting::shortDate(kDay, kSpanish) == QStringLiteral("12 de mar de 2026"));
    CHECK(formatting::dayAndMonth(kDay, kAmerican) == QStringLiteral("Mar 12"));
    CHECK(formatting::dayAndMonth(kDay, kGerman) == QStringLiteral("12. März"));
    CHECK(formatting::dayAndMonth(kDay, kSpanish) == QStringLiteral("12 de mar"));
    CHECK(formatting::timeOfDay(QTime(14, 5), kAmerican) == QStringLiteral("2:05 PM"));
    CHECK(formatting::timeOfDay(QTime(14, 5), kGerman) == QStringLiteral("14:05"));

    // The store's currency stays; the figures are written the reader's way.
    CHECK(formatting::money(123450, QStringLiteral("$"), kAmerican) == QStringLiteral("$1,234.50"));
    CHECK(formatting::money(123450, QStringLiteral("$"), kGerman) == QStringLiteral("1.234,50\u00a0$"));
    CHECK(formatting::money(123450, QStringLiteral("€"), kGerman) == QStringLiteral("1.234,50\u00a0€"));
    CHECK(InputReader(kGerman, kDay, kAmerican).formatAmount(2490) == QStringLiteral("24,90\u00a0$"));
    CHECK(InputReader(kAmerican, kDay, kGerman).formatAmount(2490) == QStringLiteral("€24.90"));

    // The edit form shows an amount so that it reads back in the same locale.
    CHECK(formatting::amountInput(123450, kAmerican) == QStringLiteral("1234.50"));
    CHECK(formatting::amountInput(123450, kGerman) == QStringLiteral("1234,50"));
    CHECK(InputReader(kGerman, kDay).readAmount(formatting::amountInput(123450, kGerman)).cents == 123450);
    CHECK(InputReader(kAmerican, kDay).readAmount(formatting::amountInput(123450, kAmerican)).cents == 123450);
}

TEST_CASE("Spanish dates are read with their words")
{
    const DateReading reading = InputReader(kSpanish, QDate(2026, 11, 30)).readDate(QStringLiteral("12 de abril de 1985"));
    REQUIRE(reading.date.has_value());
    CHECK(*reading.date == QDate(1985, 4, 12));
    const DateReading german = InputReader(kGerman, QDate(2026, 11, 30)).readDate(QStringLiteral("3. Juni"));
    REQUIRE(german.date.has_value());
    CHECK(german.date->month() == 6);
    CHECK_FALSE(german.yearKnown);
}

TEST_CASE("the language follows the system unless one is chosen")
{
    CHECK(Language::resolve(QString(), QLocale(QStringLiteral("de_AT"))) == QStringLiteral("de"));
    CHECK(Language::resolve(QString(), QLocale(QStringLiteral("es_MX"))) == QStringLiteral("es"));
    CHECK(Language::resolve(QString(), QLocale(QStringLiteral("fr_FR"))) == QStringLiteral("fr"));
    CHECK(Language::resolve(QString(), QLocale(QStringLiteral("it_IT"))) == QStringLiteral("en"));
    CHECK(Language::resolve(QString(), QLocale::c()) == QStringLiteral("en"));
    CHECK(Language::resolve(QStringLiteral("es"), QLocale(QStringLiteral("de_DE"))) == QStringLiteral("es"));
    // The chosen language in the system's country when that pair exists, so its formats fit the place.
    CHECK(Language::localeFor(QStringLiteral("de"), QLocale(QStringLiteral("de_AT"))).name() == QStringLiteral("de_AT"));
    CHECK(Language::localeFor(QStringLiteral("en"), QLocale(QStringLiteral("de_DE"))).name() == QStringLiteral("en_DE"));
    CHECK(Language::localeFor(QStringLiteral("es"), QLocale(QStringLiteral("de_DE"))).name() == QStringLiteral("es_ES"));
    CHECK(Language::localeFor(QStringLiteral("en"), QLocale::c()).name() == QStringLiteral("en_US"));
}

TEST_CASE("the German, Spanish and French catalogues load from the resources and speak")
{
    LanguageGuard guard;
    guard.language.setOverride(QStringLiteral("de"));
    guard.language.apply();
    CHECK(guard.language.catalogueLoaded());
    CHECK(QLocale().name() == QStringLiteral("de_DE"));
    CHECK(formatting::dueText(QDate(2026, 3, 12), QDate(2026, 3, 12)) == QStringLiteral("Heute fällig"));
    CHECK(formatting::dueText(QDate(2026, 3, 10), QDate(2026, 3, 12)) == QStringLiteral("Seit 2 Tagen überfällig"));
    CHECK(formatting::keepInTouch(14) == QStringLiteral("Alle 2 Wochen"));
    CHECK(formatting::shortDate(kDay) == QStringLiteral("12. März 2026"));

    guard.language.setOverride(QStringLiteral("es"));
    guard.language.apply();
    CHECK(guard.language.catalogueLoaded());
    CHECK(formatting::dueText(QDate(2026, 3, 13), QDate(2026, 3, 12)) == QStringLiteral("Vence mañana"));
    CHECK(formatting::daysAgo(QDateTime(QDate(2026, 3, 11), QTime(12, 0)), QDate(2026, 3, 12)) == QStringLiteral("ayer"));

    guard.language.setOverride(QStringLiteral("fr"));
    guard.language.apply();
    CHECK(guard.language.catalogueLoaded());
    CHECK(formatting::dueText(QDate(2026, 3, 10), QDate(2026, 3, 12)) == QStringLiteral("En retard de 2 jours"));
    CHECK(formatting::shortDate(kDay) == QStringLiteral("12 mars 2026"));

    // A language without a catalogue keeps the English words but takes its direction.
    guard.language.setOverride(QStringLiteral("ar"));
    guard.language.apply();
    CHECK_FALSE(guard.language.catalogueLoaded());
    CHECK(guard.language.rightToLeft());
    CHECK(formatting::dueText(QDate(2026, 3, 12), QDate(2026, 3, 12)) == QStringLiteral("Due today"));
}
