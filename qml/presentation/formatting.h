#pragma once

#include "core/types.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

/** Wording shared by the presentation types, so every screen says things the same way. */
namespace rapport::ui::formatting {

/** "today", "yesterday", "12 days ago", "3 months ago" relative to `today`. */
QString daysAgo(const QDateTime &when, const QDate &today = QDate::currentDate());
/** "12 Mar 2026" */
QString shortDate(const QDate &date);
/** "Overdue by 3 days", "Due today", "Due tomorrow", "Due in 5 days". */
QString dueText(const QDate &due, const QDate &today = QDate::currentDate());
/** "Need", "Purchase", ... */
QString noteKindLabel(NoteKind kind);
/** "1,234.50"; empty when there is no amount. */
QString amount(std::optional<qint64> cents);
/** "every 30 days", "not set". */
QString keepInTouch(int days);

} // namespace rapport::ui::formatting
