// GET /v1/snapshot: a fresh device's first sync (docs/ARCHITECTURE.md, Snapshot), and the
// compression of large sync answers a device asks for with Accept-Encoding.
#include "api.h"

#include "compression.h"
#include "protocol/snapshot.h"
#include "protocol/schema.h"

#include <QDateTime>
#include <QUrlQuery>

#include <algorithm>

namespace rapport::server {

namespace {

/** Answers smaller than this go plain: compressing them saves less than a packet. */
constexpr qsizetype kCompressFromBytes = 1024;

bool isDigits(const QString &text, int maxLength)
{
    return !text.isEmpty() && text.size() <= maxLength
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/** The token a page ends with: `<cursor>.<kind>.<id>` in base64url, opaque to devices. */
QString encodeToken(const SnapshotPosition &position)
{
    const QByteArray plain = QByteArray::number(position.cursor) + '.' + QByteArray::number(position.kind) + '.'
        + position.id.toLatin1();
    return QString::fromLatin1(plain.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<SnapshotPosition> decodeToken(const QString &token)
{
    if (token.isEmpty() || token.size() > protocol::kMaxSnapshotTokenLength)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const QString cursorText = QString::fromLatin1(parts.at(0));
    const QString kindText = QString::fromLatin1(parts.at(1));
    const QString id = QString::fromLatin1(parts.at(2));
    if (!isDigits(cursorText, 18) || !isDigits(kindText, 2) || (!id.isEmpty() && !protocol::isUuid(id)))
        return std::nullopt;
    SnapshotPosition position{cursorText.toLongLong(), kindText.toInt(), id};
    if (position.kind >= snapshotKinds().size())
        return std::nullopt;
    return position;
}

} // namespace

ApiReply Api::snapshot(const Caller &caller, const ApiRequest &request)
{
    const QUrlQuery query(request.target.section(QLatin1Char('?'), 1));
    std::optional<SnapshotPosition> after;
    if (query.hasQueryItem(protocol::key::after)) {
        const QString token = query.queryItemValue(protocol::key::after);
        after = decodeToken(token);
        if (!after)
            return error(400, QStringLiteral("invalid_request"),
                         QStringLiteral("after must be the \"next\" token of an earlier snapshot page, got \"%1\".")
                             .arg(token.left(40)));
    }
    int limit = protocol::kDefaultSnapshotLimit;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        const QString text = query.queryItemValue(QStringLiteral("limit"));
        limit = isDigits(text, 6) ? text.toInt() : -1;
        if (limit < 1 || limit > protocol::kMaxSnapshotLimit)
            return error(400, QStringLiteral("invalid_request"),
                         QStringLiteral("limit must be a whole number from 1 to %1, got \"%2\".")
                             .arg(protocol::kMaxSnapshotLimit)
                             .arg(text.left(40)));
    }
    auto result = m_storage.snapshot(caller.staff.orgId, after, limit, kDefaultPullMaxBytes);
    if (auto *e = std::get_if<StorageError>(&result))
        return storageFailure(*e);
    const auto &page = std::get<std::optional<SnapshotPage>>(result);
    if (!page)
        return error(410, QStringLiteral("resync_required"),
                     QStringLiteral("This snapshot is older than the deletions the server keeps; start the snapshot "
                                    "again from its first page."));
    // The entries are stored JSON joined as text; only the frame around them is written here.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QByteArray body;
    body.reserve(page->entries.size() + 256);
    body.append("{\"entries\":[").append(page->entries).append("],\"cursor\":")
        .append(QByteArray::number(page->cursor)).append(",\"has_more\":")
        .append(page->next ? "true" : "false");
    const QByteArray next = page->next ? encodeToken(*page->next).toLatin1() : QByteArray();
    if (page->next)
        body.append(",\"next\":\"").append(next).append('"');
    if (page->total)
        body.append(",\"total\":").append(QByteArray::number(*page->total));
    body.append(",\"server_time\":\"").append(protocol::isoTime(now).toLatin1())
        .append("\",\"server_time_ms\":").append(QByteArray::number(now)).append('}');
    ApiReply reply{200, body, 0, std::nullopt, {}, {}};
    if (page->next)
        reply.headers.emplace_back(protocol::kNextHeader, next);
    return reply;
}

ApiReply Api::encoded(ApiReply reply, const ApiRequest &request)
{
    // Only the large answers of a sync: pulls and snapshot pages.
    const QString path = request.target.section(QLatin1Char('?'), 0, 0);
    if (reply.status != 200 || reply.body.size() < kCompressFromBytes || !reply.contentEncoding.isEmpty()
        || (path != QLatin1String("/v1/pull") && path != QLatin1String("/v1/snapshot")))
        return reply;
    const ContentCoding coding = chooseCoding(request.acceptEncoding);
    if (coding == ContentCoding::Identity)
        return reply;
    if (auto packed = compress(reply.body, coding)) {
        reply.body = std::move(*packed);
        reply.contentEncoding = codingName(coding);
    }
    return reply;
}

} // namespace rapport::server
