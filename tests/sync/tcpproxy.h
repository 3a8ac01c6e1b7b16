#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace rapport::test {

/**
 * A loopback TCP proxy between devices and the server that misbehaves on
 * purpose. Each new connection takes the current fault; with a random fault
 * plan each connection draws one.
 */
class TcpProxy : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        None,          // forward faithfully
        Refuse,        // close the connection at once (server unreachable)
        DropResponse,  // forward the request, then cut before any response byte reaches the device
        CutMidway,     // cut after a random number of bytes in either direction
        Stall,         // forward the request, never forward the response
        Slice,         // forward in tiny pieces with pauses
    };
    Q_ENUM(Fault)

    explicit TcpProxy(quint16 targetPort, QObject *parent = nullptr);

    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }
    /** Applies now: open (kept-alive) connections are cut, so the next request meets the new target. */
    void setTargetPort(quint16 port)
    {
        m_targetPort = port;
        dropConnections();
    }
    /** Applies to new connections; open (kept-alive) ones are cut so the fault takes effect now. */
    void setFault(Fault fault);
    /** Cuts every open connection, as a network change would. */
    void dropConnections();
    /** Each connection: no fault with probability 1 - `rate`, else a random fault (seeded). */
    void setRandomFaults(double rate, quint32 seed);
    /** Called with every chunk the device sends upstream (tests use it to time a kill). */
    void setUpstreamObserver(std::function<void(const QByteArray &)> observer) { m_observer = std::move(observer); }

    /** Hands a device chunk to the current observer (connections made earlier included). */
    void observeUpstream(const QByteArray &chunk)
    {
        if (m_observer)
            m_observer(chunk);
    }

    int connectionsSeen() const { return m_connections; }
    int faultsInjected() const { return m_faults; }

private:
    void onNewConnection();
    Fault nextFault();

    QTcpServer m_server;
    quint16 m_targetPort;
    Fault m_fault = Fault::None;
    double m_randomRate = -1;
    QRandomGenerator m_random;
    std::function<void(const QByteArray &)> m_observer;
    int m_connections = 0;
    int m_faults = 0;
};

} // namespace rapport::test
