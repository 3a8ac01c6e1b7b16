#include "reportformat.h"

#include <QJsonValue>
#include <QLocale>
#include <QSet>

namespace rapport {

namespace {

struct RatioField
{
    const char *key;
    const char *label;
    Ratio Measures::*member;
};

// In the order the issue lists them; labels say what the rate counts.
const RatioField kRatios[] = {
    {"education_follow_through", "Purchases taught within 7 days", &Measures::educationFollowThrough},
    {"follow_ups_on_time", "Follow-ups done on time", &Measures::followUpsOnTime},
    {"need_before_purchase", "Purchases with a Need in the 30 days before", &Measures::needBeforePurchase},
    {"returning_clients", "Clients seen who had been before", &Measures::returningClients},
    {"came_back_after_return", "Returns followed by another visit", &Measures::cameBackAfterReturn},
    {"book_health", "Clients in touch within their interval", &Measures::bookHealth},
};

QJsonValue rateJson(const Ratio &ratio)
{
    const std::optional<double> rate = ratio.rate();
    return rate ? QJsonValue(*rate) : QJsonValue(QJsonValue::Null);
}

QString rateText(const Ratio &ratio)
{
    const std::optional<double> rate = ratio.rate();
    return rate ? QStringLiteral("%1%").arg(*rate * 100.0, 0, 'f', 1) : QStringLiteral("n/a");
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QStringList csvHeader()
{
    QStringList header{QStringLiteral("scope"), QStringLiteral("id"), QStringLiteral("name")};
    for (const RatioField &f : kRatios) {
        const QString key = QLatin1String(f.key);
        header << key + QStringLiteral("_numerator") << key + QStringLiteral("_denominator")
               << key + QStringLiteral("_rate");
    }
    header << QStringLiteral("follow_ups_overdue_now") << QStringLiteral("clients_added");
    for (const QString &kind : reportNoteKinds())
        header << QStringLiteral("notes_") + kind;
    return header;
}

QStringList csvRow(const QString &scope, const ReportEntity &entity, const Measures &m)
{
    QStringList row{scope, entity.id, entity.name};
    for (const RatioField &f : kRatios) {
        const Ratio &r = m.*f.member;
        const std::optional<double> rate = r.rate();
        row << QString::number(r.numerator) << QString::number(r.denominator)
            << (rate ? QString::number(*rate, 'g', 17) : QString());
    }
    row << QString::number(m.followUpsOverdueNow) << QString::number(m.clientsAdded);
    for (const QString &kind : reportNoteKinds())
        row << QString::number(m.notesByKind.value(kind));
    return row;
}

void appendRows(QString &out, const QString &scope, const std::map<QString, Measures> &measures,
                const QList<ReportEntity> &known)
{
    QSet<QString> listed;
    const auto add = [&out, &scope](const ReportEntity &entity, const Measures &m) {
        QStringList fields;
        for (const QString &field : csvRow(scope, entity, m))
            fields << csvField(field);
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    for (const ReportEntity &entity : known) {
        listed.insert(entity.id);
        const auto it = measures.find(entity.id);
        add(entity, it == measures.end() ? Measures() : it->second);
    }
    for (const auto &[id, m] : measures) {
        if (!listed.contains(id))
            add(ReportEntity{id, QString()}, m);
    }
}

} // namespace

QJsonObject reportJson(const ReportPeriod &period, const ReportScope &scope, const Measures &measures)
{
    QJsonObject metrics;
    for (const RatioField &f : kRatios) {
        const Ratio &r = measures.*f.member;
        metrics.insert(QLatin1String(f.key), QJsonObject{{QStringLiteral("numerator"), QJsonValue(r.numerator)},
                                                         {QStringLiteral("denominator"), QJsonValue(r.denominator)},
                                                         {QStringLiteral("rate"), rateJson(r)}});
    }
    metrics.insert(QStringLiteral("follow_ups_overdue_now"),
                   QJsonObject{{QStringLiteral("count"), QJsonValue(measures.followUpsOverdueNow)}});
    metrics.insert(QStringLiteral("clients_added"), QJsonObject{{QStringLiteral("count"), QJsonValue(measures.clientsAdded)}});
    QJsonObject kinds;
    for (auto it = measures.notesByKind.cbegin(); it != measures.notesByKind.cend(); ++it)
        kinds.insert(it.key(), QJsonValue(it.value()));
    metrics.insert(QStringLiteral("notes_by_kind"), kinds);
    return QJsonObject{
        {QStringLiteral("from"), period.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), period.to.toString(Qt::ISODate)},
        {QStringLiteral("as_of"), period.asOf.toString(Qt::ISODate)},
        {QStringLiteral("scope"),
         QJsonObject{{QStringLiteral("kind"), ReportScope::kindName(scope.kind)},
                     {QStringLiteral("id"), scope.kind == ScopeKind::Org ? QJsonValue(QJsonValue::Null)
                                                                          : QJsonValue(scope.id)}}},
        {QStringLiteral("metrics"), metrics},
    };
}

QString reportTable(const ReportPeriod &period, const QString &scopeName, const Measures &m)
{
    QString out = QStringLiteral("Report for %1, %2 to %3, as of the end of %4\n\n")
                      .arg(scopeName, period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate),
                           period.asOf.toString(Qt::ISODate));
    const auto line = [&out](const QString &label, const QString &count, const QString &rate) {
        out += label.leftJustified(46) + count.rightJustified(16) + rate.rightJustified(10) + QLatin1Char('\n');
    };
    line(QStringLiteral("Measure"), QStringLiteral("Count"), QStringLiteral("Rate"));
    for (const RatioField &f : kRatios) {
        const Ratio &r = m.*f.member;
        line(QLatin1String(f.label), QStringLiteral("%1 of %2").arg(r.numerator).arg(r.denominator), rateText(r));
    }
    line(QStringLiteral("Follow-ups overdue now"), QString::number(m.followUpsOverdueNow), QString());
    line(QStringLiteral("Clients added"), QString::number(m.clientsAdded), QString());
    out += QStringLiteral("\nNotes by kind\n");
    for (auto it = m.notesByKind.cbegin(); it != m.notesByKind.cend(); ++it)
        line(QStringLiteral("  ") + it.key(), QString::number(it.value()), QString());
    return out;
}

QString breakdownCsv(const ReportBreakdown &breakdown, const QList<ReportEntity> &stores,
                     const QList<ReportEntity> &associates)
{
    QString out = csvHeader().join(QLatin1Char(',')) + QStringLiteral("\r\n");
    appendRows(out, QStringLiteral("store"), breakdown.byStore, stores);
    appendRows(out, QStringLiteral("associate"), breakdown.byAssociate, associates);
    return out;
}

} // namespace rapport
