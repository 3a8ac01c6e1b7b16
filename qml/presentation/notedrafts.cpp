#include "notedrafts.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>

Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace rapport::ui {

NoteDrafts::NoteDrafts(const QString &dataDir, QObject *parent)
    : QObject(parent), m_dir(QDir(dataDir).filePath(QStringLiteral("note-drafts")))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &NoteDrafts::flush);
}

NoteDrafts::~NoteDrafts()
{
    flush();
}

QString NoteDrafts::pathFor(const QString &clientId) const
{
    // Ids are UUIDs; anything else must never become a path.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    if (!safe.match(clientId).hasMatch())
        return QString();
    return QDir(m_dir).filePath(clientId + QStringLiteral(".json"));
}

void NoteDrafts::keep(const QString &clientId, const QVariantMap &fields)
{
    if (pathFor(clientId).isEmpty())
        return;
    m_pending.insert(clientId, fields);
    m_debounce.start();
}

QVariantMap NoteDrafts::draft(const QString &clientId) const
{
    if (const auto pending = m_pending.constFind(clientId); pending != m_pending.constEnd())
        return *pending;
    const QString path = pathFor(clientId);
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().toVariantMap();
}

void NoteDrafts::discard(const QString &clientId)
{
    m_pending.remove(clientId);
    const QString path = pathFor(clientId);
    if (!path.isEmpty())
        QFile::remove(path);
}

void NoteDrafts::discardAll()
{
    m_debounce.stop();
    m_pending.clear();
    QDir(m_dir).removeRecursively();
}

void NoteDrafts::flush()
{
    m_debounce.stop();
    if (m_pending.isEmpty())
        return;
    if (!QDir().mkpath(m_dir)) {
        qCWarning(lcUi) << "cannot create the drafts folder" << m_dir;
        return;
    }
    QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        QSaveFile file(pathFor(it.key()));
        if (!file.open(QIODevice::WriteOnly)) {
            qCWarning(lcUi) << "cannot write the draft" << file.fileName() << file.errorString();
            continue;
        }
        file.write(QJsonDocument(QJsonObject::fromVariantMap(it.value())).toJson(QJsonDocument::Compact));
        if (!file.commit()) {
            qCWarning(lcUi) << "cannot write the draft" << file.fileName() << file.errorString();
            continue;
        }
        QFile::setPermissions(file.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        Q_EMIT written(it.key());
    }
}

} // namespace rapport::ui
