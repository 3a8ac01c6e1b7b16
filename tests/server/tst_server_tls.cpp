// The server's TLS profile (TLS 1.2+ with forward-secret AEAD suites only) and its refusal to
// start with a private key other users can read.
#include "httpclient.h"
#include "serverprocess.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>

#include <openssl/ssl.h>

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

/**
 * Whether a TLS handshake succeeds from a client offering only these TLS 1.2 suites and at most
 * this version. Security level 0 lets the client really offer old suites and versions, so a
 * failure is the server's refusal.
 */
bool handshakes(int port, const char *tls12Ciphers, int maxVersion)
{
    asio::io_context io;
    asio::ssl::context ctx(asio::ssl::context::tls_client);
    SSL_CTX *native = ctx.native_handle();
    SSL_CTX_set_security_level(native, 0);
    SSL_CTX_set_min_proto_version(native, TLS1_VERSION);
    SSL_CTX_set_max_proto_version(native, maxVersion);
    if (SSL_CTX_set_cipher_list(native, tls12Ciphers) != 1)
        FAIL("the client cannot offer " << tls12Ciphers);
    ctx.set_verify_mode(asio::ssl::verify_none);
    asio::ssl::stream<tcp::socket> stream(io, ctx);
    boost::system::error_code ec;
    stream.lowest_layer().connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port)), ec);
    REQUIRE_FALSE(ec);
    stream.handshake(asio::ssl::stream_base::client, ec);
    return !ec;
}

} // namespace

TEST_CASE("TLS offers only TLS 1.2+ with forward-secret AEAD suites", "[server][tls]")
{
    ServerProcess server;
    const auto [cert, key] = makeCertificate(server);
    server.start({s("--tls-cert"), cert, s("--tls-key"), key});

    HttpClient normal(server.port());
    normal.setTls(cert.toStdString());
    CHECK(normal.request("GET", "/v1/health").status == 200);
    CHECK(handshakes(server.port(), "ECDHE-RSA-AES128-GCM-SHA256", TLS1_2_VERSION));
    CHECK(handshakes(server.port(), "ECDHE-RSA-CHACHA20-POLY1305", TLS1_2_VERSION));

    // Static RSA key exchange, CBC with SHA-1: no forward secrecy, no AEAD.
    CHECK_FALSE(handshakes(server.port(), "AES128-SHA", TLS1_2_VERSION));
    CHECK_FALSE(handshakes(server.port(), "AES256-SHA256", TLS1_2_VERSION));
    // Forward secret but CBC.
    CHECK_FALSE(handshakes(server.port(), "ECDHE-RSA-AES128-SHA", TLS1_2_VERSION));
    // Old protocol versions, whatever the suite.
    CHECK_FALSE(handshakes(server.port(), "ALL:@SECLEVEL=0", TLS1_1_VERSION));
    CHECK_FALSE(handshakes(server.port(), "ALL:@SECLEVEL=0", TLS1_VERSION));
    server.stop();
}

TEST_CASE("the server refuses a TLS key that other users can read", "[server][tls]")
{
    ServerProcess server;
    const auto [cert, key] = makeCertificate(server);
    for (const auto permissions : {QFile::ReadGroup, QFile::ReadOther}) {
        REQUIRE(QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner | permissions));
        QProcess serve;
        serve.start(s(RAPPORT_SERVER_BINARY), {s("serve"), s("--db"), server.dbPath(), s("--listen"), s("127.0.0.1:0"),
                                                s("--tls-cert"), cert, s("--tls-key"), key});
        REQUIRE(serve.waitForFinished(20000));
        CHECK(serve.exitCode() != 0);
        const QString said = QString::fromUtf8(serve.readAllStandardError());
        INFO(said.toStdString());
        CHECK(said.contains(s("can be read by other users")));
        CHECK(said.contains(s("chmod 600")));
        CHECK_FALSE(QString::fromUtf8(serve.readAllStandardOutput()).contains(s("listening")));
    }
}
