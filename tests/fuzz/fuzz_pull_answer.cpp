// The device's side of a pull: a page from the server (or from anything between it and the
// device), each change read with rapport::protocol::changeFromJson.
#include "protocol/wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace rapport::protocol;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QJsonObject page = QJsonDocument::fromJson(body).object();
    for (const QJsonValue &value : page.value(QLatin1String("changes")).toArray()) {
        const auto change = changeFromJson(value.toObject());
        if (!change)
            continue;
        // What was accepted is what the server would send again: the form must be stable.
        const auto again = changeFromJson(toJson(*change));
        if (!again || again->cursor != change->cursor || again->entity != change->entity || again->id != change->id
            || again->op != change->op || again->hlc != change->hlc || again->fields != change->fields) {
            std::fprintf(stderr, "fuzz: an accepted change differs after toJson and back\n");
            std::abort();
        }
    }
    return 0;
}
