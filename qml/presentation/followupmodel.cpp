#include "followupmodel.h"

#include "formatting.h"
#include "language.h"
#include "session.h"

namespace rapport::ui {

FollowUpModel::FollowUpModel(QObject *parent) : QAbstractListModel(parent)
{
    if (Session *session = Session::instance())
        connect(session->notebook(), &Notebook::changed, this, &FollowUpModel::update);
    // Another language: the same rows in other words.
    if (Language *language = Language::instance())
        connect(language, &Language::changed, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        });
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

QList<FollowUp> FollowUpModel::load(const QDate &day) const
{
    Session *session = Session::instance();
    if (!session)
        return {};
    Notebook *notebook = session->notebook();
    const QDate until = day.addDays(m_upcomingDays);
    const QString me = notebook->currentStaffId();
    if (!m_clientId.isEmpty())
        return notebook->openFollowUpsForClient(m_clientId);
    if (m_scope == QLatin1String("mine")) // nobody picked yet: nothing is "mine", rather than everything
        return me.isEmpty() ? QList<FollowUp>() : notebook->followUpsDueBy(until, me);
    if (m_scope == QLatin1String("store")) {
        const auto staff = notebook->staffById(me);
        return staff ? notebook->followUpsDueInStore(until, staff->storeId) : QList<FollowUp>();
    }
    return notebook->followUpsDueBy(until);
}

void FollowUpModel::rememberClientNames()
{
    m_clientNames.clear();
    Session *session = Session::instance();
    if (!session)
        return;
    for (const FollowUp &followUp : std::as_const(m_rows)) {
        if (!m_clientNames.contains(followUp.clientId)) {
            const auto client = session->notebook()->client(followUp.clientId);
            m_clientNames.insert(followUp.clientId, client ? client->displayName() : QString());
        }
    }
}

QString FollowUpModel::sectionOf(const FollowUp &row, const QDate &day)
{
    if (row.dueDate < day)
        return QStringLiteral("Overdue");
    return row.dueDate == day ? QStringLiteral("Today") : QStringLiteral("Upcoming");
}

void FollowUpModel::refresh()
{
    beginResetModel();
    m_today = today();
    m_rows = load(m_today);
    rememberClientNames();
    endResetModel();
    Q_EMIT countChanged();
}

void FollowUpModel::update()
{
    const QDate day = today();
    const QList<FollowUp> fresh = load(day);
    if (day != m_today || m_rows.isEmpty()) {
        refresh();
        return;
    }
    // Rows that stay must keep their order and their section, or it is a
    // reset; otherwise rows go and come in place, so the view keeps its
    // scroll position when one is done, snoozed or cancelled.
    QHash<QString, QString> freshSections;
    for (const FollowUp &row : fresh)
        freshSections.insert(row.id, sectionOf(row, day));
    QStringList kept;
    for (const FollowUp &row : std::as_const(m_rows)) {
        const auto section = freshSections.constFind(row.id);
        if (section == freshSections.cend())
            continue;
        if (*section != sectionOf(row, day)) {
            refresh();
            return;
        }
        kept.append(row.id);
    }
    QStringList freshKept;
    for (const FollowUp &row : fresh)
        if (kept.contains(row.id))
            freshKept.append(row.id);
    if (kept != freshKept) {
        refresh();
        return;
    }

    const int before = int(m_rows.size());
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (freshSections.contains(m_rows.at(i).id))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
    for (int i = 0; i < int(fresh.size()); ++i) {
        if (i < int(m_rows.size()) && m_rows.at(i).id == fresh.at(i).id)
            continue;
        beginInsertRows({}, i, i);
        m_rows.insert(i, fresh.at(i));
        endInsertRows();
    }
    m_rows = fresh;
    rememberClientNames();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    if (int(m_rows.size()) != before)
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
    case SectionRole: return sectionOf(row, m_today);
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
