#pragma once

#include "database.h"
#include "hlc.h"
#include "types.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

namespace rapport {

/** Changes to a client: only the fields set are written and recorded. */
struct ClientChanges
{
    std::optional<QString> givenName, familyName, phone, email, preferredChannel;
    std::optional<Consent> contactConsent, marketingConsent;
    std::optional<QString> sizes, brands, interests;
    std::optional<QList<ImportantDate>> importantDates;
    std::optional<QStringList> tags;
    std::optional<int> keepInTouchDays;
    std::optional<QString> homeStoreId, associateId;
};

/** A likely duplicate of a client being typed in, and why it matched. */
struct DuplicateCandidate
{
    Client client;
    QString reason; // "same phone number", "same email", "similar name"
};

/** Two live clients that are likely one person, and why (see DuplicateFinder). */
struct DuplicatePair
{
    Client first; // the one suggested to keep: created first
    Client second;
    int score = 0; // higher is likelier
    QStringList reasons; // codes: same_phone, same_email, same_name_phone, same_name_email
};

/** A merge of two clients as this device recorded it (see Notebook::mergeClients). */
struct ClientMerge
{
    QString id;
    QString keptId;
    QString otherId;
    QString keptName; // as the clients were named when merged
    QString otherName;
    QDateTime mergedAt;
    QString mergedBy; // staff id
    QDateTime undoneAt; // invalid while the merge stands
    int notesMoved = 0;
    int followUpsMoved = 0;
    bool canUndo = false; // standing, and merged within the undo window
};

/** Follow-up offered after a Purchase note: Education in three days by default. */
struct FollowUpOffer
{
    QString clientId;
    QString originNoteId;
    QDate dueDate;
    QString reason;
    FollowUpKind kind = FollowUpKind::Education;
};

/**
 * An unresolved concurrent edit of a note body: the server kept the newer text
 * on the note and the losing one here. The associate keeps the current body,
 * takes `otherBody`, or writes a merge (see Notebook::resolveConflict).
 */
struct NoteConflict
{
    QString id;
    QString noteId;
    QString clientId;
    QString otherBody; // the text that lost
    QString otherHlc; // clock of the losing text
    QDateTime otherEditedAt; // wall time of that clock
    QString otherDeviceId; // device that wrote it (from the clock)
};

/**
 * The device's notebook: every read and write the app makes. Each write runs in
 * one transaction that also records its field-level changes, clocks and search
 * index. Emits changed() after each committed write so views refresh.
 */
class Notebook : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notebook)
public:
    /** Opens the notebook in `dataDir` (creates rapport.db there). */
    [[nodiscard]] static Result<std::unique_ptr<Notebook>> open(const QString &dataDir,
                                                                Hlc::WallClock wallClock = {});
    ~Notebook() override;

    Database &database();
    QString deviceId() const;
    Hlc &clock();

    // The associate using this device; stamped on every note.
    QString currentStaffId() const;
    [[nodiscard]] Status setCurrentStaff(const QString &staffId);
    /** A preference of this device only (never synced), such as a view's filter. */
    QString localSetting(const QString &key) const;
    [[nodiscard]] Status setLocalSetting(const QString &key, const QString &value);

    /**
     * Runs many writes (demo data, imports) as one transaction with
     * synchronous=NORMAL, restoring FULL at the end: each write inside stays
     * all-or-nothing (a savepoint) but the file is synced once. Everything is
     * undone unless commit() is called. One thread, one scope at a time.
     */
    class BulkWrite
    {
    public:
        explicit BulkWrite(Notebook &notebook);
        ~BulkWrite();
        Q_DISABLE_COPY_MOVE(BulkWrite)
        bool began() const { return m_began; }
        [[nodiscard]] Status commit();

    private:
        void end();
        QSqlDatabase m_db;
        bool m_began = false;
        bool m_open = false;
    };

    // Reference data (from the server or the demo).
    QList<Store> stores() const;
    QList<Staff> staff() const;
    std::optional<Staff> staffById(const QString &id) const;
    std::optional<Store> storeById(const QString &id) const;
    [[nodiscard]] Status upsertStore(const Store &store);
    [[nodiscard]] Status upsertStaff(const Staff &staff);

    // Clients.
    [[nodiscard]] Result<Client> createClient(const ClientChanges &fields);
    [[nodiscard]] Result<Client> updateClient(const QString &clientId, const ClientChanges &changes);
    [[nodiscard]] Status deleteClient(const QString &clientId);
    std::optional<Client> client(const QString &clientId) const;
    int clientCount() const;
    /** Likely duplicates of a client being entered, best first (at most `limit`). */
    QList<DuplicateCandidate> findDuplicates(const QString &givenName, const QString &familyName,
                                             const QString &phone, const QString &email,
                                             int limit = 5) const;

    // Duplicates and merging (managers and admins only; see docs/ARCHITECTURE.md, Merging clients).
    /** Likely duplicate pairs across the whole chain, best first (at most `limit`). */
    QList<DuplicatePair> duplicatePairs(int limit = 200) const;
    /** The fields a merge chooses between, by their wire names (a consent is chosen with its stamp). */
    static QStringList mergeFields();
    /** The fields that take the other client's value by default: where it is the newer non-empty one. */
    QStringList defaultMergeChoice(const QString &keptId, const QString &otherId) const;
    /**
     * Merges `otherId` into `keptId`: the kept client takes the other's value for each field in
     * `fromOther` (mergeFields() names; nullopt = defaultMergeChoice), every note, follow-up and
     * conflict of the other moves to the kept client, and the other is emptied and left pointing
     * to the kept one (`merged_into`), all recorded for sync in one transaction. The kept client
     * starts from the earlier of the two creation times.
     */
    [[nodiscard]] Result<ClientMerge> mergeClients(const QString &keptId, const QString &otherId,
                                                   const std::optional<QStringList> &fromOther = std::nullopt);
    /** Undoes a merge made on this device within mergeUndoDays: the other client comes back with its values and records. */
    [[nodiscard]] Result<ClientMerge> undoMerge(const QString &mergeId);
    /** Merges made on this device, newest first, over the last `days` days. */
    QList<ClientMerge> recentMerges(int days = 30) const;
    static constexpr int mergeUndoDays = 30;
    /** The client a record now lives on: `clientId`, or the client it was merged into (followed to the end). */
    QString clientAfterMerges(const QString &clientId) const;

    /**
     * Erases a client (right to be forgotten; managers and admins): the client, its notes,
     * follow-ups and conflicts, and the clients merged into it, leave this device now, and the
     * erase is sent to the server, which erases them everywhere. The files are scrubbed after.
     */
    [[nodiscard]] Status eraseClient(const QString &clientId);

    // Notes. Only the author may edit or delete a note.
    [[nodiscard]] Result<Note> addNote(const Note &note); // id, author, store, times filled in
    [[nodiscard]] Result<Note> updateNote(const Note &note);
    [[nodiscard]] Status deleteNote(const QString &noteId);
    /** Brings back a note deleted in this session (undo); records it as a new write. */
    [[nodiscard]] Result<Note> restoreNote(const Note &deletedNote);
    std::optional<Note> note(const QString &noteId) const;
    /** Timeline of a client, newest first. */
    QList<Note> notesForClient(const QString &clientId, int limit = -1, int offset = 0) const;
    /** The Education follow-up to offer after a Purchase note (nullopt for other kinds). */
    std::optional<FollowUpOffer> followUpOfferFor(const Note &note) const;

    // Conflicts on note bodies (made by the server, pulled like any entity).
    /** Unresolved conflicts of a note, oldest losing edit first. */
    QList<NoteConflict> conflictsForNote(const QString &noteId) const;
    /** Unresolved conflicts on the (live) notes of a client. */
    QList<NoteConflict> conflictsForClient(const QString &clientId) const;
    /**
     * Settles a conflict: the note body becomes `chosenBody` (the current body to
     * keep it, NoteConflict::otherBody to take the other one, or a merged text)
     * and the conflict is marked resolved, both recorded for sync in one
     * transaction. Only the note's author may change the body.
     */
    [[nodiscard]] Result<Note> resolveConflict(const QString &conflictId, const QString &chosenBody);

    // Follow-ups.
    [[nodiscard]] Result<FollowUp> addFollowUp(const FollowUp &followUp);
    /**
     * Marks done at `doneAt` (now when not given; the demo writes its history with past
     * times); a finished keep-in-touch schedules the next one from the client's interval.
     */
    [[nodiscard]] Result<FollowUp> completeFollowUp(const QString &followUpId, const QDateTime &doneAt = {});
    [[nodiscard]] Result<FollowUp> snoozeFollowUp(const QString &followUpId, int days);
    [[nodiscard]] Result<FollowUp> cancelFollowUp(const QString &followUpId);
    std::optional<FollowUp> followUp(const QString &followUpId) const;
    /** Open and snoozed follow-ups of a client, soonest first. */
    QList<FollowUp> openFollowUpsForClient(const QString &clientId) const;
    /** Open and snoozed follow-ups due up to `until` (overdue included), soonest first. */
    QList<FollowUp> followUpsDueBy(const QDate &until, const QString &assigneeId = {}) const;
    /** The same for every follow-up assigned to someone of store `storeId`. */
    QList<FollowUp> followUpsDueInStore(const QDate &until, const QString &storeId) const;
    /**
     * Undo of done / snooze / cancel: puts back the status, due date and done time
     * the follow-up had (`before`) as a new write, and deletes the follow-ups in
     * `madeSince` (a keep-in-touch finished makes the next one).
     */
    [[nodiscard]] Result<FollowUp> restoreFollowUp(const FollowUp &before, const QStringList &madeSince = {});

    // Outbox (read by the sync engine and by tests).
    QList<Mutation> pendingMutations(int limit = 500) const;
    int pendingMutationCount() const;
    /** Waiting changes made by one person (see Mutation::staffId). */
    int pendingMutationCount(const QString &staffId) const;
    /** Removes outbox rows up to `mid` once the server has acknowledged them. */
    [[nodiscard]] Status acknowledgeMutations(qint64 upToMid);

    // Sync: pulled changes. Applied field by field, last writer wins by clock
    // (hlc text compare = (hlc, device id)); deletes and erasures win. Recording
    // is suspended while applying, so echoes change nothing. The page and its
    // cursor commit in one transaction. Safe to call from a worker thread.
    struct RemoteChange
    {
        QString entity;
        QString entityId;
        QString op; // upsert | delete | erase
        QString hlc;
        QJsonObject fields;
    };
    // A page with an erase is followed by scrubFiles(), so the erased text is
    // nowhere in the files when this returns.
    [[nodiscard]] Status applyRemotePage(const QList<RemoteChange> &changes, const QString &cursor);
    QString pullCursor() const;

    /**
     * Where a fresh device's snapshot stands (docs/ARCHITECTURE.md, Snapshot): the server's
     * token for the next page, and entries applied of the snapshot's total (0: not known).
     * An empty `next` means no snapshot is under way.
     */
    struct SnapshotProgress
    {
        QString next;
        qint64 applied = 0;
        qint64 total = 0;
    };
    SnapshotProgress snapshotProgress() const;
    /**
     * True when the device holds a client, note, follow-up or conflict, live or deleted. A
     * snapshot leaves out what was deleted or erased before it was taken, so only a device
     * holding none of these (or one resuming its snapshot) may start from one: a record made
     * here before the snapshot, and deleted or erased on the server since, would stay.
     */
    bool holdsRecords() const;
    /**
     * Applies one snapshot page: `records` are upserts (a record's fields split by the clock they
     * were written at, its row clock first), merged field by field as a pulled page is, with the
     * same search indexing; where the snapshot stands commits in the same transaction, so an app
     * killed between pages resumes from `progress.next`. An empty `progress.next` ends the
     * snapshot: the pull cursor becomes `cursor`, and pulls bring what changed during it.
     * Safe to call from a worker thread.
     */
    [[nodiscard]] Status applySnapshotPage(const QList<RemoteChange> &records, const SnapshotProgress &progress,
                                           const QString &cursor);

    /** How far the note search index has come: live notes indexed of all live notes. */
    struct NoteIndexProgress
    {
        qint64 indexed = 0;
        qint64 total = 0;
        bool complete = true; // every live note is in the index
    };
    /**
     * A pulled page that adds at least `notes` notes (0: never) stores them
     * without their search index, which indexWaitingNotes() fills afterwards.
     */
    void setNoteIndexDeferThreshold(int notes);
    /** What one batch of indexWaitingNotes() did. */
    struct NoteIndexBatch
    {
        qint64 indexed = 0; // live notes this batch added to the index
        bool complete = true; // none waits any more
    };
    /**
     * Indexes the next `batch` notes still waiting for the search index, in one
     * transaction that also records how far it got (an app killed between
     * batches continues from there). Its cost follows the batch, not the number
     * of notes (no counting): a caller showing progress counts once with
     * noteIndexProgress() and adds each batch. Safe to call from a worker thread.
     */
    [[nodiscard]] Result<NoteIndexBatch> indexWaitingNotes(int batch = 5000);
    NoteIndexProgress noteIndexProgress() const;
    /** True when every live note is in the search index (one look-up, no counting). */
    bool noteIndexComplete() const;

    /**
     * Empties the device (sign-out, revocation, full resync): every row of every
     * table, the search index, the outbox, the pull cursor and the signed-in
     * staff go; then the files are scrubbed. Only the device id and its clock
     * stay (the clock must never run backwards, and outbox ids keep rising).
     */
    [[nodiscard]] Status wipe();

    /**
     * After a clock correction (the server refused a push for clock skew): when
     * the device clock ran ahead of `nowMs + toleranceMs`, rewinds it to `nowMs`
     * and gives every outbox row stamped beyond that limit a fresh clock, in mid
     * order, moving the field clocks and the base clocks of later rows along.
     * Returns how many rows were re-stamped.
     */
    [[nodiscard]] Result<int> restampPending(qint64 nowMs, qint64 toleranceMs = 0);

    /**
     * Leaves no copy of deleted text in the files: merges the full-text indexes,
     * vacuums and truncates the WAL. Runs outside any transaction.
     */
    [[nodiscard]] Status scrubFiles();

Q_SIGNALS:
    void changed();

private:
    void notifyChanged();
    /** A pulled page or snapshot page in one transaction, ending with `bookkeeping` (where sync stands). */
    [[nodiscard]] Status applyRemoteChanges(const QList<RemoteChange> &changes,
                                            const std::function<Status(const QSqlDatabase &)> &bookkeeping);
    explicit Notebook(Database db, const QString &deviceId, Hlc::WallClock wallClock);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rapport
