#include "bulkload.h"

#include "hlc.h"
#include "namekey.h"
#include "sqlite.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

#include <random>
#include <vector>

namespace bench {

namespace {

const char *const givenNames[] = {
    "Zoë", "José", "Łukasz", "Anaïs", "Søren", "Chloé", "Amara", "Ben", "Carla", "David", "Emma", "Felix",
    "Grace", "Hugo", "Iris", "Jack", "Kara", "Liam", "Mia", "Noah", "Olivia", "Paul", "Quinn", "Rosa", "Sam",
    "Tara", "Uma", "Victor", "Wendy", "Xavier", "Yara", "Aiden", "Bella", "Daniel", "Ella", "Finn", "George",
    "Hannah", "Isaac", "Julia", "Kevin", "Laura", "Mark", "Nina", "Oscar", "Priya", "Ravi", "Sofia", "Tom",
    "Vera", "William", "Mateo", "Renée", "Dmitri", "Aoife", "Kwame", "Mei", "Fatima", "Jürgen", "Inés",
};
const char *const familyNames[] = {
    "Smith", "Jones", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas", "Johnson", "Roberts", "Walker",
    "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "Lewis",
    "Martin", "Jackson", "Clarke", "Turner", "Hill", "Scott", "Cooper", "Morris", "Müller", "García", "Nowak",
    "Kowalski", "Dubois", "O'Brien", "Núñez", "Okafor", "Nguyen", "Patel", "Jensen", "Rossi", "Silva", "Kim",
    "Haddad", "Fischer", "Lindqvist", "Mbeki", "Tanaka", "Ferreira", "Schäfer", "Gómez", "Popescu", "Brennan",
};
// Shop words are frequent (each in several percent of notes); fillers are very frequent.
const char *const shopWords[] = {
    "drill", "hole", "masonry", "picture", "hook", "paint", "primer", "wall", "kitchen", "garden", "hose",
    "shed", "fence", "deck", "stain", "varnish", "brush", "roller", "ladder", "tile", "grout", "bathroom",
    "sink", "tap", "leak", "pipe", "wrench", "screw", "anchor", "plug", "cable", "lamp", "bulb", "shelf",
    "bracket", "timber", "saw", "sander", "glue", "sealant", "ceiling", "door", "hinge", "lock", "handle",
    "window", "blind", "curtain", "mower", "lawn", "seed", "compost", "soil", "planter", "rake", "spade",
    "clematis", "trellis", "insulation", "plasterboard", "chisel", "workshop",
};
const char *const fillers[] = {
    "she", "he", "they", "wants", "needs", "asked", "about", "for", "the", "a", "to", "and", "with", "of",
    "on", "in", "new", "old", "small", "large", "weekend", "project", "already", "has", "bought", "returned",
    "showed", "how", "use", "next", "week", "again", "before", "winter", "spring",
};
const char *const kinds[] = {"need", "conversation", "purchase", "education", "return", "other"};
const char *const tagPool[] = {"vip", "trade", "new-home", "garden-club", "contractor", "landlord"};

template<typename T, size_t N>
constexpr int countOf(const T (&)[N])
{
    return int(N);
}

std::string timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toStdString();
}

std::string digitsOf(const std::string &phone)
{
    std::string out;
    for (char c : phone) {
        if (c >= '0' && c <= '9')
            out += c;
    }
    return out;
}

} // namespace

QStringList nameWords()
{
    QStringList out;
    for (const char *w : givenNames)
        out += QString::fromUtf8(w);
    for (const char *w : familyNames)
        out += QString::fromUtf8(w);
    return out;
}

QStringList noteWords()
{
    QStringList out;
    for (const char *w : shopWords)
        out += QString::fromUtf8(w);
    return out;
}

void bulkLoad(const QString &dbPath, int clients, int notesPerClient, quint32 seed, const Authors &authors)
{
    std::mt19937 random(seed);
    auto below = [&](int n) { return int(random() % quint32(n)); };
    sqlite3 *db = openRaw(dbPath);
    execute(db, "BEGIN IMMEDIATE");

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 year = 365LL * 24 * 3600 * 1000;
    std::vector<std::string> clientIds(static_cast<size_t>(clients));
    std::vector<qint64> lastSeen(static_cast<size_t>(clients), 0);
    std::vector<int> lastAuthor(static_cast<size_t>(clients), 0);
    for (auto &id : clientIds)
        id = rapport::newUuidV7().toStdString();

    {
        // Notes in time order, so rowid order is creation order as in real use.
        Statement note(db, "INSERT INTO note(seq, id, client_id, kind, body, need_purpose, need_context, "
                           "need_have, need_duration, need_budget, items, amount_cents, author_id, store_id, "
                           "created_at, updated_at) VALUES(?, ?, ?, ?, ?, '', '', '', '', '', ?, ?, ?, ?, ?, ?)");
        Statement fts(db, "INSERT INTO note_fts(rowid, text, client_id) VALUES(?, ?, ?)");
        const qint64 total = qint64(clients) * notesPerClient;
        for (qint64 n = 0; n < total; ++n) {
            const int c = below(clients);
            const int author = below(int(authors.staffIds.size()));
            const qint64 at = now - year + year * n / std::max<qint64>(1, total);
            std::string body;
            for (int w = 8 + below(22); w > 0; --w) {
                if (!body.empty())
                    body += ' ';
                body += below(10) < 3 ? shopWords[below(countOf(shopWords))] : fillers[below(countOf(fillers))];
            }
            body += '.';
            const char *kind = kinds[below(countOf(kinds))];
            const bool purchase = std::string(kind) == "purchase";
            const std::string items = purchase ? std::string(shopWords[below(countOf(shopWords))]) : std::string();
            const std::string time = timeText(at);
            note.bind(1, n + 1);
            note.bind(2, rapport::newUuidV7());
            note.bind(3, clientIds[size_t(c)]);
            note.bind(4, std::string(kind));
            note.bind(5, body);
            note.bind(6, items);
            if (purchase)
                note.bind(7, qint64(500 + below(20000)));
            else
                note.bindNull(7);
            note.bind(8, authors.staffIds[author]);
            note.bind(9, authors.storeIds[author]);
            note.bind(10, time);
            note.bind(11, time);
            note.step();
            note.reset();
            // The same text the app indexes: body, need fields and items, space separated.
            fts.bind(1, n + 1);
            fts.bind(2, body + "     " + items);
            fts.bind(3, clientIds[size_t(c)]);
            fts.step();
            fts.reset();
            lastSeen[size_t(c)] = at;
            lastAuthor[size_t(c)] = author;
        }
    }
    {
        Statement client(db, "INSERT INTO client(seq, id, given_name, family_name, phone, email, "
                             "preferred_channel, tags, keep_in_touch_days, home_store_id, associate_id, "
                             "created_at, updated_at, last_seen_at, last_seen_by, last_seen_store_id, name_key) "
                             "VALUES(?, ?, ?, ?, ?, ?, 'phone', ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)");
        Statement fts(db, "INSERT INTO client_fts(rowid, name, contact, tags) VALUES(?, ?, ?, ?)");
        static const char *const phoneFormats[] = {"(555) %03d-%04d", "555-%03d-%04d", "+1 555 %03d %04d",
                                                   "555.%03d.%04d", "555%03d%04d"};
        for (int c = 0; c < clients; ++c) {
            const std::string given = givenNames[below(countOf(givenNames))];
            const std::string family = familyNames[below(countOf(familyNames))];
            char phone[40];
            std::snprintf(phone, sizeof phone, phoneFormats[below(countOf(phoneFormats))], 100 + c / 10000,
                          c % 10000);
            static const QRegularExpression notAscii(QStringLiteral("[^a-z]"));
            const QString local = QString::fromUtf8(given.c_str())
                                      .toLower()
                                      .normalized(QString::NormalizationForm_KD)
                                      .remove(notAscii);
            const std::string email = QStringLiteral("%1.%2@example.com").arg(local).arg(c).toStdString();
            std::string tags;
            for (int t = below(3); t > 0; --t)
                tags += std::string(tags.empty() ? "" : ",") + tagPool[below(countOf(tagPool))];
            const int associate = below(int(authors.staffIds.size()));
            const std::string created = timeText(now - year - qint64(below(1000)) * 3600 * 1000);
            client.bind(1, qint64(c + 1));
            client.bind(2, clientIds[size_t(c)]);
            client.bind(3, given);
            client.bind(4, family);
            client.bind(5, std::string(phone));
            client.bind(6, email);
            client.bind(7, tags);
            client.bind(8, authors.storeIds[associate]);
            client.bind(9, authors.staffIds[associate]);
            client.bind(10, created);
            client.bind(11, created);
            if (lastSeen[size_t(c)]) {
                client.bind(12, timeText(lastSeen[size_t(c)]));
                client.bind(13, authors.staffIds[lastAuthor[size_t(c)]]);
                client.bind(14, authors.storeIds[lastAuthor[size_t(c)]]);
            }
            // The same key the app stores (core/namekey.h).
            client.bind(15, rapport::nameKey(QString::fromStdString(given), QString::fromStdString(family)));
            client.step();
            client.reset();
            std::string tagWords = tags;
            std::replace(tagWords.begin(), tagWords.end(), ',', ' ');
            fts.bind(1, qint64(c + 1));
            fts.bind(2, given + ' ' + family);
            fts.bind(3, email + ' ' + phone + ' ' + digitsOf(phone));
            fts.bind(4, tagWords);
            fts.step();
            fts.reset();
        }
    }
    execute(db, "COMMIT");
    sqlite3_close(db);
}

} // namespace bench
