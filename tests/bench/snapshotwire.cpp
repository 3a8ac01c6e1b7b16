#include "snapshotwire.h"

#include "httpconn.h"
#include "report.h"

#include "hlc.h"
#include "protocol/schema.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>

#include <string>
#include <vector>

namespace bench {

namespace {

struct Pass
{
    qint64 bytes = 0;
    qint64 plainBodyBytes = 0;
};

/** Requests every target in turn with `acceptEncoding` (empty: none); wire bytes both ways. */
Pass replay(int port, const SimDevice &device, const std::vector<std::string> &targets, const std::string &acceptEncoding)
{
    HttpConnection connection(port);
    connection.setToken(device.token);
    connection.setAcceptEncoding(acceptEncoding);
    Pass pass;
    for (const std::string &target : targets) {
        const HttpResult r = connection.request("GET", target);
        if (r.status != 200)
            fail(QStringLiteral("GET %1: HTTP %2 %3").arg(QString::fromStdString(target)).arg(r.status).arg(r.error));
        pass.bytes += r.bytesSent + r.bytesReceived;
        pass.plainBodyBytes += r.body.size();
    }
    return pass;
}

} // namespace

void measureSnapshotWire(int port, const SimDevice &device, const QStringList &clientIds)
{
    // The plain pass walks the tokens; the compressed passes ask for the very same pages (nothing
    // is written in between, and a token names a fixed position), so only the coding differs.
    std::vector<std::string> targets;
    QString cursor;
    qint64 notes = 0;
    QElapsedTimer walk;
    walk.start();
    {
        HttpConnection connection(port);
        connection.setToken(device.token);
        std::string target = "/v1/snapshot?limit=5000";
        for (;;) {
            targets.push_back(target);
            const HttpResult r = connection.request("GET", target);
            if (r.status != 200)
                fail(QStringLiteral("snapshot: HTTP %1 %2 %3").arg(r.status).arg(r.error, QString::fromUtf8(r.body.left(200))));
            const QJsonObject page = r.json();
            for (const QJsonValue &entry : page.value(QStringLiteral("entries")).toArray())
                notes += entry.toObject().value(QStringLiteral("entity")).toString() == QLatin1String("note");
            cursor = QString::number(page.value(QStringLiteral("cursor")).toVariant().toLongLong());
            if (!page.value(QStringLiteral("has_more")).toBool())
                break;
            target = "/v1/snapshot?limit=5000&after=" + page.value(QStringLiteral("next")).toString().toStdString();
        }
    }
    // Fetching and reading the pages (the device's JSON parse included), not applying them.
    report(QStringLiteral("initial_snapshot_fetch_seconds"), double(walk.nsecsElapsed()) / 1e9, QStringLiteral("s"));
    const double perNote = notes > 0 ? double(notes) : 1.0;
    {
        // Beside it, the same organisation as history: the change log pulled from cursor 0.
        HttpConnection connection(port);
        connection.setToken(device.token);
        QElapsedTimer timer;
        timer.start();
        qint64 bytes = 0;
        QString at = QStringLiteral("0");
        for (bool more = true; more;) {
            const HttpResult r = connection.request("GET", "/v1/pull?limit=1000&cursor=" + at.toStdString());
            if (r.status != 200)
                fail(QStringLiteral("pull: HTTP %1 %2").arg(r.status).arg(r.error));
            bytes += r.bytesSent + r.bytesReceived;
            const QJsonObject page = r.json();
            at = QString::number(page.value(QStringLiteral("cursor")).toVariant().toLongLong());
            more = page.value(QStringLiteral("has_more")).toBool();
        }
        report(QStringLiteral("initial_pull_fetch_seconds"), double(timer.nsecsElapsed()) / 1e9, QStringLiteral("s"));
        report(QStringLiteral("initial_pull_plain_wire_bytes_per_note"), double(bytes) / perNote, QStringLiteral("bytes"));
    }
    const Pass plain = replay(port, device, targets, {});
    const Pass zstd = replay(port, device, targets, "zstd");
    const Pass deflate = replay(port, device, targets, "deflate");
    report(QStringLiteral("initial_snapshot_wire_bytes_per_note"), double(plain.bytes) / perNote, QStringLiteral("bytes"));
    report(QStringLiteral("initial_snapshot_wire_bytes_per_note_zstd"), double(zstd.bytes) / perNote,
           QStringLiteral("bytes"), double(plain.bytes) / perNote);
    report(QStringLiteral("initial_snapshot_wire_bytes_per_note_deflate"), double(deflate.bytes) / perNote,
           QStringLiteral("bytes"), double(plain.bytes) / perNote);
    report(QStringLiteral("initial_snapshot_pages"), double(targets.size()), QStringLiteral("pages"));
    report(QStringLiteral("initial_snapshot_notes"), double(notes), QStringLiteral("notes"));

    // Incremental: others write notes; the device pulls them from the snapshot's cursor.
    constexpr int kNotes = 200;
    HttpConnection connection(port);
    connection.setToken(device.token);
    QJsonArray mutations;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (int n = 0; n < kNotes; ++n) {
        const QJsonObject fields{{QStringLiteral("client_id"), clientIds[n % clientIds.size()]},
                                 {QStringLiteral("kind"), QStringLiteral("conversation")},
                                 {QStringLiteral("body"), QStringLiteral("Came back for wall plugs for the picture hook, visit %1").arg(n)},
                                 {QStringLiteral("author_id"), device.staffId},
                                 {QStringLiteral("store_id"), device.storeId},
                                 {QStringLiteral("created_at"), now},
                                 {QStringLiteral("updated_at"), now}};
        mutations.append(QJsonObject{
            {QStringLiteral("mid"), n + 1},
            {QStringLiteral("entity"), QStringLiteral("note")},
            {QStringLiteral("id"), rapport::newUuidV7()},
            {QStringLiteral("op"), QStringLiteral("upsert")},
            {QStringLiteral("hlc"), rapport::protocol::makeHlc(QDateTime::currentMSecsSinceEpoch(), n, device.deviceId)},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("base"), QJsonObject{{QStringLiteral("body"), QJsonValue::Null}}}});
    }
    const HttpResult pushed = connection.post("/v1/push", QJsonObject{{QStringLiteral("mutations"), mutations}});
    if (pushed.status != 200)
        fail(QStringLiteral("push for the incremental pull: HTTP %1 %2").arg(pushed.status).arg(pushed.error));
    const std::vector<std::string> pull{"/v1/pull?limit=1000&cursor=" + cursor.toStdString()};
    const Pass pullPlain = replay(port, device, pull, {});
    const Pass pullZstd = replay(port, device, pull, "zstd");
    report(QStringLiteral("incremental_pull_wire_bytes_per_note"), double(pullPlain.bytes) / kNotes,
           QStringLiteral("bytes"));
    report(QStringLiteral("incremental_pull_wire_bytes_per_note_zstd"), double(pullZstd.bytes) / kNotes,
           QStringLiteral("bytes"), double(pullPlain.bytes) / kNotes);
}

} // namespace bench
