#pragma once

#include "notebook.h"
#include "protocol/snapshot.h"
#include "protocol/wire.h"

#include <QList>

/**
 * What the server sends, as the changes the notebook merges: the one conversion from the wire's
 * records to Notebook::RemoteChange, for pull pages and snapshot pages alike.
 */
namespace rapport::remotechanges {

/** A pull page's changes, one for one. */
[[nodiscard]] QList<Notebook::RemoteChange> fromPull(const QList<protocol::Change> &changes);

/**
 * A snapshot page's entries as the changes Notebook::applySnapshotPage merges: per entry, the
 * fields at its row clock, then one change per other clock (in clock order), so the device keeps a
 * clock row only for the fields whose clock differs from the row's.
 */
[[nodiscard]] QList<Notebook::RemoteChange> fromSnapshot(const QList<protocol::SnapshotEntry> &entries);

} // namespace rapport::remotechanges
