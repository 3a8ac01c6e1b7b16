#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace rapport::server::crypto {

/** Must run once before anything else here (libsodium). False if the library cannot start. */
[[nodiscard]] bool initialise();

/** A random (version 4) UUID in lower-case text. */
QString randomUuid();
/** 256 random bits as 64 lower-case hex characters: a device token. */
QString randomToken();
/** SHA-256 of the text's UTF-8 bytes, lower-case hex. */
QString sha256Hex(const QString &text);
/** Argon2id hash string (libsodium's crypto_pwhash_str); nullopt when memory runs out. */
std::optional<QString> hashPassword(const QByteArray &password);
[[nodiscard]] bool verifyPassword(const QString &hash, const QByteArray &password);
/** A UUID derived from the text, so every server makes the same id for the same input. */
QString derivedUuid(const QString &seed);

} // namespace rapport::server::crypto
