#include "livedelay.h"

#include "httpconn.h"

#include "hlc.h"
#include "protocol/schema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace bench {

namespace {

using Clock = std::chrono::steady_clock;

/** What the waiting device's thread hands back for one answer. */
struct Arrival
{
    Clock::time_point at;
    int status = 0;
    QStringList ids; // ids of the changes it carried
    QString error;
};

} // namespace

LiveDelayResult measureLiveDelay(int waiterPort, int pusherPort, const SimDevice &pusher, const SimDevice &waiter,
                                 const QStringList &clientIds, const QString &headCursor, int samples)
{
    LiveDelayResult result;
    auto error = [&](const QString &text) {
        ++result.errors;
        if (result.firstErrors.size() < 3)
            result.firstErrors += text;
    };

    std::mutex mutex;
    std::condition_variable changed;
    std::vector<Arrival> arrivals;
    int requestsSent = 0;
    bool stop = false;

    std::thread listener([&] {
        HttpConnection connection(waiterPort);
        connection.setToken(waiter.token);
        QString cursor = headCursor;
        for (;;) {
            {
                std::lock_guard lock(mutex);
                if (stop)
                    return;
                ++requestsSent;
            }
            changed.notify_all();
            const HttpResult r = connection.request("GET", "/v1/pull?cursor=" + cursor.toStdString() + "&wait=10");
            Arrival arrival{Clock::now(), r.status, {}, r.error};
            if (r.status == 200) {
                const QJsonObject o = r.json();
                for (const QJsonValue &c : o.value(QStringLiteral("changes")).toArray())
                    arrival.ids += c.toObject().value(QStringLiteral("id")).toString();
                cursor = QString::number(qint64(o.value(QStringLiteral("cursor")).toDouble()));
            } else {
                arrival.error = QStringLiteral("pull: HTTP %1 %2 %3").arg(r.status).arg(r.error, QString::fromUtf8(r.body.left(200)));
            }
            {
                std::lock_guard lock(mutex);
                arrivals.push_back(std::move(arrival));
            }
            changed.notify_all();
            if (r.status != 200)
                return;
        }
    });

    HttpConnection connection(pusherPort);
    connection.setToken(pusher.token);
    qint64 mid = 1;
    int counter = 0;
    auto pushNote = [&](const QString &noteId, int i) {
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const QJsonObject fields{{QStringLiteral("client_id"), clientIds[i % clientIds.size()]},
                                 {QStringLiteral("kind"), QStringLiteral("conversation")},
                                 {QStringLiteral("body"), QStringLiteral("Live note %1 for the other store").arg(i)},
                                 {QStringLiteral("author_id"), pusher.staffId},
                                 {QStringLiteral("store_id"), pusher.storeId},
                                 {QStringLiteral("created_at"), now},
                                 {QStringLiteral("updated_at"), now}};
        const QJsonArray mutations{QJsonObject{
            {QStringLiteral("mid"), mid++},
            {QStringLiteral("entity"), QStringLiteral("note")},
            {QStringLiteral("id"), noteId},
            {QStringLiteral("op"), QStringLiteral("upsert")},
            {QStringLiteral("hlc"), rapport::protocol::makeHlc(QDateTime::currentMSecsSinceEpoch(), counter++ % 100000,
                                                               pusher.deviceId)},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("base"), QJsonObject{{QStringLiteral("body"), QJsonValue::Null}}}}};
        return connection.post("/v1/push", QJsonObject{{QStringLiteral("mutations"), mutations}});
    };
    for (int i = 0; i < samples; ++i) {
        // The waiting device has sent its pull; give the request time to reach the server and be held.
        {
            std::unique_lock lock(mutex);
            const int wanted = i + 1;
            if (!changed.wait_for(lock, std::chrono::seconds(30), [&] { return requestsSent >= wanted || (!arrivals.empty() && arrivals.back().status != 200); })
                || (!arrivals.empty() && arrivals.back().status != 200))
                break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        std::size_t seenBefore = 0;
        {
            std::lock_guard lock(mutex);
            seenBefore = arrivals.size();
        }
        const QString noteId = rapport::newUuidV7();
        const Clock::time_point sent = Clock::now();
        const HttpResult pushed = pushNote(noteId, i);
        if (pushed.status != 200) {
            error(QStringLiteral("push: HTTP %1 %2 %3").arg(pushed.status).arg(pushed.error, QString::fromUtf8(pushed.body.left(200))));
            continue;
        }
        // The answer carrying the note: normally the next one; a held pull that timed out meanwhile is skipped.
        std::unique_lock lock(mutex);
        bool found = false;
        for (std::size_t next = seenBefore; !found;) {
            if (!changed.wait_for(lock, std::chrono::seconds(15), [&] { return arrivals.size() > next; })) {
                error(QStringLiteral("the waiting device did not receive note %1 within 15 s").arg(noteId));
                break;
            }
            const Arrival &a = arrivals[next++];
            if (a.status != 200) {
                error(a.error);
                break;
            }
            if (a.ids.contains(noteId)) {
                result.delaysMs.push_back(std::chrono::duration<double, std::milli>(a.at - sent).count());
                found = true;
            }
        }
        if (!found)
            break;
    }
    {
        std::lock_guard lock(mutex);
        stop = true;
    }
    // One more note wakes the listener's held pull, so it ends at once.
    (void)pushNote(rapport::newUuidV7(), samples);
    listener.join();
    return result;
}

} // namespace bench
