#include "crypto.h"

#include <sodium.h>

namespace rapport::server::crypto {

namespace {

QString uuidText(unsigned char bytes[16], int version)
{
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | (version << 4));
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80);
    const QString hex = QString::fromLatin1(QByteArray(reinterpret_cast<char *>(bytes), 16).toHex());
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4)
        + QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20);
}

} // namespace

bool initialise()
{
    return sodium_init() >= 0;
}

QString randomUuid()
{
    unsigned char bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    return uuidText(bytes, 4);
}

QString randomToken()
{
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    const QString token = QString::fromLatin1(QByteArray(reinterpret_cast<char *>(bytes), 32).toHex());
    sodium_memzero(bytes, sizeof bytes);
    return token;
}

QString sha256Hex(const QString &text)
{
    const QByteArray data = text.toUtf8();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<unsigned long long>(data.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<char *>(digest), sizeof digest).toHex());
}

std::optional<QString> hashPassword(const QByteArray &password)
{
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hash, password.constData(), static_cast<unsigned long long>(password.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return std::nullopt;
    return QString::fromLatin1(hash);
}

bool verifyPassword(const QString &hash, const QByteArray &password)
{
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), password.constData(),
                                    static_cast<unsigned long long>(password.size()))
        == 0;
}

QString derivedUuid(const QString &seed)
{
    const QByteArray data = seed.toUtf8();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<unsigned long long>(data.size()));
    return uuidText(digest, 8);
}

} // namespace rapport::server::crypto
