// Sign-in bodies (POST /v1/session) through the real Api and storage.
#include "apifixture.h"

#include <cstdint>

using rapport::fuzz::ApiFixture;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ApiFixture::checkReply(ApiFixture::instance().handle(QStringLiteral("POST"), QStringLiteral("/v1/session"),
                                                         QString(), body));
    return 0;
}
