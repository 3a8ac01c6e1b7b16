#pragma once

#include <QString>

#include <boost/asio/ssl/context.hpp>

#include <memory>
#include <variant>

namespace rapport::server {

/**
 * The server's TLS context: TLS 1.2 and 1.3 only, TLS 1.2 restricted to forward-secret AEAD
 * suites (ECDHE with AES-GCM or ChaCha20-Poly1305). Refuses a private key file that other
 * users of the machine can read. A sentence saying what to fix on failure.
 */
[[nodiscard]] std::variant<std::shared_ptr<boost::asio::ssl::context>, QString>
makeTlsContext(const QString &certFile, const QString &keyFile);

} // namespace rapport::server
