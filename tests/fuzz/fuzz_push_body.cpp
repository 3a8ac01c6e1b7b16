// Push bodies as a device (or anyone) sends them: rapport::protocol::parsePushRequest.
// Whatever parses must survive the device's own serialisation unchanged (toJson, then parse).
#include "protocol/wire.h"

#include <QJsonValue>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace rapport::protocol;

static void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz: %s\n", what);
        std::abort();
    }
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto parsed = parsePushRequest(body);
    if (const auto *error = std::get_if<WireError>(&parsed)) {
        check(!error->code.isEmpty() && !error->message.isEmpty(), "a wire error without code or message");
        return 0;
    }
    for (const Mutation &m : std::get<QList<Mutation>>(parsed)) {
        const auto again = parseMutation(QJsonValue(toJson(m)));
        const auto *same = std::get_if<Mutation>(&again);
        check(same != nullptr, "a parsed mutation no longer parses after toJson");
        check(same->mid == m.mid && same->entity == m.entity && same->id == m.id && same->op == m.op
                  && same->hlc == m.hlc && same->fields == m.fields && same->base == m.base,
              "a parsed mutation changes through toJson and back");
    }
    return 0;
}
