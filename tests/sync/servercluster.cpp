#include "servercluster.h"

#include "device.h"
#include "pgtestdb.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

#include <cstdio>
#include <cstdlib>

namespace rapport::test {

namespace {

/** Runs `program arguments` to its end; returns its merged output, and its exit code in `code`. */
QString runToEnd(const QString &program, const QStringList &arguments, int timeoutMs, int *code)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        *code = -1;
        return QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
    }
    // Spin the event loop meanwhile: devices of this process keep talking to the servers.
    waitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        *code = -1;
        return QString::fromUtf8(process.readAll()) + QStringLiteral("\n(timed out)");
    }
    *code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAll());
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

PgCluster::PgCluster(QString dir) : m_dir(std::move(dir))
{
    int code = 0;
    const QString out = runToEnd(QStringLiteral("sh"), {QStringLiteral(RAPPORT_PGCLUSTER_SCRIPT), QStringLiteral("start"), m_dir},
                                 120000, &code);
    QFile file(m_dir + QStringLiteral("/conninfo"));
    if (code != 0 || !file.open(QIODevice::ReadOnly)) {
        std::printf("%s\nPostgreSQL is not available: this test's own cluster did not start (output above); "
                    "skipping.\n",
                    out.toUtf8().constData());
        std::fflush(stdout);
        std::_Exit(0);
    }
    m_conninfo = QString::fromUtf8(file.readAll()).trimmed();
}

PgCluster::~PgCluster()
{
    int code = 0;
    runToEnd(QStringLiteral("sh"), {QStringLiteral(RAPPORT_PGCLUSTER_SCRIPT), QStringLiteral("stop"), m_dir}, 60000,
             &code);
}

QString PgCluster::conninfo(const QString &database) const
{
    return m_conninfo + QStringLiteral(" dbname=") + database;
}

void PgCluster::sql(const QString &database, const QString &statement) const
{
    (void)PgTestDatabase::sqlOn(conninfo(database), statement);
}

void PgCluster::restart()
{
    int code = 0;
    const QString out = runToEnd(QStringLiteral("sh"),
                                 {QStringLiteral(RAPPORT_PGCLUSTER_SCRIPT), QStringLiteral("restart"), m_dir}, 90000,
                                 &code);
    INFO("pgcluster.sh restart: " << out.toStdString());
    REQUIRE(code == 0);
}

LoadBalancer::LoadBalancer(const QString &dir, const QList<quint16> &serverPorts)
{
    int code = 0;
    const QString version = runToEnd(QStringLiteral("haproxy"), {QStringLiteral("-v")}, 10000, &code);
    INFO("HAProxy is needed (scripts/deps installs it): " << version.toStdString());
    REQUIRE(code == 0);
    // The free port is found by binding and closing: another process may take it in between,
    // so a failed start tries another.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (tryStart(dir, serverPorts))
            return;
    }
    FAIL("HAProxy did not start; its last output:\n" << m_log.toStdString());
}

bool LoadBalancer::tryStart(const QString &dir, const QList<quint16> &serverPorts)
{
    m_port = freeLoopbackPort();
    QString config = QStringLiteral(
        "global\n"
        "    maxconn 1000\n"
        "    log stdout format raw local0 info\n"
        "defaults\n"
        "    mode http\n"
        "    log global\n"
        "    option httplog\n"
        "    timeout connect 2s\n"
        "    timeout client 60s\n"
        "    timeout server 60s\n"
        // A connection refused by a killed instance goes to another one; a request already
        // sent is never sent twice (HAProxy does not retry those), the device does.
        "    retries 2\n"
        "    option redispatch\n"
        "frontend rapport\n"
        "    bind 127.0.0.1:%1\n"
        "    default_backend servers\n"
        "backend servers\n"
        "    balance roundrobin\n"
        "    option httpchk GET /v1/health\n")
                         .arg(m_port);
    for (int i = 0; i < serverPorts.size(); ++i)
        config += QStringLiteral("    server s%1 127.0.0.1:%2 check inter 300 fall 2 rise 1\n")
                      .arg(i + 1)
                      .arg(serverPorts.at(i));
    const QString path = QDir(dir).filePath(QStringLiteral("haproxy.cfg"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(config.toUtf8());
    file.close();

    m_log.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QProcess *process = m_process.get();
    QObject::connect(process, &QProcess::readyRead, process,
                     [this, process] { m_log += QString::fromUtf8(process->readAll()); });
    m_process->start(QStringLiteral("haproxy"), {QStringLiteral("-db"), QStringLiteral("-f"), path});
    if (!m_process->waitForStarted(10000))
        return false;
    const bool listening = waitFor(
        [&] {
            if (m_process->state() != QProcess::Running)
                return true;
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            return socket.waitForConnected(200);
        },
        10000);
    if (listening && m_process->state() == QProcess::Running)
        return true;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_log += QString::fromUtf8(m_process->readAll());
    return false;
}

LoadBalancer::~LoadBalancer()
{
    if (m_process && m_process->state() == QProcess::Running) {
        m_process->terminate(); // SIGTERM to its pid: HAProxy stops at once
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
}

void LoadBalancer::drain()
{
    if (m_process)
        m_log += QString::fromUtf8(m_process->readAll());
}

namespace {

/** httplog: "... frontend backend/server Tq/Tw/Tc/Tr/Ta status bytes ..." */
const QRegularExpression &answerPattern()
{
    static const QRegularExpression answer(QStringLiteral(" \\S+/\\S+ -?\\d+/-?\\d+/-?\\d+/-?\\d+/\\+?-?\\d+ (\\d{3}) "));
    return answer;
}

/** The connections tryStart() opens and closes to see HAProxy listen: no request, client closed (CR). */
bool isReadinessProbe(const QString &line)
{
    return line.contains(QLatin1String("<BADREQ>")) && line.contains(QLatin1String(" CR-- "));
}

} // namespace

std::map<int, int> LoadBalancer::statusCounts()
{
    drain();
    std::map<int, int> counts;
    for (const QString &line : m_log.split(QLatin1Char('\n'))) {
        const auto match = answerPattern().match(line);
        if (match.hasMatch() && !isReadinessProbe(line))
            ++counts[match.captured(1).toInt()];
    }
    return counts;
}

QStringList LoadBalancer::unsuccessfulAnswers()
{
    drain();
    QStringList lines;
    for (const QString &line : m_log.split(QLatin1Char('\n'))) {
        const auto match = answerPattern().match(line);
        if (match.hasMatch() && !isReadinessProbe(line) && !match.captured(1).startsWith(QLatin1Char('2')))
            lines << line.trimmed();
    }
    return lines;
}

QStringList LoadBalancer::serverStateChanges()
{
    drain();
    QStringList lines;
    for (const QString &line : m_log.split(QLatin1Char('\n'))) {
        // Each change is logged twice: as a warning on standard error and in the log proper.
        if (line.startsWith(QLatin1String("[WARNING]")))
            continue;
        if (line.contains(QLatin1String(" is DOWN")) || line.contains(QLatin1String(" is UP")))
            lines << line.trimmed();
    }
    return lines;
}

} // namespace rapport::test
