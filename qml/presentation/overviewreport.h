#pragma once

#include "backgroundrun.h"

#include "core/report/measures.h"
#include "core/report/reportperiod.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace rapport::ui {

/**
 * The manager's Overview: the measures of core/report for a period and a scope, the
 * period before it beside them, each measure's last 12 weeks, and the table by store and
 * by associate. Computed off the UI thread (BackgroundRun): the period first, then the
 * previous one, then the weeks of the trend, each shown as it arrives.
 *
 * The as-of day is the period's last day, or today when the period reaches past it, so
 * a past period reads as it stood when it ended, like the previous period. Each week of
 * the trend is seen as of a week after it ends (or the as-of day, when sooner), so its
 * purchases have had their 7 days to be taught.
 */
class OverviewReport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(OverviewReport)
    Q_PROPERTY(QDate from READ from WRITE setFrom NOTIFY periodChanged)
    Q_PROPERTY(QDate to READ to WRITE setTo NOTIFY periodChanged)
    Q_PROPERTY(QDate asOf READ asOf NOTIFY periodChanged)
    Q_PROPERTY(QString preset READ preset NOTIFY periodChanged)
    /** "org", "store" or "associate". */
    Q_PROPERTY(QString scopeKind READ scopeKind NOTIFY scopeChanged)
    Q_PROPERTY(QString scopeId READ scopeId NOTIFY scopeChanged)
    Q_PROPERTY(QString scopeName READ scopeName NOTIFY scopeChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY resultsChanged)
    /** One entry per measure: {key, kind, title, hint, valueText, detailText, previousText, trend, better}. */
    Q_PROPERTY(QVariantList measures READ measures NOTIFY resultsChanged)
    /** Notes of the period by kind: {kind, label, count}. */
    Q_PROPERTY(QVariantList notesByKind READ notesByKind NOTIFY resultsChanged)
    /** The table's columns: {key, title}. */
    Q_PROPERTY(QVariantList columns READ columns CONSTANT)
    /** Rows by store and by associate, alphabetical: {id, name, kind, cells: [text]}. */
    Q_PROPERTY(QVariantList storeRows READ storeRows NOTIFY resultsChanged)
    Q_PROPERTY(QVariantList associateRows READ associateRows NOTIFY resultsChanged)
    /** Stores and staff to choose a scope from: {kind, id, name}. */
    Q_PROPERTY(QVariantList scopeChoices READ scopeChoices NOTIFY resultsChanged)

public:
    static constexpr int TrendWeeks = 12;

    explicit OverviewReport(QObject *parent = nullptr);

    /** The day "today" is for presets and the as-of day; tests set their own. */
    void setToday(const TodayFunction &today) { m_today = today; }

    QDate from() const { return m_from; }
    void setFrom(const QDate &from);
    QDate to() const { return m_to; }
    void setTo(const QDate &to);
    QDate asOf() const;
    QString preset() const { return m_preset; }
    QString scopeKind() const;
    QString scopeId() const { return m_scope.id; }
    QString scopeName() const;
    bool busy() const { return m_busy; }
    QString progressText() const { return m_progress; }
    QString error() const { return m_error; }
    QVariantList measures() const;
    QVariantList notesByKind() const;
    QVariantList columns() const;
    QVariantList storeRows() const { return rows(ScopeKind::Store); }
    QVariantList associateRows() const { return rows(ScopeKind::Associate); }
    QVariantList scopeChoices() const;

    /** "4w" (last 4 weeks), "12w" (last 12 weeks) or "month" (this month so far). */
    Q_INVOKABLE void usePreset(const QString &preset);
    /** Custom period from typed days; false (and error set) when they do not make one. */
    Q_INVOKABLE bool useDays(const QString &from, const QString &to);
    Q_INVOKABLE void setScope(const QString &kind, const QString &id);
    /** Computes again (the pages call it when shown; data changes do not recompute by themselves). */
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void periodChanged();
    void scopeChanged();
    void busyChanged();
    void resultsChanged();
    /** Every part of the report has arrived. */
    void finished();

private:
    QDate today() const { return m_today ? m_today() : QDate::currentDate(); }
    QVariantList rows(ScopeKind kind) const;
    void setBusy(bool busy, const QString &progress);

    TodayFunction m_today;
    QDate m_from;
    QDate m_to;
    QString m_preset;
    ReportScope m_scope;
    bool m_busy = false;
    QString m_progress;
    QString m_error;
    std::optional<ReportBreakdown> m_current;
    std::optional<Measures> m_previous;
    QList<std::optional<Measures>> m_trend; // oldest week first
    BackgroundRun m_run{this};
};

} // namespace rapport::ui
