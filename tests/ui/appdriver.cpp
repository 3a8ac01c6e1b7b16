// Runs the real `rapport` binary the way a person or CI would, on a data folder
// with the demo chain, and checks what came out:
//   ui_appdriver selftest <rapport> <data-dir> [WxH [login]]  (starts from an empty folder)
//   ui_appdriver screenshot <rapport> <data-dir> <page> <WxH> <out.png> [<lang>]
//   ui_appdriver selftest-lang <rapport> <data-dir> <lang> <"Settings" in that language>
//     (the self-test in one language, on the demo folder; checks the words that came out)
//   ui_appdriver serverscreens <rapport> <rapport-server> <work-dir> <screenshot-dir>
//     (a real rapport-server on loopback; the app signs in with --server/--login
//      and RAPPORT_PASSWORD, syncs, and is photographed on the sync and sign-in pages)
#include "testserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdio>

namespace {

int failWith(const QString &message)
{
    std::fprintf(stderr, "FAIL: %s\n", qPrintable(message));
    return 1;
}

int run(const QString &app, const QStringList &arguments,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(app, arguments);
    if (!process.waitForStarted(10000))
        return failWith(QStringLiteral("could not start %1: %2").arg(app, process.errorString()));
    if (!process.waitForFinished(110000)) {
        process.kill();
        process.waitForFinished();
        return failWith(QStringLiteral("%1 did not finish in time").arg(app));
    }
    if (process.exitStatus() != QProcess::NormalExit)
        return failWith(QStringLiteral("%1 crashed").arg(app));
    return process.exitCode();
}

/** A screenshot is right when it has the asked size and shows more than a flat fill. */
int checkScreenshot(const QString &file, const QSize &expected)
{
    const QImage image(file);
    if (image.isNull())
        return failWith(QStringLiteral("%1 is missing or not a PNG").arg(file));
    if (image.size() != expected)
        return failWith(QStringLiteral("%1 is %2x%3, expected %4x%5")
                            .arg(file).arg(image.width()).arg(image.height())
                            .arg(expected.width()).arg(expected.height()));
    QSet<QRgb> colours;
    int dark = 0; // pixels dark enough to be text
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb pixel = image.pixel(x, y);
            colours.insert(pixel);
            if (qGray(pixel) < 80)
                ++dark;
        }
    }
    if (colours.size() < 50)
        return failWith(QStringLiteral("%1 looks blank (%2 colours)").arg(file).arg(colours.size()));
    if (dark < 500)
        return failWith(QStringLiteral("%1 shows almost no text (%2 dark pixels)").arg(file).arg(dark));
    std::printf("%s: %dx%d, %lld colours, %d dark pixels\n", qPrintable(file), image.width(), image.height(),
                qint64(colours.size()), dark);
    return 0;
}

/** The first column of `sql` in a device's notebook, or -1 when it cannot be read. */
qint64 countIn(const QString &dataDir, const QString &sql)
{
    qint64 result = -1;
    const QString name = QStringLiteral("probe-") + dataDir;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("rapport.db")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

int serverScreens(const QString &app, const QString &serverBinary, const QString &work, const QString &shots)
{
    QDir workDir(work);
    if (workDir.exists() && !workDir.removeRecursively())
        return failWith(QStringLiteral("cannot empty %1").arg(work));
    QDir().mkpath(work);
    QDir().mkpath(shots);
    TestServer server;
    if (!server.start(serverBinary, workDir.filePath(QStringLiteral("server.db"))))
        return failWith(server.error());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RAPPORT_PASSWORD"), QStringLiteral("rapport-demo"));

    const QStringList sizes{QStringLiteral("1280x800"), QStringLiteral("800x1280"), QStringLiteral("1920x1080")};
    for (int i = 0; i < sizes.size(); ++i) {
        const QString &size = sizes.at(i);
        const QStringList parts = size.split(QLatin1Char('x'));
        const QSize expected(parts.at(0).toInt(), parts.at(1).toInt());
        // The first device fills the empty server with the demo clients (--demo
        // against a server); the others are fresh tablets that pull them.
        const QString device = workDir.filePath(QStringLiteral("device-") + size);
        QStringList arguments{QStringLiteral("--data-dir"), device, QStringLiteral("--server"), server.url(),
                              QStringLiteral("--login"), QStringLiteral("sam"), QStringLiteral("--page"),
                              QStringLiteral("sync"), QStringLiteral("--size"), size, QStringLiteral("--screenshot"),
                              QDir(shots).filePath(QStringLiteral("sync-%1.png").arg(size))};
        if (i == 0)
            arguments << QStringLiteral("--demo");
        if (const int code = run(app, arguments, environment); code != 0)
            return failWith(QStringLiteral("the signed-in app exited with %1").arg(code));
        if (checkScreenshot(arguments.at(11), expected) != 0)
            return 1;
        const qint64 clients = countIn(device, QStringLiteral("SELECT count(*) FROM client"));
        const qint64 waiting = countIn(device, QStringLiteral("SELECT count(*) FROM outbox"));
        std::printf("%s: %lld clients, %lld changes waiting\n", qPrintable(device), clients, waiting);
        if (clients < 100)
            return failWith(QStringLiteral("%1 has %2 clients; the demo clients did not reach it through the server")
                                .arg(device).arg(clients));
        if (waiting != 0)
            return failWith(QStringLiteral("%1 still has %2 changes waiting after the sync").arg(device).arg(waiting));
        // The same tablet, signed in: its people in Settings, and the "who is using this tablet" screen.
        for (const QString &page : {QStringLiteral("settings"), QStringLiteral("lock")}) {
            const QString file = QDir(shots).filePath(QStringLiteral("%1-signed-in-%2.png").arg(page, size));
            const QStringList again{QStringLiteral("--data-dir"), device, QStringLiteral("--page"), page,
                                    QStringLiteral("--size"), size, QStringLiteral("--screenshot"), file};
            if (const int code = run(app, again, environment); code != 0)
                return failWith(QStringLiteral("the signed-in app on %1 exited with %2").arg(page).arg(code));
            if (checkScreenshot(file, expected) != 0)
                return 1;
        }
    }

    // The sign-in page as it looks after a wrong password (one attempt per
    // login, so the server's rate limit does not change the message).
    const QStringList logins{QStringLiteral("jon"), QStringLiteral("lee"), QStringLiteral("priya")};
    environment.insert(QStringLiteral("RAPPORT_PASSWORD"), QStringLiteral("not-the-password"));
    for (int i = 0; i < sizes.size(); ++i) {
        const QString &size = sizes.at(i);
        const QStringList parts = size.split(QLatin1Char('x'));
        const QString file = QDir(shots).filePath(QStringLiteral("signin-%1.png").arg(size));
        const QStringList arguments{QStringLiteral("--data-dir"), workDir.filePath(QStringLiteral("signin-") + size),
                                    QStringLiteral("--server"), server.url(), QStringLiteral("--login"), logins.at(i),
                                    QStringLiteral("--page"), QStringLiteral("signin"), QStringLiteral("--size"), size,
                                    QStringLiteral("--screenshot"), file};
        if (const int code = run(app, arguments, environment); code != 0)
            return failWith(QStringLiteral("the app on the sign-in page exited with %1").arg(code));
        if (checkScreenshot(file, QSize(parts.at(0).toInt(), parts.at(1).toInt())) != 0)
            return 1;
    }
    server.stop();
    return 0;
}

/**
 * The self-test with --lang: it must pass, and the app must say that the language's
 * catalogue loaded and that the Settings button reads `settingsWord` (so a catalogue
 * that silently fails to load, or a language that falls back to English, fails).
 */
int selfTestInLanguage(const QString &app, const QString &dataDir, const QString &language, const QString &settingsWord)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(app, {QStringLiteral("--self-test"), QStringLiteral("--demo"), QStringLiteral("--data-dir"), dataDir,
                        QStringLiteral("--lang"), language});
    if (!process.waitForStarted(10000) || !process.waitForFinished(110000)) {
        process.kill();
        process.waitForFinished();
        return failWith(QStringLiteral("the self-test in %1 did not finish").arg(language));
    }
    const QString output = QString::fromUtf8(process.readAll());
    std::printf("%s", qPrintable(output));
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return failWith(QStringLiteral("the self-test in %1 exited with %2").arg(language).arg(process.exitCode()));
    const QString expected = QStringLiteral("language %1, catalogue loaded, \"Settings\" reads \"%2\"").arg(language, settingsWord);
    if (!output.contains(expected))
        return failWith(QStringLiteral("expected the app to report: %1").arg(expected));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.size() <= 6 && args.at(1) == QLatin1String("selftest")) {
        QDir dataDir(args.at(3));
        if (dataDir.exists() && !dataDir.removeRecursively())
            return failWith(QStringLiteral("cannot empty %1").arg(dataDir.path()));
        QStringList appArgs{QStringLiteral("--self-test"), QStringLiteral("--demo"), QStringLiteral("--data-dir"),
                            dataDir.path()};
        if (args.size() >= 5) // the portrait layout is a different tree of pages
            appArgs << QStringLiteral("--size") << args.at(4);
        if (args.size() == 6) // as a manager, the Manage pages load too
            appArgs << QStringLiteral("--login") << args.at(5);
        const int code = run(args.at(2), appArgs);
        return code == 0 ? 0 : failWith(QStringLiteral("--self-test exited with %1").arg(code));
    }
    if (args.size() == 6 && args.at(1) == QLatin1String("selftest-lang"))
        return selfTestInLanguage(args.at(2), args.at(3), args.at(4), args.at(5));
    if ((args.size() == 7 || args.size() == 8) && args.at(1) == QLatin1String("screenshot")) {
        const QString file = args.at(6);
        QFile::remove(file);
        const QStringList size = args.at(5).split(QLatin1Char('x'));
        // --demo fills the folder only if it is empty, so this also works on its own.
        QStringList appArgs{QStringLiteral("--demo"), QStringLiteral("--data-dir"), args.at(3),
                            QStringLiteral("--page"), args.at(4), QStringLiteral("--size"), args.at(5),
                            QStringLiteral("--screenshot"), file};
        if (args.size() == 8)
            appArgs << QStringLiteral("--lang") << args.at(7);
        // The manager's pages are shown to the demo's Harbour St manager.
        if (args.at(4) == QLatin1String("overview") || args.at(4) == QLatin1String("team"))
            appArgs << QStringLiteral("--login") << QStringLiteral("dana");
        const int code = run(args.at(2), appArgs);
        if (code != 0)
            return failWith(QStringLiteral("--screenshot exited with %1").arg(code));
        return checkScreenshot(file, QSize(size.value(0).toInt(), size.value(1).toInt()));
    }
    if (args.size() == 6 && args.at(1) == QLatin1String("serverscreens"))
        return serverScreens(args.at(2), args.at(3), args.at(4), args.at(5));
    return failWith(QStringLiteral("usage: ui_appdriver selftest <app> <data-dir> [WxH [login]] | screenshot <app> <data-dir> <page> <WxH> <out.png>"));
}
