#include "exportcommand.h"

#include "commandline.h"
#include "core/clientexport.h"

#include <cstdio>

namespace rapport {

using namespace cli;

int runExportClientCommand(int argc, char **argv)
{
    Command command(argc, argv, "export-client", QStringLiteral(
        "rapport export-client: everything this device holds about one client (an access request), "
        "written as <name>-<day>.json and <name>-<day>.txt into the output folder."));
    const QCommandLineParser &parser = command.parser;
    const QCommandLineOption &dataDir = command.dataDir;
    const QCommandLineOption client(QStringLiteral("client"), QStringLiteral("The client's id."), QStringLiteral("id"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The folder to write the two files into."),
                                 QStringLiteral("dir"));
    if (const std::optional<int> done = command.parse({client, out}))
        return *done;
    if (parser.positionalArguments() != QStringList{QStringLiteral("export-client")})
        return command.complain(QStringLiteral("unexpected arguments: %1.")
                            .arg(parser.positionalArguments().mid(1).join(QLatin1Char(' '))),
                        Usage);
    for (const QCommandLineOption &required : {dataDir, client, out}) {
        if (!parser.isSet(required))
            return command.complain(QStringLiteral("--%1 is required, e.g. rapport export-client --data-dir DIR --client ID "
                                           "--out FOLDER.")
                                .arg(required.names().constFirst()),
                            Usage);
    }
    auto opened = command.openNotebook();
    if (!opened)
        return command.complain(opened.errorMessage(), Failed);
    const Result<QStringList> written = ClientExport(*opened.value()).writeTo(parser.value(client), parser.value(out));
    if (!written)
        return command.complain(written.errorMessage(), Failed);
    for (const QString &path : *written)
        std::printf("%s\n", qPrintable(path));
    return Ok;
}

} // namespace rapport
