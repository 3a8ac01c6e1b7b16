// Pull queries (GET /v1/pull?...) of a signed-in device through the real Api and storage. The
// first byte picks the caller (associate or manager); the rest is the query as the HTTP layer
// hands it over (UTF-8 text of the request target).
#include "apifixture.h"

#include <cstdint>

using rapport::fuzz::ApiFixture;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QString token = (data[0] & 1) ? ApiFixture::managerToken() : ApiFixture::associateToken();
    const QString query = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    ApiFixture::checkReply(ApiFixture::instance().handle(QStringLiteral("GET"), QStringLiteral("/v1/pull?") + query,
                                                         QStringLiteral("Bearer ") + token, QByteArray()));
    return 0;
}
