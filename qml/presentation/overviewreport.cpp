#include "overviewreport.h"

#include "session.h"

#include "core/report/report.h"

#include <QCollator>
#include <QCoreApplication>

#include <algorithm>

namespace rapport::ui {

namespace {

/** A measure as the Overview shows it; `ratio` or `count` is set. */
struct MeasureView
{
    const char *key;
    const char *title;
    const char *hint; // what the list behind the number shows
    const char *shortTitle; // the table's column
    Ratio Measures::*ratio;
    qint64 Measures::*count;
    bool lowerIsBetter;
};

// The order a manager reads them: the sale understood, taught, followed up; clients back, in touch.
const MeasureView kMeasures[] = {
    {"need_before_purchase", QT_TRANSLATE_NOOP("OverviewReport", "Need understood before a purchase"),
     QT_TRANSLATE_NOOP("OverviewReport", "Purchases, those without a Need note in the 30 days before first"),
     QT_TRANSLATE_NOOP("OverviewReport", "Need first"), &Measures::needBeforePurchase, nullptr, false},
    {"education_follow_through", QT_TRANSLATE_NOOP("OverviewReport", "Purchases taught within 7 days"),
     QT_TRANSLATE_NOOP("OverviewReport", "Purchases at least 7 days old, those not taught first"),
     QT_TRANSLATE_NOOP("OverviewReport", "Taught"), &Measures::educationFollowThrough, nullptr, false},
    {"follow_ups_on_time", QT_TRANSLATE_NOOP("OverviewReport", "Follow-ups done on time"),
     QT_TRANSLATE_NOOP("OverviewReport", "Follow-ups due in the period, the late or missed ones first"),
     QT_TRANSLATE_NOOP("OverviewReport", "On time"), &Measures::followUpsOnTime, nullptr, false},
    {"follow_ups_overdue_now", QT_TRANSLATE_NOOP("OverviewReport", "Follow-ups overdue now"),
     QT_TRANSLATE_NOOP("OverviewReport", "Open or snoozed follow-ups past their due date"),
     QT_TRANSLATE_NOOP("OverviewReport", "Overdue"), nullptr, &Measures::followUpsOverdueNow, true},
    {"returning_clients", QT_TRANSLATE_NOOP("OverviewReport", "Clients seen who had been before"),
     QT_TRANSLATE_NOOP("OverviewReport", "Clients seen in the period, first-time visitors first"),
     QT_TRANSLATE_NOOP("OverviewReport", "Returning"), &Measures::returningClients, nullptr, false},
    {"came_back_after_return", QT_TRANSLATE_NOOP("OverviewReport", "Returns followed by another visit"),
     QT_TRANSLATE_NOOP("OverviewReport", "Returns, those not followed by a visit first"),
     QT_TRANSLATE_NOOP("OverviewReport", "Back after return"), &Measures::cameBackAfterReturn, nullptr, false},
    {"book_health", QT_TRANSLATE_NOOP("OverviewReport", "Clients in touch"),
     QT_TRANSLATE_NOOP("OverviewReport", "Clients of the book, those out of touch first"),
     QT_TRANSLATE_NOOP("OverviewReport", "In touch"), &Measures::bookHealth, nullptr, false},
    {"clients_added", QT_TRANSLATE_NOOP("OverviewReport", "Clients added"),
     QT_TRANSLATE_NOOP("OverviewReport", "Clients created in the period"),
     QT_TRANSLATE_NOOP("OverviewReport", "Added"), nullptr, &Measures::clientsAdded, false},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("OverviewReport", text);
}

QString percent(const Ratio &ratio)
{
    const std::optional<double> rate = ratio.rate();
    return rate ? QStringLiteral("%1%").arg(qRound(*rate * 100.0)) : QStringLiteral("–");
}

QString valueText(const MeasureView &m, const Measures &measures)
{
    return m.ratio ? percent(measures.*m.ratio) : QString::number(measures.*m.count);
}

QString detailText(const MeasureView &m, const Measures &measures)
{
    if (!m.ratio)
        return QString();
    const Ratio &r = measures.*m.ratio;
    return QCoreApplication::translate("OverviewReport", "%1 of %2").arg(r.numerator).arg(r.denominator);
}

QVariant trendValue(const MeasureView &m, const std::optional<Measures> &measures)
{
    if (!measures)
        return {};
    if (!m.ratio)
        return double(*measures.*m.count);
    const std::optional<double> rate = (*measures.*m.ratio).rate();
    return rate ? QVariant(*rate * 100.0) : QVariant();
}

QString kindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("need"), QT_TRANSLATE_NOOP("OverviewReport", "Need")},
        {QStringLiteral("conversation"), QT_TRANSLATE_NOOP("OverviewReport", "Conversation")},
        {QStringLiteral("purchase"), QT_TRANSLATE_NOOP("OverviewReport", "Purchase")},
        {QStringLiteral("education"), QT_TRANSLATE_NOOP("OverviewReport", "Education")},
        {QStringLiteral("return"), QT_TRANSLATE_NOOP("OverviewReport", "Return")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("OverviewReport", "Other")},
    };
    const auto it = labels.constFind(kind);
    return it == labels.cend() ? kind : tr(*it);
}

} // namespace

OverviewReport::OverviewReport(QObject *parent) : QObject(parent)
{
    usePreset(QStringLiteral("4w"));
}

void OverviewReport::setFrom(const QDate &from)
{
    if (!from.isValid() || from == m_from)
        return;
    m_from = from;
    m_preset = QStringLiteral("custom");
    Q_EMIT periodChanged();
}

void OverviewReport::setTo(const QDate &to)
{
    if (!to.isValid() || to == m_to)
        return;
    m_to = to;
    m_preset = QStringLiteral("custom");
    Q_EMIT periodChanged();
}

QDate OverviewReport::asOf() const
{
    // As the report's definition has it: as of today, whatever period is chosen.
    return today();
}

QString OverviewReport::scopeKind() const
{
    return ReportScope::kindName(m_scope.kind);
}

QString OverviewReport::scopeName() const
{
    Session *session = Session::instance();
    if (m_scope.kind == ScopeKind::Org || !session)
        return tr("Whole organisation");
    return m_scope.kind == ScopeKind::Store ? session->storeName(m_scope.id) : session->staffName(m_scope.id);
}

void OverviewReport::usePreset(const QString &preset)
{
    const QDate now = today();
    if (preset == QLatin1String("4w")) {
        m_from = now.addDays(-27);
        m_to = now;
    } else if (preset == QLatin1String("12w")) {
        m_from = now.addDays(-83);
        m_to = now;
    } else if (preset == QLatin1String("month")) {
        m_from = QDate(now.year(), now.month(), 1);
        m_to = now;
    } else {
        return;
    }
    m_preset = preset;
    Q_EMIT periodChanged();
}

bool OverviewReport::useDays(const QString &fromText, const QString &toText)
{
    const QDate from = QDate::fromString(fromText.trimmed(), Qt::ISODate);
    const QDate to = QDate::fromString(toText.trimmed(), Qt::ISODate);
    const Result<ReportPeriod> period = ReportPeriod::make(from, to, std::nullopt, m_today);
    if (!period) {
        m_error = period.errorMessage();
        Q_EMIT resultsChanged();
        return false;
    }
    m_from = from;
    m_to = to;
    m_preset = QStringLiteral("custom");
    Q_EMIT periodChanged();
    return true;
}

void OverviewReport::setScope(const QString &kind, const QString &id)
{
    ReportScope scope;
    if (kind == QLatin1String("store"))
        scope = {ScopeKind::Store, id};
    else if (kind == QLatin1String("associate"))
        scope = {ScopeKind::Associate, id};
    if (scope.kind != ScopeKind::Org && id.isEmpty())
        scope = {};
    if (scope.kind == m_scope.kind && scope.id == m_scope.id)
        return;
    m_scope = scope;
    Q_EMIT scopeChanged();
    Q_EMIT resultsChanged();
}

void OverviewReport::setBusy(bool busy, const QString &progress)
{
    m_busy = busy;
    m_progress = progress;
    Q_EMIT busyChanged();
}

void OverviewReport::refresh()
{
    Session *session = Session::instance();
    if (!session)
        return;
    const QDate asOfDay = asOf();
    const Result<ReportPeriod> period = ReportPeriod::make(m_from, m_to, asOfDay, m_today);
    if (!period) {
        m_error = period.errorMessage();
        Q_EMIT resultsChanged();
        return;
    }
    m_error.clear();
    m_current.reset();
    m_previous.reset();
    m_trend = QList<std::optional<Measures>>(TrendWeeks);
    Q_EMIT resultsChanged();
    setBusy(true, tr("Counting the period…"));

    // The previous period: as long, just before; seen as of its own last day.
    const qint64 length = m_from.daysTo(m_to) + 1;
    const ReportPeriod previous{m_from.addDays(-length), m_from.addDays(-1), m_from.addDays(-1)};
    // The weeks of the trend end with the as-of day, each seen as of a week after its last
    // day (or the as-of day, when sooner): a week's purchases are only taught or not once
    // they are 7 days old, so seen as of the week's own end none of them would count yet.
    QList<ReportPeriod> weeks;
    for (int i = TrendWeeks - 1; i >= 0; --i) {
        const QDate last = asOfDay.addDays(-7 * i);
        weeks.append({last.addDays(-6), last, std::min(last.addDays(7), asOfDay)});
    }
    const ReportScope scope = m_scope;
    const ReportPeriod current = *period;
    m_run.start(session->notebook()->database(), [this, current, previous, weeks, scope](const BackgroundRun::Context &run) {
        const Report report(run.db);
        Result<ReportBreakdown> now = report.compute(current);
        run.deliver([this, now] {
            if (!now) {
                m_error = now.errorMessage();
                Q_EMIT resultsChanged();
                setBusy(false, {});
                return;
            }
            m_current = *now;
            Q_EMIT resultsChanged();
            setBusy(true, tr("Counting the period before…"));
        });
        if (!now || !run.stillWanted())
            return;
        const Result<ReportBreakdown> before = report.compute(previous);
        if (before) {
            const Measures m = before->of(scope);
            run.deliver([this, m] {
                m_previous = m;
                Q_EMIT resultsChanged();
            });
        }
        for (int i = 0; i < weeks.size(); ++i) {
            if (!run.stillWanted())
                return;
            run.deliver([this, i] { setBusy(true, tr("Drawing the last 12 weeks: week %1 of %2…").arg(i + 1).arg(TrendWeeks)); });
            const Result<ReportBreakdown> week = report.compute(weeks.at(i));
            if (!week)
                continue;
            const Measures m = week->of(scope);
            run.deliver([this, i, m] {
                m_trend[i] = m;
                Q_EMIT resultsChanged();
            });
        }
        run.deliver([this] {
            setBusy(false, {});
            Q_EMIT finished();
        });
    });
}

QVariantList OverviewReport::measures() const
{
    QVariantList list;
    const std::optional<Measures> current = m_current ? std::optional<Measures>(m_current->of(m_scope)) : std::nullopt;
    for (const MeasureView &m : kMeasures) {
        QVariantList trend;
        for (const std::optional<Measures> &week : m_trend)
            trend.append(trendValue(m, week));
        list.append(QVariantMap{
            {QStringLiteral("key"), QString::fromLatin1(m.key)},
            {QStringLiteral("kind"), m.ratio ? QStringLiteral("rate") : QStringLiteral("count")},
            {QStringLiteral("title"), tr(m.title)},
            {QStringLiteral("hint"), tr(m.hint)},
            {QStringLiteral("valueText"), current ? valueText(m, *current) : QString()},
            {QStringLiteral("detailText"), current ? detailText(m, *current) : QString()},
            {QStringLiteral("previousText"),
             m_previous ? (m.ratio ? tr("%1 (%2)").arg(valueText(m, *m_previous), detailText(m, *m_previous))
                                   : valueText(m, *m_previous))
                        : QString()},
            {QStringLiteral("trend"), trend},
            {QStringLiteral("lowerIsBetter"), m.lowerIsBetter},
        });
    }
    return list;
}

QVariantList OverviewReport::notesByKind() const
{
    QVariantList list;
    const std::optional<Measures> current = m_current ? std::optional<Measures>(m_current->of(m_scope)) : std::nullopt;
    for (const QString &kind : reportNoteKinds()) {
        list.append(QVariantMap{{QStringLiteral("kind"), kind},
                                {QStringLiteral("label"), kindLabel(kind)},
                                {QStringLiteral("countText"),
                                 current ? QString::number(current->notesByKind.value(kind)) : QString()}});
    }
    return list;
}

QVariantList OverviewReport::columns() const
{
    QVariantList list;
    for (const MeasureView &m : kMeasures)
        list.append(QVariantMap{{QStringLiteral("key"), QString::fromLatin1(m.key)},
                                {QStringLiteral("title"), tr(m.shortTitle)}});
    return list;
}

QVariantList OverviewReport::rows(ScopeKind kind) const
{
    Session *session = Session::instance();
    if (!m_current || !session)
        return {};
    struct Named
    {
        QString id, name;
    };
    QList<Named> named;
    if (kind == ScopeKind::Store) {
        for (const Store &store : session->notebook()->stores())
            named.append({store.id, store.name});
    } else {
        for (const Staff &staff : session->notebook()->staff())
            named.append({staff.id, staff.name});
    }
    // Alphabetical, never by a measure: the table is for coaching, not a leaderboard.
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(named.begin(), named.end(),
              [&collator](const Named &a, const Named &b) { return collator.compare(a.name, b.name) < 0; });
    QVariantList list;
    for (const Named &row : named) {
        const Measures measures = m_current->of({kind, row.id});
        QVariantList cells;
        for (const MeasureView &m : kMeasures)
            cells.append(valueText(m, measures));
        list.append(QVariantMap{{QStringLiteral("id"), row.id},
                                {QStringLiteral("name"), row.name},
                                {QStringLiteral("kind"), ReportScope::kindName(kind)},
                                {QStringLiteral("cells"), cells}});
    }
    return list;
}

QVariantList OverviewReport::scopeChoices() const
{
    QVariantList list{QVariantMap{{QStringLiteral("kind"), QStringLiteral("org")},
                                  {QStringLiteral("id"), QString()},
                                  {QStringLiteral("name"), tr("Whole organisation")}}};
    for (const ScopeKind kind : {ScopeKind::Store, ScopeKind::Associate}) {
        QVariantList named = rows(kind);
        if (!m_current) {
            // Before the first result the names are still wanted for the menu.
            Session *session = Session::instance();
            if (!session)
                break;
            if (kind == ScopeKind::Store)
                for (const Store &s : session->notebook()->stores())
                    named.append(QVariantMap{{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name}});
            else
                for (const Staff &s : session->notebook()->staff())
                    named.append(QVariantMap{{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name}});
        }
        for (const QVariant &row : named) {
            const QVariantMap map = row.toMap();
            list.append(QVariantMap{{QStringLiteral("kind"), ReportScope::kindName(kind)},
                                    {QStringLiteral("id"), map.value(QStringLiteral("id"))},
                                    {QStringLiteral("name"), kind == ScopeKind::Store
                                         ? tr("Store: %1").arg(map.value(QStringLiteral("name")).toString())
                                         : map.value(QStringLiteral("name"))}});
        }
    }
    return list;
}

} // namespace rapport::ui
