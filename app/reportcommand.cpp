#include "reportcommand.h"

#include "core/notebook.h"
#include "core/report/report.h"
#include "core/report/reportformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>

#include <cstdio>

namespace rapport {

namespace {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

int complain(const QString &message, int code)
{
    std::fprintf(stderr, "rapport report: %s\n", qPrintable(message));
    return code;
}

/** A day written YYYY-MM-DD; nullopt with the reason otherwise. */
Result<QDate> parseDay(const QString &option, const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !date.isValid())
        return Error{QStringLiteral("--%1 wants a day written YYYY-MM-DD, e.g. 2026-03-31; got \"%2\".")
                         .arg(option, text)};
    return date;
}

} // namespace

int runReportCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Rapport"));
    // The notebook's debug chatter would mix with the report on the terminal.
    QLoggingCategory::setFilterRules(QStringLiteral("rapport.*.debug=false\nrapport.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "rapport report: the manager's measures for a period, computed from the notebook on this device.\n"
        "Days are YYYY-MM-DD; the period includes both days; \"now\" is the end of the as-of day."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("report"), QStringLiteral("The command."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("The folder holding rapport.db."),
                                     QStringLiteral("dir"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day of the period."),
                                  QStringLiteral("day"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day of the period."), QStringLiteral("day"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), QStringLiteral("The day the report is seen from "
                                                                          "(default: today)."),
                                  QStringLiteral("day"));
    const QCommandLineOption store(QStringLiteral("store"), QStringLiteral("Only this store (id)."),
                                   QStringLiteral("id"));
    const QCommandLineOption associate(QStringLiteral("associate"), QStringLiteral("Only this associate (staff id)."),
                                       QStringLiteral("id"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON instead of a table."));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 QStringLiteral("Also write the breakdown by store and by associate to <file>."),
                                 QStringLiteral("file"));
    parser.addOptions({dataDir, from, to, asOf, store, associate, json, csv});
    if (!parser.parse(QCoreApplication::arguments()))
        return complain(parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Ok;
    }
    if (parser.positionalArguments() != QStringList{QStringLiteral("report")})
        return complain(QStringLiteral("unexpected arguments: %1.")
                            .arg(parser.positionalArguments().mid(1).join(QLatin1Char(' '))),
                        Usage);
    for (const QCommandLineOption &required : {dataDir, from, to}) {
        if (!parser.isSet(required))
            return complain(QStringLiteral("--%1 is required, e.g. rapport report --data-dir DIR --from 2026-01-01 "
                                           "--to 2026-03-31 --json.")
                                .arg(required.names().constFirst()),
                            Usage);
    }
    if (parser.isSet(store) && parser.isSet(associate))
        return complain(QStringLiteral("give --store or --associate, not both."), Usage);

    const Result<QDate> fromDay = parseDay(QStringLiteral("from"), parser.value(from));
    if (!fromDay)
        return complain(fromDay.errorMessage(), Usage);
    const Result<QDate> toDay = parseDay(QStringLiteral("to"), parser.value(to));
    if (!toDay)
        return complain(toDay.errorMessage(), Usage);
    std::optional<QDate> asOfDay;
    if (parser.isSet(asOf)) {
        const Result<QDate> day = parseDay(QStringLiteral("as-of"), parser.value(asOf));
        if (!day)
            return complain(day.errorMessage(), Usage);
        asOfDay = *day;
    }
    const Result<ReportPeriod> period = ReportPeriod::make(*fromDay, *toDay, asOfDay, {});
    if (!period)
        return complain(period.errorMessage(), Usage);

    // Reading must not make a notebook where there is none (a mistyped folder).
    const QString dir = parser.value(dataDir);
    if (!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("rapport.db"))))
        return complain(QStringLiteral("there is no notebook (rapport.db) in %1; check --data-dir.").arg(dir), Failed);
    auto opened = Notebook::open(dir);
    if (!opened)
        return complain(opened.errorMessage(), Failed);
    Notebook &notebook = *opened.value();

    ReportScope scope;
    QString scopeName = QStringLiteral("the whole organisation");
    if (parser.isSet(store)) {
        scope = ReportScope{ScopeKind::Store, parser.value(store)};
        const std::optional<Store> found = notebook.storeById(scope.id);
        if (!found)
            return complain(QStringLiteral("there is no store with id \"%1\" in this notebook.").arg(scope.id), Failed);
        scopeName = QStringLiteral("store %1 (%2)").arg(found->name, scope.id);
    } else if (parser.isSet(associate)) {
        scope = ReportScope{ScopeKind::Associate, parser.value(associate)};
        const std::optional<Staff> found = notebook.staffById(scope.id);
        if (!found)
            return complain(QStringLiteral("there is no staff member with id \"%1\" in this notebook.").arg(scope.id),
                            Failed);
        scopeName = QStringLiteral("associate %1 (%2)").arg(found->name, scope.id);
    }

    const Result<ReportBreakdown> breakdown = Report(notebook.database().connection()).compute(*period);
    if (!breakdown)
        return complain(breakdown.errorMessage(), Failed);

    if (parser.isSet(csv)) {
        QList<ReportEntity> stores, associates;
        for (const Store &s : notebook.stores())
            stores.append({s.id, s.name});
        for (const Staff &s : notebook.staff())
            associates.append({s.id, s.name});
        QSaveFile file(parser.value(csv));
        if (!file.open(QIODevice::WriteOnly)
            || file.write(breakdownCsv(*breakdown, stores, associates).toUtf8()) < 0 || !file.commit())
            return complain(QStringLiteral("cannot write %1 (%2).").arg(parser.value(csv), file.errorString()), Failed);
    }
    const Measures measures = breakdown->of(scope);
    if (parser.isSet(json)) {
        const QJsonDocument document(reportJson(*period, scope, measures));
        std::fputs(document.toJson(QJsonDocument::Indented).constData(), stdout);
    } else {
        std::fputs(qPrintable(reportTable(*period, scopeName, measures)), stdout);
    }
    return Ok;
}

} // namespace rapport
