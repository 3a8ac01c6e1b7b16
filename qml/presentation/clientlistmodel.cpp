#include "clientlistmodel.h"

#include "formatting.h"
#include "session.h"

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
        return row.lastSeenAt.isValid() ? QStringLiteral("Seen %1").arg(formatting::daysAgo(row.lastSeenAt))
                                        : QStringLiteral("Not seen yet");
    case MatchedNoteRole: return row.matchedNote;
    }
    return {};
}

QHash<int, QByteArray> ClientListModel::roleNames() const
{
    return {
        {ClientIdRole, "clientId"}, {DisplayNameRole, "displayName"}, {InitialsRole, "initials"},
        {PhoneRole, "phone"},       {EmailRole, "email"},             {TagsRole, "tags"},
        {LastSeenRole, "lastSeen"}, {MatchedNoteRole, "matchedNote"},
    };
}

QString ClientListModel::clientIdAt(int row) const
{
    return row >= 0 && row < rows().size() ? rows().at(row).id : QString();
}

} // namespace rapport::ui
