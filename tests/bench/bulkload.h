#pragma once

#include <QString>
#include <QStringList>

namespace bench {

/** Who wrote the bulk-loaded notes: ids already stored through Notebook. */
struct Authors
{
    QStringList staffIds;
    QStringList storeIds; // store of each staff member, same order
};

/**
 * Fills the notebook file at `dbPath` (already migrated) with `clients` clients
 * and `notesPerClient` notes each, in the app's schema and with the same FTS
 * rows the app writes, in one raw transaction. This is set-up only: loading
 * 500,000 notes one transaction at a time would take an hour, and what is
 * measured afterwards goes through the real code.
 */
void bulkLoad(const QString &dbPath, int clients, int notesPerClient, quint32 seed, const Authors &authors);

/** Words the generated names and notes are made of, for the search queries. */
QStringList nameWords();
QStringList noteWords();

} // namespace bench
