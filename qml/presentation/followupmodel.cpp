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

void FollowUpModel::setScope(const QString &scope)
{
    const QString known = scope == QLatin1String("mine") || scope == QLatin1String("store") ? scope
                                                                                            : QStringLiteral("everyone");
    if (known == m_scope)
        return;
    m_scope = known;
    Q_EMIT scopeChanged();
    refresh();
}

QDate FollowUpModel::today() const
{
    return m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate();
}

void FollowUpModel::setToday(const QDate &today)
{
    if (today == m_fixedToday)
        return;
    m_fixedToday = today;
    Q_EMIT todayChanged();
    refresh();
}

void FollowUpModel::resetToday()
{
    setToday(QDate());
}

void FollowUpModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_clientNames.clear();
    m_today = today();
    if (Session *session = Session::instance()) {
        Notebook *notebook = session->notebook();
        const QDate until = m_today.addDays(m_upcomingDays);
        const QString me = notebook->currentStaffId();
        if (!m_clientId.isEmpty()) {
            m_rows = notebook->openFollowUpsForClient(m_clientId);
        } else if (m_scope == QLatin1String("mine")) {
            // Nobody picked yet: nothing is "mine", rather than everything.
            m_rows = me.isEmpty() ? QList<FollowUp>() : notebook->followUpsDueBy(until, me);
        } else if (m_scope == QLatin1String("store")) {
            const auto staff = notebook->staffById(me);
            m_rows = staff ? notebook->followUpsDueInStore(until, staff->storeId) : QList<FollowUp>();
        } else {
            m_rows = notebook->followUpsDueBy(until);
        }
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
