#pragma once

#include "backgroundrun.h"
#include "pagedlistmodel.h"

#include <QDate>
#include <QQmlEngine>
#include <QTimer>

namespace rapport::ui {

/** A record behind a measure, as a row: who, when, what, and whether it met the measure. */
struct MeasureRow
{
    QString id;
    QString clientId;
    QString clientName;
    QString whenText;
    QString detail;
    bool met = true;
};

/**
 * The list behind one of the Overview's numbers (core's MeasureRecords: exactly the
 * records counted): those that did not meet the measure first, newest first in each
 * group. Read on a thread of its own; again, in place, when the notebook changes.
 * Each row opens its client.
 */
class MeasureListModel : public PagedListModel<MeasureRow>
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(MeasureListModel)
    Q_PROPERTY(QString measure READ measure WRITE setMeasure NOTIFY queryChanged)
    /** For notes_by_kind: the kind of note. */
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY queryChanged)
    Q_PROPERTY(QDate from READ from WRITE setFrom NOTIFY queryChanged)
    Q_PROPERTY(QDate to READ to WRITE setTo NOTIFY queryChanged)
    Q_PROPERTY(QDate asOf READ asOf WRITE setAsOf NOTIFY queryChanged)
    Q_PROPERTY(QString scopeKind READ scopeKind WRITE setScopeKind NOTIFY queryChanged)
    Q_PROPERTY(QString scopeId READ scopeId WRITE setScopeId NOTIFY queryChanged)
    /** Only the records that did not meet the measure (on by default for rates). */
    Q_PROPERTY(bool missedOnly READ missedOnly WRITE setMissedOnly NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /** Every record behind the number, and how many of them met it. */
    Q_PROPERTY(int total READ total NOTIFY loaded)
    Q_PROPERTY(int metCount READ metCount NOTIFY loaded)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY loaded)

public:
    enum Roles { RecordIdRole = Qt::UserRole + 1, ClientIdRole, ClientNameRole, WhenRole, DetailRole, MetRole };
    Q_ENUM(Roles)

    explicit MeasureListModel(QObject *parent = nullptr);

    QString measure() const { return m_measure; }
    void setMeasure(const QString &measure) { setQueryPart(m_measure, measure); }
    QString kind() const { return m_kind; }
    void setKind(const QString &kind) { setQueryPart(m_kind, kind); }
    QDate from() const { return m_from; }
    void setFrom(const QDate &from);
    QDate to() const { return m_to; }
    void setTo(const QDate &to);
    QDate asOf() const { return m_asOf; }
    void setAsOf(const QDate &asOf);
    QString scopeKind() const { return m_scopeKind; }
    void setScopeKind(const QString &kind) { setQueryPart(m_scopeKind, kind); }
    QString scopeId() const { return m_scopeId; }
    void setScopeId(const QString &id) { setQueryPart(m_scopeId, id); }
    bool missedOnly() const { return m_missedOnly; }
    void setMissedOnly(bool on);
    int count() const { return int(shown().size()); }
    int total() const { return int(m_all.size()); }
    int metCount() const { return m_metCount; }
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE QString clientIdAt(int row) const;

Q_SIGNALS:
    void queryChanged();
    void countChanged();
    void loaded();
    void busyChanged();

protected:
    QList<MeasureRow> readPage(int offset, int limit) override;
    QString keyOf(const MeasureRow &row) const override { return row.id; }
    bool sameRow(const MeasureRow &a, const MeasureRow &b) const override;
    void countMayHaveChanged() override { Q_EMIT countChanged(); }

private:
    void setQueryPart(QString &part, const QString &value);
    /** Reads the records again; `inPlace` after a data change, a reset after a new query. */
    void read(bool inPlace);
    QList<MeasureRow> shown() const;

    QString m_measure;
    QString m_kind;
    QDate m_from;
    QDate m_to;
    QDate m_asOf;
    QString m_scopeKind = QStringLiteral("org");
    QString m_scopeId;
    bool m_missedOnly = false;
    QList<MeasureRow> m_all; // not met first, newest first in each group
    int m_metCount = 0;
    bool m_busy = false;
    QString m_error;
    // A sync applies page after page: the list is read again once the changes settle.
    QTimer m_settle;
    BackgroundRun m_run{this};
};

} // namespace rapport::ui
