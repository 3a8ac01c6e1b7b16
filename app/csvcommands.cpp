#include "csvcommands.h"

#include "commandline.h"
#include "core/csv/clientimport.h"
#include "core/csv/csvexport.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace rapport {

namespace {

using namespace cli;

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

} // namespace

int runImportCommand(int argc, char **argv)
{
    Command command(argc, argv, "import-clients", QStringLiteral(
        "rapport import-clients: imports clients from a CSV file into the notebook, as the Import page does.\n"
        "Every row is listed: new, update (same phone digits or email as a client here), unchanged, or refused\n"
        "with its row number and why. The good rows are written in one transaction and sync like any edit."));
    QCommandLineParser &parser = command.parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The CSV file (comma or semicolon, UTF-8 or "
                                                                         "Windows-1252)."));
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
    if (const std::optional<int> done = command.parse({dryRun, map}))
        return *done;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return command.complain(QStringLiteral("give one CSV file, e.g. rapport import-clients clients.csv "
                                                         "--data-dir DIR --dry-run."), Usage);
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return command.complain(QStringLiteral("cannot read %1 (%2).").arg(args.at(1), file.errorString()),
                        Failed);
    const csv::ReadResult read = csv::readTable(file.readAll());
    if (!read.ok)
        return command.complain(read.error, Failed);
    QList<csv::ImportField> mapping = csv::guessMapping(read.table.header);
    for (const QString &entry : parser.values(map)) {
        const int column = entry.section(QLatin1Char('='), 0, 0).toInt() - 1;
        const std::optional<csv::ImportField> field = csv::fieldFromKey(entry.section(QLatin1Char('='), 1));
        if (column < 0 || column >= mapping.size() || !field)
            return command.complain(QStringLiteral("--map wants N=field with N from 1 to %1 and a field "
                                                             "named in --help; got \"%2\".")
                                                  .arg(mapping.size()).arg(entry), Usage);
        mapping[column] = *field;
    }
    auto opened = command.openNotebook();
    if (!opened)
        return command.complain(opened.errorMessage(), Failed);
    Notebook &notebook = *opened.value();

    csv::ClientImport import(notebook);
    csv::ImportPlan plan;
    if (parser.isSet(dryRun)) {
        Result<csv::ImportPlan> planned = import.plan(read.table, mapping);
        if (!planned)
            return command.complain(planned.errorMessage(), Failed);
        plan = planned.value();
    } else {
        Result<csv::ImportOutcome> ran = import.run(read.table, mapping);
        if (!ran)
            return command.complain(ran.errorMessage(), Failed);
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
    Command command(argc, argv, "export-csv", QStringLiteral(
        "rapport export-csv: writes clients, notes or follow-ups as CSV (UTF-8 with a byte order mark).\n"
        "Clients without marketing consent are marked; --kind marketing leaves them out."));
    const QCommandLineParser &parser = command.parser;
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("clients, marketing, notes or follow_ups."),
                                  QStringLiteral("kind"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("file"));
    if (const std::optional<int> done = command.parse({kind, out}))
        return *done;
    const std::optional<csv::ExportKind> what = csv::exportKindFromKey(parser.value(kind));
    if (!what || !parser.isSet(out))
        return command.complain(QStringLiteral("give --kind clients|marketing|notes|follow_ups and --out FILE."),
                        Usage);
    auto opened = command.openNotebook();
    if (!opened)
        return command.complain(opened.errorMessage(), Failed);
    const Result<csv::ExportOutcome> written = csv::CsvExport(*opened.value()).write(*what, parser.value(out));
    if (!written)
        return command.complain(written.errorMessage(), Failed);
    std::printf("%s\n", qPrintable(csv::exportSummary(*what, written.value(), QFileInfo(parser.value(out)).fileName())));
    return Ok;
}

} // namespace rapport
