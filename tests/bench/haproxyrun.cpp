#include "haproxyrun.h"

#include "httpconn.h"
#include "report.h"
#include "stoponexit.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

#include <csignal>
#include <iostream>

namespace bench {

namespace {

int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        fail(QStringLiteral("no free port on 127.0.0.1 for HAProxy: %1").arg(probe.errorString()));
    return probe.serverPort();
}

QString haproxyExecutable()
{
    QString path = QStandardPaths::findExecutable(QStringLiteral("haproxy"));
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(QStringLiteral("haproxy"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    if (path.isEmpty())
        fail(QStringLiteral("HAProxy is not installed; scripts/deps installs it."));
    return path;
}

} // namespace

HaproxyRun::HaproxyRun(const QString &dir, const std::vector<int> &serverPorts, int maxConnections)
{
    const QString haproxy = haproxyExecutable();
    m_port = freeLoopbackPort();
    QStringList arguments{QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--maxconn"),
                          QString::number(maxConnections)};
    for (int port : serverPorts)
        arguments += QString::number(port);
    QProcess configure;
    configure.start(QStringLiteral(RAPPORT_SOURCE_DIR "/scripts/haproxy-config"), arguments);
    if (!configure.waitForFinished(10000) || configure.exitCode() != 0)
        fail(QStringLiteral("scripts/haproxy-config failed: %1").arg(QString::fromUtf8(configure.readAllStandardError())));
    const QString config = QDir(dir).filePath(QStringLiteral("haproxy.cfg"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) || file.write(configure.readAllStandardOutput()) < 0)
        fail(QStringLiteral("cannot write %1").arg(config));
    file.close();

    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(haproxy, {QStringLiteral("-db"), QStringLiteral("-f"), config});
    if (!m_process.waitForStarted(10000))
        fail(QStringLiteral("HAProxy did not start: %1").arg(m_process.errorString()));
    const pid_t pid = pid_t(m_process.processId());
    m_guard = std::make_unique<StopOnExit>(pid, SIGTERM, [this, pid] {
        if (m_process.state() == QProcess::NotRunning)
            return;
        ::kill(pid, SIGTERM);
        if (!m_process.waitForFinished(10000)) {
            ::kill(pid, SIGKILL);
            m_process.waitForFinished(10000);
        }
    });
    // Its alerts (an instance marked down, a full queue) go to stderr beside the bench's errors.
    QObject::connect(&m_process, &QProcess::readyRead, &m_process, [this] {
        while (m_process.canReadLine())
            std::cerr << "haproxy: " << m_process.readLine().trimmed().toStdString() << '\n';
    });

    // Round robin: as many healthy answers in a row as there are instances reach each of them.
    QDeadlineTimer deadline(20000);
    int healthy = 0;
    QString last;
    while (healthy < int(serverPorts.size()) * 2) {
        if (deadline.hasExpired() || m_process.state() != QProcess::Running)
            fail(QStringLiteral("HAProxy on 127.0.0.1:%1 did not pass requests on: %2 %3")
                     .arg(m_port).arg(last, QString::fromUtf8(m_process.readAll())));
        HttpConnection connection(m_port);
        const HttpResult health = connection.request("GET", "/v1/health");
        if (health.status == 200) {
            ++healthy;
        } else {
            healthy = 0;
            last = QStringLiteral("HTTP %1 %2").arg(health.status).arg(health.error);
            QThread::msleep(100);
        }
    }
}

HaproxyRun::~HaproxyRun() { m_guard.reset(); }

} // namespace bench
