#pragma once

#include "inputreader.h"

#include <QList>
#include <QString>
#include <QVariantMap>

/**
 * The rules the client form and the note editor are checked by, in one place:
 * what keeps a form from saving (by field, in words), how the important dates
 * field is read, and when the search text can become a new client's name.
 */
namespace rapport::ui::formcheck {

/** One line of the important dates field: "Birthday: 12 April" (lines or ";" separate them). */
struct DateLine
{
    QString label;
    DateReading reading;
};

[[nodiscard]] QList<DateLine> readDateLines(const QString &text, const InputReader &reader);
/** "Birthday: April has no day 32; …" */
[[nodiscard]] QString problemOf(const DateLine &line);

/** By field (givenName, importantDates): why the client form cannot be saved; empty when it can. */
[[nodiscard]] QVariantMap clientProblems(const QVariantMap &fields, const InputReader &reader);
/** By field (amount, empty): why the note cannot be saved; empty when it can. */
[[nodiscard]] QVariantMap noteProblems(const QVariantMap &fields, const InputReader &reader);
/** {givenName, familyName} when the search reads like a name; empty for digits, emails, tags. */
[[nodiscard]] QVariantMap nameFromSearch(const QString &query);

} // namespace rapport::ui::formcheck
