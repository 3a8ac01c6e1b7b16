#include "csvcommands.h"

#include "core/csv/clientimport.h"
#include "core/csv/csvexport.h"
#include "core/notebook.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cstdio>

namespace rapport {

namespace {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

int complain(const char *command, const QString &message, int code)
{
    std::fprintf(stderr, "rapport %s: %s\n", command, qPrintable(message));
    return code;
}

/** The notebook in `dir`, refusing to make one where there is none (a mistyped folder). */
Result<std::unique_ptr<Notebook>> openExisting(const QString &dir)
{
    if (dir.isEmpty())
        return Error{QStringLiteral("--data-dir is required: the folder holding rapport.db.")};
    if (!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("rapport.db"))))
        return Error{QStringLiteral("there is no notebook (rapport.db) in %1; check --data-dir.").arg(dir)};
    return Notebook::open(dir);
}

QString actionWord(csv::PlannedRow::Action action)
{
    switch (action) {
    case csv::PlannedRow::Action::Create: return QStringLiteral("new");
    case csv::PlannedRow::Action::Update: return QStringLiteral("update");
    case csv::PlannedRow::Action::Unchanged: return QStringLiteral("unchanged");
    case csv::PlannedRow::Action::Refuse: return QStringLiteral("refused");
    }
    return {};
}

void setUpApp()
{
    QCoreApplication::setApplicationName(QStringLiteral("Rapport"));
    QLoggingCategory::setFilterRules(QStringLiteral("rapport.*.debug=false\nrapport.*.info=false"));
}

} // namespace

int runImportCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setUpApp();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "rapport import-clients: imports clients from a CSV file into the notebook, as the Import page does.\n"
        "Every row is listed: new, update (same phone digits or email as a client here), unchanged, or refused\n"
        "with its row number and why. The good rows are written in one transaction and sync like any edit."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("import-clients"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The CSV file (comma or semicolon, UTF-8 or "
                                                                         "Windows-1252)."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("The folder holding rapport.db."),
                                     QStringLiteral("dir"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("List what would happen; write nothing."));
    const QCommandLineOption map(QStringLiteral("map"),
                                 QStringLiteral("Map column N (1 = first) to a field instead of the guess, e.g. "
                                                "--map 3=phone; repeatable. Fields: %1.")
                                     .arg([] {
                                         QStringList keys;
                                         for (csv::ImportField f : csv::importFields())
                                             keys << csv::fieldKey(f);
                                         return keys.join(QStringLiteral(", "));
                                     }()),
                                 QStringLiteral("N=field"));
    parser.addOptions({dataDir, dryRun, map});
    if (!parser.parse(QCoreApplication::arguments()))
        return complain("import-clients", parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Ok;
    }
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return complain("import-clients", QStringLiteral("give one CSV file, e.g. rapport import-clients clients.csv "
                                                         "--data-dir DIR --dry-run."), Usage);
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return complain("import-clients", QStringLiteral("cannot read %1 (%2).").arg(args.at(1), file.errorString()),
                        Failed);
    const csv::ReadResult read = csv::readTable(file.readAll());
    if (!read.ok)
        return complain("import-clients", read.error, Failed);
    QList<csv::ImportField> mapping = csv::guessMapping(read.table.header);
    for (const QString &entry : parser.values(map)) {
        const int column = entry.section(QLatin1Char('='), 0, 0).toInt() - 1;
        const std::optional<csv::ImportField> field = csv::fieldFromKey(entry.section(QLatin1Char('='), 1));
        if (column < 0 || column >= mapping.size() || !field)
            return complain("import-clients", QStringLiteral("--map wants N=field with N from 1 to %1 and a field "
                                                             "named in --help; got \"%2\".")
                                                  .arg(mapping.size()).arg(entry), Usage);
        mapping[column] = *field;
    }
    auto opened = openExisting(parser.value(dataDir));
    if (!opened)
        return complain("import-clients", opened.errorMessage(), Failed);
    Notebook &notebook = *opened.value();

    csv::ClientImport import(notebook);
    csv::ImportPlan plan;
    if (parser.isSet(dryRun)) {
        Result<csv::ImportPlan> planned = import.plan(read.table, mapping);
        if (!planned)
            return complain("import-clients", planned.errorMessage(), Failed);
        plan = planned.value();
    } else {
        Result<csv::ImportOutcome> ran = import.run(read.table, mapping);
        if (!ran)
            return complain("import-clients", ran.errorMessage(), Failed);
        plan = ran->plan;
    }
    QStringList columns;
    for (qsizetype i = 0; i < mapping.size(); ++i)
        columns << QStringLiteral("%1 -> %2").arg(read.table.header.at(i), csv::fieldKey(mapping.at(i)));
    std::printf("columns: %s\n", qPrintable(columns.join(QStringLiteral(", "))));
    for (const csv::PlannedRow &r : plan.rows) {
        QString line = QStringLiteral("row %1: %2").arg(r.row).arg(actionWord(r.action));
        if (!r.name.isEmpty())
            line += QStringLiteral(" %1").arg(r.name);
        if (r.action == csv::PlannedRow::Action::Update)
            line += QStringLiteral(" (%1: %2)").arg(r.reason, r.changedFields.join(QStringLiteral(", ")));
        else if (!r.reason.isEmpty())
            line += QStringLiteral(" (%1)").arg(r.reason);
        std::printf("%s\n", qPrintable(line));
    }
    std::printf("%s %d new, %d updated, %d unchanged, %d refused.\n",
                parser.isSet(dryRun) ? "Dry run, nothing written:" : "Imported:", plan.creates, plan.updates,
                plan.unchanged, plan.refused);
    return Ok;
}

int runExportCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setUpApp();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "rapport export-csv: writes clients, notes or follow-ups as CSV (UTF-8 with a byte order mark).\n"
        "Clients without marketing consent are marked; --kind marketing leaves them out."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export-csv"), QStringLiteral("The command."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("The folder holding rapport.db."),
                                     QStringLiteral("dir"));
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("clients, marketing, notes or follow_ups."),
                                  QStringLiteral("kind"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("file"));
    parser.addOptions({dataDir, kind, out});
    if (!parser.parse(QCoreApplication::arguments()))
        return complain("export-csv", parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Ok;
    }
    const std::optional<csv::ExportKind> what = csv::exportKindFromKey(parser.value(kind));
    if (!what || !parser.isSet(out))
        return complain("export-csv", QStringLiteral("give --kind clients|marketing|notes|follow_ups and --out FILE."),
                        Usage);
    auto opened = openExisting(parser.value(dataDir));
    if (!opened)
        return complain("export-csv", opened.errorMessage(), Failed);
    const Result<csv::ExportOutcome> written = csv::CsvExport(*opened.value()).write(*what, parser.value(out));
    if (!written)
        return complain("export-csv", written.errorMessage(), Failed);
    std::printf("%s\n", qPrintable(csv::exportSummary(*what, written.value(), QFileInfo(parser.value(out)).fileName())));
    return Ok;
}

} // namespace rapport
