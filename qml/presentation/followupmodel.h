#pragma once

#include "core/types.h"

#include <QAbstractListModel>
#include <QDate>
#include <QQmlEngine>

namespace rapport::ui {

/**
 * Open follow-ups: a client's (when clientId is set) or, for the Today view,
 * everything due within `upcomingDays` in `scope`, in sections Overdue / Today
 * / Upcoming. The section of a row is worked out from its due date against
 * `today` whenever it is read, never stored, so a changed list cannot leave a
 * heading over the wrong rows. `today` is the calendar day unless a test sets it.
 */
class FollowUpModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(FollowUpModel)
    Q_PROPERTY(QString clientId READ clientId WRITE setClientId NOTIFY clientIdChanged)
    Q_PROPERTY(int upcomingDays READ upcomingDays WRITE setUpcomingDays NOTIFY upcomingDaysChanged)
    Q_PROPERTY(QString scope READ scope WRITE setScope NOTIFY scopeChanged)
    Q_PROPERTY(QDate today READ today WRITE setToday RESET resetToday NOTIFY todayChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY countChanged)

public:
    enum Roles {
        FollowUpIdRole = Qt::UserRole + 1,
        ClientIdRole,
        ClientNameRole,
        ReasonRole,
        KindRole,
        DueDateRole,
        DueTextRole,
        SectionRole,
        OverdueRole,
        AssigneeNameRole,
        StatusRole,
    };
    Q_ENUM(Roles)

    explicit FollowUpModel(QObject *parent = nullptr);

    QString clientId() const { return m_clientId; }
    void setClientId(const QString &clientId);
    int upcomingDays() const { return m_upcomingDays; }
    void setUpcomingDays(int days);
    /** "mine" (assigned to the current staff member), "store" (to anyone of their store) or "everyone". */
    QString scope() const { return m_scope; }
    void setScope(const QString &scope);
    QDate today() const;
    void setToday(const QDate &today);
    void resetToday();
    int count() const { return int(m_rows.size()); }
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void clientIdChanged();
    void upcomingDaysChanged();
    void scopeChanged();
    void todayChanged();
    void countChanged();

private:
    /** After a change in the notebook: rows removed and inserted in place when that is safe. */
    void update();
    QList<FollowUp> load(const QDate &day) const;
    void rememberClientNames();
    static QString sectionOf(const FollowUp &row, const QDate &day);

    QString m_clientId;
    int m_upcomingDays = 14;
    QList<FollowUp> m_rows;
    QHash<QString, QString> m_clientNames; // cache for the rows shown
    QString m_scope = QStringLiteral("everyone");
    QDate m_fixedToday; // set by tests; invalid means the calendar day
    QDate m_today; // the day the rows were loaded for
};

} // namespace rapport::ui
