#include "followupmodel.h"

#include "formatting.h"
#include "session.h"

namespace rapport::ui {

FollowUpModel::FollowUpModel(QObject *parent) : QAbstractListModel(parent)
{
    if (Session *session = Session::instance())
        connect(session->notebook(), &Notebook::changed, this, &FollowUpModel::refresh);
    refresh();
}

void FollowUpModel::setClientId(const QString &clientId)
{
    if (clientId == m_clientId)
        return;
    m_clientId = clientId;
    Q_EMIT clientIdChanged();
    refresh();
}

void FollowUpModel::setUpcomingDays(int days)
{
    if (days == m_upcomingDays)
        return;
    m_upcomingDays = days;
    Q_EMIT upcomingDaysChanged();
    refresh();
}

void FollowUpModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_clientNames.clear();
    m_today = QDate::currentDate();
    if (Session *session = Session::instance()) {
        Notebook *notebook = session->notebook();
        m_rows = m_clientId.isEmpty() ? notebook->followUpsDueBy(m_today.addDays(m_upcomingDays))
                                      : notebook->openFollowUpsForClient(m_clientId);
        for (const FollowUp &followUp : std::as_const(m_rows)) {
            if (!m_clientNames.contains(followUp.clientId)) {
                const auto client = notebook->client(followUp.clientId);
                m_clientNames.insert(followUp.clientId, client ? client->displayName() : QString());
            }
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}

int FollowUpModel::overdueCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [this](const FollowUp &followUp) { return followUp.dueDate < m_today; }));
}

int FollowUpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FollowUpModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowUp &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ReasonRole: return row.reason;
    case FollowUpIdRole: return row.id;
    case ClientIdRole: return row.clientId;
    case ClientNameRole: return m_clientNames.value(row.clientId);
    case KindRole: return toString(row.kind);
    case DueDateRole: return row.dueDate;
    case DueTextRole: return formatting::dueText(row.dueDate, m_today);
    case SectionRole:
        if (row.dueDate < m_today)
            return QStringLiteral("Overdue");
        return row.dueDate == m_today ? QStringLiteral("Today") : QStringLiteral("Upcoming");
    case OverdueRole: return row.dueDate < m_today;
    case AssigneeNameRole: return Session::instance() ? Session::instance()->staffName(row.assigneeId) : QString();
    case StatusRole: return toString(row.status);
    }
    return {};
}

QHash<int, QByteArray> FollowUpModel::roleNames() const
{
    return {{FollowUpIdRole, "followUpId"}, {ClientIdRole, "clientId"},   {ClientNameRole, "clientName"},
            {ReasonRole, "reason"},         {KindRole, "kind"},           {DueDateRole, "dueDate"},
            {DueTextRole, "dueText"},       {SectionRole, "section"},     {OverdueRole, "overdue"},
            {AssigneeNameRole, "assigneeName"}, {StatusRole, "status"}};
}

} // namespace rapport::ui
