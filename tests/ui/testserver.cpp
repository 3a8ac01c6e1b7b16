#include "testserver.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start(const QString &serverBinary, const QString &databasePath)
{
    QProcess demo;
    demo.setProcessChannelMode(QProcess::MergedChannels);
    demo.start(serverBinary, {QStringLiteral("demo"), QStringLiteral("--db"), databasePath});
    if (!demo.waitForFinished(60000) || demo.exitStatus() != QProcess::NormalExit || demo.exitCode() != 0) {
        m_error = QStringLiteral("rapport-server demo failed: %1").arg(QString::fromLocal8Bit(demo.readAll()));
        return false;
    }
    m_binary = serverBinary;
    m_databasePath = databasePath;
    return serve(QStringLiteral("127.0.0.1:0"));
}

bool TestServer::resume()
{
    if (m_url.isEmpty() || m_process.state() != QProcess::NotRunning)
        return false;
    return serve(m_url.mid(int(qstrlen("http://"))));
}

bool TestServer::serve(const QString &listen)
{
    const QString serverBinary = m_binary;
    const QString databasePath = m_databasePath;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardOutput);
    m_process.start(serverBinary, {QStringLiteral("serve"), QStringLiteral("--db"), databasePath,
                                   QStringLiteral("--listen"), listen});
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("could not start %1: %2").arg(serverBinary, m_process.errorString());
        return false;
    }
    // The port is chosen by the system; the server prints it once it listens.
    const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QDeadlineTimer deadline(20000);
    QByteArray seen;
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine());
            seen += line.toUtf8();
            const auto match = listening.match(line);
            if (match.hasMatch()) {
                m_url = QStringLiteral("http://127.0.0.1:%1").arg(match.captured(1));
                return true;
            }
        }
    }
    m_error = QStringLiteral("rapport-server did not say where it listens; it printed: %1 %2")
                  .arg(QString::fromUtf8(seen), QString::fromLocal8Bit(m_process.readAllStandardError()));
    stop();
    return false;
}

void TestServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM to the server's pid
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}
