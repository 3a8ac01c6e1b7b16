#include "serverrun.h"

#include "report.h"
#include "stoponexit.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <csignal>
#include <iostream>
#include <sys/types.h>

namespace bench {

namespace {

QString serverExecutable()
{
    const QString path = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("rapport-server"));
    if (!QFileInfo(path).isExecutable())
        fail(QStringLiteral("%1 not found: build the rapport-server target too").arg(path));
    return path;
}

} // namespace

ServerRun::ServerRun(const QString &dir, const QStringList &serveOptions)
    : ServerRun(QDir(dir).filePath(QStringLiteral("server.db")), Demo::Load, serveOptions)
{
}

ServerRun::ServerRun(const QString &db, Demo demo, const QStringList &serveOptions)
{
    if (demo == Demo::Load)
        loadDemo(db);
    start(db, serveOptions);
}

void ServerRun::loadDemo(const QString &db)
{
    QProcess demo;
    demo.start(serverExecutable(), {QStringLiteral("demo"), QStringLiteral("--db"), db});
    if (!demo.waitForFinished(120000) || demo.exitStatus() != QProcess::NormalExit || demo.exitCode() != 0)
        fail(QStringLiteral("rapport-server demo failed: %1").arg(QString::fromUtf8(demo.readAllStandardError())));
}

void ServerRun::start(const QString &db, const QStringList &serveOptions)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(serverExecutable(), QStringList{QStringLiteral("serve"), QStringLiteral("--db"), db,
                                                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
                                            + serveOptions);
    if (!m_process.waitForStarted(20000))
        fail(QStringLiteral("rapport-server did not start: %1").arg(m_process.errorString()));
    const pid_t pid = pid_t(m_process.processId());
    m_guard = std::make_unique<StopOnExit>(pid, SIGTERM, [this, pid] {
        if (m_process.state() == QProcess::NotRunning)
            return;
        ::kill(pid, SIGTERM);
        if (!m_process.waitForFinished(30000)) {
            ::kill(pid, SIGKILL);
            m_process.waitForFinished(10000);
        }
    });
    const QRegularExpression listening(QStringLiteral("listening on [^\\s]*:(\\d+)"));
    QString seen;
    QDeadlineTimer deadline(30000);
    while (m_port == 0 && !deadline.hasExpired() && m_process.state() == QProcess::Running) {
        if (!m_process.canReadLine())
            m_process.waitForReadyRead(200);
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine());
            seen += line;
            const auto match = listening.match(line);
            if (match.hasMatch())
                m_port = match.captured(1).toInt();
        }
    }
    if (m_port == 0)
        fail(QStringLiteral("rapport-server did not report a listening address:\n%1").arg(seen));
    // Drain the log so a chatty server never blocks on a full pipe; what went wrong goes to
    // stderr, beside the bench's own error counts.
    QObject::connect(&m_process, &QProcess::readyRead, &m_process, [this] {
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            const QByteArray lower = line.toLower();
            if (lower.contains("warning") || lower.contains("fail") || lower.contains("error"))
                std::cerr << "rapport-server :" << m_port << ": " << line.toStdString() << '\n';
        }
    });
}

ServerRun::~ServerRun() { m_guard.reset(); }

} // namespace bench
