#include "clientlistmodel.h"

#include "formatting.h"
#include "language.h"
#include "session.h"

#include <QSqlQuery>

namespace rapport::ui {

namespace {
QString initialsOf(const QString &name)
{
    QString initials;
    const auto words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        initials.append(word.at(0).toUpper());
        if (initials.size() == 2)
            break;
    }
    return initials;
}
} // namespace

ClientListModel::ClientListModel(QObject *parent) : PagedListModel<ClientListEntry>(parent)
{
    // A change (a note written, a client edited) updates the rows in place: the list keeps its place.
    if (Session *session = Session::instance())
        connect(session->notebook(), &Notebook::changed, this, [this] {
            const bool nearMissBefore = m_nearMiss;
            update();
            if (m_nearMiss != nearMissBefore)
                Q_EMIT countChanged();
        });
    reload();
    // Another language: the same rows in other words.
    if (Language *language = Language::instance())
        connect(language, &Language::changed, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        });
}

void ClientListModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    reload();
}

QList<ClientListEntry> ClientListModel::readPage(int offset, int limit)
{
    Session *session = Session::instance();
    if (!session)
        return {};
    const ClientSearch search(session->notebook()->database().connection());
    QList<ClientListEntry> rows = search.page(m_query, offset, limit);
    if (offset == 0) {
        m_nearMiss = false;
        if (rows.isEmpty() && !m_query.trimmed().isEmpty()) {
            rows = search.closeMatches(m_query, NearMissRows); // fewer than a page: nothing more to fetch
            m_nearMiss = !rows.isEmpty();
        }
    }
    countOpenFollowUps(rows);
    return rows;
}

bool ClientListModel::sameRow(const ClientListEntry &a, const ClientListEntry &b) const
{
    return a.displayName == b.displayName && a.phone == b.phone && a.email == b.email && a.tags == b.tags
        && a.lastSeenAt == b.lastSeenAt && a.matchedNote == b.matchedNote;
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientListEntry &row = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole: return row.displayName;
    case ClientIdRole: return row.id;
    case InitialsRole: return initialsOf(row.displayName);
    case PhoneRole: return row.phone;
    case EmailRole: return row.email;
    case TagsRole: return row.tags.join(QStringLiteral(", "));
    case LastSeenRole:
        return row.lastSeenAt.isValid() ? tr("Seen %1", "%1 is 'today', 'yesterday' or '12 days ago'").arg(formatting::daysAgo(row.lastSeenAt))
                                        : tr("Not seen yet");
    case MatchedNoteRole: return row.matchedNote;
    case OpenFollowUpsRole: return m_openFollowUps.value(row.id);
    case AccessibleTextRole: {
        const QString seen = data(index, LastSeenRole).toString();
        const int open = m_openFollowUps.value(row.id);
        // Qt without a catalogue picks no plural form: the English singular is chosen here.
        const QString text = open == 0 ? tr("%1. %2. No open follow-ups.", "client row read by a screen reader")
                           : open == 1 ? tr("%1. %2. 1 open follow-up.", "client row read by a screen reader")
                                       : tr("%1. %2. %n open follow-ups.", "client row read by a screen reader", open);
        return text.arg(row.displayName, seen);
    }
    }
    return {};
}

QHash<int, QByteArray> ClientListModel::roleNames() const
{
    return {
        {ClientIdRole, "clientId"}, {DisplayNameRole, "displayName"}, {InitialsRole, "initials"},
        {PhoneRole, "phone"},       {EmailRole, "email"},             {TagsRole, "tags"},
        {LastSeenRole, "lastSeen"}, {MatchedNoteRole, "matchedNote"},
        {OpenFollowUpsRole, "openFollowUps"}, {AccessibleTextRole, "accessibleText"},
    };
}

void ClientListModel::countOpenFollowUps(const QList<ClientListEntry> &page)
{
    Session *session = Session::instance();
    if (!session || page.isEmpty())
        return;
    QStringList marks;
    QVariantList ids;
    for (const ClientListEntry &row : page) {
        marks << QStringLiteral("?");
        ids << row.id;
        m_openFollowUps.remove(row.id);
    }
    QSqlQuery query(session->notebook()->database().connection());
    query.prepare(QStringLiteral("SELECT client_id, count(*) FROM follow_up WHERE deleted = 0 "
                                 "AND status IN ('open', 'snoozed') AND client_id IN (%1) GROUP BY client_id")
                      .arg(marks.join(QLatin1Char(','))));
    for (const QVariant &id : std::as_const(ids))
        query.addBindValue(id);
    if (!query.exec())
        return; // the rows still read out, without their follow-ups
    while (query.next())
        m_openFollowUps.insert(query.value(0).toString(), query.value(1).toInt());
}

QString ClientListModel::clientIdAt(int row) const
{
    return row >= 0 && row < rows().size() ? rows().at(row).id : QString();
}

} // namespace rapport::ui
