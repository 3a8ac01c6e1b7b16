#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace rapport::ui {

/** A date as a person typed it, or why it could not be read. */
struct DateReading
{
    std::optional<QDate> date; // in the year 2000 when no year was given
    bool yearKnown = true;
    QString understood; // "12 April 1985" or "12 April, every year"
    QString problem;    // a sentence a person can act on; empty when read
};

/** An amount as a person typed it, or why it could not be read. */
struct AmountReading
{
    std::optional<qint64> cents;
    QString understood; // "$12.50" in the store's currency
    QString problem;
};

/**
 * Reads dates and amounts the way people write them on the floor ("12 April",
 * "12/04/1985", "April 12", "1985-04-12"; "12", "12,50", "$12.50") in one place,
 * with the locale (day/month order, month names, currency) and today's date
 * (two-digit years) given to it, so tests pin every form for any locale.
 */
class InputReader
{
public:
    /** `currency`: the locale whose currency the store records amounts in; `locale`'s own when not given. */
    InputReader(QLocale locale, QDate today, std::optional<QLocale> currency = std::nullopt);

    [[nodiscard]] DateReading readDate(const QString &text) const;
    [[nodiscard]] AmountReading readAmount(const QString &text) const;

    /** "12 April 1985", or "12 April, every year" without a year. */
    [[nodiscard]] QString describeDate(const QDate &date, bool yearKnown) const;
    /** How the edit form shows a date so that readDate() reads it back: "12 April 1985" / "12 April". */
    [[nodiscard]] QString dateInput(const QDate &date, bool yearKnown) const;
    /** "$12.50" in the store's currency. */
    [[nodiscard]] QString formatAmount(qint64 cents) const;

private:
    [[nodiscard]] int monthFromName(const QString &word) const;
    [[nodiscard]] bool dayBeforeMonth() const;
    [[nodiscard]] DateReading dated(int year, int month, int day, bool yearKnown, const QString &text) const;

    QLocale m_locale;
    QDate m_today;
    QLocale m_currency;
};

} // namespace rapport::ui
