// A fresh device's first sync, killed with SIGKILL while it applies pulled
// pages: each time the database opens whole, holds exactly the pages it
// committed with their cursor, and the next run resumes and ends equal to the
// server.
#include "fixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

using namespace rapport;
using namespace rapport::test;

namespace {

/** Reads the device's files from outside, as a second process would. */
class Peek
{
public:
    explicit Peek(const QString &path) : m_name(QStringLiteral("peek-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        m_open = db.open();
    }
    ~Peek()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    /** The first column of the first row, or an invalid value (no file yet, no table, no row). */
    QVariant value(const QString &statement) const
    {
        if (!m_open)
            return {};
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(statement) || !query.next())
            return {};
        return query.value(0);
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
};

QString cursorOf(const QString &path)
{
    if (!QFile::exists(path))
        return {};
    return Peek(path).value(QStringLiteral("SELECT value FROM meta WHERE key = 'pull_cursor'")).toString();
}

} // namespace

TEST_CASE("A first sync killed while it applies pulled pages resumes and ends equal to the server",
          "[fault][firstsync]")
{
    Chain chain;
    Device writer(QStringLiteral("writer"));
    signInOrFail(writer, chain.server.url(), chain.sam);
    QStringList clients;
    {
        Notebook::BulkWrite bulk(writer.notebook());
        REQUIRE(bulk.began());
        for (int i = 0; i < 1200; ++i) {
            const QString id = createClient(writer.notebook(), QStringLiteral("First%1").arg(i),
                                            QStringLiteral("Sync%1").arg(i % 37));
            clients << id;
            addNote(writer.notebook(), id, QStringLiteral("Asked about masonry anchors, visit %1").arg(i));
        }
        REQUIRE(bulk.commit().ok());
    }
    // Later history too: edits of some fields and deletes.
    ClientChanges phone;
    phone.phone = QStringLiteral("555 010 4242");
    for (int i = 0; i < 1200; i += 50)
        REQUIRE(writer.notebook().updateClient(clients.at(i), phone).ok());
    for (int i = 7; i < 1200; i += 100)
        REQUIRE(writer.notebook().deleteClient(clients.at(i)).ok());
    writer.engine().setPushBatchSize(500);
    REQUIRE(writer.sync(120000));
    REQUIRE(writer.notebook().pendingMutationCount() == 0);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("rapport.db"));
    const QStringList arguments{dir.path(), chain.server.url(), chain.alex.login, chain.alex.password,
                                QStringLiteral("20")};
    QRandomGenerator random(20261130);
    QString lastCursor;
    int kills = 0;
    for (int run = 0; run < 8 && kills < 3; ++run) {
        QProcess device;
        device.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        device.start(QStringLiteral(FIRST_SYNC_DEVICE), arguments);
        REQUIRE(device.waitForStarted());
        // Wait until at least one more page has committed, then kill at a random moment of the next ones.
        QElapsedTimer waited;
        waited.start();
        bool finished = false;
        while (cursorOf(dbPath) == lastCursor) {
            if (device.waitForFinished(2)) {
                finished = true;
                break;
            }
            REQUIRE(waited.elapsed() < 60000);
        }
        if (finished) {
            INFO("the device finished its first sync before it could be killed (run " << run << ")");
            CHECK(device.exitCode() == 0);
            break;
        }
        QThread::usleep(random.bounded(20000));
        device.kill(); // SIGKILL
        REQUIRE(device.waitForFinished(10000));
        ++kills;

        // The file opens whole, and what it holds is what its cursor says: every
        // applied note is in the search index (pages commit with their index rows).
        Peek peek(dbPath);
        CHECK(peek.value(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
        const QString cursor = peek.value(QStringLiteral("SELECT value FROM meta WHERE key = 'pull_cursor'")).toString();
        CHECK(cursor.toLongLong() >= lastCursor.toLongLong());
        CHECK(peek.value(QStringLiteral("SELECT count(*) FROM note WHERE deleted = 0")).toInt()
              == peek.value(QStringLiteral("SELECT count(*) FROM note_fts")).toInt());
        CHECK(peek.value(QStringLiteral("SELECT count(*) FROM client WHERE deleted = 0")).toInt()
              == peek.value(QStringLiteral("SELECT count(*) FROM client_fts")).toInt());
        lastCursor = cursor;
    }
    CHECK(kills >= 1);

    // The next run resumes from the stored cursor and finishes.
    QProcess device;
    device.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    device.start(QStringLiteral(FIRST_SYNC_DEVICE), arguments);
    REQUIRE(device.waitForFinished(120000));
    REQUIRE(device.exitStatus() == QProcess::NormalExit);
    REQUIRE(device.exitCode() == 0);

    auto opened = Notebook::open(dir.path());
    REQUIRE(opened.ok());
    Notebook &resumed = *opened.value();
    CHECK(resumed.clientCount() == 1200 - 12);
    Device fresh(QStringLiteral("fresh"));
    signInOrFail(fresh, chain.server.url(), chain.sam);
    CHECK_SAME_DATA(snapshot(resumed), snapshot(fresh.notebook()));
    CHECK_SAME_DATA(snapshot(resumed), snapshot(writer.notebook()));
}
