#pragma once

#include "wire.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace rapport::protocol {

/**
 * One entry of `GET /v1/snapshot`: a live record's current values and their clocks. Every field
 * was written at `hlc` except those named in `clocks` (docs/ARCHITECTURE.md, Snapshot).
 */
struct SnapshotEntry
{
    QString entity;
    QString id;
    QString hlc;
    QJsonObject fields;
    QHash<QString, QString> clocks; // field -> clock, only where it differs from hlc

    /** The clock `field` was written at. */
    [[nodiscard]] QString clockOf(const QString &field) const { return clocks.value(field, hlc); }
};

/**
 * One answer of `GET /v1/snapshot`:
 * `{"entries":[…],"cursor":N,"has_more":bool,"next":"TOKEN","total":N}` (`next` only while
 * has_more, `total` only on the first page).
 * `cursor` is where incremental pulls continue once the last page is applied.
 */
struct SnapshotPage
{
    QList<SnapshotEntry> entries;
    QString cursor;
    bool hasMore = false;
    QString next; // opaque resume token for `after=`
    std::optional<qint64> total; // the first page: live records the whole snapshot holds
};

QJsonObject toJson(const SnapshotEntry &entry);
QJsonObject toJson(const SnapshotPage &page);
[[nodiscard]] std::variant<SnapshotEntry, WireError> parseSnapshotEntry(const QJsonValue &value);
/**
 * Reads a snapshot answer by the rules the server writes it with: every entry checked against the
 * schema (entity, id, clocks, field names and value types), a usable cursor, and a token while
 * more pages follow. A page with one bad entry is refused whole.
 */
[[nodiscard]] std::variant<SnapshotPage, WireError> parseSnapshotPage(const QJsonObject &object);

/** Snapshot page sizes (entries; a page also stops at about 4 MiB). */
constexpr int kDefaultSnapshotLimit = 2000;
constexpr int kMaxSnapshotLimit = 5000;
/** A resume token is at most this long (the server refuses longer ones). */
constexpr int kMaxSnapshotTokenLength = 200;

/**
 * While more pages follow, the server also sends the page's `next` token in this response header,
 * which arrives ahead of the body: a device asks for the following page as soon as an answer is
 * in and reads this one while the server writes that one (docs/ARCHITECTURE.md, Snapshot).
 */
inline constexpr char kNextHeader[] = "Rapport-Snapshot-Next";
/** `header`'s text when it can be a resume token (1 to kMaxSnapshotTokenLength characters), else empty. */
[[nodiscard]] QString announcedNext(const QByteArray &header);
/**
 * A page agrees with the `next` header it came with (`header` as received; empty when there was
 * none, as from a server before the header): the same token while more follow, none on the last
 * page. A device that asked ahead on the header refuses a page that says otherwise.
 */
[[nodiscard]] std::optional<WireError> checkAnnouncedNext(const SnapshotPage &page, const QByteArray &header);

namespace key {
inline constexpr QLatin1String entries("entries");
inline constexpr QLatin1String clocks("clocks");
inline constexpr QLatin1String next("next");
inline constexpr QLatin1String after("after");
inline constexpr QLatin1String total("total");
} // namespace key

} // namespace rapport::protocol
