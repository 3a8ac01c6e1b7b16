#pragma once

#include "core/clientsearch.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace rapport::ui {

/**
 * Search results for the client list, best matches first (recent clients when
 * the query is empty); when a query finds nobody, the clients whose names are
 * near misses of it (nearMiss). Rows arrive a page at a time through fetchMore(), so a
 * chain with 50,000 clients never loads them all.
 */
class ClientListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(ClientListModel)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /** The rows are near misses of a name that found nothing ("fisher": Fischer), not matches. */
    Q_PROPERTY(bool nearMiss READ nearMiss NOTIFY countChanged)

public:
    static constexpr int PageSize = 50;
    static constexpr int NearMissRows = 20;

    enum Roles {
        ClientIdRole = Qt::UserRole + 1,
        DisplayNameRole,
        InitialsRole,
        PhoneRole,
        EmailRole,
        TagsRole,
        LastSeenRole,
        MatchedNoteRole,
        OpenFollowUpsRole,  ///< open and snoozed follow-ups of the client
        AccessibleTextRole, ///< the row as a screen reader says it: name, last seen, open follow-ups
    };
    Q_ENUM(Roles)

    explicit ClientListModel(QObject *parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    int count() const { return int(m_rows.size()); }
    bool nearMiss() const { return m_nearMiss; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /** Id of the client on `row`, or "" (for keyboard selection). */
    Q_INVOKABLE QString clientIdAt(int row) const;

Q_SIGNALS:
    void queryChanged();
    void countChanged();

private:
    /** Reloads as many rows as were shown, after the query or the data changed. */
    void reload(int rowsWanted);
    /** Counts the open follow-ups of rows `from`… (one query per page of rows). */
    void countOpenFollowUps(int from);

    QString m_query;
    QList<ClientListEntry> m_rows;
    QHash<QString, int> m_openFollowUps; // client id → open and snoozed follow-ups
    bool m_exhausted = false;
    bool m_nearMiss = false;
};

} // namespace rapport::ui
