// Runs the real `rapport` binary the way a person or CI would, on a data folder
// with the demo chain, and checks what came out:
//   ui_appdriver selftest <rapport> <data-dir> [WxH]  (starts from an empty folder)
//   ui_appdriver screenshot <rapport> <data-dir> <page> <WxH> <out.png>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSet>

#include <cstdio>

namespace {

int failWith(const QString &message)
{
    std::fprintf(stderr, "FAIL: %s\n", qPrintable(message));
    return 1;
}

int run(const QString &app, const QStringList &arguments)
{
    QProcess process;
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if ((args.size() == 4 || args.size() == 5) && args.at(1) == QLatin1String("selftest")) {
        QDir dataDir(args.at(3));
        if (dataDir.exists() && !dataDir.removeRecursively())
            return failWith(QStringLiteral("cannot empty %1").arg(dataDir.path()));
        QStringList appArgs{QStringLiteral("--self-test"), QStringLiteral("--demo"), QStringLiteral("--data-dir"),
                            dataDir.path()};
        if (args.size() == 5) // the portrait layout is a different tree of pages
            appArgs << QStringLiteral("--size") << args.at(4);
        const int code = run(args.at(2), appArgs);
        return code == 0 ? 0 : failWith(QStringLiteral("--self-test exited with %1").arg(code));
    }
    if (args.size() == 7 && args.at(1) == QLatin1String("screenshot")) {
        const QString file = args.at(6);
        QFile::remove(file);
        const QStringList size = args.at(5).split(QLatin1Char('x'));
        // --demo fills the folder only if it is empty, so this also works on its own.
        const int code = run(args.at(2), {QStringLiteral("--demo"), QStringLiteral("--data-dir"), args.at(3),
                                          QStringLiteral("--page"), args.at(4), QStringLiteral("--size"), args.at(5),
                                          QStringLiteral("--screenshot"), file});
        if (code != 0)
            return failWith(QStringLiteral("--screenshot exited with %1").arg(code));
        return checkScreenshot(file, QSize(size.value(0).toInt(), size.value(1).toInt()));
    }
    return failWith(QStringLiteral("usage: ui_appdriver selftest <app> <data-dir> | screenshot <app> <data-dir> <page> <WxH> <out.png>"));
}
