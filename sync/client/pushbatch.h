#pragma once

#include "types.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace rapport {

/**
 * One push request built from the head of the outbox, checked by the same rules the
 * server applies (rapport_protocol) and bounded by the server's body limit, so a device
 * never sends a batch the server must refuse and can never be stuck behind one change.
 */
struct PushBatch
{
    /** A change the server could never accept: dropped from the outbox, with the reason. */
    struct Refused
    {
        qint64 mid = 0;
        QString entity;
        QString entityId;
        QString reason;
    };

    QByteArray body; // `{"mutations":[...]}`, empty when there is nothing to send
    qint64 lastMid = 0; // last mid in `body`
    int count = 0;
    /** Leading changes refused locally; acknowledging up to the last of them removes them. */
    QList<Refused> refused;

    /**
     * Takes changes in order while the body stays within `maxBodyBytes` and `maxCount`.
     * An invalid change, or one larger than the limit on its own, is refused when it
     * comes first; after other changes it ends the batch and comes first next time.
     */
    [[nodiscard]] static PushBatch build(const QList<Mutation> &outbox, qint64 maxBodyBytes, int maxCount);
};

} // namespace rapport
