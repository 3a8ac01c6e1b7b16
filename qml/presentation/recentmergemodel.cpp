#include "recentmergemodel.h"

#include "formatting.h"
#include "session.h"

namespace rapport::ui {

RecentMergeModel::RecentMergeModel(QObject *parent) : QAbstractListModel(parent)
{
    if (Session *session = Session::instance())
        setNotebook(session->notebook());
}

void RecentMergeModel::setNotebook(Notebook *notebook)
{
    if (m_notebook)
        disconnect(m_notebook, nullptr, this, nullptr);
    m_notebook = notebook;
    if (m_notebook)
        connect(m_notebook, &Notebook::changed, this, &RecentMergeModel::refresh);
    refresh();
}

void RecentMergeModel::refresh()
{
    const QList<ClientMerge> found = m_notebook ? m_notebook->recentMerges() : QList<ClientMerge>();
    const bool sameRows = found.size() == m_rows.size()
        && std::equal(found.cbegin(), found.cend(), m_rows.cbegin(), [](const ClientMerge &a, const ClientMerge &b) {
               return a.id == b.id;
           });
    if (sameRows) {
        // Only whether each can still be undone changes: those rows alone.
        for (int i = 0; i < found.size(); ++i) {
            if (found.at(i).canUndo != m_rows.at(i).canUndo || found.at(i).undoneAt != m_rows.at(i).undoneAt) {
                m_rows[i] = found.at(i);
                Q_EMIT dataChanged(index(i), index(i));
            }
        }
        return;
    }
    beginResetModel();
    m_rows = found;
    endResetModel();
    Q_EMIT countChanged();
}

int RecentMergeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RecentMergeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ClientMerge &m = m_rows.at(index.row());
    switch (role) {
    case MergeIdRole:
        return m.id;
    case Qt::DisplayRole:
    case SummaryRole: {
        const QString moved = m.notesMoved == 1 ? tr("1 note moved") : tr("%n notes moved", nullptr, m.notesMoved);
        return tr("%1 into %2 (%3)").arg(m.otherName, m.keptName, moved);
    }
    case WhenRole: {
        QString text = formatting::daysAgo(m.mergedAt.toLocalTime());
        if (m.undoneAt.isValid())
            text = tr("%1, undone %2").arg(text, formatting::daysAgo(m.undoneAt.toLocalTime()));
        return text;
    }
    case CanUndoRole:
        return m.canUndo;
    case UndoneRole:
        return m.undoneAt.isValid();
    }
    return {};
}

QHash<int, QByteArray> RecentMergeModel::roleNames() const
{
    return {{MergeIdRole, "mergeId"}, {SummaryRole, "summary"}, {WhenRole, "when"}, {CanUndoRole, "canUndo"},
            {UndoneRole, "undone"}};
}

} // namespace rapport::ui
