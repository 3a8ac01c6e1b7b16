#pragma once

#include <QString>

#include <optional>

namespace rapport::pin {

/** A PIN is 4 to 8 digits; nullopt when `pin` is one, else why not (in words). */
std::optional<QString> problem(const QString &pin);
/** An Argon2id hash of `pin` in the standard encoded form (salt and costs inside); empty on failure. */
QString hash(const QString &pin);
/** Whether `pin` matches `encoded` (a hash made by hash()). */
bool verify(const QString &encoded, const QString &pin);

} // namespace rapport::pin
