#include "device.h"

#include "changerecorder.h"
#include "entityspec.h"
#include "tokenstore.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSet>
#include <QThread>

namespace rapport::test {

Device::Device(const QString &name, qint64 clockSkewMs) : m_name(name)
{
    REQUIRE(m_dir.isValid());
    m_clock = ClockOffset::create([clockSkewMs] { return QDateTime::currentMSecsSinceEpoch() + clockSkewMs; });
    open();
}

void Device::reopen(const std::function<void(const QString &dbPath)> &betweenRuns)
{
    m_engine.reset();
    m_notebook.reset();
    if (betweenRuns)
        betweenRuns(QDir(m_dir.path()).filePath(QStringLiteral("rapport.db")));
    open();
}

void Device::open()
{
    auto opened = Notebook::open(m_dir.path(), m_clock->wallClock());
    INFO("opening the notebook of " << m_name.toStdString() << ": " << opened.errorMessage().toStdString());
    REQUIRE(opened.ok());
    m_notebook = std::move(opened.value());
    m_engine = std::make_unique<SyncEngine>(m_notebook.get(), m_dir.path(),
                                            std::make_unique<FileTokenStore>(m_dir.path()), m_clock);
    m_engine->setAutomaticSync(false);
    m_engine->setRequestTimeout(3000); // stalled connections in fault tests give up quickly
}

Device::~Device()
{
    m_engine.reset();
    m_notebook.reset();
}

QString Device::signIn(const QString &url, const Login &login)
{
    QSignalSpy finished(m_engine.get(), &SyncEngine::signInFinished);
    QSignalSpy synced(m_engine.get(), &SyncEngine::syncFinished);
    m_engine->signIn(url, login.login, login.password, m_name);
    if (!finished.wait(30000))
        return QStringLiteral("sign-in did not finish");
    if (!finished.first().at(0).toBool())
        return finished.first().at(1).toString();
    // signIn() starts the first sync itself.
    if (synced.isEmpty() && !synced.wait(60000))
        return QStringLiteral("first sync did not finish");
    return QString();
}

bool Device::sync(int timeoutMs)
{
    QSignalSpy synced(m_engine.get(), &SyncEngine::syncFinished);
    m_engine->syncNow();
    if (!synced.wait(timeoutMs))
        return false;
    return synced.first().at(0).toBool();
}

bool Device::syncUntilOk(int attempts)
{
    for (int i = 0; i < attempts; ++i) {
        if (sync())
            return true;
    }
    return false;
}

QByteArray Device::fileBytes() const
{
    QByteArray bytes;
    const QDir dir(m_dir.path());
    for (const QString &name : dir.entryList(QDir::Files)) {
        if (!name.startsWith(QLatin1String("rapport.db")))
            continue;
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

QString snapshot(Notebook &notebook)
{
    QSqlDatabase db = notebook.database().connection();
    QString out;
    QSet<QString> tombstones;
    const QStringList localOnly = {QStringLiteral("seq"), QStringLiteral("row_hlc"), QStringLiteral("row_clocked"),
                                   QStringLiteral("last_seen_at"),
                                   QStringLiteral("last_seen_by"), QStringLiteral("last_seen_store_id")};
    const QStringList tables = {QStringLiteral("client"), QStringLiteral("note"), QStringLiteral("follow_up"),
                                QStringLiteral("conflict"), QStringLiteral("store"), QStringLiteral("staff")};
    for (const QString &table : tables) {
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)));
        while (query.next()) {
            const QSqlRecord record = query.record();
            out += table + QLatin1Char('|');
            if (record.value(QStringLiteral("deleted")).toInt() != 0) {
                // A tombstone is bookkeeping, not data: what must agree everywhere is that
                // the record is not live. A device loaded from a snapshot never held the
                // record at all, one that pulled the history holds its tombstone.
                tombstones.insert(record.value(QStringLiteral("id")).toString());
                out.chop(table.size() + 1);
                continue;
            }
            for (int i = 0; i < record.count(); ++i) {
                if (localOnly.contains(record.fieldName(i)))
                    continue;
                out += record.fieldName(i) + QLatin1Char('=') + record.value(i).toString() + QLatin1Char('|');
            }
            out += QLatin1Char('\n');
        }
    }
    // Each field's clock as merging reads it (row clock or its own clock row), so a
    // device migrated from the old layout compares equal to a fresh one.
    QSqlQuery clocks(db);
    REQUIRE(clocks.exec(QStringLiteral("SELECT entity, entity_id FROM field_clock UNION "
                                       "SELECT 'client', id FROM client UNION SELECT 'note', id FROM note UNION "
                                       "SELECT 'follow_up', id FROM follow_up UNION SELECT 'conflict', id FROM conflict "
                                       "ORDER BY 1, 2")));
    while (clocks.next()) {
        const QString entity = clocks.value(0).toString(), id = clocks.value(1).toString();
        const EntitySpec *spec = entitySpec(entity);
        if (tombstones.contains(id) || !spec)
            continue;
        const QHash<QString, QString> byField = fieldClocks(db, *spec, id);
        QStringList fields = byField.keys();
        fields.sort();
        for (const QString &field : std::as_const(fields))
            out += QStringLiteral("clock|%1|%2|%3|%4\n").arg(entity, id, field, byField.value(field));
    }
    return out;
}

QString firstDifference(const QString &a, const QString &b)
{
    int i = 0;
    while (i < a.size() && i < b.size() && a.at(i) == b.at(i))
        ++i;
    if (i == a.size() && i == b.size())
        return QStringLiteral("(identical)");
    const int from = qMax(0, i - 150);
    return a.mid(from, 300) + QStringLiteral("\n--- versus ---\n") + b.mid(from, 300);
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return done();
}

} // namespace rapport::test
