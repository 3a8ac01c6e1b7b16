#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace rapport::ui {

/**
 * The paging every list of the app shares: rows arrive a page at a time through
 * fetchMore() (a chain with 50,000 clients never loads them all), and after a change in
 * the notebook the rows shown are read again and updated in place (removed, inserted,
 * changed) rather than reset, so a view keeps its scroll position and current item.
 *
 * A subclass says how to read a page of its query in its order (readPage) and what
 * identifies a row (keyOf); it calls reload() when its query changes and update() when
 * the data underneath may have.
 */
template<typename Row>
class PagedListModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    bool canFetchMore(const QModelIndex &parent) const override { return !parent.isValid() && !m_exhausted; }
    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || m_exhausted)
            return;
        const QList<Row> more = readPage(int(m_rows.size()), pageSize());
        m_exhausted = more.size() < pageSize();
        if (more.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
        m_rows.append(more);
        endInsertRows();
        countMayHaveChanged();
    }

protected:
    /** Up to `limit` rows of the query from `offset`, in the list's order. */
    virtual QList<Row> readPage(int offset, int limit) = 0;
    /** What identifies a row across reads (an id). */
    virtual QString keyOf(const Row &row) const = 0;
    /** Whether a row read again shows the same; rows that differ get dataChanged. */
    virtual bool sameRow(const Row &, const Row &) const { return false; }
    /** The row count changed (subclasses with a count property signal it). */
    virtual void countMayHaveChanged() {}
    virtual int pageSize() const { return 50; }

    const QList<Row> &rows() const { return m_rows; }
    /** As many whole pages as `shown` rows need, at least one. */
    int pagesFor(int shown) const
    {
        const int size = pageSize();
        return std::max(1, (shown + size - 1) / size) * size;
    }

    /** Reads the first page again (or as many rows as `rowsWanted`) and resets: the query changed. */
    void reload(int rowsWanted = 0)
    {
        const int wanted = pagesFor(rowsWanted);
        beginResetModel();
        m_rows = readPage(0, wanted);
        m_exhausted = m_rows.size() < wanted;
        endResetModel();
        countMayHaveChanged();
    }

    /**
     * Reads the rows shown again (in whole pages) and brings the view to them in place:
     * rows gone are removed, new rows inserted, rows that changed updated. Only when
     * rows that stay have changed order is it a reset.
     */
    void update()
    {
        const int wanted = pagesFor(int(m_rows.size()));
        const QList<Row> fresh = readPage(0, wanted);
        QSet<QString> freshKeys;
        for (const Row &row : fresh)
            freshKeys.insert(keyOf(row));
        QSet<QString> oldKeys;
        QStringList kept;
        for (const Row &row : std::as_const(m_rows)) {
            oldKeys.insert(keyOf(row));
            if (freshKeys.contains(keyOf(row)))
                kept.append(keyOf(row));
        }
        QStringList freshKept;
        for (const Row &row : fresh) {
            if (oldKeys.contains(keyOf(row)))
                freshKept.append(keyOf(row));
        }
        if (kept != freshKept || freshKeys.size() != fresh.size() || oldKeys.size() != m_rows.size()) {
            // Moved rows (or repeated keys) cannot be told as removals and insertions.
            beginResetModel();
            m_rows = fresh;
            m_exhausted = fresh.size() < wanted;
            endResetModel();
            countMayHaveChanged();
            return;
        }
        const int before = int(m_rows.size());
        for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
            if (freshKeys.contains(keyOf(m_rows.at(row))))
                continue;
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        for (int row = 0; row < int(fresh.size()); ++row) {
            if (row < int(m_rows.size()) && keyOf(m_rows.at(row)) == keyOf(fresh.at(row))) {
                if (!sameRow(m_rows.at(row), fresh.at(row))) {
                    m_rows[row] = fresh.at(row);
                    Q_EMIT dataChanged(index(row), index(row));
                }
                continue;
            }
            beginInsertRows({}, row, row);
            m_rows.insert(row, fresh.at(row));
            endInsertRows();
        }
        m_exhausted = fresh.size() < wanted;
        if (int(m_rows.size()) != before)
            countMayHaveChanged();
    }

private:
    QList<Row> m_rows;
    bool m_exhausted = true;
};

} // namespace rapport::ui
