#include "compression.h"

#include <QStringList>

#include <zlib.h>
#include <zstd.h>

namespace rapport::server {

namespace {

/** zstd level 3 (its default) and zlib level 6 (its default): fast enough to stream a snapshot. */
constexpr int kZstdLevel = 3;
constexpr int kZlibLevel = 6;

/** The largest answer decompress() accepts, so a tiny bomb cannot take the memory. */
constexpr qsizetype kMaxDecompressedBytes = 256 * 1024 * 1024;

} // namespace

ContentCoding chooseCoding(const QString &acceptEncoding)
{
    bool zstd = false;
    bool deflate = false;
    for (const QString &item : acceptEncoding.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(QLatin1Char(';'));
        const QString name = parts.first().trimmed().toLower();
        bool refused = false;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QString param = parts.at(i).trimmed().toLower();
            if (param.startsWith(QLatin1String("q="))) {
                bool ok = false;
                const double q = param.mid(2).toDouble(&ok);
                refused = !ok || q <= 0.0;
            }
        }
        if (refused)
            continue;
        if (name == QLatin1String("zstd"))
            zstd = true;
        else if (name == QLatin1String("deflate"))
            deflate = true;
    }
    return zstd ? ContentCoding::Zstd : deflate ? ContentCoding::Deflate : ContentCoding::Identity;
}

QByteArray codingName(ContentCoding coding)
{
    switch (coding) {
    case ContentCoding::Zstd: return QByteArrayLiteral("zstd");
    case ContentCoding::Deflate: return QByteArrayLiteral("deflate");
    case ContentCoding::Identity: break;
    }
    return {};
}

std::optional<QByteArray> compress(const QByteArray &body, ContentCoding coding)
{
    if (coding == ContentCoding::Zstd) {
        QByteArray out(static_cast<qsizetype>(ZSTD_compressBound(static_cast<size_t>(body.size()))), Qt::Uninitialized);
        const size_t n = ZSTD_compress(out.data(), static_cast<size_t>(out.size()), body.constData(),
                                       static_cast<size_t>(body.size()), kZstdLevel);
        if (ZSTD_isError(n))
            return std::nullopt;
        out.truncate(static_cast<qsizetype>(n));
        return out;
    }
    if (coding == ContentCoding::Deflate) {
        uLongf size = compressBound(static_cast<uLong>(body.size()));
        QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
        if (compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(body.constData()),
                      static_cast<uLong>(body.size()), kZlibLevel) != Z_OK)
            return std::nullopt;
        out.truncate(static_cast<qsizetype>(size));
        return out;
    }
    return body;
}

std::optional<QByteArray> decompress(const QByteArray &data, ContentCoding coding)
{
    if (coding == ContentCoding::Zstd) {
        const unsigned long long size = ZSTD_getFrameContentSize(data.constData(), static_cast<size_t>(data.size()));
        if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN
            || size > static_cast<unsigned long long>(kMaxDecompressedBytes))
            return std::nullopt;
        QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
        const size_t n = ZSTD_decompress(out.data(), static_cast<size_t>(out.size()), data.constData(),
                                         static_cast<size_t>(data.size()));
        if (ZSTD_isError(n) || n != size)
            return std::nullopt;
        return out;
    }
    if (coding == ContentCoding::Deflate) {
        z_stream z{};
        if (inflateInit(&z) != Z_OK)
            return std::nullopt;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
        z.avail_in = static_cast<uInt>(data.size());
        QByteArray out;
        char chunk[64 * 1024];
        int rc = Z_OK;
        while (rc == Z_OK) {
            z.next_out = reinterpret_cast<Bytef *>(chunk);
            z.avail_out = sizeof chunk;
            rc = inflate(&z, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END)
                break;
            out.append(chunk, static_cast<qsizetype>(sizeof chunk - z.avail_out));
            if (out.size() > kMaxDecompressedBytes)
                rc = Z_MEM_ERROR;
        }
        inflateEnd(&z);
        if (rc != Z_STREAM_END)
            return std::nullopt;
        return out;
    }
    return data;
}

} // namespace rapport::server
