#include "namekey.h"

#include "changerecorder.h"

namespace rapport {

QStringList nameKeyWords(const QString &text)
{
    // Plain letters first: ł and ø have no decomposition that would drop a mark.
    const QString decomposed = foldLetters(text).normalized(QString::NormalizationForm_KD);
    QStringList words;
    QString current;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            words += current.toLower();
            current.clear();
        }
    }
    if (!current.isEmpty())
        words += current.toLower();
    return words;
}

QString nameKey(const QString &text)
{
    return nameKeyWords(text).join(u' ');
}

QString nameKey(const QString &givenName, const QString &familyName)
{
    return nameKey(givenName + u' ' + familyName);
}

} // namespace rapport
