// The server killed with SIGKILL in the middle of pushes loses nothing it acknowledged.
#include "httpclient.h"
#include "serverprocess.h"

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <QSet>

#include <atomic>
#include <chrono>
#include <thread>

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

QString integrityCheck(const QString &path)
{
    sqlite3 *db = nullptr;
    QString result = s("cannot open");
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return result;
}

} // namespace

TEST_CASE("SIGKILL mid-push and restart: every acknowledged write is still there", "[server][fault]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    REQUIRE_FALSE(sam.token.isEmpty());

    // A writer pushes batches of 50 clients as fast as it can; the test kills the server under it.
    std::atomic<int> acknowledgedBatches{0};
    QList<QJsonArray> batches;
    for (int b = 0; b < 400; ++b) {
        QJsonArray batch;
        for (int i = 0; i < 50; ++i)
            batch.append(mutation(sam, s("client"), newId(), s("upsert"),
                                  {{s("given_name"), s("Batch %1 #%2").arg(b).arg(i)}}));
        batches.append(batch);
    }
    int firstUnacknowledged = -1;
    std::thread writer([&] {
        HttpClient local(server.port());
        for (int b = 0; b < batches.size(); ++b) {
            if (push(local, sam, batches.at(b)).status != 200) {
                firstUnacknowledged = b;
                return;
            }
            ++acknowledgedBatches;
        }
    });
    while (acknowledgedBatches.load() < 5)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    server.kill9();
    writer.join();
    REQUIRE(firstUnacknowledged >= 5); // the kill landed while batches were still going

    server.start();
    HttpClient after(server.port());
    const QJsonArray all = pullAll(after, sam);
    QSet<QString> present;
    for (const QJsonValue &c : all)
        present.insert(c.toObject().value(s("id")).toString());
    for (int b = 0; b < acknowledgedBatches.load(); ++b)
        for (const QJsonValue &m : batches.at(b))
            REQUIRE(present.contains(m.toObject().value(s("id")).toString()));

    // The device retries the batch whose answer it never got: applied once, whatever happened.
    const HttpResponse retry = push(after, sam, batches.at(firstUnacknowledged));
    REQUIRE(retry.status == 200);
    const QJsonArray again = pullAll(after, sam);
    QSet<QString> ids;
    int upserts = 0;
    for (const QJsonValue &c : again) {
        if (c.toObject().value(s("entity")).toString() == s("client")) {
            ids.insert(c.toObject().value(s("id")).toString());
            ++upserts;
        }
    }
    CHECK(upserts == ids.size()); // no client recorded twice
    CHECK(ids.size() == (firstUnacknowledged + 1) * 50);
    server.stop();
    CHECK(integrityCheck(server.dbPath()) == s("ok"));
}
