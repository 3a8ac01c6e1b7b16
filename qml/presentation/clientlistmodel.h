#pragma once

#include "pagedlistmodel.h"

#include "core/clientsearch.h"

#include <QQmlEngine>

namespace rapport::ui {

/**
 * Search results for the client list, best matches first (recent clients when
 * the query is empty); when a query finds nobody, the clients whose names are
 * near misses of it (nearMiss). Rows arrive a page at a time through fetchMore(), so a
 * chain with 50,000 clients never loads them all.
 */
class ClientListModel : public PagedListModel<ClientListEntry>
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(ClientListModel)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /** The rows are near misses of a name that found nothing ("fisher": Fischer), not matches. */
    Q_PROPERTY(bool nearMiss READ nearMiss NOTIFY countChanged)

public:
    static constexpr int PageSize = 50; // the paging base's page
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
    int count() const { return rowCount(); }
    bool nearMiss() const { return m_nearMiss; }

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Id of the client on `row`, or "" (for keyboard selection). */
    Q_INVOKABLE QString clientIdAt(int row) const;

Q_SIGNALS:
    void queryChanged();
    void countChanged();

protected:
    /** A page of the search; the first page of a query that finds nobody is its near misses. */
    QList<ClientListEntry> readPage(int offset, int limit) override;
    QString keyOf(const ClientListEntry &row) const override { return row.id; }
    bool sameRow(const ClientListEntry &a, const ClientListEntry &b) const override;
    void countMayHaveChanged() override { Q_EMIT countChanged(); }

private:
    /** Counts the open follow-ups of a page of rows (one query per page). */
    void countOpenFollowUps(const QList<ClientListEntry> &page);

private:
    QString m_query;
    QHash<QString, int> m_openFollowUps; // client id → open and snoozed follow-ups
    bool m_nearMiss = false;
};

} // namespace rapport::ui
