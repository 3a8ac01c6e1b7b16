// The push half of SqlStorage: field-level last-writer-wins, note-body conflicts, deletes,
// GDPR erase and organisation/role checks. Everything runs inside push()'s one write transaction.
#include "sqlstorage.h"

#include "crypto.h"
#include "protocol/jsontext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace rapport::server {

using protocol::Mutation;

namespace {

QString encodeValue(const QJsonValue &value)
{
    // A one-element array keeps scalars valid JSON text.
    return QString::fromUtf8(protocol::toJsonText(QJsonArray{value}));
}

QJsonValue decodeValue(const QString &text)
{
    const auto doc = protocol::parseJsonText(text.toUtf8());
    return doc ? doc->array().at(0) : QJsonValue();
}

/** The device part of `<15-digit ms>-<5-digit counter>-<uuid>` (the format is checked on parse). */
QString clockIdOf(const QString &hlc)
{
    return hlc.mid(22);
}

const QStringList kStoreRefs{QStringLiteral("home_store_id"), QStringLiteral("store_id")};
const QStringList kStaffRefs{QStringLiteral("associate_id"), QStringLiteral("author_id"),
                             QStringLiteral("assignee_id"), QStringLiteral("consent_contact_by"),
                             QStringLiteral("consent_marketing_by")};

} // namespace

std::variant<PushOutcome, StorageError> SqlStorage::push(const Caller &caller,
                                                            const QList<Mutation> &mutations)
{
    std::lock_guard lock(m_mutex);
    try {
        WriteTransaction tx(m_db, WriteScope::Shared);
        // Two instances given the same batch (a retry after a timeout) apply it once: the second
        // waits here and then finds last_mid moved on.
        m_db.lockDevice(caller.deviceId);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        PushOutcome outcome;
        {
            // Scoped: an unfinished statement keeps a read snapshot open and would stop the
            // checkpoint below from emptying the WAL.
            Statement last(m_db, "SELECT last_mid FROM device_state WHERE device_id = ?");
            last.bind(1, caller.deviceId);
            outcome.lastMid = last.step() ? last.integer(0) : 0;
        }
        Caller effective = caller;
        if (effective.clockId.isEmpty()) {
            // A device signed in before clock ids were kept: its first new mutation tells which
            // clock its notebook writes with, and from then on only that one is accepted.
            for (const Mutation &m : mutations) {
                if (m.mid > outcome.lastMid) {
                    effective.clockId = clockIdOf(m.hlc);
                    Statement(m_db, "UPDATE device SET clock_id = ? WHERE id = ?")
                        .bind(1, effective.clockId).bind(2, caller.deviceId).run();
                    break;
                }
            }
        }
        bool erased = false;
        for (const Mutation &m : mutations) {
            if (m.mid <= outcome.lastMid) {
                outcome.results.append({m.mid, QStringLiteral("duplicate"), QString(), QString()});
                continue;
            }
            const Applied applied = applyMutation(effective, m, now);
            erased = erased || applied.erased;
            outcome.results.append({m.mid, applied.status, applied.message, applied.code});
            outcome.lastMid = m.mid;
        }
        // Same transaction as the mutations: a replay after a lost response finds them done.
        Statement(m_db, "INSERT INTO device_state(device_id, last_mid) VALUES (?1, ?2) "
                                 "ON CONFLICT(device_id) DO UPDATE SET last_mid = ?2")
            .bind(1, caller.deviceId).bind(2, outcome.lastMid).run();
        Statement(m_db, "UPDATE device SET last_seen_ms = ? WHERE id = ?")
            .bind(1, now).bind(2, caller.deviceId).run();
        tx.commit();
        if (erased)
            m_db.afterErase();
        return outcome;
    } catch (const DbFailure &e) {
        return failed(e);
    }
}

SqlStorage::Applied SqlStorage::applyMutation(const Caller &caller, const Mutation &m, qint64 nowMs)
{
    const auto rejected = [](const QString &message) {
        return Applied::rejected(message);
    };
    // A clock names the device that wrote it; a device writing another's clock could win every
    // last-writer-wins race against it or pass its edits off as the other device's.
    if (clockIdOf(m.hlc) != caller.clockId)
        return rejected(QStringLiteral("The clock (hlc) of this change names another device than the one "
                                       "pushing it; a device pushes only changes made with its own clock."));
    const std::optional<RecordInfo> existing = record(m.id);
    if (existing && existing->orgId != caller.staff.orgId)
        return rejected(QStringLiteral("This record belongs to another organisation."));
    if (existing && existing->entity != m.entity)
        return rejected(QStringLiteral("This id is already used by a %1.").arg(existing->entity));
    if (m.op == QLatin1String("erase"))
        return applyErase(caller, m, nowMs, existing);
    if (isErased(caller.staff.orgId, m.id))
        return rejected(QStringLiteral("This record was erased (GDPR); it cannot be written again."));
    if (m.op == QLatin1String("delete"))
        return applyDelete(caller, m, nowMs, existing);
    return applyUpsert(caller, m, nowMs, existing);
}

std::optional<QString> SqlStorage::checkAuthorship(const Caller &caller, const Mutation &m,
                                                      const std::optional<RecordInfo> &existing)
{
    // Each person pushes with their own session, so the server knows who wrote a change: a new
    // note is the pusher's, only its author or a manager changes or deletes it, and a consent
    // stamp names the person who recorded it.
    const QString me = caller.staff.id;
    for (const QString &stamp : {QStringLiteral("consent_contact_by"), QStringLiteral("consent_marketing_by")}) {
        const QString value = m.fields.value(stamp).toString();
        if (!value.isEmpty() && value != me)
            return QStringLiteral("%1 must name the person recording the consent (%2), who pushes it.")
                .arg(stamp, caller.staff.login);
    }
    if (m.entity == QLatin1String("client") && existing && !existing->deleted
        && m.fields.contains(QLatin1String("associate_id")) && caller.staff.role == Role::Associate) {
        // Handing clients over (one, or a whole book when someone leaves) is a manager's call;
        // an associate may take a client on themselves or let go of their own, never give one
        // to someone else.
        const QString wanted = m.fields.value(QLatin1String("associate_id")).toString();
        const std::optional<FieldState> current = fieldState(m.id, QStringLiteral("associate_id"));
        const QString holder = current ? current->value.toString() : QString();
        if (wanted != me && wanted != holder && !(wanted.isEmpty() && holder == me))
            return QStringLiteral("Only a manager or admin can hand a client over to another associate; "
                                  "%1 is an associate.").arg(caller.staff.login);
    }
    if (m.entity != QLatin1String("note"))
        return std::nullopt;
    const QString written = m.fields.value(QLatin1String("author_id")).toString();
    if (!existing || existing->deleted) {
        if (m.op == QLatin1String("delete"))
            return std::nullopt; // deleting what the server never had changes nothing anyone wrote
        if (written != me)
            return QStringLiteral("A new note's author must be the person pushing it (%1).").arg(caller.staff.login);
        return std::nullopt;
    }
    const std::optional<FieldState> author = fieldState(m.id, QStringLiteral("author_id"));
    const QString owner = author ? author->value.toString() : QString();
    if (!written.isEmpty() && written != owner && written != me)
        return QStringLiteral("A note's author can only become the person pushing the change.");
    if (owner == me || caller.staff.role != Role::Associate)
        return std::nullopt;
    return m.op == QLatin1String("delete")
               ? QStringLiteral("Only the note's author or a manager can delete this note.")
               : QStringLiteral("Only the note's author or a manager can change this note.");
}

std::optional<QString> SqlStorage::checkReferences(const Caller &caller, const Mutation &m)
{
    for (auto it = m.fields.begin(); it != m.fields.end(); ++it) {
        const QString value = it.value().toString();
        if (value.isEmpty())
            continue;
        // Staff and stores must exist in the caller's organisation (a made-up or foreign author
        // or store is refused); records may be unknown yet, but not another organisation's.
        const char *sql = nullptr;
        bool mustExist = true;
        if (kStoreRefs.contains(it.key())) {
            sql = "SELECT org_id FROM store WHERE id = ?";
        } else if (kStaffRefs.contains(it.key())) {
            sql = "SELECT org_id FROM staff WHERE id = ?";
        } else if (it.key() == QLatin1String("client_id") || it.key() == QLatin1String("origin_note_id")
                   || it.key() == QLatin1String("entity_id")) {
            sql = "SELECT org_id FROM record WHERE id = ?";
            mustExist = false;
        }
        if (!sql)
            continue;
        Statement s(m_db, sql);
        s.bind(1, value);
        const bool found = s.step();
        if (found && s.text(0) != caller.staff.orgId)
            return QStringLiteral("%1 names a record of another organisation.").arg(it.key());
        if (!found && mustExist)
            return QStringLiteral("%1 names no %2 of your organisation.")
                .arg(it.key(), kStoreRefs.contains(it.key()) ? QStringLiteral("store") : QStringLiteral("staff member"));
        if (!mustExist && isErased(caller.staff.orgId, value))
            return QStringLiteral("%1 names an erased record.").arg(it.key());
    }
    return std::nullopt;
}

QString SqlStorage::clientOf(const QString &orgId, const QString &entity, const QString &id,
                                const QJsonObject &fields, const std::optional<RecordInfo> &existing)
{
    if (entity == QLatin1String("client"))
        return id;
    if (entity == QLatin1String("conflict")) {
        const QString target = fields.value(QLatin1String("entity_id")).toString();
        if (target.isEmpty())
            return existing ? existing->clientId : QString();
        // Only the caller's organisation: checkReferences refused another's, but keep it so here too.
        const auto targetRecord = record(target);
        if (targetRecord && targetRecord->orgId == orgId && !targetRecord->clientId.isEmpty())
            return targetRecord->clientId;
        return target;
    }
    const QJsonValue field = fields.value(QLatin1String("client_id"));
    if (field.isString())
        return field.toString();
    return existing ? existing->clientId : QString();
}

std::optional<QString> SqlStorage::checkClientLink(const Caller &caller, const Mutation &m,
                                                      const std::optional<RecordInfo> &existing)
{
    const bool ownedByClient = m.entity == QLatin1String("note") || m.entity == QLatin1String("follow_up");
    if (ownedByClient && (!existing || m.fields.contains(QLatin1String("client_id")))) {
        // A note or follow-up without its client could never be erased with that client, and
        // devices would each hold a different half of it. An edit that arrives for a record the
        // server never accepted (its creation was rejected) must not create a headless one.
        const QString clientId = m.fields.value(QLatin1String("client_id")).toString();
        if (clientId.isEmpty()) {
            return existing ? QStringLiteral("client_id cannot be removed from a %1.").arg(m.entity)
                            : QStringLiteral("This %1 is not on the server and the change has no client_id, so it "
                                             "cannot create it (was its creation rejected?).").arg(m.entity);
        }
        const std::optional<RecordInfo> owner = record(clientId);
        if (!owner || owner->entity != QLatin1String("client"))
            return QStringLiteral("client_id names no client known to the server; push the client first.");
        if (owner->orgId != caller.staff.orgId)
            return QStringLiteral("client_id names a record of another organisation.");
    }
    if (existing)
        return std::nullopt;
    if (m.entity == QLatin1String("note") && m.fields.value(QLatin1String("kind")).toString().isEmpty())
        return QStringLiteral("A new note needs its kind.");
    if (m.entity == QLatin1String("conflict")
        && (m.fields.value(QLatin1String("entity")).toString().isEmpty()
            || m.fields.value(QLatin1String("entity_id")).toString().isEmpty()))
        return QStringLiteral("A new conflict needs entity and entity_id.");
    return std::nullopt;
}

SqlStorage::Applied SqlStorage::applyUpsert(const Caller &caller, const Mutation &m, qint64 nowMs,
                                                  const std::optional<RecordInfo> &existing)
{
    if (existing && existing->deleted)
        return Applied::rejected(QStringLiteral("This record was deleted; deletes win over later edits."));
    if (auto problem = checkReferences(caller, m))
        return Applied::rejected(*problem);
    // Before authorship: moving a note to another client is a merge, whoever wrote the note.
    if (auto problem = checkMerge(caller, m, existing))
        return Applied::rejected(*problem, QStringLiteral("merge_not_allowed"));
    if (auto problem = checkAuthorship(caller, m, existing))
        return Applied::rejected(*problem);
    if (auto problem = checkClientLink(caller, m, existing))
        return Applied::rejected(*problem);
    if (!existing) {
        // The record's clock is its first write's: those fields then store no clock of their own.
        Statement(m_db, "INSERT INTO record(id, entity, org_id, client_id, hlc) VALUES (?, ?, ?, ?, ?)")
            .bind(1, m.id).bind(2, m.entity).bind(3, caller.staff.orgId)
            .bind(4, clientOf(caller.staff.orgId, m.entity, m.id, m.fields, existing)).bind(5, m.hlc).run();
    } else if (existing->hlc.isEmpty()) {
        // A record the conversion found without fields: its first fields set its clock. Fields
        // it may hold already keep their own clocks, so nothing read changes.
        Statement(m_db, "UPDATE record SET hlc = ? WHERE id = ?").bind(1, m.hlc).bind(2, m.id).run();
    }

    QJsonObject won;
    for (auto it = m.fields.begin(); it != m.fields.end(); ++it) {
        const auto current = fieldState(m.id, it.key());
        const bool wins = !current || m.hlc > current->hlc;
        if (m.entity == QLatin1String("note") && it.key() == QLatin1String("body") && current
            && current->hlc != m.hlc) {
            // The writer saw another body than the current one: both are concurrent edits.
            // The loser is kept as a conflict record every device pulls, never dropped.
            const QJsonValue base = m.base.value(QLatin1String("body"));
            if (base.toString() != current->hlc) {
                const FieldState loser = wins ? *current : FieldState{it.value(), m.hlc};
                writeConflict(caller, m.id, existing ? existing->clientId : QString(), loser,
                              std::max(m.hlc, current->hlc), nowMs);
            }
        }
        if (wins) {
            setField(m.id, it.key(), it.value(), m.hlc);
            won.insert(it.key(), it.value());
        }
    }
    if (existing) {
        // Only a winning client_id moves the record: an erase must find it where devices have it.
        const QString clientId = clientOf(caller.staff.orgId, m.entity, m.id, won, existing);
        if (clientId != existing->clientId)
            Statement(m_db, "UPDATE record SET client_id = ? WHERE id = ?").bind(1, clientId).bind(2, m.id).run();
    }
    if (existing && !won.isEmpty())
        dropSuperseded(caller.staff.orgId, m.id, won);
    if (!won.isEmpty() || !existing)
        logChange(caller.staff.orgId, m.entity, m.id, QStringLiteral("upsert"), m.hlc, caller.deviceId, won,
                  nowMs);
    redirectMerged(caller, m, won, nowMs);
    return Applied::done();
}

void SqlStorage::writeConflict(const Caller &caller, const QString &noteId, const QString &clientId,
                                  const FieldState &loser, const QString &clock, qint64 nowMs)
{
    const QString id = crypto::derivedUuid(QStringLiteral("conflict\n%1\nbody\n%2").arg(noteId, loser.hlc));
    if (record(id))
        return;
    Statement(m_db, "INSERT INTO record(id, entity, org_id, client_id, hlc) VALUES (?, 'conflict', ?, ?, ?)")
        .bind(1, id).bind(2, caller.staff.orgId).bind(3, clientId).bind(4, clock).run();
    const QJsonObject fields{{QStringLiteral("entity"), QStringLiteral("note")},
                             {QStringLiteral("entity_id"), noteId},
                             {QStringLiteral("field"), QStringLiteral("body")},
                             {QStringLiteral("value"), loser.value},
                             {QStringLiteral("hlc"), loser.hlc},
                             {QStringLiteral("resolved"), 0}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        setField(id, it.key(), it.value(), clock);
    logChange(caller.staff.orgId, QStringLiteral("conflict"), id, QStringLiteral("upsert"), clock,
              caller.deviceId, fields, nowMs);
}

SqlStorage::Applied SqlStorage::applyDelete(const Caller &caller, const Mutation &m, qint64 nowMs,
                                                  const std::optional<RecordInfo> &existing)
{
    if (existing && existing->deleted)
        return Applied::done();
    if (auto problem = checkAuthorship(caller, m, existing))
        return Applied::rejected(*problem);
    if (!existing) {
        Statement(m_db, "INSERT INTO record(id, entity, org_id, deleted, deleted_ms) VALUES (?, ?, ?, 1, ?)")
            .bind(1, m.id).bind(2, m.entity).bind(3, caller.staff.orgId).bind(4, nowMs).run();
    } else {
        Statement(m_db, "UPDATE record SET deleted = 1, deleted_ms = ? WHERE id = ?")
            .bind(1, nowMs).bind(2, m.id).run();
    }
    // A tombstone keeps no content: neither the current values nor their history.
    Statement(m_db, "DELETE FROM record_field WHERE id = ?").bind(1, m.id).run();
    Statement(m_db, "DELETE FROM change_log WHERE org_id = ? AND id = ?")
        .bind(1, caller.staff.orgId).bind(2, m.id).run();
    logChange(caller.staff.orgId, m.entity, m.id, QStringLiteral("delete"), m.hlc, caller.deviceId, {}, nowMs);
    return Applied::done();
}

SqlStorage::Applied SqlStorage::applyErase(const Caller &caller, const Mutation &m, qint64 nowMs,
                                                 const std::optional<RecordInfo> &)
{
    if (caller.staff.role == Role::Associate)
        return Applied::rejected(QStringLiteral("Only a manager or an admin can erase a client."),
                                 QStringLiteral("erase_not_allowed"));
    if (isErased(caller.staff.orgId, m.id))
        return Applied::done();
    // Everything of the client: its notes, follow-ups and the conflicts on any of them.
    QList<std::pair<QString, QString>> owned; // (id, entity)
    {
        // Only the caller's organisation: another's record naming the same (unknown) id is not theirs.
        Statement s(m_db, "SELECT id, entity FROM record WHERE org_id = ? AND client_id = ? AND id <> ? "
                                   "ORDER BY id");
        s.bind(1, caller.staff.orgId).bind(2, m.id).bind(3, m.id);
        while (s.step())
            owned.append({s.text(0), s.text(1)});
    }
    // The records merged into this client are the same person's: they go too, with all they own.
    for (const QString &merged : clientsMergedInto(caller.staff.orgId, m.id)) {
        owned.append({merged, QStringLiteral("client")});
        Statement s(m_db, "SELECT id, entity FROM record WHERE org_id = ? AND client_id = ? AND id <> ? "
                                   "ORDER BY id");
        s.bind(1, caller.staff.orgId).bind(2, merged).bind(3, merged);
        while (s.step())
            owned.append({s.text(0), s.text(1)});
    }
    QStringList ids{m.id};
    for (const auto &[id, entity] : owned)
        ids.append(id);
    for (const QString &id : ids) {
        // Every id here is unknown or the caller's (applyMutation refused another org's client).
        Statement(m_db, "DELETE FROM change_log WHERE org_id = ? AND id = ?")
            .bind(1, caller.staff.orgId).bind(2, id).run();
        Statement(m_db, "DELETE FROM record_field WHERE id = ? AND id IN (SELECT id FROM record "
                                 "WHERE org_id = ?)").bind(1, id).bind(2, caller.staff.orgId).run();
        Statement(m_db, "DELETE FROM record WHERE id = ? AND org_id = ?")
            .bind(1, id).bind(2, caller.staff.orgId).run();
        Statement(m_db, "INSERT INTO erased(org_id, id, time_ms) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
            .bind(1, caller.staff.orgId).bind(2, id).bind(3, nowMs).run();
    }
    // One erase per owned record: a device may hold one only as a bare tombstone (a delete
    // carries no client_id), which the client's own erase could not find there.
    for (const auto &[id, entity] : owned)
        logChange(caller.staff.orgId, entity, id, QStringLiteral("erase"), m.hlc, caller.deviceId, {}, nowMs);
    logChange(caller.staff.orgId, QStringLiteral("client"), m.id, QStringLiteral("erase"), m.hlc, caller.deviceId,
              {}, nowMs);
    // The trail names the erased id only: nothing of the person is kept.
    logActivity(caller.staff.orgId, caller.staff.id, QStringLiteral("erase"),
                QStringLiteral("Erased a client and %1 records of theirs (notes, follow-ups, conflicts)").arg(owned.size()),
                m.id, nowMs);
    return Applied::done(true);
}

std::optional<SqlStorage::RecordInfo> SqlStorage::record(const QString &id)
{
    Statement s(m_db, "SELECT entity, org_id, client_id, deleted, hlc FROM record WHERE id = ?");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return RecordInfo{s.text(0), s.text(1), s.text(2), s.integer(3) != 0, s.text(4)};
}

std::optional<SqlStorage::FieldState> SqlStorage::fieldState(const QString &id, const QString &field)
{
    // A field without a clock of its own has its record's (schema 4 on SQLite, 2 on PostgreSQL).
    Statement s(m_db, "SELECT f.value, coalesce(f.hlc, r.hlc) FROM record_field f JOIN record r ON r.id = f.id "
                      "WHERE f.id = ? AND f.field = ?");
    s.bind(1, id).bind(2, field);
    if (!s.step())
        return std::nullopt;
    return FieldState{decodeValue(s.text(0)), s.text(1)};
}

void SqlStorage::setField(const QString &id, const QString &field, const QJsonValue &value, const QString &hlc)
{
    // The field stores its clock only when it is not its record's: most fields store none.
    Statement(m_db, "INSERT INTO record_field(id, field, value, hlc) VALUES (?1, ?2, ?3, "
                    "nullif(?4, (SELECT hlc FROM record WHERE id = ?1))) "
                    "ON CONFLICT(id, field) DO UPDATE SET value = excluded.value, hlc = excluded.hlc")
        .bind(1, id).bind(2, field).bind(3, encodeValue(value)).bind(4, hlc).run();
}

bool SqlStorage::isErased(const QString &orgId, const QString &id)
{
    Statement s(m_db, "SELECT 1 FROM erased WHERE org_id = ? AND id = ?");
    s.bind(1, orgId).bind(2, id);
    return s.step();
}

void SqlStorage::dropSuperseded(const QString &orgId, const QString &id, const QJsonObject &won)
{
    // The winning values are logged next (with a greater cursor), so older rows need not carry
    // the overwritten ones: a device at any cursor still gets the current value, one pulling
    // from 0 no longer gets the old text, and secure_delete zeroes it in the file. A row left
    // with no field goes; the new row then creates the record on a fresh device.
    QList<std::pair<qint64, QJsonObject>> rows;
    {
        Statement s(m_db, "SELECT cursor, fields FROM change_log WHERE org_id = ? AND id = ? "
                                   "AND op = 'upsert'");
        s.bind(1, orgId).bind(2, id);
        while (s.step())
            rows.append({s.integer(0), protocol::parseJsonObject(s.text(1).toUtf8())});
    }
    for (auto &[cursor, fields] : rows) {
        bool changed = false;
        for (auto it = won.begin(); it != won.end(); ++it) {
            if (fields.contains(it.key())) {
                fields.remove(it.key());
                changed = true;
            }
        }
        if (!changed)
            continue;
        if (fields.isEmpty()) {
            Statement(m_db, "DELETE FROM change_log WHERE cursor = ?").bind(1, cursor).run();
        } else {
            Statement(m_db, "UPDATE change_log SET fields = ? WHERE cursor = ?")
                .bind(1, QString::fromUtf8(protocol::toJsonText(fields)))
                .bind(2, cursor).run();
        }
    }
}

void SqlStorage::logChange(const QString &orgId, const QString &entity, const QString &id, const QString &op,
                              const QString &hlc, const QString &deviceId, const QJsonObject &fields, qint64 nowMs)
{
    Statement s(m_db, m_db.insertChangeSql());
    s.bind(1, orgId).bind(2, entity).bind(3, id).bind(4, op).bind(5, hlc);
    if (deviceId.isEmpty())
        s.bindNull(6);
    else
        s.bind(6, deviceId);
    s.bind(7, QString::fromUtf8(protocol::toJsonText(fields))).bind(8, nowMs).run();
}

} // namespace rapport::server
