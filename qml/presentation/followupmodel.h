#pragma once

#include "core/types.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace rapport::ui {

/**
 * Open follow-ups: a client's (when clientId is set) or, for the Today view,
 * everything due within `upcomingDays`, in sections Overdue / Today / Upcoming.
 */
class FollowUpModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(FollowUpModel)
    Q_PROPERTY(QString clientId READ clientId WRITE setClientId NOTIFY clientIdChanged)
    Q_PROPERTY(int upcomingDays READ upcomingDays WRITE setUpcomingDays NOTIFY upcomingDaysChanged)
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
    int count() const { return int(m_rows.size()); }
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void clientIdChanged();
    void upcomingDaysChanged();
    void countChanged();

private:
    QString m_clientId;
    int m_upcomingDays = 14;
    QList<FollowUp> m_rows;
    QHash<QString, QString> m_clientNames; // cache for the rows shown
    QDate m_today;
};

} // namespace rapport::ui
