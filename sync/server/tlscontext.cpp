#include "tlscontext.h"

#include <openssl/ssl.h>

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

namespace rapport::server {

namespace {
// Mozilla's "intermediate" TLS 1.2 suites without the DHE ones; TLS 1.3 suites are all AEAD.
constexpr const char *kTls12Ciphers =
    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
    "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";
} // namespace

std::variant<std::shared_ptr<boost::asio::ssl::context>, QString> makeTlsContext(const QString &certFile,
                                                                                  const QString &keyFile)
{
    struct stat info {};
    if (::stat(keyFile.toLocal8Bit().constData(), &info) != 0)
        return QStringLiteral("Cannot read the TLS key %1: %2.").arg(keyFile, QString::fromLocal8Bit(std::strerror(errno)));
    if ((info.st_mode & 077) != 0)
        return QStringLiteral("The TLS key %1 can be read by other users of this machine (mode %2); run "
                              "\"chmod 600 %1\" and start again.")
            .arg(keyFile)
            .arg(info.st_mode & 0777, 4, 8, QLatin1Char('0'));

    namespace ssl = boost::asio::ssl;
    auto tls = std::make_shared<ssl::context>(ssl::context::tls_server);
    tls->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3
                     | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::no_compression);
    SSL_CTX *native = tls->native_handle();
    SSL_CTX_set_options(native, SSL_OP_NO_RENEGOTIATION);
    if (SSL_CTX_set_min_proto_version(native, TLS1_2_VERSION) != 1 || SSL_CTX_set_cipher_list(native, kTls12Ciphers) != 1)
        return QStringLiteral("The TLS library cannot offer TLS 1.2 with ECDHE and AES-GCM; update OpenSSL.");
    boost::system::error_code ec;
    tls->use_certificate_chain_file(certFile.toStdString(), ec);
    if (!ec)
        tls->use_private_key_file(keyFile.toStdString(), ssl::context::pem, ec);
    if (ec)
        return QStringLiteral("Cannot load the TLS certificate or key: %1").arg(QString::fromStdString(ec.message()));
    return tls;
}

} // namespace rapport::server
