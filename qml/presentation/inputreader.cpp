#include "inputreader.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace rapport::ui {

namespace {
QString dateExample()
{
    return QCoreApplication::translate("InputReader", "type it like 12 April 1985, or 12 April for every year");
}

/** Two-digit years: the most recent year ending so that is not after today (85 → 1985, 12 → 2012). */
int fullYear(int year, int digits, const QDate &today)
{
    if (digits > 2)
        return year;
    const int century = today.year() / 100 * 100;
    return century + year <= today.year() ? century + year : century - 100 + year;
}

QString withoutOrdinal(QString word)
{
    static const QRegularExpression ordinal(QStringLiteral("^(\\d{1,2})(st|nd|rd|th)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = ordinal.match(word);
    return match.hasMatch() ? match.captured(1) : word;
}
} // namespace

InputReader::InputReader(QLocale locale, QDate today, std::optional<QLocale> currency)
    : m_locale(std::move(locale)), m_today(today), m_currency(currency.value_or(m_locale))
{
}

bool InputReader::dayBeforeMonth() const
{
    const QString format = m_locale.dateFormat(QLocale::ShortFormat);
    const int day = format.indexOf(QLatin1Char('d'));
    const int month = format.indexOf(QLatin1Char('M'));
    return day < 0 || month < 0 || day < month;
}

int InputReader::monthFromName(const QString &word) const
{
    const QString wanted = word.toLower();
    if (wanted.size() < 3)
        return 0;
    // The locale's names first, then English, which many stores use whatever the tablet says.
    for (const QLocale &locale : {m_locale, QLocale(QLocale::English)}) {
        for (int month = 1; month <= 12; ++month) {
            for (const QString &name : {locale.monthName(month, QLocale::LongFormat),
                                        locale.standaloneMonthName(month, QLocale::LongFormat)}) {
                const QString lower = name.toLower();
                if (lower == wanted || (lower.startsWith(wanted)))
                    return month;
            }
            const QString shortName = locale.monthName(month, QLocale::ShortFormat).toLower();
            if (shortName.endsWith(QLatin1Char('.')) ? shortName.chopped(1) == wanted : shortName == wanted)
                return month;
        }
    }
    return 0;
}

DateReading InputReader::dated(int year, int month, int day, bool yearKnown, const QString &text) const
{
    DateReading reading;
    if (month < 1 || month > 12) {
        reading.problem = QCoreApplication::translate("InputReader", "“%1” has no month %2; %3.").arg(text).arg(month).arg(dateExample());
        return reading;
    }
    const QDate date(yearKnown ? year : 2000, month, day);
    if (!date.isValid()) {
        const QString monthName = m_locale.standaloneMonthName(month, QLocale::LongFormat);
        reading.problem = yearKnown && QDate(2000, month, day).isValid()
            ? QCoreApplication::translate("InputReader", "%1 %2 had no %3 %1; check the day and the year.",
                                          "%1 month name, %2 year, %3 day: February 2023 had no 29 February")
                  .arg(monthName).arg(year).arg(day)
            : QCoreApplication::translate("InputReader", "%1 has no day %2; check the day and the month.",
                                          "%1 month name, %2 day")
                  .arg(monthName).arg(day);
        return reading;
    }
    reading.date = date;
    reading.yearKnown = yearKnown;
    reading.understood = describeDate(date, yearKnown);
    return reading;
}

DateReading InputReader::readDate(const QString &input) const
{
    const QString text = input.simplified();
    if (text.isEmpty())
        return DateReading{std::nullopt, true, QString(), QCoreApplication::translate("InputReader", "Type a date; %1.").arg(dateExample())};

    // 1985-04-12 (and 1985/4/12): year first is never ambiguous.
    static const QRegularExpression yearFirst(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    if (const auto m = yearFirst.match(text); m.hasMatch())
        return dated(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), true, text);

    // 12/04/1985, 12.04.85, 12/04: day and month in the locale's order.
    static const QRegularExpression numeric(QStringLiteral("^(\\d{1,2})[-/.](\\d{1,2})(?:[-/.](\\d{2}|\\d{4}))?\\.?$"));
    if (const auto m = numeric.match(text); m.hasMatch()) {
        const int first = m.captured(1).toInt();
        const int second = m.captured(2).toInt();
        const bool hasYear = m.hasCaptured(3) && !m.captured(3).isEmpty();
        const int year = hasYear ? fullYear(m.captured(3).toInt(), int(m.captured(3).size()), m_today) : 0;
        return dayBeforeMonth() ? dated(year, second, first, hasYear, text) : dated(year, first, second, hasYear, text);
    }

    // 12 April, April 12, 12th of April 1985, April 12, 1985, 12. April.
    const QStringList words = text.split(QRegularExpression(QStringLiteral("[\\s,./-]+")), Qt::SkipEmptyParts);
    int month = 0;
    QList<QString> numbers;
    for (const QString &raw : words) {
        const QString word = withoutOrdinal(raw);
        bool isNumber = false;
        word.toInt(&isNumber);
        if (isNumber) {
            numbers.append(word);
        } else if (const int named = monthFromName(word); named > 0 && month == 0) {
            month = named;
        } else if (!QStringList{QStringLiteral("of"), QStringLiteral("de"), QStringLiteral("del")}.contains(
                       word, Qt::CaseInsensitive)) { // 12th of April, 12 de abril de 1985
            month = -1; // a word that is not a month: not a date
            break;
        }
    }
    if (month > 0 && !numbers.isEmpty() && numbers.size() <= 2) {
        QString day = numbers.first();
        QString year = numbers.size() == 2 ? numbers.last() : QString();
        if (day.size() == 4 && !year.isEmpty())
            std::swap(day, year); // 1985 April 12
        if (day.size() <= 2 && (year.isEmpty() || year.size() == 2 || year.size() == 4)) {
            const int fullYearValue = year.isEmpty() ? 0 : fullYear(year.toInt(), int(year.size()), m_today);
            return dated(fullYearValue, month, day.toInt(), !year.isEmpty(), text);
        }
    }
    return DateReading{std::nullopt, true, QString(),
                       QCoreApplication::translate("InputReader", "“%1” is not a date this app can read; %2.").arg(text, dateExample())};
}

QString InputReader::describeDate(const QDate &date, bool yearKnown) const
{
    if (!date.isValid())
        return QString();
    return yearKnown ? m_locale.toString(date, QStringLiteral("d MMMM yyyy"))
                     : QCoreApplication::translate("InputReader", "%1, every year", "a date without a year")
                           .arg(m_locale.toString(date, QStringLiteral("d MMMM")));
}

QString InputReader::dateInput(const QDate &date, bool yearKnown) const
{
    if (!date.isValid())
        return QString();
    return m_locale.toString(date, yearKnown ? QStringLiteral("d MMMM yyyy") : QStringLiteral("d MMMM"));
}

QString InputReader::formatAmount(qint64 cents) const
{
    // The store's currency, written the way the person's locale writes numbers.
    return m_locale.toCurrencyString(double(cents) / 100.0, m_currency.currencySymbol(QLocale::CurrencySymbol), 2);
}

AmountReading InputReader::readAmount(const QString &input) const
{
    AmountReading reading;
    QString text = input.trimmed();
    if (text.isEmpty())
        return reading;
    const QString symbol = m_currency.currencySymbol(QLocale::CurrencySymbol);
    const QString isoCode = m_currency.currencySymbol(QLocale::CurrencyIsoCode);
    for (const QString &mark : {symbol, isoCode}) {
        if (mark.isEmpty())
            continue;
        if (text.startsWith(mark, Qt::CaseInsensitive))
            text = text.mid(mark.size());
        else if (text.endsWith(mark, Qt::CaseInsensitive))
            text.chop(mark.size());
    }
    text.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}']")));

    static const QRegularExpression otherCurrency(QStringLiteral("\\p{Sc}"));
    if (const auto m = otherCurrency.match(text); m.hasMatch()) {
        reading.problem = QCoreApplication::translate("InputReader", "This store records amounts in %1; type the amount in %1 without “%2”.")
                              .arg(symbol.isEmpty() ? isoCode : symbol, m.captured(0));
        return reading;
    }
    if (text.startsWith(QLatin1Char('-'))) {
        reading.problem = QCoreApplication::translate("InputReader", "An amount cannot be below zero; for money given back, write a Return note.");
        return reading;
    }
    static const QRegularExpression figures(QStringLiteral("^\\d[\\d.,]*$"));
    if (!figures.match(text).hasMatch()) {
        reading.problem = QCoreApplication::translate("InputReader", "“%1” is not an amount; type it in figures, like 12.50.").arg(input.trimmed());
        return reading;
    }

    // Which mark is the decimal one: the last of two kinds; alone, a single mark
    // before one or two digits (12,50 and 12.5 everywhere), and a mark before
    // exactly three digits only when it is not the locale's thousands mark.
    const int lastDot = int(text.lastIndexOf(QLatin1Char('.')));
    const int lastComma = int(text.lastIndexOf(QLatin1Char(',')));
    int decimalAt = -1;
    if (lastDot >= 0 && lastComma >= 0) {
        decimalAt = std::max(lastDot, lastComma);
    } else if (lastDot >= 0 || lastComma >= 0) {
        const QChar mark = lastDot >= 0 ? QLatin1Char('.') : QLatin1Char(',');
        const int at = std::max(lastDot, lastComma);
        const int after = int(text.size()) - at - 1;
        const bool grouping = text.count(mark) > 1 || (after == 3 && m_locale.groupSeparator() == QString(mark));
        if (!grouping)
            decimalAt = at;
    }
    QString whole = decimalAt >= 0 ? text.left(decimalAt) : text;
    const QString fraction = decimalAt >= 0 ? text.mid(decimalAt + 1) : QString();
    whole.remove(QLatin1Char('.'));
    whole.remove(QLatin1Char(','));
    if (fraction.size() > 2 || fraction.contains(QLatin1Char('.')) || fraction.contains(QLatin1Char(','))) {
        reading.problem = QCoreApplication::translate("InputReader", "“%1” has more than two digits after the decimal mark; type it like 12.50.")
                              .arg(input.trimmed());
        return reading;
    }
    if (whole.size() > 12) {
        reading.problem = QCoreApplication::translate("InputReader", "“%1” is too large to be an amount.").arg(input.trimmed());
        return reading;
    }
    const qint64 cents = (whole.isEmpty() ? 0 : whole.toLongLong()) * 100
        + (fraction.isEmpty() ? 0 : fraction.leftJustified(2, QLatin1Char('0')).toLongLong());
    reading.cents = cents;
    reading.understood = formatAmount(cents);
    return reading;
}

} // namespace rapport::ui
