#include "database.h"

#include "logging.h"
#include "bulkindexes.h"
#include "migrations.h"
#include "sqlutil.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rapport {

namespace {

QString connectionPrefix(const QString &filePath)
{
    return QStringLiteral("rapport:") + QFileInfo(filePath).absoluteFilePath() + QLatin1Char(':');
}

QString connectionNameForThisThread(const QString &filePath)
{
    return connectionPrefix(filePath)
        + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

/**
 * The notebook holds clients' personal data: readable by this user only. SQLite gives
 * its -wal and -shm files the main file's mode, so the file is made 0600 before SQLite
 * first creates it, and files an older version left readable are tightened.
 */
void restrictToOwner(const QString &filePath)
{
    const QByteArray path = QFile::encodeName(filePath);
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd >= 0)
        ::close(fd);
    for (const QString &file : {filePath, filePath + QStringLiteral("-wal"), filePath + QStringLiteral("-shm")}) {
        if (QFile::exists(file))
            QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

} // namespace

Database::Database(QString filePath) : m_filePath(std::move(filePath)) {}

Result<Database> Database::open(const QString &filePath)
{
    Database database(QFileInfo(filePath).absoluteFilePath());
    if (filePath != QLatin1String(":memory:"))
        restrictToOwner(database.m_filePath);
    QSqlDatabase db = database.connection();
    if (!db.isOpen()) {
        const QString problem = db.lastError().text();
        db = QSqlDatabase(); // a handle still held would keep the connection from being removed
        database.closeThisThreadConnection();
        return Error{QStringLiteral("Could not open the notebook file %1 (%2). Check that the folder "
                                    "exists and is writable.")
                         .arg(filePath, problem)};
    }
    // A snapshot stopped before its last page (the app killed) left indexes to build: they
    // come back first, so migrations and the app always find every index of the schema.
    if (Status s = bulkindexes::restoreAtOpen(db); !s) {
        db = QSqlDatabase();
        database.closeThisThreadConnection();
        return Error{s.errorMessage()};
    }
    if (Status s = migrate(db); !s) {
        // A refused file must not leave its connection and cached statements behind.
        db = QSqlDatabase();
        database.closeThisThreadConnection();
        return Error{s.errorMessage()};
    }
    return database;
}

Status Database::applyPragmas(QSqlDatabase &db)
{
    // WAL lets readers run while a write commits; synchronous=FULL makes a commit
    // durable before the app reports it saved (a power cut keeps it).
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                               "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"}) {
        if (Status s = sql::exec(db, QLatin1String(pragma)); !s)
            return s;
    }
    return Done{};
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionNameForThisThread(m_filePath);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen() || (db.open() && applyPragmas(db)))
            return db;
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_filePath);
    if (!db.open()) {
        qCWarning(lcCore) << "cannot open" << m_filePath << db.lastError().text();
        return db;
    }
    if (!applyPragmas(db))
        qCWarning(lcCore) << "cannot apply pragmas to" << m_filePath;
    return db;
}

int Database::userVersion() const
{
    return sql::scalar(connection(), QStringLiteral("PRAGMA user_version")).toInt();
}

Status Database::migrate(QSqlDatabase &db, int target)
{
    using Step = Status (*)(QSqlDatabase &);
    static const Step steps[] = {&migrations::migrateTo1, &migrations::migrateTo2, &migrations::migrateTo3,
                                 &migrations::migrateTo4, &migrations::migrateTo5,
                                 &migrations::migrateTo6, &migrations::migrateTo7,
                                 &migrations::migrateTo8, &migrations::migrateTo9};
    static_assert(sizeof(steps) / sizeof(steps[0]) == SchemaVersion, "one step per schema version");

    const int current = sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    if (current > SchemaVersion) {
        return Error{QStringLiteral("This notebook was saved by a newer version of Rapport (schema %1, "
                                    "this app knows %2). Update the app to open it.")
                         .arg(current)
                         .arg(SchemaVersion)};
    }
    for (int version = current + 1; version <= qMin(target, int(SchemaVersion)); ++version) {
        WriteTransaction transaction(db);
        if (!transaction.began())
            return Error{QStringLiteral("The notebook is busy; could not upgrade it. Close other copies of "
                                        "Rapport and try again.")};
        if (Status s = steps[version - 1](db); !s)
            return s;
        // PRAGMA takes no bound parameters; version is an integer we made.
        if (Status s = sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version)); !s)
            return s;
        if (Status s = transaction.commit(); !s)
            return s;
        qCDebug(lcCore) << "migrated" << db.databaseName() << "to schema" << version;
    }
    return Done{};
}

void Database::close()
{
    const QString prefix = connectionPrefix(m_filePath);
    for (const QString &name : QSqlDatabase::connectionNames()) {
        // removeDatabase closes it; asking for another thread's connection would only warn.
        if (name.startsWith(prefix)) {
            sql::forgetConnection(name);
            QSqlDatabase::removeDatabase(name);
        }
    }
}

void Database::closeThisThreadConnection() const
{
    const QString name = connectionNameForThisThread(m_filePath);
    if (!QSqlDatabase::contains(name))
        return;
    sql::forgetConnection(name);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

WriteTransaction::WriteTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    // IMMEDIATE takes the write lock up front, so two writers wait on busy_timeout
    // instead of failing half-way with SQLITE_BUSY on upgrade from a read lock.
    m_nested = sql::bulkDepth(m_db) > 0;
    m_began = bool(sql::exec(m_db, m_nested ? QStringLiteral("SAVEPOINT write") : QStringLiteral("BEGIN IMMEDIATE")));
}

WriteTransaction::~WriteTransaction()
{
    if (m_began && !m_done) {
        // Inside a bulk scope only this write is undone; the bulk transaction goes on.
        const bool undone = m_nested ? sql::exec(m_db, QStringLiteral("ROLLBACK TO write")).ok()
                && sql::exec(m_db, QStringLiteral("RELEASE write")).ok()
                                     : sql::exec(m_db, QStringLiteral("ROLLBACK")).ok();
        if (!undone)
            qCWarning(lcCore) << "rollback failed";
    }
}

Status WriteTransaction::commit()
{
    if (!m_began)
        return Error{QStringLiteral("The change was not saved because the notebook was busy. Try again.")};
    Status s = sql::exec(m_db, m_nested ? QStringLiteral("RELEASE write") : QStringLiteral("COMMIT"));
    if (s)
        m_done = true;
    return s;
}

} // namespace rapport
