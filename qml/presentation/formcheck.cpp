#include "formcheck.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace rapport::ui::formcheck {

namespace {
QString text(const QVariantMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toString().trimmed();
}

bool has(const QVariantMap &map, const char *key)
{
    return map.contains(QLatin1String(key));
}
} // namespace

QList<DateLine> readDateLines(const QString &textValue, const InputReader &reader)
{
    QList<DateLine> lines;
    const auto parts = textValue.split(QRegularExpression(QStringLiteral("[;\\n]")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        const int colon = int(part.indexOf(QLatin1Char(':')));
        const QString label = colon > 0 ? part.left(colon).trimmed() : QCoreApplication::translate("FormCheck", "Date", "label of an important date typed without one");
        lines.append({label, reader.readDate(part.mid(colon + 1))});
    }
    return lines;
}

QString problemOf(const DateLine &line)
{
    return QCoreApplication::translate("FormCheck", "%1: %2", "label of an important date, then the problem with it")
        .arg(line.label, line.reading.problem);
}

QVariantMap clientProblems(const QVariantMap &fields, const InputReader &reader)
{
    QVariantMap problems;
    const bool namesGiven = has(fields, "givenName") || has(fields, "familyName");
    if (namesGiven && text(fields, "givenName").isEmpty() && text(fields, "familyName").isEmpty())
        problems.insert(QStringLiteral("givenName"),
                        QCoreApplication::translate("FormCheck", "Type at least a first or last name so colleagues can find this client."));
    for (const DateLine &line : readDateLines(text(fields, "importantDates"), reader)) {
        if (!line.reading.date) {
            problems.insert(QStringLiteral("importantDates"), problemOf(line));
            break;
        }
    }
    return problems;
}

QVariantMap noteProblems(const QVariantMap &fields, const InputReader &reader)
{
    QVariantMap problems;
    if (has(fields, "amount")) {
        const AmountReading amount = reader.readAmount(text(fields, "amount"));
        if (!amount.problem.isEmpty())
            problems.insert(QStringLiteral("amount"), amount.problem);
    }
    bool empty = true;
    for (const char *key : {"body", "needPurpose", "needContext", "needHave", "needBudget", "items"})
        empty = empty && text(fields, key).isEmpty();
    if (empty)
        problems.insert(QStringLiteral("empty"), QCoreApplication::translate("FormCheck", "The note is empty; write what happened before saving."));
    return problems;
}

QVariantMap nameFromSearch(const QString &query)
{
    // Only letters, and the marks names carry (O'Neill, Jean-Luc, St. John):
    // a phone number, an email, a tag or a note's words stay in the search.
    static const QRegularExpression nameWord(QStringLiteral("^[\\p{L}][\\p{L}\\p{M}'’.-]*$"));
    const QStringList words = query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 4)
        return {};
    for (const QString &word : words)
        if (!nameWord.match(word).hasMatch())
            return {};
    return {{QStringLiteral("givenName"), words.first()},
            {QStringLiteral("familyName"), words.mid(1).join(QLatin1Char(' '))}};
}

} // namespace rapport::ui::formcheck
