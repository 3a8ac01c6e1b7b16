#pragma once

#include "core/types.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

/**
 * Wording and formats shared by the presentation types, so every screen says things the
 * same way. Words are translatable (context "Formatting"); dates, times and numbers follow
 * the locale the app runs in (QLocale(), set by Language), and money keeps the store's
 * currency in that locale's number format.
 */
namespace rapport::ui::formatting {

/** The locale to format with: QLocale(), or American English when nothing is set (the C locale). */
QLocale displayLocale();

/** "today", "yesterday", "12 days ago", "3 months ago" relative to `today`. */
QString daysAgo(const QDateTime &when, const QDate &today = QDate::currentDate());
/** A date with its month in words: "Mar 12, 2026" (en_US), "12. März 2026" (de), "12 mar 2026" (es). */
QString shortDate(const QDate &date, const QLocale &locale = displayLocale());
/** The same without the year, for dates that come back every year: "Mar 12", "12. März". */
QString dayAndMonth(const QDate &date, const QLocale &locale = displayLocale());
/** "14:05" or "2:05 PM", as the locale writes a time of day. */
QString timeOfDay(const QTime &time, const QLocale &locale = displayLocale());
/** "Overdue by 3 days", "Due today", "Due tomorrow", "Due in 5 days · <date>". */
QString dueText(const QDate &due, const QDate &today = QDate::currentDate());
/** "Need", "Purchase", ... */
QString noteKindLabel(NoteKind kind);
/** "Associate", "Manager", "Administrator". */
QString staffRoleLabel(StaffRole role);
/** An amount as the edit form shows it so it reads back: "1234.50" (en), "1234,50" (de); empty when none. */
QString amountInput(std::optional<qint64> cents, const QLocale &locale = displayLocale());
/** "$1,234.50" (en_US), "1.234,50 $" (de) with the store's `currencySymbol`. */
QString money(qint64 cents, const QString &currencySymbol, const QLocale &locale = displayLocale());
/** "Every 30 days", "Every 2 weeks", "Not set". */
QString keepInTouch(int days);

} // namespace rapport::ui::formatting
