#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace rapport::server {

/** A content coding the server can write (RFC 9110 names). */
enum class ContentCoding { Identity, Deflate, Zstd };

/**
 * The coding to answer with for an `Accept-Encoding` header: zstd if the client takes it, else
 * deflate (zlib format), else identity. Codings marked `q=0` are refused; unknown ones are ignored.
 */
[[nodiscard]] ContentCoding chooseCoding(const QString &acceptEncoding);

/** The header value for `coding` ("zstd", "deflate"; empty for identity). */
[[nodiscard]] QByteArray codingName(ContentCoding coding);

/** `body` compressed with `coding`; nullopt if the library failed (the caller sends it plain). */
[[nodiscard]] std::optional<QByteArray> compress(const QByteArray &body, ContentCoding coding);

/** Inverse of compress (tests and the bench); nullopt for data that is not valid in `coding`. */
[[nodiscard]] std::optional<QByteArray> decompress(const QByteArray &data, ContentCoding coding);

} // namespace rapport::server
