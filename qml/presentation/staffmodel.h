#pragma once

#include "core/types.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace rapport::ui {

/** The local staff list, for choosing who is using the tablet. */
class StaffModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(StaffModel)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles { StaffIdRole = Qt::UserRole + 1, NameRole, RoleRole, StoreNameRole, IsCurrentRole };
    Q_ENUM(Roles)

    explicit StaffModel(QObject *parent = nullptr);
    int count() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    void refresh();
    QList<Staff> m_rows;
};

} // namespace rapport::ui
