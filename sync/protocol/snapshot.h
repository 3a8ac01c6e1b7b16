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

namespace key {
inline constexpr QLatin1String entries("entries");
inline constexpr QLatin1String clocks("clocks");
inline constexpr QLatin1String next("next");
inline constexpr QLatin1String after("after");
inline constexpr QLatin1String total("total");
} // namespace key

} // namespace rapport::protocol
