#pragma once

#include "pagedlistmodel.h"

#include "core/types.h"

#include <QQmlEngine>
#include <QSet>

namespace rapport::ui {

class Session;

/** A client's notes, newest first, fetched a page at a time. */
class TimelineModel : public PagedListModel<Note>
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(TimelineModel)
    Q_PROPERTY(QString clientId READ clientId WRITE setClientId NOTIFY clientIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    static constexpr int PageSize = 50;

    enum Roles {
        NoteIdRole = Qt::UserRole + 1,
        KindRole,
        KindLabelRole,
        BodyRole,
        DetailsRole,
        AuthorNameRole,
        StoreNameRole,
        WhenRole,
        MineRole,
        ConflictedRole, // edited on two devices at once, not settled yet
    };
    Q_ENUM(Roles)

    explicit TimelineModel(QObject *parent = nullptr);

    QString clientId() const { return m_clientId; }
    void setClientId(const QString &clientId);
    int count() const { return rowCount(); }

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void clientIdChanged();
    void countChanged();

protected:
    QList<Note> readPage(int offset, int limit) override;
    QString keyOf(const Note &note) const override { return note.id; }
    bool sameRow(const Note &a, const Note &b) const override;
    void countMayHaveChanged() override { Q_EMIT countChanged(); }

private:
    /**
     * After a change in the notebook: removes, inserts and updates rows in
     * place rather than resetting, so a view keeps its scroll position when a
     * note is edited, deleted or added; conflicts and "mine" are read again.
     */
    void refresh();
    /**
     * The structured fields of a note in words: "For: hanging a picture · Budget: 40",
     * "Items: drill · Amount: $129.00" (the amount in the store's currency, as the note form shows it).
     */
    static QString details(const Note &note, const Session *session);

    void readConflicts();

    QString m_clientId;
    QSet<QString> m_conflicted; // note ids with unresolved conflicts
};

} // namespace rapport::ui
