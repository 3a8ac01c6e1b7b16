#include "measurelistmodel.h"

#include "formatting.h"
#include "session.h"

#include "core/report/measurerecords.h"
#include "core/sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rapport::ui {

namespace {

/** What meeting the measure, or not, is called for one record. */
QString statusOf(const QString &measure, bool met)
{
    if (measure == QLatin1String("education_follow_through"))
        return met ? QCoreApplication::translate("MeasureListModel", "Taught") : QCoreApplication::translate("MeasureListModel", "Not taught within 7 days");
    if (measure == QLatin1String("need_before_purchase"))
        return met ? QCoreApplication::translate("MeasureListModel", "Need noted first") : QCoreApplication::translate("MeasureListModel", "No Need noted before");
    if (measure == QLatin1String("follow_ups_on_time"))
        return met ? QCoreApplication::translate("MeasureListModel", "Done on time") : QCoreApplication::translate("MeasureListModel", "Late or not done");
    if (measure == QLatin1String("returning_clients"))
        return met ? QCoreApplication::translate("MeasureListModel", "Had been before") : QCoreApplication::translate("MeasureListModel", "First visit");
    if (measure == QLatin1String("came_back_after_return"))
        return met ? QCoreApplication::translate("MeasureListModel", "Came back") : QCoreApplication::translate("MeasureListModel", "Not back yet");
    if (measure == QLatin1String("book_health"))
        return met ? QCoreApplication::translate("MeasureListModel", "In touch") : QCoreApplication::translate("MeasureListModel", "Out of touch");
    return QString();
}

ReportScope scopeFrom(const QString &kind, const QString &id)
{
    if (kind == QLatin1String("store"))
        return {ScopeKind::Store, id};
    if (kind == QLatin1String("associate"))
        return {ScopeKind::Associate, id};
    return {};
}

QString firstLine(const QString &text)
{
    const QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    return line.size() > 90 ? line.left(89) + QChar(0x2026) : line;
}

} // namespace

MeasureListModel::MeasureListModel(QObject *parent) : PagedListModel<MeasureRow>(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(400);
    connect(&m_settle, &QTimer::timeout, this, [this] { read(true); });
    if (Session *session = Session::instance())
        connect(session->notebook(), &Notebook::changed, this, [this] { m_settle.start(); });
}

void MeasureListModel::setQueryPart(QString &part, const QString &value)
{
    if (part == value)
        return;
    part = value;
    Q_EMIT queryChanged();
    read(false);
}

void MeasureListModel::setFrom(const QDate &from)
{
    if (from == m_from)
        return;
    m_from = from;
    Q_EMIT queryChanged();
    read(false);
}

void MeasureListModel::setTo(const QDate &to)
{
    if (to == m_to)
        return;
    m_to = to;
    Q_EMIT queryChanged();
    read(false);
}

void MeasureListModel::setAsOf(const QDate &asOf)
{
    if (asOf == m_asOf)
        return;
    m_asOf = asOf;
    Q_EMIT queryChanged();
    read(false);
}

void MeasureListModel::setMissedOnly(bool on)
{
    if (on == m_missedOnly)
        return;
    m_missedOnly = on;
    Q_EMIT queryChanged();
    reload();
}

QList<MeasureRow> MeasureListModel::shown() const
{
    if (!m_missedOnly)
        return m_all;
    QList<MeasureRow> missed;
    for (const MeasureRow &row : m_all) {
        if (row.met)
            break; // the missed ones come first
        missed.append(row);
    }
    return missed;
}

QList<MeasureRow> MeasureListModel::readPage(int offset, int limit)
{
    return shown().mid(offset, limit);
}

bool MeasureListModel::sameRow(const MeasureRow &a, const MeasureRow &b) const
{
    return a.clientId == b.clientId && a.clientName == b.clientName && a.whenText == b.whenText
        && a.detail == b.detail && a.met == b.met;
}

void MeasureListModel::read(bool inPlace)
{
    Session *session = Session::instance();
    if (!session || m_measure.isEmpty() || !m_from.isValid() || !m_to.isValid()) {
        m_run.cancel();
        m_all.clear();
        m_metCount = 0;
        reload();
        Q_EMIT loaded();
        return;
    }
    const QString measure = m_measure;
    const QString kind = m_kind;
    const ReportScope scope = scopeFrom(m_scopeKind, m_scopeId);
    const ReportPeriod period{m_from, m_to, m_asOf.isValid() ? m_asOf : QDate::currentDate()};
    m_busy = true;
    Q_EMIT busyChanged();
    m_run.start(session->notebook()->database(), [this, measure, kind, scope, period, inPlace](const BackgroundRun::Context &run) {
        const Result<QList<MeasureRecord>> records = MeasureRecords(run.db).list(measure, period, scope, kind);
        QList<MeasureRow> rows;
        QString error;
        int met = 0;
        if (!records) {
            error = records.errorMessage();
        } else {
            QSqlQuery client(run.db), note(run.db), followUp(run.db);
            client.prepare(QStringLiteral("SELECT given_name, family_name, phone, email FROM client WHERE id = ?"));
            note.prepare(QStringLiteral("SELECT kind, body, items FROM note WHERE id = ?"));
            followUp.prepare(QStringLiteral("SELECT reason FROM follow_up WHERE id = ?"));
            const QDate today = period.asOf;
            QList<MeasureRow> missed, done;
            for (const MeasureRecord &record : *records) {
                if (!run.stillWanted())
                    return;
                MeasureRow row;
                row.id = record.id;
                row.clientId = record.clientId;
                row.met = record.met;
                client.addBindValue(record.clientId);
                if (client.exec() && client.next()) {
                    row.clientName = (client.value(0).toString() + QLatin1Char(' ') + client.value(1).toString()).trimmed();
                    if (row.clientName.isEmpty())
                        row.clientName = client.value(2).toString().isEmpty() ? client.value(3).toString()
                                                                              : client.value(2).toString();
                }
                QStringList detail;
                if (const QString status = statusOf(measure, record.met); !status.isEmpty())
                    detail << status;
                switch (record.entity) {
                case MeasureRecord::Entity::Note: {
                    row.whenText = formatting::shortDate(sql::timeFromText(record.when).toLocalTime().date());
                    note.addBindValue(record.id);
                    if (note.exec() && note.next()) {
                        const auto noteKind = noteKindFromString(note.value(0).toString());
                        if (noteKind)
                            detail << formatting::noteKindLabel(*noteKind);
                        const QString text = firstLine(note.value(2).toString().isEmpty() ? note.value(1).toString()
                                                                                           : note.value(2).toString());
                        if (!text.isEmpty())
                            detail << text;
                    }
                    break;
                }
                case MeasureRecord::Entity::FollowUp: {
                    const QDate due = QDate::fromString(record.when, Qt::ISODate);
                    row.whenText = formatting::shortDate(due);
                    if (measure == QLatin1String("follow_ups_overdue_now"))
                        detail << formatting::dueText(due, today);
                    followUp.addBindValue(record.id);
                    if (followUp.exec() && followUp.next())
                        detail << firstLine(followUp.value(0).toString());
                    break;
                }
                case MeasureRecord::Entity::Client:
                    if (measure == QLatin1String("book_health")) {
                        row.whenText = record.when.isEmpty()
                            ? tr("No note yet")
                            : tr("Last note %1").arg(formatting::daysAgo(sql::timeFromText(record.when), today));
                    } else {
                        row.whenText = formatting::shortDate(sql::timeFromText(record.when).toLocalTime().date());
                    }
                    break;
                }
                row.detail = detail.join(QStringLiteral(" · "));
                (row.met ? done : missed).append(row);
                met += row.met ? 1 : 0;
            }
            rows = missed + done;
        }
        run.deliver([this, rows, met, error, inPlace] {
            m_all = rows;
            m_metCount = met;
            m_error = error;
            m_busy = false;
            if (inPlace)
                update();
            else
                reload();
            Q_EMIT busyChanged();
            Q_EMIT loaded();
        });
    });
}

QVariant MeasureListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeasureRow &row = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ClientNameRole: return row.clientName;
    case RecordIdRole: return row.id;
    case ClientIdRole: return row.clientId;
    case WhenRole: return row.whenText;
    case DetailRole: return row.detail;
    case MetRole: return row.met;
    }
    return {};
}

QHash<int, QByteArray> MeasureListModel::roleNames() const
{
    return {{RecordIdRole, "recordId"}, {ClientIdRole, "clientId"}, {ClientNameRole, "clientName"},
            {WhenRole, "when"},         {DetailRole, "detail"},     {MetRole, "met"}};
}

QString MeasureListModel::clientIdAt(int row) const
{
    return row >= 0 && row < rows().size() ? rows().at(row).clientId : QString();
}

} // namespace rapport::ui
