#include "syncload.h"

#include "httpconn.h"

#include "hlc.h"
#include "protocol/schema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <chrono>
#include <future>
#include <mutex>
#include <random>
#include <thread>

namespace bench {

namespace {

struct DeviceRun
{
    long long requests = 0, errors = 0, notes = 0, pulled = 0;
    std::vector<double> latencies;
    QStringList errorTexts;
};

void playDevice(int port, const SimDevice &device, const QStringList &clientIds, QString cursor, int rounds,
                int notesPerPush, unsigned seed, std::shared_future<void> go, DeviceRun &run, long long &reconnects)
{
    HttpConnection connection(port);
    connection.setToken(device.token);
    std::mt19937 random(seed);
    qint64 mid = 1;
    int counter = 0;
    auto timed = [&](auto &&call) {
        const auto start = std::chrono::steady_clock::now();
        HttpResult result = call();
        run.latencies.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        ++run.requests;
        return result;
    };
    auto error = [&](const QString &text) {
        ++run.errors;
        if (run.errorTexts.size() < 3)
            run.errorTexts += text;
    };
    go.wait();
    for (int round = 0; round < rounds; ++round) {
        QJsonArray mutations;
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (int n = 0; n < notesPerPush; ++n) {
            const QString clientId = clientIds[int(random() % quint32(clientIds.size()))];
            const QJsonObject fields{{QStringLiteral("client_id"), clientId},
                                     {QStringLiteral("kind"), QStringLiteral("conversation")},
                                     {QStringLiteral("body"), QStringLiteral("Asked about a cordless drill for the shed, round %1").arg(round)},
                                     {QStringLiteral("author_id"), device.staffId},
                                     {QStringLiteral("store_id"), device.storeId},
                                     {QStringLiteral("created_at"), now},
                                     {QStringLiteral("updated_at"), now}};
            mutations.append(QJsonObject{
                {QStringLiteral("mid"), mid++},
                {QStringLiteral("entity"), QStringLiteral("note")},
                {QStringLiteral("id"), rapport::newUuidV7()},
                {QStringLiteral("op"), QStringLiteral("upsert")},
                {QStringLiteral("hlc"), rapport::protocol::makeHlc(QDateTime::currentMSecsSinceEpoch(), counter++ % 100000,
                                                                   device.deviceId)},
                {QStringLiteral("fields"), fields},
                {QStringLiteral("base"), QJsonObject{{QStringLiteral("body"), QJsonValue::Null}}}});
        }
        const HttpResult pushed = timed([&] {
            return connection.post("/v1/push", QJsonObject{{QStringLiteral("mutations"), mutations}});
        });
        if (pushed.status != 200) {
            error(QStringLiteral("push: HTTP %1 %2 %3").arg(pushed.status).arg(pushed.error, QString::fromUtf8(pushed.body.left(200))));
        } else {
            for (const QJsonValue &r : pushed.json().value(QStringLiteral("results")).toArray()) {
                if (r.toObject().value(QStringLiteral("status")).toString() != QLatin1String("applied"))
                    error(QStringLiteral("push result: %1").arg(QString::fromUtf8(QJsonDocument(r.toObject()).toJson())));
                else
                    ++run.notes;
            }
        }
        for (bool more = true; more;) {
            const HttpResult page = timed([&] {
                return connection.request("GET", "/v1/pull?limit=500&cursor=" + cursor.toStdString());
            });
            if (page.status != 200) {
                error(QStringLiteral("pull: HTTP %1 %2 %3").arg(page.status).arg(page.error, QString::fromUtf8(page.body.left(200))));
                break;
            }
            const QJsonObject json = page.json();
            run.pulled += json.value(QStringLiteral("changes")).toArray().size();
            const QJsonValue next = json.value(QStringLiteral("cursor"));
            cursor = next.isString() ? next.toString() : QString::number(qint64(next.toDouble()));
            more = json.value(QStringLiteral("has_more")).toBool();
        }
    }
    reconnects = connection.reconnects();
}

} // namespace

LoadResult runLoad(int port, const std::vector<SimDevice> &devices, const QStringList &clientIds,
                   const QString &headCursor, int rounds, int notesPerPush)
{
    std::promise<void> start;
    std::shared_future<void> go = start.get_future().share();
    std::vector<DeviceRun> runs(devices.size());
    std::vector<long long> reconnects(devices.size(), 0);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < devices.size(); ++i) {
        threads.emplace_back(playDevice, port, std::cref(devices[i]), std::cref(clientIds), headCursor, rounds,
                             notesPerPush, unsigned(1000 + i), go, std::ref(runs[i]), std::ref(reconnects[i]));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200)); // let every thread reach the gate
    const auto begin = std::chrono::steady_clock::now();
    start.set_value();
    for (std::thread &t : threads)
        t.join();
    LoadResult out;
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    for (size_t i = 0; i < runs.size(); ++i) {
        out.requests += runs[i].requests;
        out.errors += runs[i].errors;
        out.notesPushed += runs[i].notes;
        out.changesPulled += runs[i].pulled;
        out.reconnects += reconnects[i];
        out.latenciesMs.insert(out.latenciesMs.end(), runs[i].latencies.begin(), runs[i].latencies.end());
        for (const QString &e : runs[i].errorTexts) {
            if (out.firstErrors.size() < 5)
                out.firstErrors += e;
        }
    }
    return out;
}

} // namespace bench
