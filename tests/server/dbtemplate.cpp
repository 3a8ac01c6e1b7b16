#include "dbtemplate.h"

#include "pgtestdb.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QThread>
#include <QUuid>

#include <memory>

namespace dbtemplate {

namespace {

/** Changes whenever rapport-server is built again, so a template never outlives its server. */
QString serverBuildStamp(const QString &serverBinary)
{
    const QFileInfo binary(serverBinary);
    return QString::number(binary.lastModified().toMSecsSinceEpoch()) + QLatin1Char('_') + QString::number(binary.size());
}

/** A short name for `key` that files and PostgreSQL identifiers take. */
QString keyName(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}

/** Held while a template is looked for or made. */
std::unique_ptr<QLockFile> lockTemplates(const QDir &dir, const QString &name)
{
    REQUIRE(dir.mkpath(QStringLiteral(".")));
    auto lock = std::make_unique<QLockFile>(dir.filePath(name));
    REQUIRE(lock->tryLock(120000));
    return lock;
}

/**
 * Runs `statement` on `postgres`, again for up to 10 s while a session that has just ended still
 * holds the database it names ("... is being accessed by other users").
 */
void whenUnused(const QString &postgres, const QString &statement)
{
    QString error;
    for (int attempt = 0; attempt < 100; ++attempt) {
        error = PgTestDatabase::tryOn(postgres, statement);
        if (error.isEmpty() || !error.contains(QLatin1String("other users")))
            break;
        QThread::msleep(100);
    }
    INFO(statement.toStdString() << ": " << error.toStdString());
    REQUIRE(error.isEmpty());
}

} // namespace

QString sqlite(const Place &place, const QString &key, const std::function<void(const QString &db)> &make)
{
    const QDir dir(place.dir);
    const auto lock = lockTemplates(dir, QStringLiteral("sqlite.lock"));
    const QString prefix = QStringLiteral("sqlite-%1-").arg(keyName(key));
    const QString path = dir.filePath(prefix + serverBuildStamp(place.serverBinary) + QStringLiteral(".db"));
    if (QFile::exists(path))
        return path;
    for (const QString &old : dir.entryList({prefix + QLatin1Char('*')}, QDir::Files))
        QFile::remove(dir.filePath(old));
    const QString making = path + QStringLiteral(".making");
    make(making);
    // The server closed the file cleanly: nothing is left in a write-ahead log beside it.
    REQUIRE_FALSE(QFile::exists(making + QStringLiteral("-wal")));
    REQUIRE(QFile::rename(making, path));
    return path;
}

QString postgres(const Place &place, const QString &key, const std::function<void(const QString &conninfo)> &make)
{
    const QDir dir(place.dir);
    const auto lock = lockTemplates(dir, QStringLiteral("postgres.lock"));
    const QString name = QStringLiteral("rapport_template_%1_%2").arg(keyName(key), serverBuildStamp(place.serverBinary));
    const QString postgres = PgTestDatabase::clusterOrSkip() + QStringLiteral(" dbname=postgres");
    if (PgTestDatabase::sqlOn(postgres, QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'").arg(name))
        == QLatin1String("1"))
        return name;
    const QString making = QStringLiteral("rapport_making_") + QUuid::createUuid().toString(QUuid::Id128);
    PgTestDatabase::sqlOn(postgres, QStringLiteral("CREATE DATABASE %1").arg(making));
    make(PgTestDatabase::clusterConninfo() + QStringLiteral(" dbname=") + making);
    whenUnused(postgres, QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(making, name));
    return name;
}

} // namespace dbtemplate
