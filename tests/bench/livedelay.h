#pragma once

#include "syncload.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace bench {

struct LiveDelayResult
{
    std::vector<double> delaysMs; // push sent -> the waiting device has the answer carrying it
    long long errors = 0;
    QStringList firstErrors;
};

/**
 * `waiter` keeps one GET /v1/pull?wait=S open on `waiterPort` (in its own thread, on its own
 * keep-alive connection) while `pusher` pushes one note `samples` times on `pusherPort` (another
 * server instance, or the same); each delay runs from just before the push is sent until the
 * waiting pull's answer with that note has arrived.
 */
LiveDelayResult measureLiveDelay(int waiterPort, int pusherPort, const SimDevice &pusher, const SimDevice &waiter,
                                 const QStringList &clientIds, const QString &headCursor, int samples);

} // namespace bench
