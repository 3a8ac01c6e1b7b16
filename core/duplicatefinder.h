#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace rapport {

/** Two client ids that are likely one person: ids in text order, score and reason codes. */
struct DuplicateMatch
{
    QString firstId;
    QString secondId;
    int score = 0;
    QStringList reasons; // same_phone, same_email, same_name_phone, same_name_email
};

/**
 * Finds likely duplicate clients across the whole notebook: the same phone number (its last
 * nine digits, so a country code or a leading 0 does not hide it), the same email (case
 * folded), or the same folded name (`name_key`, two words or more) with a matching fragment:
 * the last four digits of the phone, or the email's part before the @ (dots and a +suffix
 * ignored). One pass groups the live clients by each key; only clients sharing a key are
 * compared, so the cost grows with the number of clients, not its square.
 */
class DuplicateFinder
{
public:
    /** A key shared by more clients than this (a shop's own number) says nothing about a person. */
    static constexpr int MaxGroup = 20;

    static int scoreOf(const QStringList &reasons);
    /** Best first: higher score, then the pair whose newer record was created last; at most `limit`. */
    static QList<DuplicateMatch> find(const QSqlDatabase &db, int limit);

    /** The phone's comparable digits ("" when it has fewer than 7). */
    static QString phoneKey(const QString &phone);
    /** The email's part before @, folded, without dots and +suffix ("" without an @). */
    static QString emailFragment(const QString &email);
};

} // namespace rapport
