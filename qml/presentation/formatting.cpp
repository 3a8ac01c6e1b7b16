#include "formatting.h"

#include <QLocale>

namespace rapport::ui::formatting {

QString daysAgo(const QDateTime &when, const QDate &today)
{
    if (!when.isValid())
        return QString();
    const qint64 days = when.toLocalTime().date().daysTo(today);
    if (days <= 0)
        return QStringLiteral("today");
    if (days == 1)
        return QStringLiteral("yesterday");
    if (days < 60)
        return QStringLiteral("%1 days ago").arg(days);
    if (days < 730)
        return QStringLiteral("%1 months ago").arg(days / 30);
    return QStringLiteral("%1 years ago").arg(days / 365);
}

QString shortDate(const QDate &date)
{
    if (!date.isValid())
        return QString();
    return QLocale(QLocale::English).toString(date, QStringLiteral("d MMM yyyy"));
}

QString dueText(const QDate &due, const QDate &today)
{
    const qint64 days = today.daysTo(due);
    if (days < -1)
        return QStringLiteral("Overdue by %1 days").arg(-days);
    if (days == -1)
        return QStringLiteral("Overdue since yesterday");
    if (days == 0)
        return QStringLiteral("Due today");
    if (days == 1)
        return QStringLiteral("Due tomorrow");
    return QStringLiteral("Due in %1 days · %2").arg(days).arg(shortDate(due));
}

QString noteKindLabel(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Need: return QStringLiteral("Need");
    case NoteKind::Conversation: return QStringLiteral("Conversation");
    case NoteKind::Purchase: return QStringLiteral("Purchase");
    case NoteKind::Education: return QStringLiteral("Education");
    case NoteKind::Return: return QStringLiteral("Return");
    case NoteKind::Other: return QStringLiteral("Other");
    }
    return QString();
}

QString amount(std::optional<qint64> cents)
{
    if (!cents)
        return QString();
    return QLocale(QLocale::English).toString(double(*cents) / 100.0, 'f', 2);
}

QString keepInTouch(int days)
{
    if (days <= 0)
        return QStringLiteral("Not set");
    if (days % 7 == 0 && days < 70)
        return days == 7 ? QStringLiteral("Every week") : QStringLiteral("Every %1 weeks").arg(days / 7);
    return QStringLiteral("Every %1 days").arg(days);
}

} // namespace rapport::ui::formatting
