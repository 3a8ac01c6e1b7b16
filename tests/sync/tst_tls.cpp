// TLS between device and server: a certificate made by the test is trusted
// only when its CA is handed to the engine; otherwise the engine refuses.
#include "fixture.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>

using namespace rapport;
using namespace rapport::test;

namespace {

void openssl(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO("openssl " << arguments.join(QLatin1Char(' ')).toStdString() << ": "
                    << process.readAll().toStdString());
    REQUIRE(process.exitCode() == 0);
}

/** A throwaway CA and a server certificate for 127.0.0.1 signed by it. */
struct TestCertificates
{
    QString ca, cert, key;

    explicit TestCertificates(const QTemporaryDir &dir)
        : ca(dir.filePath(QStringLiteral("ca.crt"))), cert(dir.filePath(QStringLiteral("server.crt"))),
          key(dir.filePath(QStringLiteral("server.key")))
    {
        const QString caKey = dir.filePath(QStringLiteral("ca.key"));
        const QString csr = dir.filePath(QStringLiteral("server.csr"));
        const QString ext = dir.filePath(QStringLiteral("server.ext"));
        openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                 QStringLiteral("-nodes"), QStringLiteral("-keyout"), caKey, QStringLiteral("-out"), ca,
                 QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=Rapport Test CA"), QStringLiteral("-addext"),
                 QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                 QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
        openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                 QStringLiteral("-keyout"), key, QStringLiteral("-out"), csr, QStringLiteral("-subj"),
                 QStringLiteral("/CN=127.0.0.1")});
        QFile extFile(ext);
        REQUIRE(extFile.open(QIODevice::WriteOnly));
        extFile.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
        extFile.close();
        openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr, QStringLiteral("-CA"), ca,
                 QStringLiteral("-CAkey"), caKey, QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), cert,
                 QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), ext});
    }
};

} // namespace

TEST_CASE("TLS: a round trip with the test's CA, and a refusal without it", "[sync]")
{
    QTemporaryDir dir;
    TestCertificates certificates(dir);
    Login sam{QStringLiteral("sam"), QStringLiteral("sam-secret-1"), QStringLiteral("manager")};
    ServerProcess server(dir.filePath(QStringLiteral("server.db")));
    server.setUpChain({sam});
    server.setExtraServeArguments({QStringLiteral("--tls-cert"), certificates.cert, QStringLiteral("--tls-key"),
                                   certificates.key});
    server.setScheme(QStringLiteral("https"));
    server.start();

    Device untrusting(QStringLiteral("untrusting"));
    const QString refused = untrusting.signIn(server.baseUrl(), sam);
    CHECK(refused.contains(QStringLiteral("certificate could not be verified")));
    CHECK(untrusting.engine().signInProblem().code == SyncError::TlsFailure);
    CHECK_FALSE(untrusting.engine().signedIn());

    Device trusting(QStringLiteral("trusting")), other(QStringLiteral("other"));
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(certificates.ca);
    REQUIRE(ca.size() == 1);
    trusting.engine().setCaCertificates(ca);
    other.engine().setCaCertificates(ca);
    signInOrFail(trusting, server.baseUrl(), sam);
    signInOrFail(other, server.baseUrl(), sam);
    const QString id = createClient(trusting.notebook(), QStringLiteral("Encrypted"));
    REQUIRE(trusting.sync());
    REQUIRE(other.sync());
    CHECK(other.notebook().client(id).has_value());
}
