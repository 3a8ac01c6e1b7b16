#include "pgnotifier.h"

#include <QLoggingCategory>
#include <QUuid>

#include <libpq-fe.h>
#include <poll.h>

#include <chrono>
#include <cerrno>

Q_LOGGING_CATEGORY(lcNotify, "rapport.server.notify")

namespace rapport::server {

namespace {

constexpr const char *kChannel = "rapport_changes";

void pause(const std::atomic<bool> &stop, int ms)
{
    for (int waited = 0; waited < ms && !stop.load(); waited += 50)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
}

} // namespace

PostgresNotifier::PostgresNotifier(int maxHeld, const QString &conninfo)
    : ChangeNotifier(maxHeld), m_conninfo(conninfo.toUtf8()),
      m_instance(QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1())
{
    m_thread = std::thread([this] { listen(); });
}

PostgresNotifier::~PostgresNotifier()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    std::lock_guard lock(m_sendMutex);
    if (m_send)
        PQfinish(m_send);
}

void PostgresNotifier::changed(const QString &orgId)
{
    wakeLocal(orgId);
    const QByteArray payload = m_instance + ' ' + orgId.toUtf8();
    std::lock_guard lock(m_sendMutex);
    // One try on a kept connection, one more on a fresh one (the database may have restarted).
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!m_send || PQstatus(m_send) != CONNECTION_OK) {
            if (m_send)
                PQfinish(m_send);
            m_send = PQconnectdb(m_conninfo.constData());
        }
        const char *values[2] = {kChannel, payload.constData()};
        PGresult *result = PQexecParams(m_send, "SELECT pg_notify($1, $2)", 2, nullptr, values, nullptr, nullptr, 0);
        const bool sent = PQresultStatus(result) == PGRES_TUPLES_OK;
        PQclear(result);
        if (sent)
            return;
        if (PQstatus(m_send) == CONNECTION_OK)
            break; // the connection is fine and the statement failed: another try would too
    }
    // The change is committed; devices waiting on other instances see it at the end of their
    // wait (at most 30 s) or on their next pull.
    qCWarning(lcNotify) << "could not tell other instances of a change:" << PQerrorMessage(m_send);
}

void PostgresNotifier::listen()
{
    bool lost = false;
    while (!m_stop) {
        PGconn *conn = PQconnectdb(m_conninfo.constData());
        PGresult *result = PQstatus(conn) == CONNECTION_OK ? PQexec(conn, "LISTEN rapport_changes") : nullptr;
        const bool ok = result && PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
        if (!ok) {
            if (!lost)
                qCWarning(lcNotify) << "cannot listen for other instances' changes:" << PQerrorMessage(conn);
            lost = true;
            PQfinish(conn);
            pause(m_stop, 1000);
            continue;
        }
        m_listening = true;
        if (lost) {
            qCInfo(lcNotify) << "listening for other instances' changes again";
            wakeAll(); // whatever was notified while the connection was down is pulled now
            lost = false;
        }
        while (!m_stop) {
            pollfd fd{PQsocket(conn), POLLIN, 0};
            if (::poll(&fd, 1, 200) < 0 && errno != EINTR)
                break;
            if (!PQconsumeInput(conn) || PQstatus(conn) != CONNECTION_OK)
                break;
            while (PGnotify *note = PQnotifies(conn)) {
                const QByteArray payload(note->extra);
                PQfreemem(note);
                const qsizetype space = payload.indexOf(' ');
                if (space > 0 && payload.left(space) != m_instance)
                    wakeLocal(QString::fromUtf8(payload.mid(space + 1)));
            }
        }
        m_listening = false;
        if (!m_stop) {
            qCWarning(lcNotify) << "lost the connection listening for other instances' changes; reconnecting";
            lost = true;
        }
        PQfinish(conn);
    }
}

} // namespace rapport::server
