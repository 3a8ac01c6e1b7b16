#pragma once

#include <QString>
#include <QStringList>

namespace rapport {

/**
 * A name or a typed query as search compares names: its runs of letters and
 * digits, without accents, with ł, ø, ß, æ, œ, þ, đ written plainly and in
 * lower case, joined by single spaces ("Łukasz  O'Brien" -> "lukasz o brien").
 * Stored per client as `client.name_key`, so "the name is the query" and "the
 * name starts with the query" are index look-ups.
 */
QString nameKey(const QString &text);

/** The key of a client's name as shown: given name, then family name. */
QString nameKey(const QString &givenName, const QString &familyName);

/** The words of nameKey(text). */
QStringList nameKeyWords(const QString &text);

} // namespace rapport
