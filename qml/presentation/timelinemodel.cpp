#include "timelinemodel.h"

#include "formatting.h"
#include "language.h"
#include "session.h"

#include <QLocale>

namespace rapport::ui {

TimelineModel::TimelineModel(QObject *parent) : PagedListModel<Note>(parent)
{
    if (Session *session = Session::instance()) {
        connect(session->notebook(), &Notebook::changed, this, &TimelineModel::refresh);
        connect(session, &Session::currentStaffChanged, this, &TimelineModel::refresh);
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
    readConflicts();
    reload();
}

QList<Note> TimelineModel::readPage(int offset, int limit)
{
    Session *session = Session::instance();
    if (!session || m_clientId.isEmpty())
        return {};
    return session->notebook()->notesForClient(m_clientId, limit, offset);
}

bool TimelineModel::sameRow(const Note &a, const Note &b) const
{
    // Any edit of a note moves its updated_at (a synced edit brings the writer's).
    return a.updatedAt == b.updatedAt && a.body == b.body && a.kind == b.kind && a.items == b.items
        && a.amountCents == b.amountCents && a.authorId == b.authorId && a.storeId == b.storeId;
}

void TimelineModel::readConflicts()
{
    m_conflicted.clear();
    Session *session = Session::instance();
    if (!session || m_clientId.isEmpty())
        return;
    const auto conflicts = session->notebook()->conflictsForClient(m_clientId);
    for (const NoteConflict &conflict : conflicts)
        m_conflicted.insert(conflict.noteId);
}

void TimelineModel::refresh()
{
    readConflicts();
    update();
    // Whose the notes are follows the person using the tablet; conflicts come and go by sync.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {MineRole, ConflictedRole});
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
    const Note &note = rows().at(index.row());
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

} // namespace rapport::ui
