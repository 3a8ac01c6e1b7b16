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

ClientListModel::ClientListModel(QObject *parent) : QAbstractListModel(parent)
{
    if (Session *session = Session::instance()) {
        connect(session->notebook(), &Notebook::changed, this,
                [this] { reload(std::max(int(m_rows.size()), PageSize)); });
    }
    // Another language: the same rows in other words.
    if (Language *language = Language::instance())
        connect(language, &Language::changed, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        });
    reload(PageSize);
}

void ClientListModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    reload(PageSize);
}

void ClientListModel::reload(int rowsWanted)
{
    beginResetModel();
    m_rows.clear();
    m_exhausted = true;
    m_nearMiss = false;
    if (Session *session = Session::instance()) {
        const ClientSearch search(session->notebook()->database().connection());
        // Round up to whole pages so fetchMore() continues on a page boundary.
        const int wanted = ((rowsWanted + PageSize - 1) / PageSize) * PageSize;
        m_rows = search.page(m_query, 0, wanted);
        m_exhausted = m_rows.size() < wanted;
        if (m_rows.isEmpty() && !m_query.trimmed().isEmpty()) {
            m_rows = search.closeMatches(m_query, NearMissRows);
            m_nearMiss = !m_rows.isEmpty();
            m_exhausted = true;
        }
    }
    m_openFollowUps.clear();
    countOpenFollowUps(0);
    endResetModel();
    Q_EMIT countChanged();
}

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientListEntry &row = m_rows.at(index.row());
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

bool ClientListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void ClientListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    Session *session = Session::instance();
    if (!session)
        return;
    const ClientSearch search(session->notebook()->database().connection());
    const QList<ClientListEntry> more = search.page(m_query, int(m_rows.size()), PageSize);
    m_exhausted = more.size() < PageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    const int from = int(m_rows.size());
    m_rows.append(more);
    countOpenFollowUps(from);
    endInsertRows();
    Q_EMIT countChanged();
}

void ClientListModel::countOpenFollowUps(int from)
{
    Session *session = Session::instance();
    if (!session || from >= m_rows.size())
        return;
    QStringList marks;
    QVariantList ids;
    for (int i = from; i < m_rows.size(); ++i) {
        marks << QStringLiteral("?");
        ids << m_rows.at(i).id;
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
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

} // namespace rapport::ui
