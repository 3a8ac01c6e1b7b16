#include "teammodel.h"

#include "formatting.h"
#include "session.h"

#include "core/report/report.h"
#include "core/sqlutil.h"

#include <QCollator>
#include <QSqlQuery>

#include <algorithm>

namespace rapport::ui {

TeamModel::TeamModel(QObject *parent) : PagedListModel<TeamRow>(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(400);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        if (m_busy)
            m_stale = true; // one count at a time; the next starts when this one is in
        else
            read(true);
    });
    if (Session *session = Session::instance())
        connect(session->notebook(), &Notebook::changed, this, [this] { m_settle.start(); });
    read(false);
}

bool TeamModel::sameRow(const TeamRow &a, const TeamRow &b) const
{
    return a.name == b.name && a.role == b.role && a.storeName == b.storeName && a.clients == b.clients
        && a.inTouch == b.inTouch && a.overdue == b.overdue && a.lastActive == b.lastActive;
}

void TeamModel::read(bool inPlace)
{
    Session *session = Session::instance();
    if (!session)
        return;
    QList<TeamRow> people;
    for (const Staff &staff : session->notebook()->staff())
        people.append({staff.id, staff.name, toString(staff.role), session->storeName(staff.storeId)});
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(people.begin(), people.end(),
              [&collator](const TeamRow &a, const TeamRow &b) { return collator.compare(a.name, b.name) < 0; });
    m_busy = true;
    Q_EMIT busyChanged();
    const QDate today = QDate::currentDate();
    m_run.start(session->notebook()->database(), [this, people, today, inPlace](const BackgroundRun::Context &run) {
        // Books are as of today: the report's book_health and overdue follow-ups, for one day.
        const Result<ReportBreakdown> report = Report(run.db).compute(ReportPeriod{today, today, today});
        QHash<QString, QString> lastActive;
        QSqlQuery q(run.db);
        if (q.exec(QStringLiteral("SELECT author_id, max(created_at) FROM note WHERE deleted = 0 GROUP BY author_id")))
            while (q.next())
                lastActive.insert(q.value(0).toString(), q.value(1).toString());
        QList<TeamRow> rows = people;
        for (TeamRow &row : rows) {
            if (report) {
                const Measures m = report->of({ScopeKind::Associate, row.staffId});
                row.clients = m.bookHealth.denominator;
                row.inTouch = m.bookHealth.numerator;
                row.overdue = m.followUpsOverdueNow;
            }
            row.lastActive = lastActive.value(row.staffId);
        }
        run.deliver([this, rows, inPlace] {
            m_all = rows;
            m_busy = false;
            if (inPlace)
                update();
            else
                reload();
            Q_EMIT busyChanged();
            if (m_stale) {
                m_stale = false;
                m_settle.start();
            }
        });
    });
}

QVariant TeamModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamRow &row = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return row.name;
    case StaffIdRole: return row.staffId;
    case RoleRole: return row.role;
    case StoreNameRole: return row.storeName;
    case ClientsRole: return row.clients;
    case InTouchRole: return row.inTouch;
    case OverdueRole: return row.overdue;
    case LastActiveRole:
        return row.lastActive.isEmpty() ? tr("No notes yet") : formatting::daysAgo(sql::timeFromText(row.lastActive));
    }
    return {};
}

QHash<int, QByteArray> TeamModel::roleNames() const
{
    return {{StaffIdRole, "staffId"}, {NameRole, "name"},       {RoleRole, "role"},
            {StoreNameRole, "storeName"}, {ClientsRole, "clients"}, {InTouchRole, "inTouch"},
            {OverdueRole, "overdue"},   {LastActiveRole, "lastActive"}};
}

BookModel::BookModel(QObject *parent) : PagedListModel<BookRow>(parent)
{
    if (Session *session = Session::instance())
        connect(session->notebook(), &Notebook::changed, this, [this] {
            update();
            // Clients handed over leave the book, and so the choice.
            if (m_chosen.isEmpty())
                return;
            const QSet<QString> before = m_chosen;
            for (const QString &id : before) {
                const auto client = Session::instance()->notebook()->client(id);
                if (!client || client->associateId != m_staffId)
                    m_chosen.remove(id);
            }
            if (m_chosen.size() != before.size())
                Q_EMIT chosenChanged();
        });
}

void BookModel::setStaffId(const QString &staffId)
{
    if (staffId == m_staffId)
        return;
    m_staffId = staffId;
    m_chosen.clear();
    Q_EMIT staffIdChanged();
    Q_EMIT chosenChanged();
    reload();
}

QList<BookRow> BookModel::readPage(int offset, int limit)
{
    QList<BookRow> page;
    Session *session = Session::instance();
    if (!session || m_staffId.isEmpty())
        return page;
    QSqlQuery q(session->notebook()->database().connection());
    q.prepare(QStringLiteral("SELECT id, given_name, family_name, phone, email, last_seen_at FROM client "
                             "WHERE associate_id = ? AND deleted = 0 "
                             "ORDER BY name_key COLLATE NOCASE, id LIMIT ? OFFSET ?"));
    q.addBindValue(m_staffId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return page;
    while (q.next()) {
        QString name = (q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString()).trimmed();
        if (name.isEmpty())
            name = q.value(3).toString().isEmpty() ? q.value(4).toString() : q.value(3).toString();
        page.append({q.value(0).toString(), name, q.value(5).toString()});
    }
    return page;
}

QVariant BookModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BookRow &row = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return row.name;
    case ClientIdRole: return row.clientId;
    case LastSeenRole:
        return row.lastSeenAt.isEmpty() ? tr("Not seen yet")
                                        : tr("Seen %1").arg(formatting::daysAgo(sql::timeFromText(row.lastSeenAt)));
    case ChosenRole: return m_chosen.contains(row.clientId);
    }
    return {};
}

QHash<int, QByteArray> BookModel::roleNames() const
{
    return {{ClientIdRole, "clientId"}, {NameRole, "name"}, {LastSeenRole, "lastSeen"}, {ChosenRole, "chosen"}};
}

void BookModel::toggle(int row)
{
    if (row < 0 || row >= rows().size())
        return;
    const QString id = rows().at(row).clientId;
    if (!m_chosen.remove(id))
        m_chosen.insert(id);
    Q_EMIT dataChanged(index(row), index(row), {ChosenRole});
    Q_EMIT chosenChanged();
}

void BookModel::clearChosen()
{
    if (m_chosen.isEmpty())
        return;
    m_chosen.clear();
    if (!rows().isEmpty())
        Q_EMIT dataChanged(index(0), index(int(rows().size()) - 1), {ChosenRole});
    Q_EMIT chosenChanged();
}

} // namespace rapport::ui
