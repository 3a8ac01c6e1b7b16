#include "handover.h"

#include <QSignalBlocker>
#include <QSqlError>
#include <QSqlQuery>

namespace rapport {

QString Handover::refusal(const Notebook &notebook)
{
    const std::optional<Staff> me = notebook.staffById(notebook.currentStaffId());
    if (!me)
        return QStringLiteral("Choose who is using this device first; a handover is signed by a manager.");
    if (me->role == StaffRole::Associate)
        return QStringLiteral("Only a manager or admin can hand clients over to another associate; ask your "
                              "store manager.");
    return QString();
}

Result<int> Handover::reassign(const QStringList &clientIds, const QString &toStaffId, const QString &reason) const
{
    if (const QString refused = refusal(m_notebook); !refused.isEmpty())
        return Error{refused};
    const std::optional<Staff> to = m_notebook.staffById(toStaffId);
    if (!to)
        return Error{QStringLiteral("Choose the associate who takes the clients over.")};
    if (clientIds.isEmpty())
        return Error{QStringLiteral("Choose the clients to hand over.")};

    QList<Client> moving;
    for (const QString &id : clientIds) {
        const std::optional<Client> client = m_notebook.client(id);
        if (!client)
            return Error{QStringLiteral("One of the chosen clients no longer exists; nothing was handed over.")};
        if (client->associateId != toStaffId)
            moving.append(*client);
    }
    if (moving.isEmpty())
        return 0;

    int handed = 0;
    {
        // Hundreds of edits for a whole book: views refresh once, after the commit.
        const QSignalBlocker quiet(&m_notebook);
        Notebook::BulkWrite bulk(m_notebook);
        // Without the one transaction each edit would commit on its own: all or nothing needs it.
        if (!bulk.began())
            return Error{QStringLiteral("The notebook is busy (a sync is writing); nothing was handed over. "
                                        "Try again in a moment.")};
        for (const Client &client : std::as_const(moving)) {
            const std::optional<Staff> from = m_notebook.staffById(client.associateId);
            ClientChanges changes;
            changes.associateId = toStaffId;
            if (Result<Client> r = m_notebook.updateClient(client.id, changes); !r)
                return Error{r.errorMessage()};
            Note note;
            note.clientId = client.id;
            note.kind = NoteKind::Other;
            note.body = from ? QStringLiteral("Handed over from %1 to %2").arg(from->name, to->name)
                             : QStringLiteral("Handed over to %1").arg(to->name);
            if (!reason.trimmed().isEmpty())
                note.body += QLatin1Char('\n') + reason.trimmed();
            if (Result<Note> r = m_notebook.addNote(note); !r)
                return Error{r.errorMessage()};
            ++handed;
        }
        if (Status s = bulk.commit(); !s)
            return Error{s.errorMessage()};
    }
    Q_EMIT m_notebook.changed();
    return handed;
}

Result<int> Handover::reassignBook(const QString &fromStaffId, const QString &toStaffId, const QString &reason) const
{
    if (const QString refused = refusal(m_notebook); !refused.isEmpty())
        return Error{refused};
    if (fromStaffId.isEmpty() || !m_notebook.staffById(fromStaffId))
        return Error{QStringLiteral("Choose whose book to hand over.")};
    if (fromStaffId == toStaffId)
        return Error{QStringLiteral("Choose another associate to take the book over.")};
    QSqlQuery q(m_notebook.database().connection());
    q.prepare(QStringLiteral("SELECT id FROM client WHERE associate_id = ? AND deleted = 0"));
    q.addBindValue(fromStaffId);
    if (!q.exec())
        return Error{QStringLiteral("The book could not be read: %1").arg(q.lastError().text())};
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    if (ids.isEmpty())
        return Error{QStringLiteral("There are no clients in this book to hand over.")};
    return reassign(ids, toStaffId, reason);
}

} // namespace rapport
