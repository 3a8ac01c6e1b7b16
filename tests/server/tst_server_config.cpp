// serve --config FILE: every option of serve can live in a "key = value" file (the packaged
// service reads /etc/rapport/server.conf); the command line wins; a bad line stops the server
// before it touches the database, naming the file and the line.
#include "httpclient.h"
#include "serverprocess.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>

#include <signal.h>

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

QString writeConfig(const ServerProcess &server, const QString &name, const QString &text)
{
    const QString path = server.dir() + QLatin1Char('/') + name;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(text.toUtf8()) == text.toUtf8().size());
    return path;
}

/** Runs a command that is expected to stop at once; returns its standard error. */
QString refused(const QStringList &args)
{
    QProcess p;
    p.start(s(RAPPORT_SERVER_BINARY), args);
    REQUIRE(p.waitForFinished(20000));
    const QString said = QString::fromUtf8(p.readAllStandardError());
    INFO(said.toStdString());
    CHECK(p.exitStatus() == QProcess::NormalExit);
    CHECK(p.exitCode() != 0);
    CHECK_FALSE(QString::fromUtf8(p.readAllStandardOutput()).contains(s("listening")));
    return said;
}

int maxBodyBytes(int port)
{
    HttpClient client(port);
    const HttpResponse health = client.request("GET", "/v1/health");
    REQUIRE(health.status == 200);
    return health.json().value(s("limits")).toObject().value(s("max_body_bytes")).toInt();
}

} // namespace

TEST_CASE("serve takes its database and address from the configuration file alone", "[server][config]")
{
    ServerProcess server; // its database holds the demo chain
    const QString config = writeConfig(server, s("server.conf"),
        s("# Rapport server\n"
          "\n"
          "db = %1\n"
          "  listen=127.0.0.1:0  \n"
          "max-body-bytes = 65536\n"
          "session-idle-days = 0.5\n"
          "verbose = 0\n").arg(server.dbPath()));
    QProcess serve;
    serve.start(s(RAPPORT_SERVER_BINARY), {s("serve"), s("--config"), config});
    REQUIRE(serve.waitForStarted(10000));
    QByteArray line;
    while (!line.contains('\n')) {
        INFO(QString::fromUtf8(serve.readAllStandardError()).toStdString());
        REQUIRE(serve.waitForReadyRead(20000));
        line += serve.readAllStandardOutput();
    }
    const QString text = QString::fromUtf8(line).trimmed();
    REQUIRE(text.startsWith(s("listening on 127.0.0.1:")));
    const int port = text.section(QLatin1Char(':'), -1).toInt();
    REQUIRE(port > 0);

    CHECK(maxBodyBytes(port) == 65536);
    // The demo chain's sam signs in: the database named in the file is the one served.
    HttpClient client(port);
    CHECK_FALSE(signIn(client, s("sam")).token.isEmpty());

    ::kill(static_cast<pid_t>(serve.processId()), SIGTERM);
    REQUIRE(serve.waitForFinished(10000));
    CHECK(serve.exitCode() == 0);
}

TEST_CASE("an option on the command line wins over the configuration file", "[server][config]")
{
    ServerProcess server;
    const QString config = writeConfig(server, s("server.conf"), s("max-body-bytes = 65536\nthreads = 1\n"));
    server.start({s("--config"), config});
    CHECK(maxBodyBytes(server.port()) == 65536);
    server.stop();
    server.start({s("--config"), config, s("--max-body-bytes"), s("131072")});
    CHECK(maxBodyBytes(server.port()) == 131072);
    server.stop();
}

TEST_CASE("a bad configuration line stops the server with the file and line, before it opens the database", "[server][config]")
{
    ServerProcess server;
    struct Row
    {
        const char *line;
        const char *said;
    };
    const Row rows[] = {
        {"colour = blue", "colour is not an option of serve"},
        {"threads = two", "threads needs a whole number of at least 1, got \"two\""},
        {"threads = 0", "threads needs a whole number of at least 1, got \"0\""},
        {"threads 2", "expected \"key = value\", got \"threads 2\""},
        {"--threads = 2", "write the key without dashes: \"threads = 2\""},
        {"listen = localhost", "listen needs ADDRESS:PORT"},
        {"listen = 127.0.0.1:70000", "listen needs ADDRESS:PORT"},
        {"max-body-bytes = 10", "max-body-bytes needs a whole number of bytes from 16384 to 268435456"},
        {"session-idle-days = nan", "session-idle-days needs a number above 0"},
        {"verbose = yes", "verbose needs 0 or 1, got \"yes\""},
        {"tls-cert =", "tls-cert needs a value"},
        {"config = /etc/rapport/other.conf", "config is not an option of serve"},
        {"read-timeout = 10\nread-timeout = 20", "read-timeout is already set on line 3"},
    };
    const QString fresh = server.dir() + s("/never-created.db");
    for (const Row &row : rows) {
        INFO(row.line);
        // Line 1 a comment, line 2 the database, line 3 onwards the row.
        const QString config = writeConfig(server, s("bad.conf"),
            s("# one bad line below\ndb = %1\n%2\n").arg(fresh, QString::fromUtf8(row.line)));
        const int badLine = 3 + int(QString::fromUtf8(row.line).count(QLatin1Char('\n')));
        const QString said = refused({s("serve"), s("--config"), config, s("--listen"), s("127.0.0.1:0")});
        CHECK(said.contains(s("%1:%2: ").arg(config).arg(badLine)));
        CHECK(said.contains(QString::fromUtf8(row.said)));
        CHECK_FALSE(QFileInfo::exists(fresh));
    }
}

TEST_CASE("serve refuses an unknown option or a bad value on the command line too", "[server][config]")
{
    ServerProcess server;
    const QString base = server.dbPath();
    CHECK(refused({s("serve"), s("--db"), base, s("--threds"), s("2")}).contains(s("--threds is not an option of serve")));
    CHECK(refused({s("serve"), s("--db"), base, s("--hash-queue"), s("-1")})
              .contains(s("--hash-queue needs a whole number of at least 1, got \"-1\"")));
    CHECK(refused({s("serve"), s("--config"), server.dir() + s("/missing.conf")})
              .contains(s("Cannot read the configuration file %1/missing.conf").arg(server.dir())));
}
