#include "activitymodel.h"

#include "syncengine.h"
#include "syncstatus.h"

#include <QJsonObject>
#include <QLocale>

namespace rapport::ui {

namespace {

const QStringList &allKinds()
{
    static const QStringList kinds{
        QStringLiteral("import"),      QStringLiteral("export"),       QStringLiteral("merge"),
        QStringLiteral("reassign"),    QStringLiteral("erase"),        QStringLiteral("role_change"),
        QStringLiteral("store_change"), QStringLiteral("deactivation"), QStringLiteral("reactivation"),
        QStringLiteral("device_revocation"),
    };
    return kinds;
}

} // namespace

ActivityModel::ActivityModel(QObject *parent) : QAbstractListModel(parent)
{
    if (SyncStatus *status = SyncStatus::instance())
        setEngine(status->engine());
}

void ActivityModel::setEngine(SyncEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (m_engine) {
        connect(m_engine, &SyncEngine::activityRefreshed, this, [this](bool ok, const QString &problem) {
            m_refreshing = false;
            m_problem = ok ? QString() : problem;
            reload();
            Q_EMIT stateChanged();
        });
        connect(m_engine, &SyncEngine::sessionChanged, this, [this] {
            reload();
            Q_EMIT stateChanged();
        });
        connect(m_engine, &SyncEngine::localDataWiped, this, [this] { reload(); });
    }
    reload();
    Q_EMIT stateChanged();
}

QString ActivityModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("import")) return tr("Import");
    if (kind == QLatin1String("export")) return tr("Export");
    if (kind == QLatin1String("merge")) return tr("Merge");
    if (kind == QLatin1String("reassign")) return tr("Reassignment");
    if (kind == QLatin1String("erase")) return tr("Erasure");
    if (kind == QLatin1String("role_change")) return tr("Role change");
    if (kind == QLatin1String("store_change")) return tr("Store change");
    if (kind == QLatin1String("deactivation")) return tr("Deactivation");
    if (kind == QLatin1String("reactivation")) return tr("Reactivation");
    if (kind == QLatin1String("device_revocation")) return tr("Device revoked");
    return kind;
}

QVariantList ActivityModel::kinds() const
{
    QVariantList out{QVariantMap{{QStringLiteral("key"), QString()}, {QStringLiteral("label"), tr("Everything")}}};
    for (const QString &k : allKinds())
        out.append(QVariantMap{{QStringLiteral("key"), k}, {QStringLiteral("label"), kindLabel(k)}});
    return out;
}

void ActivityModel::reload()
{
    QJsonArray rows;
    if (m_engine) {
        for (const QJsonValue &v : m_engine->cachedActivity()) {
            if (m_kind.isEmpty() || v.toObject().value(QStringLiteral("kind")).toString() == m_kind)
                rows.append(v);
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT countChanged();
}

void ActivityModel::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    Q_EMIT kindChanged();
    reload();
}

bool ActivityModel::signedIn() const
{
    return m_engine && m_engine->signedIn();
}

QString ActivityModel::fetchedText() const
{
    const QDateTime at = m_engine ? m_engine->activityFetchedAt() : QDateTime();
    if (!at.isValid())
        return tr("Not fetched from the server yet.");
    return tr("As the server had it at %1.").arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
}

void ActivityModel::refresh()
{
    if (!m_engine)
        return;
    m_refreshing = true;
    Q_EMIT stateChanged();
    m_engine->refreshActivity();
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject o = m_rows.at(index.row()).toObject();
    switch (role) {
    case TimeTextRole: {
        const QDateTime t = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        // The locale's short date and the time to the minute (its short time may carry seconds).
        const QLocale locale;
        return locale.toString(t.toLocalTime(), locale.dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm"));
    }
    case WhoRole:
        return o.value(QStringLiteral("staff_name")).toString();
    case KindRole:
        return o.value(QStringLiteral("kind")).toString();
    case KindLabelRole:
        return kindLabel(o.value(QStringLiteral("kind")).toString());
    case SummaryRole:
        return o.value(QStringLiteral("summary")).toString();
    case SubjectRole:
        return o.value(QStringLiteral("subject_id")).toString();
    }
    return {};
}

QHash<int, QByteArray> ActivityModel::roleNames() const
{
    return {{TimeTextRole, "timeText"}, {WhoRole, "who"}, {KindRole, "kind"}, {KindLabelRole, "kindLabel"},
            {SummaryRole, "summary"}, {SubjectRole, "subjectId"}};
}

} // namespace rapport::ui
