#pragma once

#include "api.h"

#include <QByteArray>
#include <QString>

namespace rapport::fuzz {

/**
 * One Api over a real SqliteStorage in a temporary file, seeded once per process with the demo
 * chain (as `rapport-server demo` does), shared by every input of a fuzz target.
 *
 * Two devices are signed in with tokens short enough for a fuzzer to find and for seed inputs to
 * carry: `Bearer fuzz` (sam, an associate) and `Bearer fuzzm` (maya, a manager).
 *
 * Sign-in costs an Argon2id hash of 64 MiB; the limiter here lets two attempts through per
 * process and answers every later one 429, so inputs stay fast while the body checks before the
 * limiter are fuzzed in full. The server's own code and costs are untouched.
 */
class ApiFixture
{
public:
    static ApiFixture &instance();

    server::ApiReply handle(const QString &method, const QString &target, const QString &authorization,
                            const QByteArray &body);

    /**
     * Aborts (a finding for the fuzzer) when a reply breaks the contract of docs/ARCHITECTURE.md:
     * a status outside 2xx-5xx, a body that is not a JSON object, an error without a snake_case
     * code and a message, or a 500: on a healthy database, no input may make the server fail.
     */
    static void checkReply(const server::ApiReply &reply);

    static QString associateToken() { return QStringLiteral("fuzz"); }
    static QString managerToken() { return QStringLiteral("fuzzm"); }

private:
    ApiFixture();
    struct Parts;
    Parts *m_parts; // lives until exit: the fuzzer never returns from its loop
};

} // namespace rapport::fuzz
