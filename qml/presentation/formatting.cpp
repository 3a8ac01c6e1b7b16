#include "formatting.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rapport::ui::formatting {

namespace {
/**
 * The locale's long date without the weekday and with short month names: the medium
 * date Qt has no format for. "dddd, MMMM d, yyyy" → "MMM d, yyyy";
 * "dddd, d. MMMM yyyy" → "d. MMM yyyy"; "dddd, d 'de' MMMM 'de' yyyy" → "d 'de' MMM 'de' yyyy".
 */
QString mediumDateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("d{4}[\\s,،]*"));
    format.remove(weekday);
    format.replace(QRegularExpression(QStringLiteral("M{4}")), QStringLiteral("MMM"));
    return format.trimmed();
}

QString withoutYear(QString format)
{
    // The year and what joins it to the rest: ", yyyy", " yyyy", " 'de' yyyy", "yyyy年".
    static const QRegularExpression year(QStringLiteral("[\\s,.]*(?:'[^']*'\\s*)?y+(?:'[^']*')?[\\s,.]*"));
    format.replace(year, QStringLiteral(" "));
    return format.trimmed();
}
} // namespace

QLocale displayLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

QString daysAgo(const QDateTime &when, const QDate &today)
{
    if (!when.isValid())
        return QString();
    const qint64 days = when.toLocalTime().date().daysTo(today);
    if (days <= 0)
        return QCoreApplication::translate("Formatting", "today");
    if (days == 1)
        return QCoreApplication::translate("Formatting", "yesterday");
    if (days < 60)
        return QCoreApplication::translate("Formatting", "%n days ago", nullptr, int(days));
    // Worked out before the call: lupdate 6.4 hangs on a division inside a call's arguments.
    const int months = int(days / 30);
    const int years = int(days / 365);
    if (days < 730)
        return QCoreApplication::translate("Formatting", "%n months ago", nullptr, months);
    return QCoreApplication::translate("Formatting", "%n years ago", nullptr, years);
}

QString shortDate(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return QString();
    return locale.toString(date, mediumDateFormat(locale));
}

QString dayAndMonth(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return QString();
    return locale.toString(date, withoutYear(mediumDateFormat(locale)));
}

QString timeOfDay(const QTime &time, const QLocale &locale)
{
    return time.isValid() ? locale.toString(time, QLocale::ShortFormat) : QString();
}

QString dueText(const QDate &due, const QDate &today)
{
    const qint64 days = today.daysTo(due);
    if (days < -1)
        return QCoreApplication::translate("Formatting", "Overdue by %n days", nullptr, int(-days));
    if (days == -1)
        return QCoreApplication::translate("Formatting", "Overdue since yesterday");
    if (days == 0)
        return QCoreApplication::translate("Formatting", "Due today");
    if (days == 1)
        return QCoreApplication::translate("Formatting", "Due tomorrow");
    return QCoreApplication::translate("Formatting", "Due in %n days · %1", "%1 is the due date", int(days))
        .arg(shortDate(due));
}

QString noteKindLabel(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Need: return QCoreApplication::translate("Formatting", "Need", "kind of note: what the client needs");
    case NoteKind::Conversation: return QCoreApplication::translate("Formatting", "Conversation", "kind of note");
    case NoteKind::Purchase: return QCoreApplication::translate("Formatting", "Purchase", "kind of note");
    case NoteKind::Education:
        return QCoreApplication::translate("Formatting", "Education", "kind of note: showing how to use what was bought");
    case NoteKind::Return: return QCoreApplication::translate("Formatting", "Return", "kind of note: goods brought back");
    case NoteKind::Other: return QCoreApplication::translate("Formatting", "Other", "kind of note");
    }
    return QString();
}

QString staffRoleLabel(StaffRole role)
{
    switch (role) {
    case StaffRole::Associate: return QCoreApplication::translate("Formatting", "Associate", "staff role on the shop floor");
    case StaffRole::Manager: return QCoreApplication::translate("Formatting", "Manager", "staff role");
    case StaffRole::Admin: return QCoreApplication::translate("Formatting", "Admin", "staff role: administrator");
    }
    return QString();
}

QString amountInput(std::optional<qint64> cents, const QLocale &locale)
{
    if (!cents)
        return QString();
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    return plain.toString(double(*cents) / 100.0, 'f', 2);
}

QString money(qint64 cents, const QString &currencySymbol, const QLocale &locale)
{
    return locale.toCurrencyString(double(cents) / 100.0, currencySymbol, 2);
}

QString keepInTouch(int days)
{
    if (days <= 0)
        return QCoreApplication::translate("Formatting", "Not set", "keep-in-touch interval");
    if (days == 1)
        return QCoreApplication::translate("Formatting", "Every day");
    if (days == 7)
        return QCoreApplication::translate("Formatting", "Every week");
    const int weeks = days / 7;
    if (days % 7 == 0 && days < 70)
        return QCoreApplication::translate("Formatting", "Every %n weeks", nullptr, weeks);
    return QCoreApplication::translate("Formatting", "Every %n days", nullptr, days);
}

} // namespace rapport::ui::formatting
