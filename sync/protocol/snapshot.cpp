#include "snapshot.h"

#include "schema.h"

#include <QJsonArray>

namespace rapport::protocol {

namespace {

bool isToken(const QString &text)
{
    return !text.isEmpty() && text.size() <= kMaxSnapshotTokenLength;
}

} // namespace

QJsonObject toJson(const SnapshotEntry &entry)
{
    QJsonObject o{{key::entity, entry.entity}, {key::id, entry.id}, {key::hlc, entry.hlc},
                  {key::fields, entry.fields}};
    if (!entry.clocks.isEmpty()) {
        QJsonObject clocks;
        for (auto it = entry.clocks.cbegin(); it != entry.clocks.cend(); ++it)
            clocks.insert(it.key(), it.value());
        o.insert(key::clocks, clocks);
    }
    return o;
}

QJsonObject toJson(const SnapshotPage &page)
{
    QJsonArray entries;
    for (const SnapshotEntry &e : page.entries)
        entries.append(toJson(e));
    QJsonObject o{{key::entries, entries}, {key::hasMore, page.hasMore}};
    bool numeric = false;
    const qint64 cursor = page.cursor.toLongLong(&numeric);
    o.insert(key::cursor, numeric ? QJsonValue(static_cast<double>(cursor)) : QJsonValue(page.cursor));
    if (page.hasMore)
        o.insert(key::next, page.next);
    if (page.total)
        o.insert(key::total, static_cast<double>(*page.total));
    return o;
}

std::variant<SnapshotEntry, WireError> parseSnapshotEntry(const QJsonValue &value)
{
    const auto bad = [](const QString &message) {
        return WireError{QStringLiteral("malformed_page"), message, std::nullopt};
    };
    if (!value.isObject())
        return bad(QStringLiteral("An entry is not a JSON object."));
    const QJsonObject o = value.toObject();
    SnapshotEntry e;
    e.entity = o.value(key::entity).toString();
    e.id = o.value(key::id).toString();
    e.hlc = o.value(key::hlc).toString();
    if (!isKnownEntity(e.entity))
        return bad(QStringLiteral("An entry names no known entity (\"%1\").").arg(e.entity.left(40)));
    if (!isUuid(e.id))
        return bad(QStringLiteral("An entry's id is not a lower-case UUID."));
    if (!isHlc(e.hlc))
        return bad(QStringLiteral("Entry %1 has no valid clock (hlc).").arg(e.id));
    const QJsonValue fields = o.value(key::fields);
    if (!fields.isObject() || fields.toObject().isEmpty())
        return bad(QStringLiteral("Entry %1 has no fields object.").arg(e.id));
    e.fields = fields.toObject();
    // A field this version does not know is left for a newer app (as in a pull); a known one
    // must have its type.
    const QStringList &known = fieldsOf(e.entity);
    for (auto it = e.fields.begin(); it != e.fields.end(); ++it) {
        if (!known.contains(it.key()))
            continue;
        if (auto problem = checkFieldValue(e.entity, it.key(), it.value()))
            return bad(QStringLiteral("Entry %1: %2").arg(e.id, *problem));
    }
    const QJsonValue clocks = o.value(key::clocks);
    if (!(clocks.isUndefined() || clocks.isObject()))
        return bad(QStringLiteral("Entry %1: \"clocks\" must be an object.").arg(e.id));
    const QJsonObject clockObject = clocks.toObject();
    for (auto it = clockObject.begin(); it != clockObject.end(); ++it) {
        if (!e.fields.contains(it.key()))
            return bad(QStringLiteral("Entry %1 gives a clock for %2, a field it does not hold.").arg(e.id, it.key()));
        if (!it.value().isString() || !isHlc(it.value().toString()))
            return bad(QStringLiteral("Entry %1: the clock of %2 is not valid.").arg(e.id, it.key()));
        e.clocks.insert(it.key(), it.value().toString());
    }
    return e;
}

std::variant<SnapshotPage, WireError> parseSnapshotPage(const QJsonObject &o)
{
    const auto bad = [](const QString &message) {
        return WireError{QStringLiteral("malformed_page"), message, std::nullopt};
    };
    const QJsonValue entries = o.value(key::entries);
    if (!entries.isArray())
        return bad(QStringLiteral("\"entries\" must be an array."));
    SnapshotPage page;
    const QJsonArray list = entries.toArray();
    page.entries.reserve(list.size());
    for (const QJsonValue &v : list) {
        auto entry = parseSnapshotEntry(v);
        if (auto *e = std::get_if<WireError>(&entry)) {
            e->message = QStringLiteral("Entry %1 of the page: %2").arg(page.entries.size() + 1).arg(e->message);
            return *e;
        }
        page.entries.append(std::move(std::get<SnapshotEntry>(entry)));
    }
    const QJsonValue cursor = o.value(key::cursor);
    const std::optional<qint64> number = wholeNumber(cursor);
    if (cursor.isString() && !cursor.toString().isEmpty())
        page.cursor = cursor.toString();
    else if (number && *number >= 0)
        page.cursor = QString::number(*number);
    else
        return bad(QStringLiteral("The page has no usable \"cursor\"."));
    const QJsonValue hasMore = o.value(key::hasMore);
    if (!hasMore.isBool())
        return bad(QStringLiteral("The page does not say whether more follow (\"has_more\")."));
    page.hasMore = hasMore.toBool();
    if (page.hasMore) {
        const QString next = o.value(key::next).toString();
        if (!isToken(next))
            return bad(QStringLiteral("The page says more follow but gives no usable \"next\" token."));
        page.next = next;
    }
    const QJsonValue total = o.value(key::total);
    if (!total.isUndefined()) {
        const std::optional<qint64> count = wholeNumber(total);
        if (!count || *count < 0)
            return bad(QStringLiteral("The page's \"total\" is not a count of records."));
        page.total = count;
    }
    return page;
}

QString announcedNext(const QByteArray &header)
{
    const QString text = QString::fromLatin1(header);
    return isToken(text) ? text : QString();
}

std::optional<WireError> checkAnnouncedNext(const SnapshotPage &page, const QByteArray &header)
{
    if (header.isEmpty() || (page.hasMore && page.next == QString::fromLatin1(header)))
        return std::nullopt;
    return WireError{QStringLiteral("malformed_page"),
                     page.hasMore ? QStringLiteral("The page's %1 header names another page than its \"next\" token.")
                                        .arg(QLatin1String(kNextHeader))
                                  : QStringLiteral("The page's %1 header announces a page after the last one.")
                                        .arg(QLatin1String(kNextHeader)),
                     std::nullopt};
}

} // namespace rapport::protocol
