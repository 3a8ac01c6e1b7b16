#include "notebook.h"

#include <QCoreApplication>

#include "notebook_p.h"
#include "sqlutil.h"

namespace rapport {

namespace {

// Conflicts are only ever made for note bodies (see the wire protocol), so the
// queries join the note to know the client and to skip notes that are gone.
const QLatin1String ConflictColumns("SELECT c.id, c.entity_id, n.client_id, c.value, c.hlc FROM conflict c "
                                    "JOIN note n ON n.id = c.entity_id AND n.deleted = 0 "
                                    "WHERE c.entity = 'note' AND c.field = 'body' AND c.resolved = 0 "
                                    "AND c.deleted = 0 ");

QList<NoteConflict> readConflicts(const QSqlDatabase &db, const QString &where, const QVariantList &binds)
{
    QList<NoteConflict> out;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!sql::exec(query, ConflictColumns + where + QStringLiteral(" ORDER BY c.hlc, c.id"), binds))
        return out;
    while (query.next()) {
        NoteConflict c;
        c.id = query.value(0).toString();
        c.noteId = query.value(1).toString();
        c.clientId = query.value(2).toString();
        c.otherBody = query.value(3).toString();
        c.otherHlc = query.value(4).toString();
        if (const std::optional<HlcStamp> stamp = HlcStamp::parse(c.otherHlc)) {
            c.otherEditedAt = QDateTime::fromMSecsSinceEpoch(stamp->wallMs, Qt::UTC);
            c.otherDeviceId = stamp->deviceId;
        }
        out.append(c);
    }
    return out;
}

} // namespace

QList<NoteConflict> Notebook::conflictsForNote(const QString &noteId) const
{
    return readConflicts(d->connection(), QStringLiteral("AND c.entity_id = ?"), {noteId});
}

QList<NoteConflict> Notebook::conflictsForClient(const QString &clientId) const
{
    return readConflicts(d->connection(), QStringLiteral("AND n.client_id = ?"), {clientId});
}

Result<Note> Notebook::resolveConflict(const QString &conflictId, const QString &chosenBody)
{
    QSqlDatabase db = d->connection();
    WriteTransaction transaction(db);
    if (!transaction.began())
        return Error{QCoreApplication::translate("Notebook", "The notebook is busy; the conflict was not resolved. Try again.")};
    const QList<NoteConflict> found = readConflicts(db, QStringLiteral("AND c.id = ?"), {conflictId});
    if (found.isEmpty()) {
        return Error{QCoreApplication::translate("Notebook", "This conflict is already resolved, or its note was deleted; there is "
                                    "nothing left to choose.")};
    }
    const std::optional<Note> stored = note(found.first().noteId);
    if (!stored)
        return Error{QCoreApplication::translate("Notebook", "The note of this conflict no longer exists.")};

    ChangeRecorder recorder = d->recorder(db);
    if (chosenBody != stored->body) {
        if (stored->authorId != d->currentStaffId) {
            const std::optional<Staff> author = staffById(stored->authorId);
            return Error{QCoreApplication::translate("Notebook", "Only %1, who wrote this note, can choose its text.")
                             .arg(author ? author->name : QStringLiteral("the author"))};
        }
        const bool otherContent = !(stored->needPurpose + stored->needContext + stored->needHave
                                    + stored->needBudget + stored->items)
                                       .trimmed()
                                       .isEmpty()
            || stored->amountCents.has_value();
        if (chosenBody.trimmed().isEmpty() && !otherContent) {
            return Error{QCoreApplication::translate("Notebook", "The chosen text is empty. Keep one of the two versions or write the "
                                        "merged text.")};
        }
        // The recorder sends the body's current clock as base.body: this device
        // has seen the winning text, so the server takes it as a plain edit.
        const QVariantMap values{{QStringLiteral("body"), chosenBody},
                                 {QStringLiteral("updated_at"), sql::timeText(sql::nowUtc())}};
        if (Result<QStringList> r = recorder.upsert(noteSpec(), stored->id, values); !r)
            return Error{r.errorMessage()};
        if (Status s = reindexNote(db, stored->id); !s)
            return Error{s.errorMessage()};
    }
    if (Result<QStringList> r = recorder.upsert(conflictSpec(), conflictId, {{QStringLiteral("resolved"), 1}}); !r)
        return Error{r.errorMessage()};
    if (Status s = transaction.commit(); !s)
        return Error{s.errorMessage()};
    notifyChanged();
    return *note(stored->id);
}

} // namespace rapport
