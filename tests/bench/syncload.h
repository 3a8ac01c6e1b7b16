#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace bench {

/** A device signed in over raw HTTP (the load test plays many of them). */
struct SimDevice
{
    QString token;
    QString deviceId;
    QString staffId;
    QString storeId;
};

struct LoadResult
{
    long long requests = 0;
    long long errors = 0;
    long long reconnects = 0;
    long long notesPushed = 0;
    long long changesPulled = 0;
    double seconds = 0;
    std::vector<double> latenciesMs; // every request, push and pull
    QStringList firstErrors;         // a few, for stderr
};

/**
 * Every device in its own thread with its own keep-alive connection, all
 * starting together: `rounds` times push `notesPerPush` new notes (on clients
 * from `clientIds`), then pull from its cursor (starting at `headCursor`) until
 * the server has no more. Any non-200 answer, refused mutation or transport
 * failure counts as an error.
 */
LoadResult runLoad(int port, const std::vector<SimDevice> &devices, const QStringList &clientIds,
                   const QString &headCursor, int rounds, int notesPerPush);

} // namespace bench
