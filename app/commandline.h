#pragma once

#include "core/notebook.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>
#include <optional>

namespace rapport::cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

/**
 * One `rapport <command>` run from a terminal (report, export-client, import-clients,
 * export-csv): the application without the notebook's debug chatter, a parser that already
 * knows --help, the command word and --data-dir, and complaints in one format on stderr.
 */
class Command
{
public:
    Command(int &argc, char **argv, const char *name, const QString &description);

    QCommandLineParser parser;
    const QCommandLineOption dataDir;

    /**
     * Parses the arguments with `options` added: nullopt to go on, otherwise the exit code
     * (help printed, or the parser's complaint).
     */
    std::optional<int> parse(const QList<QCommandLineOption> &options);
    /** Prints "rapport <command>: <message>" on stderr and returns `code`. */
    int complain(const QString &message, int code) const;
    /** The notebook in --data-dir, refusing to make one where there is none (a mistyped folder). */
    Result<std::unique_ptr<Notebook>> openNotebook() const;

private:
    QCoreApplication m_app;
    const char *m_name;
};

} // namespace rapport::cli
