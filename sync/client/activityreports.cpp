// The activity trail on the device: imports and exports reported to the server (kept in a file
// until it has them), and the trail fetched for managers and kept for offline reading.
#include "syncengine.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace rapport {

namespace {

constexpr int kActivityPage = 200;

QString reportsPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("activity-reports.json"));
}

QString cachePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("activity.json"));
}

QJsonObject readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeObject(const QString &path, const QJsonObject &object)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
        if (file.commit()) {
            // Names of staff and what they did: this user's eyes only, like the session file.
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            return;
        }
    }
    qCWarning(lcSync) << "could not save" << path << file.errorString();
}

} // namespace

void SyncEngine::reportActivity(const QString &kind, const QString &summary, const QString &subjectId)
{
    QJsonObject stored = readObject(reportsPath(m_dataDir));
    QJsonArray reports = stored.value(QStringLiteral("reports")).toArray();
    reports.append(QJsonObject{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                               {QStringLiteral("kind"), kind},
                               {QStringLiteral("summary"), summary},
                               {QStringLiteral("subject_id"), subjectId},
                               {QStringLiteral("staff_id"), m_notebook->currentStaffId()}});
    stored.insert(QStringLiteral("reports"), reports);
    writeObject(reportsPath(m_dataDir), stored);
    Q_EMIT activityReportsChanged();
    if (signedIn() && !cycleRunning())
        (void)sendActivityReports();
}

int SyncEngine::pendingActivityReports() const
{
    return int(readObject(reportsPath(m_dataDir)).value(QStringLiteral("reports")).toArray().size());
}

QJsonArray SyncEngine::cachedActivity() const
{
    return readObject(cachePath(m_dataDir)).value(QStringLiteral("activity")).toArray();
}

QDateTime SyncEngine::activityFetchedAt() const
{
    return QDateTime::fromString(readObject(cachePath(m_dataDir)).value(QStringLiteral("fetched_at")).toString(),
                                 Qt::ISODateWithMs);
}

void SyncEngine::syncActivity()
{
    // The trail is fetched once the reports are in, so it shows them.
    if (!sendActivityReports())
        refreshActivityIfManager();
}

void SyncEngine::refreshActivityIfManager()
{
    const std::optional<Staff> me = m_notebook->staffById(staffId());
    if (me && me->role != StaffRole::Associate)
        refreshActivity();
}

bool SyncEngine::sendActivityReports()
{
    if (m_sendingReports)
        return true;
    if (!signedIn())
        return false;
    const QJsonArray reports = readObject(reportsPath(m_dataDir)).value(QStringLiteral("reports")).toArray();
    // One at a time, oldest first, each with the session of the person who made it is the
    // active one here; others' wait until they are active again.
    for (const QJsonValue &value : reports) {
        QJsonObject report = value.toObject();
        const QString by = report.value(QStringLiteral("staff_id")).toString();
        if (!by.isEmpty() && by != staffId())
            continue;
        const QString id = report.value(QStringLiteral("id")).toString();
        report.remove(QStringLiteral("staff_id"));
        m_sendingReports = true;
        send("POST", QStringLiteral("/v1/activity"), report, true, [this, id](const Reply &reply) {
            m_sendingReports = false;
            if (reply.networkError || reply.status == 0 || reply.status >= 500 || reply.status == 401
                || reply.status == 429)
                return; // kept; sent after a later sync (the trail is fetched then)
            if (reply.status != 200) {
                // Refused for good (an associate's import, a summary too long): it would never go.
                qCWarning(lcSync) << "activity report refused:" << reply.status << reply.errorCode();
                noteRejected({}, {reply.serverProblem().text()});
            }
            QJsonObject stored = readObject(reportsPath(m_dataDir));
            QJsonArray left;
            for (const QJsonValue &v : stored.value(QStringLiteral("reports")).toArray())
                if (v.toObject().value(QStringLiteral("id")).toString() != id)
                    left.append(v);
            stored.insert(QStringLiteral("reports"), left);
            writeObject(reportsPath(m_dataDir), stored);
            Q_EMIT activityReportsChanged();
            if (!sendActivityReports())
                refreshActivityIfManager();
        });
        return true;
    }
    return false;
}

void SyncEngine::refreshActivity()
{
    if (!signedIn()) {
        Q_EMIT activityRefreshed(false, tr("Sign in to a server to see the activity trail."));
        return;
    }
    if (m_fetchingActivity)
        return;
    m_fetchingActivity = true;
    send("GET", QStringLiteral("/v1/activity?limit=%1").arg(kActivityPage), {}, true, [this](const Reply &reply) {
        m_fetchingActivity = false;
        if (reply.status == 200) {
            writeObject(cachePath(m_dataDir),
                        QJsonObject{{QStringLiteral("activity"), reply.json.value(QStringLiteral("activity")).toArray()},
                                    {QStringLiteral("fetched_at"),
                                     QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
            Q_EMIT activityRefreshed(true, QString());
            return;
        }
        if (reply.status == 403) // no longer a manager: what was kept goes too
            QFile::remove(cachePath(m_dataDir));
        const SyncProblem problem = reply.networkError ? reply.transportProblem : reply.serverProblem();
        Q_EMIT activityRefreshed(false, problem.text());
    });
}

void SyncEngine::forgetActivity()
{
    QFile::remove(cachePath(m_dataDir));
    QFile::remove(reportsPath(m_dataDir));
    Q_EMIT activityReportsChanged();
}

} // namespace rapport
