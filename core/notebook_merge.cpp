// Merging two client records of one person, and undoing it (docs/ARCHITECTURE.md, Merging
// clients). Every change goes through the change recorder, so a merge syncs field by field
// like any edit; the journal that makes undo possible stays on this device.
#include "notebook.h"

#include "duplicatefinder.h"
#include "notebook_p.h"
#include "sqlutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace rapport {

namespace {

const QString kMergedInto = QStringLiteral("merged_into");

/** The wire fields a merge choice covers: a consent comes with its time and who recorded it. */
QStringList wireFieldsOf(const QString &choice)
{
    if (choice == QLatin1String("consent_contact") || choice == QLatin1String("consent_marketing"))
        return {choice, choice + QStringLiteral("_at"), choice + QStringLiteral("_by")};
    return {choice};
}

QJsonObject toJson(const QVariantMap &values)
{
    QJsonObject out;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        out.insert(it.key(), clientSpec().toJson(it.key(), it.value()));
    return out;
}

QVariantMap fromJson(const EntitySpec &spec, const QJsonObject &object)
{
    QVariantMap out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (const std::optional<QVariant> value = spec.fromJson(it.key(), it.value()))
            out.insert(it.key(), *value);
    }
    return out;
}

QStringList toStrings(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &value : array)
        out << value.toString();
    return out;
}

QStringList ids(const QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    QStringList out;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!sql::exec(query, statement, binds))
        return out;
    while (query.next())
        out << query.value(0).toString();
    return out;
}

QString displayName(const QVariantMap &values)
{
    Client c;
    c.givenName = values.value(QStringLiteral("given_name")).toString();
    c.familyName = values.value(QStringLiteral("family_name")).toString();
    c.phone = values.value(QStringLiteral("phone")).toString();
    c.email = values.value(QStringLiteral("email")).toString();
    return c.displayName();
}

ClientMerge mergeFromQuery(const QSqlQuery &q, qint64 nowMs)
{
    ClientMerge m;
    m.id = q.value(0).toString();
    m.keptId = q.value(1).toString();
    m.otherId = q.value(2).toString();
    m.mergedAt = sql::timeFromText(q.value(3).toString());
    m.mergedBy = q.value(4).toString();
    m.undoneAt = sql::timeFromText(q.value(5).toString());
    const QJsonObject detail = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    m.keptName = detail.value(QStringLiteral("kept_name")).toString();
    m.otherName = detail.value(QStringLiteral("other_name")).toString();
    m.notesMoved = int(detail.value(QStringLiteral("notes")).toArray().size());
    m.followUpsMoved = int(detail.value(QStringLiteral("follow_ups")).toArray().size());
    m.canUndo = !m.undoneAt.isValid()
        && nowMs - m.mergedAt.toMSecsSinceEpoch() <= qint64(Notebook::mergeUndoDays) * 86400000;
    return m;
}

const QString kMergeColumns = QStringLiteral("id, kept_id, other_id, merged_at, merged_by, undone_at, detail");

/**
 * The server takes a consent's "recorded by" only from the person pushing it. A merge, or its
 * undo, that writes a consent stamp names the manager doing it (the consent and its date stay
 * as they were); otherwise the server would refuse the whole write and the devices drift apart.
 */
void stampConsentsBy(QVariantMap &write, const QString &staffId)
{
    for (const QString &field : {QStringLiteral("consent_contact_by"), QStringLiteral("consent_marketing_by")}) {
        const auto it = write.find(field);
        if (it != write.end() && !it->toString().isEmpty())
            *it = staffId;
    }
}

} // namespace

QList<DuplicatePair> Notebook::duplicatePairs(int limit) const
{
    QList<DuplicatePair> out;
    for (const DuplicateMatch &match : DuplicateFinder::find(d->connection(), limit)) {
        std::optional<Client> a = client(match.firstId);
        std::optional<Client> b = client(match.secondId);
        if (!a || !b)
            continue;
        // The record created first usually holds the history: suggest keeping it.
        if (std::tie(b->createdAt, b->id) < std::tie(a->createdAt, a->id))
            std::swap(a, b);
        out.append(DuplicatePair{*a, *b, match.score, match.reasons});
    }
    return out;
}

QStringList Notebook::mergeFields()
{
    return {QStringLiteral("given_name"),   QStringLiteral("family_name"),     QStringLiteral("phone"),
            QStringLiteral("email"),        QStringLiteral("preferred_channel"), QStringLiteral("consent_contact"),
            QStringLiteral("consent_marketing"), QStringLiteral("sizes"),      QStringLiteral("brands"),
            QStringLiteral("interests"),    QStringLiteral("important_dates"), QStringLiteral("tags"),
            QStringLiteral("keep_in_touch_days"), QStringLiteral("home_store_id"), QStringLiteral("associate_id")};
}

QStringList Notebook::defaultMergeChoice(const QString &keptId, const QString &otherId) const
{
    QSqlDatabase db = d->connection();
    const std::optional<StoredRow> kept = loadRow(db, clientSpec(), keptId);
    const std::optional<StoredRow> other = loadRow(db, clientSpec(), otherId);
    if (!kept || !other)
        return {};
    const QHash<QString, QString> keptClocks = fieldClocks(db, clientSpec(), keptId);
    const QHash<QString, QString> otherClocks = fieldClocks(db, clientSpec(), otherId);
    QStringList out;
    for (const QString &field : mergeFields()) {
        const QVariant mine = kept->values.value(field);
        const QVariant theirs = other->values.value(field);
        if (clientSpec().same(field, mine, theirs))
            continue;
        const bool mineEmpty = clientSpec().same(field, mine, clientSpec().defaultValue(field));
        const bool theirsEmpty = clientSpec().same(field, theirs, clientSpec().defaultValue(field));
        if (theirsEmpty)
            continue;
        // The newer non-empty value: clocks compare as (time, device), like every other write.
        if (mineEmpty || otherClocks.value(field) > keptClocks.value(field))
            out << field;
    }
    return out;
}

QString Notebook::clientAfterMerges(const QString &clientId) const
{
    QString current = clientId;
    // A chain (A into B, later B into C) ends at the live client; the bound stops a cycle two
    // managers could make offline (A into B here, B into A there).
    for (int hop = 0; hop < 16; ++hop) {
        const QString next = sql::scalar(d->connection(), QStringLiteral("SELECT merged_into FROM client WHERE id = ? "
                                                                          "AND deleted <> 1"),
                                         {current})
                                 .toString();
        if (next.isEmpty() || next == current)
            return current;
        current = next;
    }
    return current;
}

Result<ClientMerge> Notebook::mergeClients(const QString &keptId, const QString &otherId,
                                           const std::optional<QStringList> &fromOther)
{
    const std::optional<Staff> me = staffById(d->currentStaffId);
    if (!me || me->role == StaffRole::Associate)
        return Error{QStringLiteral("Only a manager or an admin can merge clients.")};
    if (keptId == otherId)
        return Error{QStringLiteral("Choose two different clients to merge.")};
    const QStringList choice = fromOther ? *fromOther : defaultMergeChoice(keptId, otherId);
    for (const QString &field : choice) {
        if (!mergeFields().contains(field))
            return Error{QStringLiteral("\"%1\" is not a field a merge can choose.").arg(field)};
    }

    QSqlDatabase db = d->connection();
    WriteTransaction transaction(db);
    if (!transaction.began())
        return Error{QStringLiteral("The notebook is busy; try the merge again.")};
    if (!client(keptId) || !client(otherId))
        return Error{QStringLiteral("One of the two clients no longer exists (deleted, erased or already merged "
                                    "on another device); nothing was merged.")};
    const std::optional<StoredRow> kept = loadRow(db, clientSpec(), keptId);
    const std::optional<StoredRow> other = loadRow(db, clientSpec(), otherId);
    ChangeRecorder recorder = d->recorder(db);
    const QString now = sql::timeText(QDateTime::fromMSecsSinceEpoch(d->hlc.wallNow(), Qt::UTC));

    // 1. The kept client takes the chosen values (only those that differ are written).
    QVariantMap keptSet, keptBefore;
    for (const QString &choiceField : choice) {
        for (const QString &field : wireFieldsOf(choiceField)) {
            const QVariant value = other->values.value(field);
            if (clientSpec().same(field, kept->values.value(field), value))
                continue;
            keptSet.insert(field, value);
            keptBefore.insert(field, kept->values.value(field));
        }
    }
    const QString createdAt = QStringLiteral("created_at");
    const QString otherCreated = other->values.value(createdAt).toString();
    if (!otherCreated.isEmpty() && otherCreated < kept->values.value(createdAt).toString()) {
        keptSet.insert(createdAt, otherCreated);
        keptBefore.insert(createdAt, kept->values.value(createdAt));
    }
    if (!keptSet.isEmpty()) {
        QVariantMap write = keptSet;
        stampConsentsBy(write, d->currentStaffId);
        write.insert(QStringLiteral("updated_at"), now);
        if (Result<QStringList> r = recorder.upsert(clientSpec(), keptId, write); !r)
            return Error{r.errorMessage()};
    }

    // 2. Everything recorded about the other moves, before the other points away, so a device
    // applying the changes in order never sees the records of a hidden client.
    const QStringList notes = ids(db, QStringLiteral("SELECT id FROM note WHERE client_id = ? AND deleted = 0 ORDER BY seq"),
                                  {otherId});
    const QStringList followUps = ids(db, QStringLiteral("SELECT id FROM follow_up WHERE client_id = ? AND deleted = 0 "
                                                         "ORDER BY seq"),
                                      {otherId});
    const QStringList conflicts = ids(db, QStringLiteral("SELECT id FROM conflict WHERE entity = 'client' AND entity_id = ? "
                                                         "AND deleted = 0 ORDER BY seq"),
                                      {otherId});
    for (const QString &id : notes) {
        if (Result<QStringList> r = recorder.upsert(noteSpec(), id, {{QStringLiteral("client_id"), keptId}}); !r)
            return Error{r.errorMessage()};
        if (Status s = reindexNote(db, id); !s)
            return Error{s.errorMessage()};
    }
    for (const QString &id : followUps) {
        if (Result<QStringList> r = recorder.upsert(followUpSpec(), id, {{QStringLiteral("client_id"), keptId}}); !r)
            return Error{r.errorMessage()};
    }
    for (const QString &id : conflicts) {
        if (Result<QStringList> r = recorder.upsert(conflictSpec(), id, {{QStringLiteral("entity_id"), keptId}}); !r)
            return Error{r.errorMessage()};
    }

    // 3. The other keeps nothing but where it went (and when it was created, as a tombstone does).
    QVariantMap emptied;
    for (const QString &field : clientSpec().fields) {
        if (field != createdAt)
            emptied.insert(field, clientSpec().defaultValue(field));
    }
    emptied.insert(kMergedInto, keptId);
    emptied.insert(QStringLiteral("updated_at"), now);
    if (Result<QStringList> r = recorder.upsert(clientSpec(), otherId, emptied); !r)
        return Error{r.errorMessage()};

    for (const QString &id : {keptId, otherId}) {
        if (Status s = reindexClient(db, id); !s)
            return Error{s.errorMessage()};
        if (Status s = refreshLastSeen(db, id); !s)
            return Error{s.errorMessage()};
    }

    const QJsonObject detail{
        // Named as the manager knew them when choosing: "Anne Lee into Ann Lee".
        {QStringLiteral("kept_name"), displayName(kept->values)},
        {QStringLiteral("other_name"), displayName(other->values)},
        {QStringLiteral("kept_before"), toJson(keptBefore)},
        {QStringLiteral("kept_set"), toJson(keptSet)},
        {QStringLiteral("other"), toJson(other->values)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
        {QStringLiteral("follow_ups"), QJsonArray::fromStringList(followUps)},
        {QStringLiteral("conflicts"), QJsonArray::fromStringList(conflicts)},
    };
    const QString mergeId = newUuidV7();
    if (Status s = sql::exec(db,
                             QStringLiteral("INSERT INTO merge_journal(id, kept_id, other_id, merged_at, merged_by, "
                                            "detail) VALUES (?, ?, ?, ?, ?, ?)"),
                             {mergeId, keptId, otherId, now, me->id,
                              QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
        !s)
        return Error{s.errorMessage()};
    if (Status s = transaction.commit(); !s)
        return Error{s.errorMessage()};
    notifyChanged();
    const QList<ClientMerge> merges = recentMerges(1);
    for (const ClientMerge &m : merges) {
        if (m.id == mergeId)
            return m;
    }
    return Error{QStringLiteral("The merge was saved but could not be read back.")};
}

Result<ClientMerge> Notebook::undoMerge(const QString &mergeId)
{
    const std::optional<Staff> me = staffById(d->currentStaffId);
    if (!me || me->role == StaffRole::Associate)
        return Error{QStringLiteral("Only a manager or an admin can undo a merge.")};
    QSqlDatabase db = d->connection();
    WriteTransaction transaction(db);
    if (!transaction.began())
        return Error{QStringLiteral("The notebook is busy; try again.")};
    QSqlQuery query(db);
    if (!sql::exec(query, QStringLiteral("SELECT %1 FROM merge_journal WHERE id = ?").arg(kMergeColumns), {mergeId})
        || !query.next())
        return Error{QStringLiteral("This merge is not recorded on this device; it can only be undone where it was made.")};
    const qint64 nowMs = d->hlc.wallNow();
    ClientMerge merge = mergeFromQuery(query, nowMs);
    const QJsonObject detail = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    query.finish();
    if (merge.undoneAt.isValid())
        return Error{QStringLiteral("This merge was already undone.")};
    if (!merge.canUndo)
        return Error{QStringLiteral("A merge can be undone for %1 days; this one is older.").arg(mergeUndoDays)};
    const std::optional<StoredRow> other = loadRow(db, clientSpec(), merge.otherId);
    // Still hidden by this merge (deleted = 2): a delete's tombstone (1) that synced in since
    // never comes back, and the records moved back would be hidden with it.
    QSqlQuery hidden(db);
    const bool stillMerged = sql::exec(hidden, QStringLiteral("SELECT deleted FROM client WHERE id = ?"), {merge.otherId})
        && hidden.next() && hidden.value(0).toInt() == 2;
    hidden.finish();
    if (!client(merge.keptId) || !other || !stillMerged
        || other->values.value(kMergedInto).toString() != merge.keptId)
        return Error{QStringLiteral("The clients changed since the merge (one was deleted, erased or merged again); "
                                    "it cannot be undone.")};
    ChangeRecorder recorder = d->recorder(db);
    const QString now = sql::timeText(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC));

    // The other client comes back first, so the records moved back below land on a live client.
    QVariantMap restored = fromJson(clientSpec(), detail.value(QStringLiteral("other")).toObject());
    restored.insert(kMergedInto, QString());
    restored.insert(QStringLiteral("updated_at"), now);
    stampConsentsBy(restored, d->currentStaffId);
    if (Result<QStringList> r = recorder.upsert(clientSpec(), merge.otherId, restored); !r)
        return Error{r.errorMessage()};

    // The kept client gets back what the merge gave it, unless someone changed that field since.
    const std::optional<StoredRow> kept = loadRow(db, clientSpec(), merge.keptId);
    const QVariantMap keptSet = fromJson(clientSpec(), detail.value(QStringLiteral("kept_set")).toObject());
    const QVariantMap keptBefore = fromJson(clientSpec(), detail.value(QStringLiteral("kept_before")).toObject());
    QVariantMap keptBack;
    for (auto it = keptSet.cbegin(); it != keptSet.cend(); ++it) {
        if (clientSpec().same(it.key(), kept->values.value(it.key()), it.value()))
            keptBack.insert(it.key(), keptBefore.value(it.key()));
    }
    if (!keptBack.isEmpty()) {
        stampConsentsBy(keptBack, d->currentStaffId);
        keptBack.insert(QStringLiteral("updated_at"), now);
        if (Result<QStringList> r = recorder.upsert(clientSpec(), merge.keptId, keptBack); !r)
            return Error{r.errorMessage()};
    }

    // What the merge moved goes back, if it is still on the kept client.
    const auto moveBack = [&](const EntitySpec &spec, const QString &field, const QJsonValue &list) -> Status {
        for (const QString &id : toStrings(list.toArray())) {
            const std::optional<StoredRow> row = loadRow(db, spec, id);
            if (!row || row->deleted || row->values.value(field).toString() != merge.keptId)
                continue;
            if (Result<QStringList> r = recorder.upsert(spec, id, {{field, merge.otherId}}); !r)
                return Error{r.errorMessage()};
            if (spec.entity == QLatin1String("note")) {
                if (Status s = reindexNote(db, id); !s)
                    return s;
            }
        }
        return Done{};
    };
    if (Status s = moveBack(noteSpec(), QStringLiteral("client_id"), detail.value(QStringLiteral("notes"))); !s)
        return Error{s.errorMessage()};
    if (Status s = moveBack(followUpSpec(), QStringLiteral("client_id"), detail.value(QStringLiteral("follow_ups"))); !s)
        return Error{s.errorMessage()};
    if (Status s = moveBack(conflictSpec(), QStringLiteral("entity_id"), detail.value(QStringLiteral("conflicts"))); !s)
        return Error{s.errorMessage()};

    for (const QString &id : {merge.keptId, merge.otherId}) {
        if (Status s = reindexClient(db, id); !s)
            return Error{s.errorMessage()};
        if (Status s = refreshLastSeen(db, id); !s)
            return Error{s.errorMessage()};
    }
    if (Status s = sql::exec(db, QStringLiteral("UPDATE merge_journal SET undone_at = ? WHERE id = ?"), {now, mergeId}); !s)
        return Error{s.errorMessage()};
    if (Status s = transaction.commit(); !s)
        return Error{s.errorMessage()};
    notifyChanged();
    merge.undoneAt = sql::timeFromText(now);
    merge.canUndo = false;
    return merge;
}

QList<ClientMerge> Notebook::recentMerges(int days) const
{
    QList<ClientMerge> out;
    const qint64 nowMs = d->hlc.wallNow();
    const QString since = sql::timeText(QDateTime::fromMSecsSinceEpoch(nowMs - qint64(days) * 86400000, Qt::UTC));
    QSqlQuery query(d->connection());
    query.setForwardOnly(true);
    if (!sql::exec(query, QStringLiteral("SELECT %1 FROM merge_journal WHERE merged_at >= ? ORDER BY merged_at DESC, id DESC")
                              .arg(kMergeColumns),
                   {since}))
        return out;
    while (query.next())
        out.append(mergeFromQuery(query, nowMs));
    return out;
}

} // namespace rapport
