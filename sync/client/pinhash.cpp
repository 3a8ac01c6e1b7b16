#include "pinhash.h"

#include <QCoreApplication>

#include <sodium.h>

namespace rapport::pin {

namespace {

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace

std::optional<QString> problem(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 8)
        return QCoreApplication::translate("Pin", "A PIN has 4 to 8 digits.");
    for (const QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return QCoreApplication::translate("Pin", "A PIN has digits only.");
    }
    return std::nullopt;
}

QString hash(const QString &pin)
{
    if (!ready())
        return {};
    QByteArray utf8 = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    // Interactive costs (64 MiB, 2 passes): a tablet checks a PIN in a fraction of a second,
    // while a copied file still costs a guesser that much per try.
    const int rc = crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()),
                                         crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                                         crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return rc == 0 ? QString::fromLatin1(out) : QString();
}

bool verify(const QString &encoded, const QString &pin)
{
    if (!ready() || encoded.isEmpty())
        return false;
    const QByteArray stored = encoded.toLatin1();
    QByteArray utf8 = pin.toUtf8();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return ok;
}

} // namespace rapport::pin
