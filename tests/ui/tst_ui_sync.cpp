// Qt Quick Test runner for the sync screens against a real rapport-server on
// loopback: the app's QML and sync engine on one device, and a second real
// device (its own notebook and engine) the tests use to look at what reached
// the server and to edit the same note elsewhere.
#include "session.h"
#include "syncstatus.h"
#include "testserver.h"

#include "syncengine.h"
#include "tokenstore.h"

#include "core/notebook.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Rapport_UiPlugin)

/** Another tablet of the same chain, synced only when a test says so. */
class SecondDevice : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int syncCount READ syncCount NOTIFY synced)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY synced)
public:
    explicit SecondDevice(const QString &dir)
    {
        auto opened = rapport::Notebook::open(dir);
        if (!opened)
            qFatal("cannot open the second device: %s", qPrintable(opened.errorMessage()));
        m_notebook = std::move(opened.value());
        m_engine = std::make_unique<rapport::SyncEngine>(m_notebook.get(), dir,
                                                         std::make_unique<rapport::FileTokenStore>(dir));
        m_engine->setAutomaticSync(false);
        connect(m_engine.get(), &rapport::SyncEngine::syncFinished, this, [this](bool ok) {
            if (ok)
                ++m_syncCount;
            Q_EMIT synced();
        });
    }

    int syncCount() const { return m_syncCount; }
    bool signedIn() const { return m_engine->signedIn(); }

    Q_INVOKABLE void signIn(const QString &url, const QString &login, const QString &password)
    {
        m_engine->signIn(url, login, password, QStringLiteral("second tablet"));
    }
    Q_INVOKABLE void syncNow() { m_engine->syncNow(); }
    Q_INVOKABLE int pendingCount() const { return m_notebook->pendingMutationCount(); }
    /** The note's body on this device, or "<missing>" when it has not arrived. */
    Q_INVOKABLE QString noteBody(const QString &noteId) const
    {
        const auto note = m_notebook->note(noteId);
        return note ? note->body : QStringLiteral("<missing>");
    }
    Q_INVOKABLE bool editNote(const QString &noteId, const QString &body)
    {
        auto note = m_notebook->note(noteId);
        if (!note)
            return false;
        note->body = body;
        const auto updated = m_notebook->updateNote(*note);
        if (!updated)
            qWarning("second device could not edit: %s", qPrintable(updated.errorMessage()));
        return bool(updated);
    }

Q_SIGNALS:
    void synced();

private:
    std::unique_ptr<rapport::Notebook> m_notebook;
    std::unique_ptr<rapport::SyncEngine> m_engine;
    int m_syncCount = 0;
};

/** The operator at the server's console: runs admin commands on the test server's database. */
class ServerAdmin : public QObject
{
    Q_OBJECT
public:
    explicit ServerAdmin(QString databasePath) : m_databasePath(std::move(databasePath)) {}

    /** `reset-password`: the server ends every session of that login. */
    Q_INVOKABLE bool resetPassword(const QString &login, const QString &password)
    {
        QProcess process;
        process.start(QStringLiteral(RAPPORT_SERVER_BIN),
                      {QStringLiteral("reset-password"), QStringLiteral("--db"), m_databasePath,
                       QStringLiteral("--login"), login});
        process.write(password.toUtf8() + '\n');
        process.closeWriteChannel();
        return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0;
    }

private:
    QString m_databasePath;
};

/** Lets a test take the server away and bring it back on the same address. */
class ServerControl : public QObject
{
    Q_OBJECT
public:
    explicit ServerControl(TestServer *server) : m_server(server) {}
    Q_INVOKABLE void stop() { m_server->stop(); }
    Q_INVOKABLE bool resume() { return m_server->resume(); }

private:
    TestServer *m_server;
};

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        if (!m_server.start(QStringLiteral(RAPPORT_SERVER_BIN), m_dir.filePath(QStringLiteral("server.db"))))
            qFatal("%s", qPrintable(m_server.error()));
        const QString device = m_dir.filePath(QStringLiteral("device"));
        QDir().mkpath(device);
        auto opened = rapport::Notebook::open(device);
        if (!opened)
            qFatal("cannot open the test notebook: %s", qPrintable(opened.errorMessage()));
        m_notebook = std::move(opened.value());
        m_engine = std::make_unique<rapport::SyncEngine>(m_notebook.get(), device,
                                                         std::make_unique<rapport::FileTokenStore>(device));
        m_engine->setDebounceInterval(200);
        // The conflict step writes here before this device has pulled the other tablet's edit: with a
        // live pull the edit would arrive first. Live pull has its own tests (tst_syncphases).
        m_engine->setLivePull(false);
        m_session = std::make_unique<rapport::ui::Session>(m_notebook.get(), device, QStringLiteral("signin"));
        rapport::ui::Session::setInstance(m_session.get());
        m_sync = std::make_unique<rapport::ui::SyncStatus>(m_engine.get(), m_session.get());
        rapport::ui::SyncStatus::setInstance(m_sync.get());
        const QString second = m_dir.filePath(QStringLiteral("second"));
        QDir().mkpath(second);
        m_second = std::make_unique<SecondDevice>(second);
        m_admin = std::make_unique<ServerAdmin>(m_dir.filePath(QStringLiteral("server.db")));
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->rootContext()->setContextProperty(QStringLiteral("serverUrl"), m_server.url());
        engine->rootContext()->setContextProperty(QStringLiteral("secondDevice"), m_second.get());
        engine->rootContext()->setContextProperty(QStringLiteral("serverAdmin"), m_admin.get());
        engine->rootContext()->setContextProperty(QStringLiteral("serverControl"), &m_serverControl);
        const QString screenshots = QCoreApplication::applicationDirPath() + QStringLiteral("/../screenshots");
        QDir().mkpath(screenshots);
        engine->rootContext()->setContextProperty(QStringLiteral("screenshotDir"), QDir(screenshots).absolutePath());
    }

    void cleanupTestCase()
    {
        m_second.reset();
        m_sync.reset();
        m_session.reset();
        m_engine.reset();
        m_notebook.reset();
        m_server.stop();
    }

private:
    QTemporaryDir m_dir;
    TestServer m_server;
    ServerControl m_serverControl{&m_server};
    std::unique_ptr<rapport::Notebook> m_notebook;
    std::unique_ptr<rapport::SyncEngine> m_engine;
    std::unique_ptr<rapport::ui::Session> m_session;
    std::unique_ptr<ServerAdmin> m_admin;
    std::unique_ptr<rapport::ui::SyncStatus> m_sync;
    std::unique_ptr<SecondDevice> m_second;
};

QUICK_TEST_MAIN_WITH_SETUP(rapport_ui_sync, Setup)

#include "tst_ui_sync.moc"
