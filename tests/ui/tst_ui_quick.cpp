// Qt Quick Test runner: each tst_*.qml drives the real Rapport.Ui QML on a real
// notebook (SQLite file with the demo chain) in a temporary folder.
#include "language.h"
#include "session.h"
#include "syncstatus.h"

#include "syncengine.h"
#include "tokenstore.h"

#include "core/demodata.h"
#include "core/notebook.h"

#include <QCoreApplication>
#include <QDir>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QQmlExtensionPlugin>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Rapport_UiPlugin)

/** Lets a test look at the database itself after acting through the UI. */
class DatabaseProbe : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseProbe(rapport::Notebook *notebook) : m_notebook(notebook) {}

    /** The first column of the first row of `sql` (bound to `values` in order). */
    Q_INVOKABLE QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(m_notebook->database().connection());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0);
    }

private:
    rapport::Notebook *m_notebook;
};

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        auto opened = rapport::Notebook::open(m_dir.path());
        if (!opened)
            qFatal("cannot open the test notebook: %s", qPrintable(opened.errorMessage()));
        m_notebook = std::move(opened.value());
        rapport::DemoSize size;
        size.clients = 60;
        size.notesPerClient = 4;
        if (const rapport::Status filled = rapport::fillWithDemoData(*m_notebook, size); !filled)
            qFatal("cannot fill the demo: %s", qPrintable(filled.errorMessage()));
        const auto staff = m_notebook->staff();
        if (staff.isEmpty() || !m_notebook->setCurrentStaff(staff.first().id))
            qFatal("the demo has no staff to sign notes with");
        m_session = std::make_unique<rapport::ui::Session>(m_notebook.get(), m_dir.path());
        rapport::ui::Session::setInstance(m_session.get());
        // Before any model, so every model hears a language change (tst_language.qml).
        m_language = std::make_unique<rapport::ui::Language>(m_notebook.get());
        m_language->apply();
        rapport::ui::Language::setInstance(m_language.get());
        // A real engine, never signed in here: the floor flow works without a server.
        m_engine = std::make_unique<rapport::SyncEngine>(m_notebook.get(), m_dir.path(),
                                                         std::make_unique<rapport::FileTokenStore>(m_dir.path()));
        m_sync = std::make_unique<rapport::ui::SyncStatus>(m_engine.get(), m_session.get());
        rapport::ui::SyncStatus::setInstance(m_sync.get());
        m_probe = std::make_unique<DatabaseProbe>(m_notebook.get());
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // The static Rapport.Ui module lives in the resources (qrc:/Rapport/Ui).
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->rootContext()->setContextProperty(QStringLiteral("databaseProbe"), m_probe.get());
        const QString screenshots = QCoreApplication::applicationDirPath() + QStringLiteral("/../screenshots");
        QDir().mkpath(screenshots);
        engine->rootContext()->setContextProperty(QStringLiteral("screenshotDir"), QDir(screenshots).absolutePath());
    }

    void cleanupTestCase()
    {
        m_probe.reset();
        m_sync.reset();
        m_engine.reset();
        m_session.reset();
        m_language.reset();
        m_notebook.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<rapport::Notebook> m_notebook;
    std::unique_ptr<rapport::ui::Session> m_session;
    std::unique_ptr<rapport::ui::Language> m_language;
    std::unique_ptr<rapport::SyncEngine> m_engine;
    std::unique_ptr<rapport::ui::SyncStatus> m_sync;
    std::unique_ptr<DatabaseProbe> m_probe;
};

QUICK_TEST_MAIN_WITH_SETUP(rapport_ui, Setup)

#include "tst_ui_quick.moc"
