#include "exportcommand.h"

#include "core/clientexport.h"
#include "core/notebook.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cstdio>

namespace rapport {

namespace {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

int complain(const QString &message, int code)
{
    std::fprintf(stderr, "rapport export-client: %s\n", qPrintable(message));
    return code;
}

} // namespace

int runExportClientCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Rapport"));
    QLoggingCategory::setFilterRules(QStringLiteral("rapport.*.debug=false\nrapport.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "rapport export-client: everything this device holds about one client (an access request), "
        "written as <name>-<day>.json and <name>-<day>.txt into the output folder."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export-client"), QStringLiteral("The command."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("The folder holding rapport.db."),
                                     QStringLiteral("dir"));
    const QCommandLineOption client(QStringLiteral("client"), QStringLiteral("The client's id."), QStringLiteral("id"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The folder to write the two files into."),
                                 QStringLiteral("dir"));
    parser.addOptions({dataDir, client, out});
    if (!parser.parse(QCoreApplication::arguments()))
        return complain(parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Ok;
    }
    if (parser.positionalArguments() != QStringList{QStringLiteral("export-client")})
        return complain(QStringLiteral("unexpected arguments: %1.")
                            .arg(parser.positionalArguments().mid(1).join(QLatin1Char(' '))),
                        Usage);
    for (const QCommandLineOption &required : {dataDir, client, out}) {
        if (!parser.isSet(required))
            return complain(QStringLiteral("--%1 is required, e.g. rapport export-client --data-dir DIR --client ID "
                                           "--out FOLDER.")
                                .arg(required.names().constFirst()),
                            Usage);
    }
    const QString dir = parser.value(dataDir);
    if (!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("rapport.db"))))
        return complain(QStringLiteral("there is no notebook (rapport.db) in %1; check --data-dir.").arg(dir), Failed);
    auto opened = Notebook::open(dir);
    if (!opened)
        return complain(opened.errorMessage(), Failed);
    const Result<QStringList> written = ClientExport(*opened.value()).writeTo(parser.value(client), parser.value(out));
    if (!written)
        return complain(written.errorMessage(), Failed);
    for (const QString &path : *written)
        std::printf("%s\n", qPrintable(path));
    return Ok;
}

} // namespace rapport
