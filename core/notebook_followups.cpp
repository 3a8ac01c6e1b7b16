#include "notebook.h"

#include <QCoreApplication>

#include "notebook_p.h"
#include "sqlutil.h"

namespace rapport {

namespace detail {

QVariantMap followUpValues(const FollowUp &f)
{
    return {
        {QStringLiteral("client_id"), f.clientId},
        {QStringLiteral("assignee_id"), f.assigneeId},
        {QStringLiteral("due_date"), sql::dateText(f.dueDate)},
        {QStringLiteral("reason"), f.reason},
        {QStringLiteral("kind"), toString(f.kind)},
        {QStringLiteral("status"), toString(f.status)},
        {QStringLiteral("origin_note_id"), f.originNoteId},
        {QStringLiteral("done_at"), f.doneAt.isValid() ? QVariant(sql::timeText(f.doneAt)) : QVariant()},
        {QStringLiteral("created_at"), sql::timeText(f.createdAt)},
        {QStringLiteral("updated_at"), sql::timeText(f.updatedAt)},
    };
}

FollowUp followUpFromQuery(const QSqlQuery &q)
{
    const auto text = [&q](const char *column) { return q.value(QLatin1String(column)).toString(); };
    FollowUp f;
    f.id = text("id");
    f.clientId = text("client_id");
    f.assigneeId = text("assignee_id");
    f.dueDate = sql::dateFromText(text("due_date"));
    f.reason = text("reason");
    f.kind = followUpKindFromString(text("kind")).value_or(FollowUpKind::Other);
    f.status = followUpStatusFromString(text("status")).value_or(FollowUpStatus::Open);
    f.originNoteId = text("origin_note_id");
    if (const QString doneAt = text("done_at"); !doneAt.isEmpty())
        f.doneAt = sql::timeFromText(doneAt);
    f.createdAt = sql::timeFromText(text("created_at"));
    f.updatedAt = sql::timeFromText(text("updated_at"));
    return f;
}

} // namespace detail

namespace {

// Follow-ups of deleted clients drop out of every list.
const QString LiveOpen = QStringLiteral(
    "deleted = 0 AND status IN ('open', 'snoozed') "
    "AND client_id IN (SELECT id FROM client WHERE deleted = 0)");

QList<FollowUp> collect(QSqlQuery &query)
{
    QList<FollowUp> out;
    while (query.next())
        out.append(detail::followUpFromQuery(query));
    return out;
}

} // namespace

Result<FollowUp> Notebook::addFollowUp(const FollowUp &input)
{
    FollowUp f = input;
    f.clientId = clientAfterMerges(f.clientId);
    if (!client(f.clientId))
        return Error{QCoreApplication::translate("Notebook", "This client no longer exists; the follow-up was not saved.")};
    if (!f.dueDate.isValid())
        return Error{QCoreApplication::translate("Notebook", "Pick the day to follow up.")};
    f.reason = f.reason.trimmed();
    if (f.reason.isEmpty())
        return Error{QCoreApplication::translate("Notebook", "Say why you will follow up, so whoever picks it up knows what to do.")};
    if (f.assigneeId.isEmpty())
        f.assigneeId = d->currentStaffId;
    f.id = newUuidV7();
    f.createdAt = f.updatedAt = sql::nowUtc();

    QSqlDatabase db = d->connection();
    WriteTransaction transaction(db);
    if (Result<QStringList> r = d->recorder(db).upsert(followUpSpec(), f.id, detail::followUpValues(f)); !r)
        return Error{r.errorMessage()};
    if (Status s = transaction.commit(); !s)
        return Error{s.errorMessage()};
    notifyChanged();
    return *followUp(f.id);
}

Result<FollowUp> Notebook::completeFollowUp(const QString &followUpId, const QDateTime &doneAt)
{
    QSqlDatabase db = d->connection();
    WriteTransaction transaction(db);
    std::optional<FollowUp> f = followUp(followUpId);
    if (!f)
        return Error{QCoreApplication::translate("Notebook", "This follow-up no longer exists.")};
    if (f->status == FollowUpStatus::Done)
        return *f;
    f->status = FollowUpStatus::Done;
    f->updatedAt = sql::nowUtc();
    f->doneAt = doneAt.isValid() ? doneAt.toUTC() : f->updatedAt;
    ChangeRecorder recorder = d->recorder(db);
    if (Result<QStringList> r = recorder.upsert(followUpSpec(), f->id, detail::followUpValues(*f)); !r)
        return Error{r.errorMessage()};

    // Keeping in touch is a cycle: the next reminder comes from the client's interval.
    const std::optional<Client> owner = client(f->clientId);
    if (f->kind == FollowUpKind::KeepInTouch && owner && owner->keepInTouchDays > 0) {
        FollowUp next;
        next.id = newUuidV7();
        next.clientId = f->clientId;
        next.assigneeId = f->assigneeId;
        const QDate finished = doneAt.isValid() ? doneAt.toLocalTime().date() : QDate::currentDate();
        next.dueDate = finished.addDays(owner->keepInTouchDays);
        next.reason = f->reason;
        next.kind = FollowUpKind::KeepInTouch;
        next.originNoteId = f->originNoteId;
        next.createdAt = next.updatedAt = f->updatedAt;
        if (Result<QStringList> r = recorder.upsert(followUpSpec(), next.id, detail::followUpValues(next)); !r)
            return Error{r.errorMessage()};
    }
    if (Status s = transaction.commit(); !s)
        return Error{s.errorMessage()};
    notifyChanged();
    return *followUp(followUpId);
}

Result<FollowUp> Notebook::snoozeFollowUp(const QString &followUpId, int days)
{
    if (days < 1 || days > 365)
        return Error{QCoreApplication::translate("Notebook", "Snooze for 1 to 365 days.")};
    QSqlDatabase db = d->connection();
    WriteTransaction transaction(db);
    std::optional<FollowUp> f = followUp(followUpId);
    if (!f)
        return Error{QCoreApplication::translate("Notebook", "This follow-up no longer exists.")};
    if (f->status == FollowUpStatus::Done || f->status == FollowUpStatus::Cancelled)
        return Error{QCoreApplication::translate("Notebook", "This follow-up is already finished; add a new one instead.")};
    // Snoozing an overdue follow-up counts from today, not from the missed day.
    const QDate today = QDate::currentDate();
    f->dueDate = std::max(f->dueDate, today).addDays(days);
    f->status = FollowUpStatus::Snoozed;
    f->updatedAt = sql::nowUtc();
    if (Result<QStringList> r = d->recorder(db).upsert(followUpSpec(), f->id, detail::followUpValues(*f)); !r)
        return Error{r.errorMessage()};
    if (Status s = transaction.commit(); !s)
        return Error{s.errorMessage()};
    notifyChanged();
    return *followUp(followUpId);
}

Result<FollowUp> Notebook::cancelFollowUp(const QString &followUpId)
{
    QSqlDatabase db = d->connection();
    WriteTransaction transaction(db);
    std::optional<FollowUp> f = followUp(followUpId);
    if (!f)
        return Error{QCoreApplication::translate("Notebook", "This follow-up no longer exists.")};
    f->status = FollowUpStatus::Cancelled;
    f->doneAt = {}; // done_at belongs to a done follow-up only
    f->updatedAt = sql::nowUtc();
    Result<QStringList> r = d->recorder(db).upsert(followUpSpec(), f->id, detail::followUpValues(*f));
    if (!r)
        return Error{r.errorMessage()};
    if (r->isEmpty())
        return *f;
    if (Status s = transaction.commit(); !s)
        return Error{s.errorMessage()};
    notifyChanged();
    return *followUp(followUpId);
}

Result<FollowUp> Notebook::restoreFollowUp(const FollowUp &before, const QStringList &madeSince)
{
    QSqlDatabase db = d->connection();
    WriteTransaction transaction(db);
    std::optional<FollowUp> f = followUp(before.id);
    if (!f)
        return Error{QCoreApplication::translate("Notebook", "This follow-up no longer exists, so there is nothing to undo.")};
    f->status = before.status;
    f->dueDate = before.dueDate;
    // Reopening clears when it was done; back to done puts its time back.
    f->doneAt = before.status == FollowUpStatus::Done ? before.doneAt : QDateTime();
    f->updatedAt = sql::nowUtc();
    ChangeRecorder recorder = d->recorder(db);
    if (Result<QStringList> r = recorder.upsert(followUpSpec(), f->id, detail::followUpValues(*f)); !r)
        return Error{r.errorMessage()};
    for (const QString &madeId : madeSince) {
        const std::optional<FollowUp> made = followUp(madeId);
        if (!made || made->clientId != f->clientId)
            continue; // only what the undone action made for this client
        if (Status s = recorder.tombstone(followUpSpec(), madeId); !s)
            return Error{s.errorMessage()};
    }
    if (Status s = transaction.commit(); !s)
        return Error{s.errorMessage()};
    notifyChanged();
    return *followUp(before.id);
}

std::optional<FollowUp> Notebook::followUp(const QString &followUpId) const
{
    QSqlQuery query(d->connection());
    if (!sql::exec(query, QStringLiteral("SELECT * FROM follow_up WHERE id = ? AND deleted = 0"), {followUpId})
        || !query.next())
        return std::nullopt;
    return detail::followUpFromQuery(query);
}

QList<FollowUp> Notebook::openFollowUpsForClient(const QString &clientId) const
{
    sql::Cached query(d->connection(), QStringLiteral("SELECT * FROM follow_up WHERE client_id = ? AND %1 "
                                                      "ORDER BY due_date, created_at")
                                           .arg(LiveOpen));
    if (!query.exec({clientId}))
        return {};
    return collect(query.query());
}

QList<FollowUp> Notebook::followUpsDueBy(const QDate &until, const QString &assigneeId) const
{
    QSqlQuery query(d->connection());
    QString statement = QStringLiteral("SELECT * FROM follow_up WHERE due_date <= ? AND %1").arg(LiveOpen);
    QVariantList binds{sql::dateText(until)};
    if (!assigneeId.isEmpty()) {
        statement += QStringLiteral(" AND assignee_id = ?");
        binds << assigneeId;
    }
    statement += QStringLiteral(" ORDER BY due_date, created_at");
    if (!sql::exec(query, statement, binds))
        return {};
    return collect(query);
}

QList<FollowUp> Notebook::followUpsDueInStore(const QDate &until, const QString &storeId) const
{
    QSqlQuery query(d->connection());
    const QString statement = QStringLiteral("SELECT * FROM follow_up WHERE due_date <= ? AND %1 "
                                             "AND assignee_id IN (SELECT id FROM staff WHERE store_id = ?) "
                                             "ORDER BY due_date, created_at")
                                  .arg(LiveOpen);
    if (!sql::exec(query, statement, {sql::dateText(until), storeId}))
        return {};
    return collect(query);
}

} // namespace rapport
