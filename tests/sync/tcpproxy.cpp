#include "tcpproxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace rapport::test {

TcpProxy::TcpProxy(quint16 targetPort, QObject *parent) : QObject(parent), m_targetPort(targetPort)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::onNewConnection);
}

void TcpProxy::setRandomFaults(double rate, quint32 seed)
{
    m_randomRate = rate;
    m_random.seed(seed);
}

TcpProxy::Fault TcpProxy::nextFault()
{
    if (m_randomRate < 0)
        return m_fault;
    if (m_random.generateDouble() >= m_randomRate)
        return Fault::None;
    static const Fault faults[] = {Fault::Refuse, Fault::DropResponse, Fault::CutMidway, Fault::Stall, Fault::Slice};
    return faults[m_random.bounded(int(std::size(faults)))];
}

namespace {

/** One proxied connection; deletes itself when either side closes. */
class Pipe : public QObject
{
public:
    Pipe(QTcpSocket *device, quint16 target, TcpProxy::Fault fault, int cutAfter, TcpProxy *proxy)
        : m_device(device), m_fault(fault), m_cutAfter(cutAfter), m_proxy(proxy)
    {
        m_device->setParent(this);
        m_server = new QTcpSocket(this);
        connect(m_device, &QTcpSocket::readyRead, this, [this] { fromDevice(); });
        connect(m_server, &QTcpSocket::readyRead, this, [this] { fromServer(); });
        connect(m_server, &QTcpSocket::connected, this, [this] { fromDevice(); });
        connect(m_device, &QTcpSocket::disconnected, this, [this] { close(); });
        connect(m_server, &QTcpSocket::disconnected, this, [this] { flushThenClose(); });
        connect(m_server, &QTcpSocket::errorOccurred, this, [this] { flushThenClose(); });
        m_server->connectToHost(QHostAddress::LocalHost, target);
    }

private:
    void fromDevice()
    {
        if (m_server->state() != QAbstractSocket::ConnectedState)
            return; // read once connected
        const QByteArray data = m_device->readAll();
        if (data.isEmpty())
            return;
        m_proxy->observeUpstream(data);
        if (!countAndMaybeCut(data.size()))
            return;
        m_server->write(data);
    }

    void fromServer()
    {
        const QByteArray data = m_server->readAll();
        switch (m_fault) {
        case TcpProxy::Fault::DropResponse:
            // The server has done its work; the device never hears about it.
            close();
            return;
        case TcpProxy::Fault::Stall:
            return; // swallow; the device's transfer timeout must save it
        case TcpProxy::Fault::Slice:
            m_pending += data;
            if (!m_sliceTimer) {
                m_sliceTimer = new QTimer(this);
                m_sliceTimer->setInterval(1);
                connect(m_sliceTimer, &QTimer::timeout, this, [this] { sendSlice(); });
                m_sliceTimer->start();
            }
            return;
        default:
            break;
        }
        if (!countAndMaybeCut(data.size()))
            return;
        m_device->write(data);
    }

    void sendSlice()
    {
        if (m_pending.isEmpty()) {
            if (m_serverClosed)
                close();
            return;
        }
        const int n = qMin(int(m_pending.size()), 1 + int(m_pending.size() % 7));
        m_device->write(m_pending.left(n));
        m_pending.remove(0, n);
    }

    bool countAndMaybeCut(qint64 bytes)
    {
        if (m_fault != TcpProxy::Fault::CutMidway)
            return true;
        m_bytes += bytes;
        if (m_bytes < m_cutAfter)
            return true;
        close();
        return false;
    }

    void flushThenClose()
    {
        m_serverClosed = true;
        if (m_fault == TcpProxy::Fault::Slice && !m_pending.isEmpty())
            return; // the slice timer closes once everything is delivered
        if (m_fault == TcpProxy::Fault::Stall)
            return; // keep the device hanging
        close();
    }

public:
    void close()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_device->abort();
        m_server->abort();
        deleteLater();
    }

private:
    QTcpSocket *m_device;
    QTcpSocket *m_server = nullptr;
    TcpProxy::Fault m_fault;
    qint64 m_cutAfter;
    qint64 m_bytes = 0;
    TcpProxy *m_proxy;
    QByteArray m_pending;
    QTimer *m_sliceTimer = nullptr;
    bool m_serverClosed = false;
    bool m_closed = false;
};

} // namespace

void TcpProxy::setFault(Fault fault)
{
    m_fault = fault;
    dropConnections();
}

void TcpProxy::dropConnections()
{
    // Pipe has no Q_OBJECT of its own, so look it up with dynamic_cast.
    const QObjectList pipes = children();
    for (QObject *child : pipes) {
        if (auto *pipe = dynamic_cast<Pipe *>(child))
            pipe->close();
    }
}

void TcpProxy::onNewConnection()
{
    while (QTcpSocket *device = m_server.nextPendingConnection()) {
        ++m_connections;
        const Fault fault = nextFault();
        if (fault != Fault::None)
            ++m_faults;
        if (fault == Fault::Refuse) {
            device->abort();
            device->deleteLater();
            continue;
        }
        const int cutAfter = 1 + int(m_random.bounded(2000));
        auto *pipe = new Pipe(device, m_targetPort, fault, cutAfter, this);
        pipe->setParent(this);
    }
}

} // namespace rapport::test
