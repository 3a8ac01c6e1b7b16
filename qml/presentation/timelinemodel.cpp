#include "timelinemodel.h"

#include "formatting.h"
#include "language.h"
#include "session.h"

#include <QLocale>

namespace rapport::ui {

TimelineModel::TimelineModel(QObject *parent) : QAbstractListModel(parent)
{
    if (Session *session = Session::instance()) {
        connect(session->notebook(), &Notebook::changed, this,
                [this] { update(std::max(int(m_rows.size()), PageSize)); });
        connect(session, &Session::currentStaffChanged, this,
                [this] { update(std::max(int(m_rows.size()), PageSize)); });
    }
    // Another language: the same rows in other words.
    if (Language *language = Language::instance())
        connect(language, &Language::changed, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        });
}

void TimelineModel::setClientId(const QString &clientId)
{
    if (clientId == m_clientId)
        return;
    m_clientId = clientId;
    Q_EMIT clientIdChanged();
    reload(PageSize);
}

void TimelineModel::reload(int rowsWanted)
{
    beginResetModel();
    m_rows.clear();
    m_exhausted = true;
    Session *session = Session::instance();
    if (session && !m_clientId.isEmpty()) {
        const int wanted = ((rowsWanted + PageSize - 1) / PageSize) * PageSize;
        m_rows = session->notebook()->notesForClient(m_clientId, wanted, 0);
        m_exhausted = m_rows.size() < wanted;
    }
    m_conflicted.clear();
    if (session && !m_clientId.isEmpty()) {
        const auto conflicts = session->notebook()->conflictsForClient(m_clientId);
        for (const NoteConflict &conflict : conflicts)
            m_conflicted.insert(conflict.noteId);
    }
    endResetModel();
    Q_EMIT countChanged();
}

void TimelineModel::update(int rowsWanted)
{
    Session *session = Session::instance();
    if (!session || m_clientId.isEmpty() || m_rows.isEmpty()) {
        reload(rowsWanted);
        return;
    }
    const int wanted = ((rowsWanted + PageSize - 1) / PageSize) * PageSize;
    const QList<Note> fresh = session->notebook()->notesForClient(m_clientId, wanted, 0);
    QSet<QString> freshIds;
    for (const Note &note : fresh)
        freshIds.insert(note.id);

    // Rows that stay must keep their order (the timeline is by creation time,
    // which edits do not change); anything else is a reset.
    QStringList kept;
    for (const Note &note : std::as_const(m_rows))
        if (freshIds.contains(note.id))
            kept.append(note.id);
    QStringList freshKept;
    for (const Note &note : fresh)
        if (kept.contains(note.id))
            freshKept.append(note.id);
    if (kept != freshKept) {
        reload(rowsWanted);
        return;
    }

    const int before = int(m_rows.size());
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (freshIds.contains(m_rows.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    for (int row = 0; row < int(fresh.size()); ++row) {
        if (row < int(m_rows.size()) && m_rows.at(row).id == fresh.at(row).id)
            continue;
        beginInsertRows({}, row, row);
        m_rows.insert(row, fresh.at(row));
        endInsertRows();
    }
    m_exhausted = fresh.size() < wanted;
    m_conflicted.clear();
    const auto conflicts = session->notebook()->conflictsForClient(m_clientId);
    for (const NoteConflict &conflict : conflicts)
        m_conflicted.insert(conflict.noteId);
    m_rows = fresh;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    if (int(m_rows.size()) != before)
        Q_EMIT countChanged();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString TimelineModel::details(const Note &note, const Session *session)
{
    const auto money = [session](std::optional<qint64> cents) {
        if (!cents)
            return QString();
        return session ? session->inputReader().formatAmount(*cents)
                       : formatting::money(*cents, formatting::displayLocale().currencySymbol());
    };
    QStringList parts;
    const auto add = [&parts](const QString &label, const QString &value) {
        if (!value.isEmpty())
            parts.append(tr("%1: %2", "a detail of a note: label, then value").arg(label, value));
    };
    switch (note.kind) {
    case NoteKind::Need:
        add(tr("For", "need: what it is for"), note.needPurpose);
        add(tr("Material or context"), note.needContext);
        add(tr("Already has"), note.needHave);
        add(tr("Needed", "need: for how long (temporary or permanent)"), note.needDuration);
        add(tr("Budget"), note.needBudget);
        break;
    case NoteKind::Purchase:
        add(tr("Items"), note.items);
        add(tr("Amount"), money(note.amountCents));
        break;
    case NoteKind::Return:
        add(tr("Item"), note.items);
        add(tr("Amount"), money(note.amountCents)); // a refund, when one was written down
        break;
    case NoteKind::Education:
        add(tr("Item"), note.items);
        break;
    case NoteKind::Conversation:
    case NoteKind::Other:
        break;
    }
    return parts.join(QStringLiteral(" · "));
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Note &note = m_rows.at(index.row());
    Session *session = Session::instance();
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole: return note.body;
    case NoteIdRole: return note.id;
    case KindRole: return toString(note.kind);
    case KindLabelRole: return formatting::noteKindLabel(note.kind);
    case DetailsRole: return details(note, session);
    case AuthorNameRole: return session ? session->staffName(note.authorId) : QString();
    case StoreNameRole: return session ? session->storeName(note.storeId) : QString();
    case WhenRole: {
        const QDateTime local = note.createdAt.toLocalTime();
        return tr("%1, %2", "when a note was written: date, time of day")
            .arg(formatting::shortDate(local.date()), formatting::timeOfDay(local.time()));
    }
    case ConflictedRole: return m_conflicted.contains(note.id);
    case MineRole: return session && !note.authorId.isEmpty() && note.authorId == session->currentStaffId();
    }
    return {};
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {{NoteIdRole, "noteId"},       {KindRole, "kind"},           {KindLabelRole, "kindLabel"},
            {BodyRole, "body"},           {DetailsRole, "details"},     {AuthorNameRole, "authorName"},
            {StoreNameRole, "storeName"}, {WhenRole, "when"},           {MineRole, "mine"},
            {ConflictedRole, "conflicted"}};
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    Session *session = Session::instance();
    if (parent.isValid() || m_exhausted || !session)
        return;
    const QList<Note> more = session->notebook()->notesForClient(m_clientId, PageSize, int(m_rows.size()));
    m_exhausted = more.size() < PageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
    Q_EMIT countChanged();
}

} // namespace rapport::ui
