#include "reportcommand.h"

#include "commandline.h"
#include "core/report/report.h"
#include "core/report/reportformat.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <cstdio>

namespace rapport {

namespace {

using namespace cli;

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
    Command command(argc, argv, "report", QStringLiteral(
        "rapport report: the manager's measures for a period, computed from the notebook on this device.\n"
        "Days are YYYY-MM-DD; the period includes both days; \"now\" is the end of the as-of day."));
    const QCommandLineParser &parser = command.parser;
    const QCommandLineOption &dataDir = command.dataDir;
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
    if (const std::optional<int> done = command.parse({from, to, asOf, store, associate, json, csv}))
        return *done;
    if (parser.positionalArguments() != QStringList{QStringLiteral("report")})
        return command.complain(QStringLiteral("unexpected arguments: %1.")
                            .arg(parser.positionalArguments().mid(1).join(QLatin1Char(' '))),
                        Usage);
    for (const QCommandLineOption &required : {dataDir, from, to}) {
        if (!parser.isSet(required))
            return command.complain(QStringLiteral("--%1 is required, e.g. rapport report --data-dir DIR --from 2026-01-01 "
                                           "--to 2026-03-31 --json.")
                                .arg(required.names().constFirst()),
                            Usage);
    }
    if (parser.isSet(store) && parser.isSet(associate))
        return command.complain(QStringLiteral("give --store or --associate, not both."), Usage);

    const Result<QDate> fromDay = parseDay(QStringLiteral("from"), parser.value(from));
    if (!fromDay)
        return command.complain(fromDay.errorMessage(), Usage);
    const Result<QDate> toDay = parseDay(QStringLiteral("to"), parser.value(to));
    if (!toDay)
        return command.complain(toDay.errorMessage(), Usage);
    std::optional<QDate> asOfDay;
    if (parser.isSet(asOf)) {
        const Result<QDate> day = parseDay(QStringLiteral("as-of"), parser.value(asOf));
        if (!day)
            return command.complain(day.errorMessage(), Usage);
        asOfDay = *day;
    }
    const Result<ReportPeriod> period = ReportPeriod::make(*fromDay, *toDay, asOfDay, {});
    if (!period)
        return command.complain(period.errorMessage(), Usage);

    auto opened = command.openNotebook();
    if (!opened)
        return command.complain(opened.errorMessage(), Failed);
    Notebook &notebook = *opened.value();

    ReportScope scope;
    QString scopeName = QStringLiteral("the whole organisation");
    if (parser.isSet(store)) {
        scope = ReportScope{ScopeKind::Store, parser.value(store)};
        const std::optional<Store> found = notebook.storeById(scope.id);
        if (!found)
            return command.complain(QStringLiteral("there is no store with id \"%1\" in this notebook.").arg(scope.id), Failed);
        scopeName = QStringLiteral("store %1 (%2)").arg(found->name, scope.id);
    } else if (parser.isSet(associate)) {
        scope = ReportScope{ScopeKind::Associate, parser.value(associate)};
        const std::optional<Staff> found = notebook.staffById(scope.id);
        if (!found)
            return command.complain(QStringLiteral("there is no staff member with id \"%1\" in this notebook.").arg(scope.id),
                            Failed);
        scopeName = QStringLiteral("associate %1 (%2)").arg(found->name, scope.id);
    }

    const Result<ReportBreakdown> breakdown = Report(notebook.database().connection()).compute(*period);
    if (!breakdown)
        return command.complain(breakdown.errorMessage(), Failed);

    if (parser.isSet(csv)) {
        QList<ReportEntity> stores, associates;
        for (const Store &s : notebook.stores())
            stores.append({s.id, s.name});
        for (const Staff &s : notebook.staff())
            associates.append({s.id, s.name});
        QSaveFile file(parser.value(csv));
        if (!file.open(QIODevice::WriteOnly)
            || file.write(breakdownCsv(*breakdown, stores, associates).toUtf8()) < 0 || !file.commit())
            return command.complain(QStringLiteral("cannot write %1 (%2).").arg(parser.value(csv), file.errorString()), Failed);
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
