#include "commandline.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cstdio>

namespace rapport::cli {

Command::Command(int &argc, char **argv, const char *name, const QString &description)
    : dataDir(QStringLiteral("data-dir"), QStringLiteral("The folder holding rapport.db."), QStringLiteral("dir")),
      m_app(argc, argv), m_name(name)
{
    QCoreApplication::setApplicationName(QStringLiteral("Rapport"));
    // The notebook's debug chatter would mix with the command's output on the terminal.
    QLoggingCategory::setFilterRules(QStringLiteral("rapport.*.debug=false\nrapport.*.info=false"));
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addPositionalArgument(QString::fromLatin1(name), QStringLiteral("The command."));
    parser.addOption(dataDir);
}

std::optional<int> Command::parse(const QList<QCommandLineOption> &options)
{
    parser.addOptions(options);
    if (!parser.parse(QCoreApplication::arguments()))
        return complain(parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Ok;
    }
    return std::nullopt;
}

int Command::complain(const QString &message, int code) const
{
    std::fprintf(stderr, "rapport %s: %s\n", m_name, qPrintable(message));
    return code;
}

Result<std::unique_ptr<Notebook>> Command::openNotebook() const
{
    const QString dir = parser.value(dataDir);
    if (dir.isEmpty())
        return Error{QStringLiteral("--data-dir is required: the folder holding rapport.db.")};
    if (!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("rapport.db"))))
        return Error{QStringLiteral("there is no notebook (rapport.db) in %1; check --data-dir.").arg(dir)};
    return Notebook::open(dir);
}

} // namespace rapport::cli
