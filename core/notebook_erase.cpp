// Erasing a client from this device and asking the server to erase it everywhere.
#include "notebook.h"

#include "notebook_p.h"
#include "sqlutil.h"

#include <QSqlQuery>

namespace rapport {

namespace {

QStringList column(const QSqlDatabase &db, const QString &statement, const QVariantList &binds)
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

/** Removes a row, its search entry, its clocks and its waiting changes. */
Status removeRow(const QSqlDatabase &db, const QString &table, const QString &id)
{
    const QVariant seq = sql::scalar(db, QStringLiteral("SELECT seq FROM %1 WHERE id = ?").arg(table), {id});
    if (seq.isValid() && (table == QLatin1String("client") || table == QLatin1String("note"))) {
        if (Status s = sql::exec(db, QStringLiteral("DELETE FROM %1_fts WHERE rowid = ?").arg(table), {seq}); !s)
            return s;
    }
    for (const QString &statement : {QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table),
                                     QStringLiteral("DELETE FROM field_clock WHERE entity = '%1' AND entity_id = ?").arg(table),
                                     QStringLiteral("DELETE FROM outbox WHERE entity = '%1' AND entity_id = ?").arg(table)}) {
        if (Status s = sql::exec(db, statement, {id}); !s)
            return s;
    }
    return Done{};
}

} // namespace

Status Notebook::eraseClient(const QString &clientId)
{
    const std::optional<Staff> me = staffById(d->currentStaffId);
    if (!me || me->role == StaffRole::Associate)
        return Error{QStringLiteral("Only a manager or an admin can erase a client.")};
    QSqlDatabase db = d->connection();
    {
        WriteTransaction transaction(db);
        if (!transaction.began())
            return Error{QStringLiteral("The notebook is busy; try again.")};
        if (!client(clientId))
            return Error{QStringLiteral("This client no longer exists; nothing to erase.")};
        // The clients merged into this one are the same person.
        QStringList clients{clientId};
        for (int i = 0; i < clients.size() && clients.size() < 1000; ++i) {
            for (const QString &merged : column(db, QStringLiteral("SELECT id FROM client WHERE merged_into = ?"), {clients.at(i)})) {
                if (!clients.contains(merged))
                    clients << merged;
            }
        }
        for (const QString &id : std::as_const(clients)) {
            const QStringList notes = column(db, QStringLiteral("SELECT id FROM note WHERE client_id = ?"), {id});
            QStringList conflicts = column(db, QStringLiteral("SELECT id FROM conflict WHERE entity = 'client' AND entity_id = ?"), {id});
            for (const QString &note : notes)
                conflicts << column(db, QStringLiteral("SELECT id FROM conflict WHERE entity = 'note' AND entity_id = ?"), {note});
            for (const QString &conflict : std::as_const(conflicts)) {
                if (Status s = removeRow(db, QStringLiteral("conflict"), conflict); !s)
                    return s;
            }
            for (const QString &note : notes) {
                if (Status s = removeRow(db, QStringLiteral("note"), note); !s)
                    return s;
            }
            for (const QString &followUp : column(db, QStringLiteral("SELECT id FROM follow_up WHERE client_id = ?"), {id})) {
                if (Status s = removeRow(db, QStringLiteral("follow_up"), followUp); !s)
                    return s;
            }
            if (Status s = removeRow(db, QStringLiteral("client"), id); !s)
                return s;
        }
        for (const QString &id : std::as_const(clients)) {
            if (Status s = sql::exec(db, QStringLiteral("DELETE FROM merge_journal WHERE kept_id = ? OR other_id = ?"), {id, id}); !s)
                return s;
        }
        // The server erases the clients merged into this one with it (they are its records).
        if (Status s = d->recorder(db).recordErase(clientSpec(), clientId); !s)
            return s;
        if (Status s = transaction.commit(); !s)
            return s;
    }
    notifyChanged();
    return scrubFiles();
}

} // namespace rapport
