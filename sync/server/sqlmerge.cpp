// Merged clients on the server: who may merge, and where writes to a merged-away client land.
// A merge reaches the server as ordinary field changes (the records' client_id, the other
// client's `merged_into`); what a device wrote to the other client before it heard of the
// merge is moved here, as changes the server makes with clocks after the device's own, so the
// device that wrote them takes the move back on its next pull and every device converges.
#include "sqlstorage.h"

#include "protocol/jsontext.h"
#include "protocol/schema.h"

#include <QHash>
#include <QJsonArray>

namespace rapport::server {

using protocol::Mutation;

namespace {

const QString kMergedInto = QStringLiteral("merged_into");
const QString kClientId = QStringLiteral("client_id");

bool ownedByClient(const QString &entity)
{
    return entity == QLatin1String("note") || entity == QLatin1String("follow_up");
}

/** The value a client field has when it holds nothing (what a merge leaves on the other client). */
QJsonValue emptyValue(const QString &field)
{
    if (field == QLatin1String("keep_in_touch_days"))
        return QJsonValue(0);
    return QJsonValue(QString());
}

} // namespace

std::optional<QString> SqlStorage::checkMerge(const Caller &caller, const Mutation &m,
                                                 const std::optional<RecordInfo> &existing)
{
    const bool associate = caller.staff.role == Role::Associate;
    if (m.entity == QLatin1String("client") && m.fields.contains(kMergedInto)) {
        if (associate)
            return QStringLiteral("Only a manager or an admin can merge clients or undo a merge.");
        const QString target = m.fields.value(kMergedInto).toString();
        if (target.isEmpty())
            return std::nullopt;
        if (target == m.id)
            return QStringLiteral("A client cannot be merged into itself.");
        const std::optional<RecordInfo> kept = record(target);
        if (!kept || kept->entity != QLatin1String("client") || kept->orgId != caller.staff.orgId)
            return QStringLiteral("merged_into names no client of your organisation.");
        return std::nullopt;
    }
    // Moving an existing note or follow-up to another client is what a merge does.
    if (associate && existing && ownedByClient(m.entity) && m.fields.contains(kClientId)
        && m.fields.value(kClientId).toString() != existing->clientId)
        return QStringLiteral("Only a manager or an admin can move a %1 to another client (merge clients).")
            .arg(m.entity == QLatin1String("note") ? QStringLiteral("note") : QStringLiteral("follow-up"));
    return std::nullopt;
}

QString SqlStorage::mergedInto(const QString &orgId, const QString &clientId)
{
    QString current = clientId;
    // Bounded: two managers offline could merge A into B and B into A.
    for (int hop = 0; hop < 16; ++hop) {
        const std::optional<FieldState> next = fieldState(current, kMergedInto);
        const QString target = next ? next->value.toString() : QString();
        if (target.isEmpty() || target == current)
            break;
        const std::optional<RecordInfo> kept = record(target);
        if (!kept || kept->orgId != orgId || kept->deleted)
            break;
        current = target;
    }
    return current == clientId ? QString() : current;
}

QString SqlStorage::clockAfter(const QString &hlc, qint64 nowMs)
{
    const QString server = serverClock(nowMs);
    if (!protocol::isHlc(hlc))
        return server;
    const qint64 ms = protocol::hlcWallMs(hlc);
    const int counter = QStringView(hlc).mid(16, 5).toInt();
    const QString next = counter < 99999 ? protocol::makeHlc(ms, counter + 1, protocol::serverClockId())
                                         : protocol::makeHlc(ms + 1, 0, protocol::serverClockId());
    return std::max(server, next);
}

void SqlStorage::moveToClient(const QString &orgId, const QString &entity, const QString &id,
                                 const QString &target, qint64 nowMs)
{
    const std::optional<FieldState> current = fieldState(id, kClientId);
    const QString clock = clockAfter(current ? current->hlc : QString(), nowMs);
    setField(id, kClientId, target, clock);
    Statement(m_db, "UPDATE record SET client_id = ? WHERE id = ?").bind(1, target).bind(2, id).run();
    const QJsonObject moved{{kClientId, target}};
    dropSuperseded(orgId, id, moved);
    logChange(orgId, entity, id, QStringLiteral("upsert"), clock, QString(), moved, nowMs);
}

void SqlStorage::redirectMerged(const Caller &caller, const Mutation &m, const QJsonObject &won, qint64 nowMs)
{
    const QString orgId = caller.staff.orgId;
    if (ownedByClient(m.entity)) {
        const std::optional<RecordInfo> row = record(m.id);
        if (!row || row->deleted || row->clientId.isEmpty())
            return;
        const QString target = mergedInto(orgId, row->clientId);
        if (!target.isEmpty())
            moveToClient(orgId, m.entity, m.id, target, nowMs);
        return;
    }
    if (m.entity != QLatin1String("client"))
        return;
    const QString target = mergedInto(orgId, m.id);
    if (target.isEmpty())
        return;
    QList<std::pair<QString, FieldState>> carried; // field, value and clock to give the client kept
    if (!won.value(kMergedInto).toString().isEmpty()) {
        // The merge itself: what reached the server for the other client after the merging
        // device read it (another device's note or edit, pushed meanwhile) moves too.
        QList<std::pair<QString, QString>> owned;
        {
            Statement s(m_db, "SELECT id, entity FROM record WHERE org_id = ? AND client_id = ? AND id <> ? "
                                       "AND deleted = 0 AND entity IN ('note', 'follow_up') ORDER BY id");
            s.bind(1, orgId).bind(2, m.id).bind(3, m.id);
            while (s.step())
                owned.append({s.text(0), s.text(1)});
        }
        for (const auto &[id, entity] : owned)
            moveToClient(orgId, entity, id, target, nowMs);
        for (const QString &field : protocol::fieldsOf(QStringLiteral("client"))) {
            if (field == kMergedInto || field == QLatin1String("created_at") || won.contains(field))
                continue;
            const std::optional<FieldState> state = fieldState(m.id, field);
            if (state && state->value != emptyValue(field) && !state->value.isNull())
                carried.append({field, *state});
        }
    } else {
        // An edit of the merged-away client, made before its device heard of the merge: every
        // field it sent, also those older than the merge's emptying of this record.
        for (auto it = m.fields.begin(); it != m.fields.end(); ++it) {
            if (it.key() != kMergedInto && it.key() != QLatin1String("created_at"))
                carried.append({it.key(), FieldState{it.value(), m.hlc}});
        }
    }
    if (carried.isEmpty())
        return;
    // The values go to the client kept (last writer wins there as anywhere), and the
    // merged-away client is emptied again after them, so the device that wrote them converges.
    QJsonObject emptied;
    QHash<QString, QJsonObject> toKeptByClock;
    for (const auto &[field, state] : carried) {
        emptied.insert(field, emptyValue(field));
        const std::optional<FieldState> current = fieldState(target, field);
        if (current && !(state.hlc > current->hlc))
            continue;
        setField(target, field, state.value, state.hlc);
        toKeptByClock[state.hlc].insert(field, state.value);
    }
    QString latest;
    for (auto it = toKeptByClock.cbegin(); it != toKeptByClock.cend(); ++it) {
        dropSuperseded(orgId, target, it.value());
        logChange(orgId, QStringLiteral("client"), target, QStringLiteral("upsert"), it.key(), QString(), it.value(),
                  nowMs);
    }
    for (const auto &[field, state] : carried) {
        latest = std::max(latest, state.hlc);
        // Never set a field's clock backwards: the emptying comes after whatever it holds.
        if (const std::optional<FieldState> current = fieldState(m.id, field))
            latest = std::max(latest, current->hlc);
    }
    const QString clock = clockAfter(latest, nowMs);
    for (auto it = emptied.begin(); it != emptied.end(); ++it)
        setField(m.id, it.key(), it.value(), clock);
    dropSuperseded(orgId, m.id, emptied);
    logChange(orgId, QStringLiteral("client"), m.id, QStringLiteral("upsert"), clock, QString(), emptied, nowMs);
}

QStringList SqlStorage::clientsMergedInto(const QString &orgId, const QString &clientId)
{
    QStringList out;
    QStringList frontier{clientId};
    while (!frontier.isEmpty() && out.size() < 10000) {
        const QString current = frontier.takeFirst();
        Statement s(m_db, "SELECT f.id FROM record_field f JOIN record r ON r.id = f.id "
                                   "WHERE f.field = 'merged_into' AND f.value = ? AND r.org_id = ? "
                                   "AND r.entity = 'client' ORDER BY f.id");
        s.bind(1, QString::fromUtf8(protocol::toJsonText(QJsonArray{current}))).bind(2, orgId);
        while (s.step()) {
            const QString id = s.text(0);
            if (id != clientId && !out.contains(id)) {
                out.append(id);
                frontier.append(id);
            }
        }
    }
    return out;
}

} // namespace rapport::server
