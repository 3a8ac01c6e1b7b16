#pragma once

#include "backgroundrun.h"
#include "pagedlistmodel.h"

#include <QQmlEngine>
#include <QTimer>

namespace rapport::ui {

/** One person's book, as the Team page shows it. */
struct TeamRow
{
    QString staffId;
    QString name;
    QString role;
    QString storeName;
    qint64 clients = 0;
    qint64 inTouch = 0;
    qint64 overdue = 0;
    QString lastActive; // the time of their newest note; empty when none
};

/**
 * The team's books, alphabetical: each staff member's clients, how many are in touch
 * (book_health, as the Overview counts it), their overdue follow-ups and when they last
 * wrote a note. Read off the UI thread; again, in place, when the notebook changes.
 */
class TeamModel : public PagedListModel<TeamRow>
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(TeamModel)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    enum Roles {
        StaffIdRole = Qt::UserRole + 1,
        NameRole,
        RoleRole,
        StoreNameRole,
        ClientsRole,
        InTouchRole,
        OverdueRole,
        LastActiveRole,
    };
    Q_ENUM(Roles)

    explicit TeamModel(QObject *parent = nullptr);

    int count() const { return rowCount(); }
    bool busy() const { return m_busy; }

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE void refresh() { read(true); }

Q_SIGNALS:
    void countChanged();
    void busyChanged();

protected:
    QList<TeamRow> readPage(int offset, int limit) override { return m_all.mid(offset, limit); }
    QString keyOf(const TeamRow &row) const override { return row.staffId; }
    bool sameRow(const TeamRow &a, const TeamRow &b) const override;
    void countMayHaveChanged() override { Q_EMIT countChanged(); }

private:
    void read(bool inPlace);

    QList<TeamRow> m_all;
    bool m_busy = false;
    bool m_stale = false; // the notebook changed while a count ran: count again after it
    // A sync applies page after page: the books are counted once the changes settle.
    QTimer m_settle;
    BackgroundRun m_run{this};
};

/** A client of a book, with whether it is chosen for a handover. */
struct BookRow
{
    QString clientId;
    QString name;
    QString lastSeenAt;
};

/**
 * One associate's book: their clients by name, a page at a time, each can be chosen
 * for handing over.
 */
class BookModel : public PagedListModel<BookRow>
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(BookModel)
    Q_PROPERTY(QString staffId READ staffId WRITE setStaffId NOTIFY staffIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int chosenCount READ chosenCount NOTIFY chosenChanged)

public:
    enum Roles { ClientIdRole = Qt::UserRole + 1, NameRole, LastSeenRole, ChosenRole };
    Q_ENUM(Roles)

    explicit BookModel(QObject *parent = nullptr);

    QString staffId() const { return m_staffId; }
    void setStaffId(const QString &staffId);
    int count() const { return rowCount(); }
    int chosenCount() const { return int(m_chosen.size()); }

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void toggle(int row);
    Q_INVOKABLE void clearChosen();
    Q_INVOKABLE QStringList chosenIds() const { return QStringList(m_chosen.begin(), m_chosen.end()); }

Q_SIGNALS:
    void staffIdChanged();
    void countChanged();
    void chosenChanged();

protected:
    QList<BookRow> readPage(int offset, int limit) override;
    QString keyOf(const BookRow &row) const override { return row.clientId; }
    bool sameRow(const BookRow &a, const BookRow &b) const override
    {
        return a.name == b.name && a.lastSeenAt == b.lastSeenAt;
    }
    void countMayHaveChanged() override { Q_EMIT countChanged(); }

private:
    QString m_staffId;
    QSet<QString> m_chosen;
};

} // namespace rapport::ui
