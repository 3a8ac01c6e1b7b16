// Push bodies of a signed-in device through the real Api into the real storage, where what
// passes the wire checks meets the organisation's records. The first byte picks the caller
// (associate or manager); the rest is the body.
#include "apifixture.h"

#include <cstdint>

using rapport::fuzz::ApiFixture;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QString token = (data[0] & 1) ? ApiFixture::managerToken() : ApiFixture::associateToken();
    const QByteArray body(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    ApiFixture::checkReply(ApiFixture::instance().handle(QStringLiteral("POST"), QStringLiteral("/v1/push"),
                                                         QStringLiteral("Bearer ") + token, body));
    return 0;
}
