// GET /v1/activity (the trail, managers and admins only) and POST /v1/activity (a device tells
// of an import or an export it made). See docs/ARCHITECTURE.md, "Activity trail".
#include "api.h"

#include "printable.h"
#include "protocol/jsontext.h"
#include "protocol/schema.h"
#include "protocol/wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace rapport::server {

namespace {

constexpr int kDefaultActivityLimit = 100;
constexpr int kMaxActivityLimit = 500;
constexpr int kMaxSummaryLength = 1000;

bool canReadTrail(Role role)
{
    return role == Role::Manager || role == Role::Admin;
}

QJsonObject toJson(const ActivityRow &row)
{
    return QJsonObject{{QStringLiteral("seq"), static_cast<double>(row.seq)},
                       {QStringLiteral("time"), protocol::isoTime(row.timeMs)},
                       {QStringLiteral("staff_id"), row.staffId},
                       {QStringLiteral("staff_name"), row.staffName},
                       {QStringLiteral("kind"), row.kind},
                       {QStringLiteral("summary"), row.summary},
                       {QStringLiteral("subject_id"), row.subjectId}};
}

} // namespace

ApiReply Api::readActivity(const Caller &caller, const ApiRequest &request)
{
    if (!canReadTrail(caller.staff.role))
        return error(403, QStringLiteral("forbidden"),
                     QStringLiteral("Only managers and admins read the activity trail; ask a manager."));
    const QUrlQuery query(request.target.section(QLatin1Char('?'), 1));
    bool beforeOk = true;
    bool limitOk = true;
    const QString beforeText = query.queryItemValue(QStringLiteral("before"));
    const QString limitText = query.queryItemValue(QStringLiteral("limit"));
    const QString kind = query.queryItemValue(QStringLiteral("kind"));
    const qint64 before = beforeText.isEmpty() ? 0 : beforeText.toLongLong(&beforeOk);
    const int limit = limitText.isEmpty() ? kDefaultActivityLimit : limitText.toInt(&limitOk);
    if (!beforeOk || before < 0 || !limitOk || limit < 1)
        return error(400, QStringLiteral("invalid_request"),
                     QStringLiteral("before must be a whole number >= 0 and limit a whole number >= 1."));
    if (!kind.isEmpty() && !activityKinds().contains(kind))
        return error(400, QStringLiteral("invalid_request"),
                     QStringLiteral("kind must be one of %1.").arg(activityKinds().join(QStringLiteral(", "))));
    const int take = std::min(limit, kMaxActivityLimit);
    // One more than asked tells whether an older page exists.
    auto rows = m_storage.activity(caller.staff.orgId, before, take + 1, kind);
    if (const auto *e = std::get_if<StorageError>(&rows))
        return storageFailure(*e);
    QList<ActivityRow> &list = std::get<QList<ActivityRow>>(rows);
    const bool hasMore = list.size() > take;
    if (hasMore)
        list.resize(take);
    QJsonArray entries;
    for (const ActivityRow &row : list)
        entries.append(toJson(row));
    QJsonObject body{{QStringLiteral("activity"), entries}, {QStringLiteral("has_more"), hasMore}};
    body.insert(QStringLiteral("before"), hasMore ? QJsonValue(static_cast<double>(list.last().seq)) : QJsonValue());
    return answer(200, body);
}

ApiReply Api::reportActivity(const Caller &caller, const ApiRequest &request)
{
    const std::optional<QJsonDocument> doc = protocol::parseJsonText(request.body);
    if (!doc || !doc->isObject())
        return error(400, QStringLiteral("invalid_json"), QStringLiteral("The request body is not a JSON object."));
    const QJsonObject o = doc->object();
    const QJsonValue id = o.value(QLatin1String("id"));
    const QJsonValue kind = o.value(QLatin1String("kind"));
    const QJsonValue summary = o.value(QLatin1String("summary"));
    const QJsonValue subject = o.value(QLatin1String("subject_id"));
    if (!id.isString() || !protocol::isUuid(id.toString()) || !kind.isString() || !summary.isString()
        || (!subject.isUndefined() && !subject.isString()))
        return error(422, QStringLiteral("invalid_request"),
                     QStringLiteral("An activity report needs id (a lower-case UUID the device made), kind and "
                                    "summary (text), and optionally subject_id (text)."));
    // A device tells of what it did itself: an import, an export, a merge or a reassignment
    // (each of which reaches the server as ordinary edits). Erasures, role changes and
    // revocations are recorded by the server as it makes them, so no device can claim one.
    static const QStringList reportable{QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("merge"),
                                        QStringLiteral("reassign")};
    if (!reportable.contains(kind.toString()))
        return error(422, QStringLiteral("invalid_request"),
                     QStringLiteral("A device reports only imports, exports, merges and reassignments (kind import, "
                                    "export, merge or reassign)."));
    const QString text = summary.toString();
    if (text.isEmpty() || text.size() > kMaxSummaryLength || !isPrintableText(text)
        || subject.toString().size() > 200 || !isPrintableText(subject.toString()))
        return error(422, QStringLiteral("invalid_request"),
                     QStringLiteral("summary must be 1 to %1 characters of printable text on one line, and "
                                    "subject_id at most 200.").arg(kMaxSummaryLength));
    if (kind.toString() != QLatin1String("export") && !canReadTrail(caller.staff.role)) {
        const QString what = kind.toString() == QLatin1String("import") ? QStringLiteral("import clients")
            : kind.toString() == QLatin1String("merge")                 ? QStringLiteral("merge clients")
                                                                         : QStringLiteral("reassign clients");
        return error(403, QStringLiteral("forbidden"),
                     QStringLiteral("Only managers and admins %1; ask a manager.").arg(what));
    }
    if (const auto e = m_storage.recordActivity(caller.staff.orgId, caller.staff.id, kind.toString(), text,
                                                subject.toString(), id.toString()))
        return storageFailure(*e);
    return answer(200, QJsonObject{{QStringLiteral("recorded"), true}});
}

} // namespace rapport::server
