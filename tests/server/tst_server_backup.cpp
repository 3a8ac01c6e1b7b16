// rapport-server backup: an online copy of the embedded database, taken while a device pushes.
#include "httpclient.h"
#include "serverprocess.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <sqlite3.h>
#include <sys/stat.h>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

QString integrityOf(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return s("cannot open");
    }
    sqlite3_stmt *statement = nullptr;
    QString result = s("no answer");
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return result;
}

/** One push of `count` notes on one new client; returns the note ids when acknowledged (all applied). */
QStringList pushNotes(HttpClient &client, Device &device, int count, int round)
{
    const QString clientId = newId();
    QJsonArray mutations{mutation(device, s("client"), clientId, s("upsert"),
                                  {{s("given_name"), s("Client %1").arg(round)}, {s("keep_in_touch_days"), 30}})};
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        ids += newId();
        mutations.append(mutation(device, s("note"), ids.back(), s("upsert"),
                                  {{s("client_id"), clientId}, {s("kind"), s("need")},
                                   {s("body"), s("Round %1, note %2: wants a ladder and a drill").arg(round).arg(i)}}));
    }
    const HttpResponse r = push(client, device, mutations);
    if (r.status != 200)
        return {};
    for (const QJsonValue &result : r.json().value(s("results")).toArray()) {
        if (result.toObject().value(s("status")).toString() != s("applied"))
            return {};
    }
    ids += clientId;
    return ids;
}

QString fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

TEST_CASE("a backup taken while a device pushes holds every acknowledged push up to a point, and serves",
          "[server][sync][backup]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    REQUIRE_FALSE(sam.token.isEmpty());
    // Enough data for the copy to take many steps.
    std::vector<QStringList> acknowledged; // in push order
    for (int round = 0; round < 20; ++round) {
        acknowledged.push_back(pushNotes(client, sam, 100, round));
        REQUIRE_FALSE(acknowledged.back().isEmpty());
    }

    std::mutex mutex;
    std::atomic<bool> stop{false};
    std::thread pusher([&] {
        HttpClient own(server.port());
        for (int round = 1000; !stop; ++round) {
            const QStringList ids = pushNotes(own, sam, 20, round);
            if (ids.isEmpty())
                break;
            std::lock_guard lock(mutex);
            acknowledged.push_back(ids);
        }
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    std::size_t before = 0;
    {
        std::lock_guard lock(mutex);
        before = acknowledged.size();
    }
    const QString copy = server.dir() + s("/backup.db");
    int code = -1;
    QString errors;
    const QString said = server.command({s("backup"), s("--to"), copy, s("--step-pages"), s("4")}, {}, &code, &errors);
    std::size_t after = 0;
    {
        std::lock_guard lock(mutex);
        after = acknowledged.size();
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    stop = true;
    pusher.join();
    INFO(errors.toStdString());
    REQUIRE(code == 0);
    CHECK(said.contains(s("integrity_check ok")));
    CHECK(after > before); // the device kept pushing while the copy was made
    CHECK(integrityOf(copy) == s("ok"));
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(copy).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    CHECK_FALSE(QFileInfo::exists(copy + s("-wal")));

    // Serve the copy: it must hold exactly the first k acknowledged pushes, k at least `before`.
    ServerProcess restored;
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(restored.dbPath() + s(suffix));
    REQUIRE(QFile::copy(copy, restored.dbPath()));
    restored.start();
    HttpClient restoredClient(restored.port());
    Device maya = signIn(restoredClient, s("maya"));
    REQUIRE_FALSE(maya.token.isEmpty());
    QSet<QString> present;
    for (const QJsonValue &c : pullAll(restoredClient, maya))
        present.insert(c.toObject().value(s("id")).toString());
    std::size_t k = 0;
    while (k < acknowledged.size() && present.contains(acknowledged[k].front()))
        ++k;
    INFO("pushes in the copy: " << k << " of " << acknowledged.size() << ", " << before << " acknowledged before the backup started");
    CHECK(k >= before);
    CHECK(k <= after);
    for (std::size_t i = 0; i < acknowledged.size(); ++i) {
        int found = 0;
        for (const QString &id : acknowledged[i])
            found += present.contains(id) ? 1 : 0;
        INFO("push " << i);
        // Whole pushes only, and none after the first missing one.
        CHECK(found == (i < k ? acknowledged[i].size() : 0));
    }
}

TEST_CASE("backup refuses to overwrite without --force and explains bad arguments", "[server][backup][badinput]")
{
    ServerProcess server;
    const QString target = server.dir() + s("/existing.db");
    {
        QFile f(target);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    int code = -1;
    QString errors;
    server.command({s("backup"), s("--to"), target}, {}, &code, &errors);
    CHECK(code != 0);
    CHECK(errors.contains(s("already exists")));
    CHECK(errors.contains(s("--force")));
    CHECK(fileText(target) == s("keep me"));

    const QString said = server.command({s("backup"), s("--to"), target, s("--force")}, {}, &code, &errors);
    CHECK(code == 0);
    CHECK(said.contains(s("integrity_check ok")));
    CHECK(integrityOf(target) == s("ok"));

    // No target, the database itself, a folder, a missing folder, a bad step.
    server.command({s("backup")}, {}, &code, &errors);
    CHECK(code != 0);
    CHECK(errors.contains(s("--to FILE")));
    server.command({s("backup"), s("--to"), server.dbPath()}, {}, &code, &errors);
    CHECK(code != 0);
    CHECK(errors.contains(s("database itself")));
    server.command({s("backup"), s("--to"), server.dir()}, {}, &code, &errors);
    CHECK(code != 0);
    CHECK(errors.contains(s("folder")));
    server.command({s("backup"), s("--to"), server.dir() + s("/no/such/folder/x.db")}, {}, &code, &errors);
    CHECK(code != 0);
    CHECK(errors.contains(s("does not exist")));
    server.command({s("backup"), s("--to"), server.dir() + s("/y.db"), s("--step-pages"), s("0")}, {}, &code, &errors);
    CHECK(code != 0);
    CHECK(errors.contains(s("--step-pages")));
    CHECK_FALSE(QFileInfo::exists(server.dir() + s("/y.db")));
}

TEST_CASE("backup of a missing database or a PostgreSQL one says what to do", "[server][backup][badinput]")
{
    QProcess p;
    p.start(s(RAPPORT_SERVER_BINARY), {s("backup"), s("--db"), s("postgresql://rapport@localhost/rapport"), s("--to"),
                                        s("/tmp/never-written.db")});
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() != 0);
    CHECK(QString::fromUtf8(p.readAllStandardError()).contains(s("pg_dump")));
    CHECK_FALSE(QFileInfo::exists(s("/tmp/never-written.db")));

    QProcess missing;
    missing.start(s(RAPPORT_SERVER_BINARY), {s("backup"), s("--db"), s("/nonexistent/server.db"), s("--to"), s("/tmp/x.db")});
    REQUIRE(missing.waitForFinished(30000));
    CHECK(missing.exitCode() != 0);
    CHECK(QString::fromUtf8(missing.readAllStandardError()).contains(s("There is no database")));
}
