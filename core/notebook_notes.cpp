#include "notebook.h"

#include <QCoreApplication>

#include "notebook_p.h"
#include "sqlutil.h"

namespace rapport {

namespace {

bool hasContent(const Note &n)
{
    for (const QString *text : {&n.body, &n.needPurpose, &n.needContext, &n.needHave, &n.needBudget, &n.items}) {
        if (!text->trimmed().isEmpty())
            return true;
    }
    return n.amountCents.has_value();
}

Status validate(const Note &n)
{
    if (!hasContent(n))
        return Error{QCoreApplication::translate("Notebook", "The note is empty. Write what happened before saving.")};
    if (n.amountCents && *n.amountCents < 0)
        return Error{QCoreApplication::translate("Notebook", "The amount cannot be negative; record a refund as a Return note.")};
    static const QStringList durations{QStringLiteral(""), QStringLiteral("temporary"), QStringLiteral("permanent")};
    if (!durations.contains(n.needDuration))
        return Error{QCoreApplication::translate("Notebook", "A need is either temporary or permanent.")};
    return Done{};
}

} // namespace

namespace detail {

QVariantMap noteValues(const Note &n)
{
    return {
        {QStringLiteral("client_id"), n.clientId},
        {QStringLiteral("kind"), toString(n.kind)},
        {QStringLiteral("body"), n.body},
        {QStringLiteral("need_purpose"), n.needPurpose},
        {QStringLiteral("need_context"), n.needContext},
        {QStringLiteral("need_have"), n.needHave},
        {QStringLiteral("need_duration"), n.needDuration},
        {QStringLiteral("need_budget"), n.needBudget},
        {QStringLiteral("items"), n.items},
        {QStringLiteral("amount_cents"), n.amountCents ? QVariant(*n.amountCents) : QVariant()},
        {QStringLiteral("author_id"), n.authorId},
        {QStringLiteral("store_id"), n.storeId},
        {QStringLiteral("created_at"), sql::timeText(n.createdAt)},
        {QStringLiteral("updated_at"), sql::timeText(n.updatedAt)},
    };
}

Note noteFromQuery(const QSqlQuery &q)
{
    const auto text = [&q](const char *column) { return q.value(QLatin1String(column)).toString(); };
    Note n;
    n.id = text("id");
    n.clientId = text("client_id");
    n.kind = noteKindFromString(text("kind")).value_or(NoteKind::Other);
    n.body = text("body");
    n.needPurpose = text("need_purpose");
    n.needContext = text("need_context");
    n.needHave = text("need_have");
    n.needDuration = text("need_duration");
    n.needBudget = text("need_budget");
    n.items = text("items");
    const QVariant amount = q.value(QLatin1String("amount_cents"));
    if (!amount.isNull())
        n.amountCents = amount.toLongLong();
    n.authorId = text("author_id");
    n.storeId = text("store_id");
    n.createdAt = sql::timeFromText(text("created_at"));
    n.updatedAt = sql::timeFromText(text("updated_at"));
    return n;
}

} // namespace detail

Result<Note> Notebook::addNote(const Note &input)
{
    Note note = input;
    if (Status s = validate(note); !s)
        return Error{s.errorMessage()};
    const std::optional<Staff> author = staffById(d->currentStaffId);
    if (!author)
        return Error{QCoreApplication::translate("Notebook", "Choose who you are in Settings before writing notes, so each note shows "
                                    "who wrote it.")};
    // A client merged into another while its page was open: the note goes to the one kept.
    note.clientId = clientAfterMerges(note.clientId);
    if (!client(note.clientId))
        return Error{QCoreApplication::translate("Notebook", "This client no longer exists; the note was not saved.")};
    note.id = newUuidV7();
    note.authorId = author->id;
    note.storeId = author->storeId;
    note.updatedAt = sql::nowUtc();
    if (!note.createdAt.isValid())
        note.createdAt = note.updatedAt;

    QSqlDatabase db = d->connection();
    WriteTransaction transaction(db);
    if (Result<QStringList> r = d->recorder(db).upsert(noteSpec(), note.id, detail::noteValues(note)); !r)
        return Error{r.errorMessage()};
    // A new id has no index row yet: no DELETE on note_fts first.
    if (Status s = reindexNote(db, note.id, false); !s)
        return Error{s.errorMessage()};
    if (Status s = refreshLastSeen(db, note.clientId); !s)
        return Error{s.errorMessage()};
    if (Status s = transaction.commit(); !s)
        return Error{s.errorMessage()};
    notifyChanged();
    return *this->note(note.id);
}

static Status onlyTheAuthor(const Notebook &notebook, const Note &stored)
{
    if (stored.authorId == notebook.currentStaffId())
        return Done{};
    const std::optional<Staff> author = notebook.staffById(stored.authorId);
    const QString name = author ? author->name : QStringLiteral("another associate");
    return Error{QCoreApplication::translate("Notebook", "Only %1, who wrote this note, can change it.").arg(name)};
}

Result<Note> Notebook::updateNote(const Note &input)
{
    QSqlDatabase db = d->connection();
    WriteTransaction transaction(db);
    const std::optional<Note> stored = note(input.id);
    if (!stored)
        return Error{QCoreApplication::translate("Notebook", "This note no longer exists; it may have been deleted.")};
    if (Status s = onlyTheAuthor(*this, *stored); !s)
        return Error{s.errorMessage()};
    if (Status s = validate(input); !s)
        return Error{s.errorMessage()};
    // The content changes; who wrote it, where, about whom and when stay.
    Note updated = input;
    updated.clientId = stored->clientId;
    updated.authorId = stored->authorId;
    updated.storeId = stored->storeId;
    updated.createdAt = stored->createdAt;
    updated.updatedAt = sql::nowUtc();
    Result<QStringList> recorded = d->recorder(db).upsert(noteSpec(), updated.id, detail::noteValues(updated));
    if (!recorded)
        return Error{recorded.errorMessage()};
    if (recorded->isEmpty())
        return *stored;
    if (Status s = reindexNote(db, updated.id); !s)
        return Error{s.errorMessage()};
    if (Status s = transaction.commit(); !s)
        return Error{s.errorMessage()};
    notifyChanged();
    return *note(updated.id);
}

Status Notebook::deleteNote(const QString &noteId)
{
    QSqlDatabase db = d->connection();
    WriteTransaction transaction(db);
    const std::optional<Note> stored = note(noteId);
    if (!stored)
        return Error{QCoreApplication::translate("Notebook", "This note no longer exists; nothing to delete.")};
    if (Status s = onlyTheAuthor(*this, *stored); !s)
        return s;
    // client_id and author stay on the tombstone (tombstoneKeeps) so erasing the client finds it.
    if (Status s = d->recorder(db).tombstone(noteSpec(), noteId); !s)
        return s;
    if (Status s = reindexNote(db, noteId); !s)
        return s;
    if (Status s = refreshLastSeen(db, stored->clientId); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    notifyChanged();
    return Done{};
}

Result<Note> Notebook::restoreNote(const Note &deletedNote)
{
    // A delete always wins over later edits of the same id (sync rule), so the
    // undone note comes back under a new id with its original time and content.
    if (deletedNote.authorId != d->currentStaffId) {
        const std::optional<Staff> author = staffById(deletedNote.authorId);
        return Error{QCoreApplication::translate("Notebook", "Only %1, who wrote this note, can bring it back.")
                         .arg(author ? author->name : QStringLiteral("the author"))};
    }
    Note copy = deletedNote;
    copy.id.clear();
    return addNote(copy);
}

std::optional<Note> Notebook::note(const QString &noteId) const
{
    sql::Cached query(d->connection(), QStringLiteral("SELECT * FROM note WHERE id = ? AND deleted = 0"));
    if (!query.exec({noteId}) || !query.next())
        return std::nullopt;
    return detail::noteFromQuery(query.query());
}

QList<Note> Notebook::notesForClient(const QString &clientId, int limit, int offset) const
{
    QList<Note> out;
    sql::Cached query(d->connection(), QStringLiteral("SELECT * FROM note WHERE client_id = ? AND deleted = 0 "
                                                      "ORDER BY created_at DESC, seq DESC LIMIT ? OFFSET ?"));
    if (!query.exec({clientId, limit, offset}))
        return out;
    while (query.next())
        out.append(detail::noteFromQuery(query.query()));
    return out;
}

std::optional<FollowUpOffer> Notebook::followUpOfferFor(const Note &note) const
{
    if (note.kind != NoteKind::Purchase)
        return std::nullopt;
    const QDateTime when = note.createdAt.isValid() ? note.createdAt : sql::nowUtc();
    const QString items = note.items.trimmed().isEmpty() ? QCoreApplication::translate("Notebook", "what they bought", "stands in for the items of a purchase note") : note.items.trimmed();
    FollowUpOffer offer;
    offer.clientId = note.clientId;
    offer.originNoteId = note.id;
    offer.dueDate = when.toLocalTime().date().addDays(3);
    // Worded in the language of the person writing it: it becomes the follow-up's reason.
    offer.reason = QCoreApplication::translate("Notebook", "Ask how they are getting on with: %1. Show them how to get the most from it.")
                       .arg(items);
    offer.kind = FollowUpKind::Education;
    return offer;
}

} // namespace rapport
