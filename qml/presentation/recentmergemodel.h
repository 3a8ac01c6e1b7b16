#pragma once

#include "core/notebook.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace rapport::ui {

/** The merges made on this device over the undo window, newest first, with whether each can be undone. */
class RecentMergeModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(RecentMergeModel)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles { MergeIdRole = Qt::UserRole + 1, SummaryRole, WhenRole, CanUndoRole, UndoneRole };
    Q_ENUM(Roles)

    explicit RecentMergeModel(QObject *parent = nullptr);
    void setNotebook(Notebook *notebook);
    int count() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    void refresh();
    Notebook *m_notebook = nullptr;
    QList<ClientMerge> m_rows;
};

} // namespace rapport::ui
