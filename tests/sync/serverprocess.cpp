#include "serverprocess.h"

#include "dbtemplate.h"
#include "pgtestdb.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>

#include <csignal>

namespace rapport::test {

ServerProcess::ServerProcess(QString dbPath) : m_dbPath(std::move(dbPath))
{
    if (PgTestDatabase::wanted()) {
        m_pg = std::make_unique<PgTestDatabase>();
        m_dbPath = m_pg->conninfo();
    }
}

ServerProcess::~ServerProcess()
{
    if (running())
        stop();
}

QString ServerProcess::executable()
{
    return QStringLiteral(RAPPORT_SERVER_EXE);
}

QString ServerProcess::admin(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(executable(), arguments);
    REQUIRE(process.waitForStarted(10000));
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    INFO("rapport-server " << arguments.join(QLatin1Char(' ')).toStdString() << "\nstdout: " << out.toStdString()
                           << "\nstderr: " << err.toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return out;
}

namespace {

/** init + one store + `logins` on `db`, as an operator would make them (passwords on standard input). */
void makeChain(ServerProcess &server, const QString &db, const QList<Login> &logins, const QString &org)
{
    server.admin({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--org"), org});
    const QString out = server.admin({QStringLiteral("add-store"), QStringLiteral("--db"), db, QStringLiteral("--name"),
                                      QStringLiteral("Test Store")});
    // The id is the printed UUID (the command may add words around it).
    const QRegularExpression uuid(QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    const auto match = uuid.match(out);
    const QString storeId = match.hasMatch() ? match.captured(0) : out.trimmed();
    REQUIRE(!storeId.isEmpty());
    for (const Login &login : logins) {
        server.admin({QStringLiteral("add-staff"), QStringLiteral("--db"), db, QStringLiteral("--store"), storeId,
                      QStringLiteral("--login"), login.login, QStringLiteral("--name"), login.login,
                      QStringLiteral("--role"), login.role.isEmpty() ? QStringLiteral("manager") : login.role},
                     login.password.toUtf8() + '\n');
    }
}

} // namespace

void ServerProcess::setUpChain(const QList<Login> &logins, const QString &org)
{
    // Each password takes a hash of about 0.2 s: a chain is made once for each build of the server
    // and each org and set of logins, then copied (dbtemplate.h). A database the test named itself
    // that is not a new file (a connection string, a file already there) gets the commands run on it.
    QString key = org;
    for (const Login &login : logins)
        key += QLatin1Char('\n') + login.login + QLatin1Char('\t') + login.password + QLatin1Char('\t') + login.role;
    const auto make = [&](const QString &db) { makeChain(*this, db, logins, org); };
    const dbtemplate::Place templates{QStringLiteral(RAPPORT_TEST_TEMPLATE_DIR), executable()};
    if (m_pg) {
        m_pg = std::make_unique<PgTestDatabase>(PgTestDatabase::FromTemplate{dbtemplate::postgres(templates, key, make)});
        m_dbPath = m_pg->conninfo();
        return;
    }
    if (m_dbPath.contains(QLatin1Char('=')) || QFile::exists(m_dbPath)) {
        makeChain(*this, m_dbPath, logins, org);
        return;
    }
    REQUIRE(QFile::copy(dbtemplate::sqlite(templates, key, make), m_dbPath));
}

void ServerProcess::start(quint16 port)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{QStringLiteral("serve"), QStringLiteral("--db"), m_dbPath, QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:%1").arg(port)};
    args << m_extraServe;
    m_process->start(executable(), args);
    REQUIRE(m_process->waitForStarted(10000));
    const QRegularExpression listening(QStringLiteral("listening on [^\\s]*:(\\d+)"));
    QString seen;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (m_process->canReadLine() || m_process->waitForReadyRead(200)) {
            while (m_process->canReadLine()) {
                const QString line = QString::fromUtf8(m_process->readLine());
                seen += line;
                const auto match = listening.match(line);
                if (match.hasMatch()) {
                    m_port = quint16(match.captured(1).toUInt());
                    // Keep draining the log so a chatty server never blocks on a full pipe.
                    QProcess *process = m_process.get();
                    QObject::connect(process, &QProcess::readyRead, process, [process] { process->readAll(); });
                    return;
                }
            }
        }
        if (m_process->state() != QProcess::Running)
            break;
    }
    FAIL("rapport-server did not report a listening address; output:\n" << seen.toStdString());
}

bool ServerProcess::running() const
{
    return m_process && m_process->state() == QProcess::Running;
}

void ServerProcess::kill()
{
    if (!running())
        return;
    m_process->kill(); // SIGKILL to this child's pid
    m_process->waitForFinished(10000);
}

void ServerProcess::freeze()
{
    if (running())
        ::kill(pid_t(m_process->processId()), SIGSTOP);
}

void ServerProcess::stop()
{
    if (!running())
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
}

} // namespace rapport::test
