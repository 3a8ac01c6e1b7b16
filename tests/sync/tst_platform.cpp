// Platform services and the clock correction, without a server.
#include "applifecycle.h"
#include "clockoffset.h"
#include "datapaths.h"
#include "reachability.h"
#include "tokenstore.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace rapport;

TEST_CASE("The file token store keeps the token readable only by its owner", "[sync]")
{
    QTemporaryDir dir;
    FileTokenStore store(dir.path());
    const QString account = QStringLiteral("device-1");
    CHECK_FALSE(store.load(account).has_value());
    REQUIRE(store.save(account, QStringLiteral("s3cret-token")));
    CHECK(store.load(account) == QStringLiteral("s3cret-token"));
    const QFile::Permissions permissions = QFile::permissions(store.filePath(account));
    CHECK(permissions == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                          | QFileDevice::WriteUser));
    CHECK(store.description() == QStringLiteral("Stored in a file only you can read: %1")
                                     .arg(QDir::toNativeSeparators(dir.path())));
    store.remove(account);
    CHECK_FALSE(store.load(account).has_value());
    CHECK_FALSE(QFile::exists(store.filePath(account)));
}

TEST_CASE("The default token store falls back to a file when no keychain answers", "[sync]")
{
    QTemporaryDir dir;
    auto store = TokenStore::createDefault(dir.path());
    REQUIRE(store->save(QStringLiteral("device-2"), QStringLiteral("token-2")));
    CHECK(store->load(QStringLiteral("device-2")) == QStringLiteral("token-2"));
    const QString where = store->description();
    const bool inFile = where.startsWith(QStringLiteral("Stored in a file only you can read"));
    CHECK((inFile || where == QStringLiteral("Stored in the system keychain")));
    // Never two copies: the file exists exactly when the description says so.
    CHECK(inFile == QFile::exists(FileTokenStore(dir.path()).filePath(QStringLiteral("device-2"))));
    store->remove(QStringLiteral("device-2"));
    CHECK_FALSE(store->load(QStringLiteral("device-2")).has_value());
}

TEST_CASE("Reachability assumes online without a backend and the lifecycle hook is quiet", "[sync]")
{
    Reachability reachability;
    if (!reachability.backendAvailable())
        CHECK(reachability.online());
    AppLifecycle lifecycle; // QCoreApplication: no application state, must not crash
    CHECK(lifecycle.active());
}

TEST_CASE("Data paths honour RAPPORT_DATA_DIR", "[sync]")
{
    QTemporaryDir dir;
    const QString wanted = dir.filePath(QStringLiteral("nested/data"));
    qputenv("RAPPORT_DATA_DIR", wanted.toUtf8());
    CHECK(DataPaths::defaultDataDir() == wanted);
    CHECK(QDir(wanted).exists());
    qunsetenv("RAPPORT_DATA_DIR");
}

TEST_CASE("The clock offset corrects a wrong clock and ignores latency", "[sync]")
{
    qint64 fake = 1'000'000'000'000;
    auto offset = ClockOffset::create([&fake] { return fake; });
    auto clock = offset->wallClock();
    CHECK(clock() == fake);
    CHECK_FALSE(offset->observeServerTime(fake + 800)); // latency, not a wrong clock
    CHECK(clock() == fake);
    CHECK(offset->observeServerTime(fake - 600'000)); // device ten minutes fast
    CHECK(clock() == fake - 600'000);
    fake += 1000;
    CHECK(clock() == fake - 600'000);
    CHECK_FALSE(offset->observeServerTime(fake - 600'000 + 300));
}
