#include "remotechanges.h"

#include <map>

namespace rapport::remotechanges {

namespace {

const QString &upsert()
{
    static const QString op = QStringLiteral("upsert");
    return op;
}

void appendSnapshotEntry(QList<Notebook::RemoteChange> &records, const protocol::SnapshotEntry &entry)
{
    if (entry.clocks.isEmpty()) {
        records.append(Notebook::RemoteChange{entry.entity, entry.id, upsert(), entry.hlc, entry.fields});
        return;
    }
    QJsonObject atRow;
    std::map<QString, QJsonObject> atOther; // clock -> fields, in clock order
    for (auto it = entry.fields.begin(); it != entry.fields.end(); ++it) {
        const auto clock = entry.clocks.constFind(it.key());
        if (clock == entry.clocks.cend())
            atRow.insert(it.key(), it.value());
        else
            atOther[*clock].insert(it.key(), it.value());
    }
    if (!atRow.isEmpty())
        records.append(Notebook::RemoteChange{entry.entity, entry.id, upsert(), entry.hlc, atRow});
    for (const auto &[clock, fields] : atOther)
        records.append(Notebook::RemoteChange{entry.entity, entry.id, upsert(), clock, fields});
}

} // namespace

QList<Notebook::RemoteChange> fromPull(const QList<protocol::Change> &changes)
{
    QList<Notebook::RemoteChange> records;
    records.reserve(changes.size());
    for (const protocol::Change &c : changes)
        records.append(Notebook::RemoteChange{c.entity, c.id, c.op, c.hlc, c.fields});
    return records;
}

QList<Notebook::RemoteChange> fromSnapshot(const QList<protocol::SnapshotEntry> &entries)
{
    QList<Notebook::RemoteChange> records;
    records.reserve(entries.size());
    for (const protocol::SnapshotEntry &entry : entries)
        appendSnapshotEntry(records, entry);
    return records;
}

} // namespace rapport::remotechanges
