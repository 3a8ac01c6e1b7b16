// The floor app: opens the notebook, hands it to QML and handles the command line.
#include "exportcommand.h"
#include "csvcommands.h"
#include "reportcommand.h"
#include "serverdemo.h"
#include "language.h"
#include "session.h"
#include "syncstatus.h"

#include "applifecycle.h"
#include "clockoffset.h"
#include "heapsettings.h"
#include "reachability.h"
#include "syncengine.h"
#include "tokenstore.h"

#include "core/demodata.h"
#include "core/notebook.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>
#include <cstring>

Q_IMPORT_QML_PLUGIN(Rapport_UiPlugin)

Q_LOGGING_CATEGORY(lcApp, "rapport.app")

namespace {

// Every warning the QML engine or Qt prints while self-testing; one is a failure.
int s_warnings = 0;
QtMessageHandler s_previousHandler = nullptr;

void countingMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
        ++s_warnings;
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

bool wantsOffscreen(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (!std::strcmp(argv[i], "--screenshot") || !std::strcmp(argv[i], "--self-test"))
            return true;
    return false;
}

void fatal(const QString &message)
{
    std::fprintf(stderr, "rapport: %s\n", qPrintable(message));
}

/** The item named `name` in the window's visual tree (Repeater rows are not QObject children). */
QQuickItem *findItem(QQuickItem *item, const QString &name)
{
    if (!item)
        return nullptr;
    if (item->objectName() == name)
        return item;
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}

/** Calls `done` after the window has rendered a few frames (or after a timeout). */
void afterFrames(QQuickWindow *window, int frames, std::function<void()> done)
{
    auto remaining = std::make_shared<int>(frames);
    auto fired = std::make_shared<bool>(false);
    auto finish = [done, fired] {
        if (*fired)
            return;
        *fired = true;
        done();
    };
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [remaining, finish] {
        // Popups fade in over ~150 ms; grab after they have settled.
        if (--*remaining == 0)
            QTimer::singleShot(400, finish);
    });
    window->update();
    // Offscreen renderers may skip frames when nothing changes; never hang.
    QTimer::singleShot(3000, window, finish);
}

} // namespace

int main(int argc, char **argv)
{
    rapport::keepHeapForSyncAnswers();
    // `rapport report …` prints the manager's measures and never opens a window.
    if (argc > 1 && !std::strcmp(argv[1], "report"))
        return rapport::runReportCommand(argc, argv);
    // `rapport export-client …` writes one client's data and never opens a window.
    if (argc > 1 && !std::strcmp(argv[1], "export-client"))
        return rapport::runExportClientCommand(argc, argv);
    if (argc > 1 && !std::strcmp(argv[1], "import-clients"))
        return rapport::runImportCommand(argc, argv);
    if (argc > 1 && !std::strcmp(argv[1], "export-csv"))
        return rapport::runExportCommand(argc, argv);

    // Screenshots and self-tests render without a display.
    if (wantsOffscreen(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QGuiApplication app(argc, argv);
    // No organisation name: the data folder is .../Rapport, not .../Rapport/Rapport.
    QGuiApplication::setApplicationName(QStringLiteral("Rapport"));
    QGuiApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(RAPPORT_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Rapport: the client notebook floor staff keep during a conversation. "
        "Everything is stored on this device first."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
        QStringLiteral("Keep the notebook (rapport.db) in <dir>. Default: %1.")
            .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
        QStringLiteral("dir"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QStringLiteral("Fill an empty notebook with a demo chain: 2 stores, 6 staff, 320 clients, "
                       "3,200 notes, open and overdue follow-ups. Signed in to a server, the demo "
                       "clients are written by the signed-in associate after the first sync and sent "
                       "to the server (only when neither has any client yet)."));
    const QCommandLineOption serverOption(QStringLiteral("server"),
        QStringLiteral("Sign in to the Rapport server at <url> at start (unless already signed in). "
                       "The password is read from the environment variable RAPPORT_PASSWORD, never "
                       "from the command line; without it the sign-in page opens prefilled."),
        QStringLiteral("url"));
    const QCommandLineOption loginOption(QStringLiteral("login"),
        QStringLiteral("The login to sign in with (see --server). Without --server, on a device without a server: "
                       "the person using the app, e.g. --demo --login dana (a manager of the demo chain)."),
        QStringLiteral("login"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        QStringLiteral("Open the window at <WxH> pixels, e.g. 1280x800."), QStringLiteral("WxH"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
        QStringLiteral("Start on <page>: clients, client (the most recently seen client), today, settings, "
                       "signin, sync, lock (the \"who is using this tablet\" screen of a signed-in tablet), "
                       "or, for managers and admins, overview, team, duplicates, import or activity (with --demo "
                       "and no --login they open as the demo chain's first manager)."),
        QStringLiteral("page"), QStringLiteral("clients"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Render offscreen, save the window as a PNG to <file> and quit (after the first "
                       "sync when --server is given)."), QStringLiteral("file"));
    const QCommandLineOption fontScaleOption(QStringLiteral("font-scale"),
        QStringLiteral("Show text as if the system font were <factor> times its usual size (10 pt), e.g. 2 "
                       "for 200 %; for checking large text. The environment variable RAPPORT_FONT_SCALE "
                       "does the same."), QStringLiteral("factor"));
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
        QStringLiteral("Load every page and dialog, then quit; exits non-zero on any QML error or warning."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QStringLiteral("Speak <code> for this run only (en, de, es, fr), whatever Settings and the system say. A "
                       "code without a catalogue (e.g. ar) keeps the English words with that locale's formats "
                       "and direction: a right-to-left check."),
        QStringLiteral("code"));
    parser.addOptions({dataDirOption, demoOption, serverOption, loginOption, sizeOption, pageOption, screenshotOption,
                       fontScaleOption, selfTestOption, langOption});
    parser.process(app);

    const bool selfTest = parser.isSet(selfTestOption);
    if (selfTest)
        s_previousHandler = qInstallMessageHandler(countingMessageHandler);

    QString page = parser.value(pageOption);
    if (!QStringList{QStringLiteral("clients"), QStringLiteral("client"), QStringLiteral("today"),
                     QStringLiteral("settings"), QStringLiteral("signin"), QStringLiteral("sync"),
                     QStringLiteral("lock"), QStringLiteral("overview"), QStringLiteral("team"),
                     QStringLiteral("duplicates"), QStringLiteral("import"), QStringLiteral("activity")}
             .contains(page)) {
        fatal(QStringLiteral("unknown page \"%1\"; use clients, client, today, settings, signin, sync, lock, overview, "
                             "team, duplicates, import or activity.").arg(page));
        return 2;
    }
    // The lock screen covers the clients page of a tablet signed in to a server.
    const bool startLocked = page == QLatin1String("lock");
    if (startLocked)
        page = QStringLiteral("clients");
    const QString serverUrl = parser.value(serverOption);
    const QString login = parser.value(loginOption);
    if (!serverUrl.isEmpty() && login.isEmpty()) {
        fatal(QStringLiteral("--server and --login go together, e.g. --server http://127.0.0.1:8080 --login sam."));
        return 2;
    }
    QSize size(1280, 800);
    if (parser.isSet(sizeOption)) {
        const QStringList parts = parser.value(sizeOption).split(QLatin1Char('x'));
        const int width = parts.value(0).toInt();
        const int height = parts.value(1).toInt();
        if (parts.size() != 2 || width < 320 || height < 320) {
            fatal(QStringLiteral("--size wants WIDTHxHEIGHT of at least 320x320, e.g. 1280x800; got \"%1\".")
                      .arg(parser.value(sizeOption)));
            return 2;
        }
        size = QSize(width, height);
    }

    // Theme sizes its text from the application font; this stands in for a larger system font.
    const QString fontScaleText = parser.isSet(fontScaleOption) ? parser.value(fontScaleOption)
                                                                : qEnvironmentVariable("RAPPORT_FONT_SCALE");
    if (!fontScaleText.isEmpty()) {
        bool ok = false;
        const double factor = fontScaleText.toDouble(&ok);
        if (!ok || factor < 0.5 || factor > 4) {
            fatal(QStringLiteral("--font-scale wants a factor from 0.5 to 4, e.g. 2 for 200 %; got \"%1\".")
                      .arg(fontScaleText));
            return 2;
        }
        QFont font = QGuiApplication::font();
        font.setPointSizeF(10 * factor);
        QGuiApplication::setFont(font);
    }

    QString dataDir = parser.value(dataDirOption);
    if (dataDir.isEmpty())
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(dataDir)) {
        fatal(QStringLiteral("cannot create the data folder %1; check it is writable or pass --data-dir.").arg(dataDir));
        return 1;
    }
    // The notebook's clock is corrected by what the server says the time is.
    const std::shared_ptr<rapport::ClockOffset> clockOffset = rapport::ClockOffset::create();
    auto opened = rapport::Notebook::open(dataDir, clockOffset->wallClock());
    if (!opened) {
        fatal(opened.errorMessage());
        return 1;
    }
    std::unique_ptr<rapport::Notebook> notebook = std::move(opened.value());
    rapport::SyncEngine syncEngine(notebook.get(), dataDir, rapport::TokenStore::createDefault(dataDir), clockOffset);
    syncEngine.setReachability(new rapport::Reachability(&syncEngine));
    syncEngine.setAppLifecycle(new rapport::AppLifecycle(&syncEngine));

    // Signing in at start: with --server, or because this device is already signed in.
    // A signed-in device given another address (the same server on a new port,
    // as scripts/run may do) signs in there again and keeps its data.
    const bool serverMoved = syncEngine.signedIn() && !serverUrl.isEmpty()
        && QUrl::fromUserInput(serverUrl) != QUrl(syncEngine.serverUrl());
    const bool signInAtStart = !serverUrl.isEmpty() && (!syncEngine.signedIn() || serverMoved);
    const QString password = qEnvironmentVariable("RAPPORT_PASSWORD");
    if (signInAtStart && password.isEmpty()) {
        std::fprintf(stderr, "rapport: RAPPORT_PASSWORD is not set; opening the sign-in page for %s at %s.\n",
                     qPrintable(login), qPrintable(serverUrl));
        page = QStringLiteral("signin");
    }
    const bool serverMode = syncEngine.signedIn() || !serverUrl.isEmpty();
    if (serverMode && serverUrl.isEmpty() && !login.isEmpty()) {
        fatal(QStringLiteral("this device is signed in to a server, which says who is using it; --login goes with "
                             "--server to sign in again."));
        return 2;
    }
    if (parser.isSet(demoOption) && !serverMode) {
        if (const rapport::Status filled = rapport::fillWithDemoData(*notebook); !filled) {
            fatal(filled.errorMessage());
            return 1;
        }
        // A manager's page on the demo opens as the chain's first manager, who may see it.
        const QStringList managerPages{QStringLiteral("overview"), QStringLiteral("team"), QStringLiteral("duplicates"),
                                       QStringLiteral("import"), QStringLiteral("activity")};
        if (managerPages.contains(page) && login.isEmpty()) {
            for (const rapport::Staff &member : notebook->staff()) {
                if (member.role != rapport::StaffRole::Associate) {
                    (void)notebook->setCurrentStaff(member.id);
                    break;
                }
            }
        }
    }

    // --login without --server: who uses a device that has no server (the demo's manager, say).
    if (!serverMode && !login.isEmpty()) {
        QString staffId;
        QStringList logins;
        for (const rapport::Staff &member : notebook->staff()) {
            logins.append(member.login);
            if (member.login == login)
                staffId = member.id;
        }
        if (staffId.isEmpty()) {
            fatal(QStringLiteral("nobody on this device has the login \"%1\"; the logins here: %2.")
                      .arg(login, logins.isEmpty() ? QStringLiteral("none (try --demo)") : logins.join(QStringLiteral(", "))));
            return 2;
        }
        if (const rapport::Status chosen = notebook->setCurrentStaff(staffId); !chosen) {
            fatal(chosen.errorMessage());
            return 1;
        }
    }

    // The language first: the session's and the sync status's first words are already in it.
    rapport::ui::Language language(notebook.get());
    if (parser.isSet(langOption)) {
        static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}([_-][A-Za-z]{2})?$"));
        if (!code.match(parser.value(langOption)).hasMatch()) {
            fatal(QStringLiteral("--lang wants a language code such as de, es or ar; got \"%1\".").arg(parser.value(langOption)));
            return 2;
        }
        language.setOverride(parser.value(langOption));
    }
    language.apply();
    rapport::ui::Language::setInstance(&language);

    rapport::ui::Session session(notebook.get(), QDir(dataDir).absolutePath(), page);
    rapport::ui::Session::setInstance(&session);
    rapport::ui::SyncStatus syncStatus(&syncEngine, &session);
    syncStatus.setSuggestions(serverUrl, login);
    rapport::ui::SyncStatus::setInstance(&syncStatus);
    if (startLocked) {
        syncStatus.lockNow(); // a device signed in already; otherwise once the sign-in is through
        QObject::connect(&syncEngine, &rapport::SyncEngine::signInFinished, &syncStatus, [&syncStatus](bool ok) {
            if (ok)
                syncStatus.lockNow();
        });
    }

    // With --demo against a server: once the first sync has brought the staff
    // rows, an empty notebook (and so an empty server) gets the demo clients.
    if (parser.isSet(demoOption) && serverMode) {
        auto seeded = std::make_shared<bool>(false);
        QObject::connect(&syncEngine, &rapport::SyncEngine::syncFinished, &syncEngine,
                         [seeded, &syncEngine, &notebook, &session](bool ok) {
            if (!ok || *seeded)
                return;
            *seeded = true;
            if (notebook->clientCount() > 0)
                return;
            qCInfo(lcApp) << "filling the empty notebook with demo clients for the server";
            {
                // Hundreds of writes: views refresh once at the end, not after each.
                const QSignalBlocker quiet(notebook.get());
                if (const rapport::Status filled = rapport::seedDemoClientsForServer(*notebook, 120); !filled) {
                    qCWarning(lcApp) << "demo clients:" << filled.errorMessage();
                    return;
                }
            }
            Q_EMIT notebook->changed();
            session.refreshCurrentStaff();
            syncEngine.syncNow();
        });
    }

    // Screenshots with --server show the app after its first full sync (or the sign-in error).
    auto syncSettled = std::make_shared<bool>(!signInAtStart || password.isEmpty());
    if (signInAtStart && !password.isEmpty()) {
        QObject::connect(&syncEngine, &rapport::SyncEngine::signInFinished, &syncEngine,
                         [syncSettled](bool ok, const QString &error) {
            if (!ok) {
                std::fprintf(stderr, "rapport: sign-in failed: %s\n", qPrintable(error));
                *syncSettled = true;
            }
        });
        QObject::connect(&syncEngine, &rapport::SyncEngine::syncFinished, &syncEngine,
                         [syncSettled, &syncEngine](bool) {
            if (syncEngine.pendingCount() == 0 && !syncEngine.busy())
                *syncSettled = true;
        });
        // Before QML loads, so the first frame already shows "Signing in…".
        syncStatus.signIn(serverUrl, login, password);
    }

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.setInitialProperties({{QStringLiteral("width"), size.width()}, {QStringLiteral("height"), size.height()}});
    engine.load(QUrl(QStringLiteral("qrc:/Rapport/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        fatal(QStringLiteral("the user interface failed to load; see the messages above."));
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        fatal(QStringLiteral("Main.qml must be a window."));
        return 1;
    }

    if (selfTest) {
        // Visit every page and open every dialog; warnings arrive through the handler.
        QTimer::singleShot(0, window, [window, &app] {
            QMetaObject::invokeMethod(window, "runSelfTest");
            afterFrames(window, 2, [&app, window] {
                QMetaObject::invokeMethod(&app, [&app, window] {
                    // The words the page shows, so a test sees which language actually loaded.
                    const QQuickItem *settings = findItem(window->contentItem(), QStringLiteral("nav_settings"));
                    std::fprintf(stderr, "rapport: language %s, catalogue %s, \"Settings\" reads \"%s\"\n",
                                 qPrintable(rapport::ui::Language::instance()->code()),
                                 rapport::ui::Language::instance()->catalogueLoaded() ? "loaded" : "missing",
                                 settings ? qPrintable(settings->property("text").toString()) : "(no button)");
                    std::fprintf(stderr, "rapport: self-test %s (%d warnings)\n",
                                 s_warnings ? "FAILED" : "passed", s_warnings);
                    app.exit(s_warnings ? 1 : 0);
                }, Qt::QueuedConnection);
            });
        });
    } else if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        const auto grab = [window, file, &app] {
            afterFrames(window, 3, [window, file, &app] {
            const QImage image = window->grabWindow();
            QDir().mkpath(QFileInfo(file).absolutePath());
            if (image.isNull() || !image.save(file, "PNG")) {
                fatal(QStringLiteral("could not save the screenshot to %1; check the folder is writable.").arg(file));
                app.exit(1);
                return;
            }
            qCInfo(lcApp) << "screenshot saved to" << file;
            app.exit(0);
            });
        };
        if (*syncSettled) {
            grab();
        } else {
            // Polled rather than chained to signals: sign-in, sync and the demo
            // seeding finish in an order that depends on the server.
            auto *poll = new QTimer(window);
            auto waited = std::make_shared<int>(0);
            QObject::connect(poll, &QTimer::timeout, window, [poll, waited, syncSettled, grab] {
                if (!*syncSettled && ++*waited < 600)
                    return;
                if (!*syncSettled)
                    fatal(QStringLiteral("the first sync did not finish within a minute; screenshot as it is."));
                poll->stop();
                grab();
            });
            poll->start(100);
        }
    }
    return app.exec();
}
