#include "clientdata.h"

#include "session.h"

#include "core/clientexport.h"

#include <QDir>
#include <QStandardPaths>

namespace rapport::ui {

ClientData::ClientData(QObject *parent) : QObject(parent)
{
    if (Session *session = Session::instance()) {
        setNotebook(session->notebook());
        connect(session, &Session::currentStaffChanged, this, &ClientData::allowedChanged);
    }
}

void ClientData::setNotebook(Notebook *notebook)
{
    m_notebook = notebook;
    Q_EMIT allowedChanged();
}

bool ClientData::allowed() const
{
    if (!m_notebook)
        return false;
    const std::optional<Staff> me = m_notebook->staffById(m_notebook->currentStaffId());
    return me && me->role != StaffRole::Associate;
}

QString ClientData::defaultFolder() const
{
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty())
        documents = QDir::homePath();
    return QDir(documents).filePath(QStringLiteral("Rapport exports"));
}

QString ClientData::exportTo(const QString &clientId, const QString &folder)
{
    if (!m_notebook)
        return QString();
    if (!allowed()) {
        setError(tr("Only a manager or an admin can export a client's data."));
        return QString();
    }
    const QString target = folder.trimmed().isEmpty() ? defaultFolder() : QDir::cleanPath(folder.trimmed());
    const Result<QStringList> written = ClientExport(*m_notebook).writeTo(clientId, target);
    if (!written) {
        setError(written.errorMessage());
        return QString();
    }
    setError(QString());
    return written->join(QLatin1Char('\n'));
}

bool ClientData::confirms(const QString &clientId, const QString &typed) const
{
    const std::optional<Client> client = m_notebook ? m_notebook->client(clientId) : std::nullopt;
    return client && !typed.trimmed().isEmpty()
        && typed.simplified().compare(client->displayName().simplified(), Qt::CaseInsensitive) == 0;
}

bool ClientData::erase(const QString &clientId, const QString &typed)
{
    if (!m_notebook)
        return false;
    if (!confirms(clientId, typed)) {
        setError(tr("Type the client's name exactly as shown to erase them."));
        return false;
    }
    if (Status s = m_notebook->eraseClient(clientId); !s) {
        setError(s.errorMessage());
        return false;
    }
    setError(QString());
    return true;
}

void ClientData::setError(const QString &text)
{
    if (m_lastError == text)
        return;
    m_lastError = text;
    Q_EMIT lastErrorChanged();
}

} // namespace rapport::ui
