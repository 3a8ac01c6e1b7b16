#pragma once

#include "inputreader.h"
#include "notedrafts.h"

#include "core/notebook.h"

#include <QDate>
#include <QLocale>
#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace rapport::ui {

/**
 * The notebook as QML sees it: who is using the tablet and every action the
 * floor staff can take. main() makes the one instance and injects it before the
 * engine loads; QML reaches it as the `Session` singleton. Each action returns
 * whether it worked and leaves a message a person can act on in lastError.
 */
class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_DISABLE_COPY_MOVE(Session)

    Q_PROPERTY(QString currentStaffId READ currentStaffId NOTIFY currentStaffChanged)
    Q_PROPERTY(QString currentStaffName READ currentStaffName NOTIFY currentStaffChanged)
    Q_PROPERTY(QString currentStoreName READ currentStoreName NOTIFY currentStaffChanged)
    Q_PROPERTY(bool needsStaff READ needsStaff NOTIFY currentStaffChanged)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString startPage READ startPage CONSTANT)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY canUndoChanged)
    Q_PROPERTY(int clientCount READ clientCount NOTIFY dataChanged)
    Q_PROPERTY(QString todayScope READ todayScope WRITE setTodayScope NOTIFY todayScopeChanged)
    Q_PROPERTY(QString currentStoreId READ currentStoreId NOTIFY currentStaffChanged)
    Q_PROPERTY(QString currentRole READ currentRole NOTIFY roleChanged)
    Q_PROPERTY(bool canManage READ canManage NOTIFY roleChanged)

public:
    Session(Notebook *notebook, QString dataDir, QString startPage = {}, QObject *parent = nullptr);
    ~Session() override;

    /** The instance QML receives; set by main() (or a test) before loading QML. */
    static void setInstance(Session *session);
    static Session *instance();
    static Session *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    Notebook *notebook() const { return m_notebook; }

    QString currentStaffId() const;
    QString currentStaffName() const;
    QString currentStoreName() const;
    bool needsStaff() const;
    QString dataDir() const { return m_dataDir; }
    QString version() const;
    QString startPage() const { return m_startPage; }
    QString lastError() const { return m_lastError; }
    bool canUndo() const { return m_deletedNote.has_value(); }
    int clientCount() const;
    /**
     * Whose follow-ups Today shows: "mine", "store" or "everyone". Remembered
     * per person on this device; until chosen, associates see their own and
     * managers their store's.
     */
    QString todayScope() const;
    void setTodayScope(const QString &scope);
    QString currentStoreId() const;
    /**
     * The current staff member's role ("associate", "manager", "admin") as the
     * device knows it: from the staff rows pulled from the server, or the demo's
     * or first run's own on a device without one. Empty when nobody is chosen.
     */
    QString currentRole() const { return m_role; }
    /** Managers and admins get the Manage pages; the server enforces the same roles. */
    bool canManage() const { return m_role == QLatin1String("manager") || m_role == QLatin1String("admin"); }

    Q_INVOKABLE bool setCurrentStaff(const QString &staffId);
    /**
     * On: people sign in on this tablet with their own password, and only that makes someone
     * the writer (setCurrentStaff refuses). Off: the local staff list of a tablet without a server.
     */
    void setStaffChosenBySignIn(bool on) { m_staffChosenBySignIn = on; }
    /** First run without a staff list: adds this person (and a local store if none) and picks them. */
    Q_INVOKABLE bool addLocalStaff(const QString &name);
    Q_INVOKABLE QString staffName(const QString &staffId) const;
    Q_INVOKABLE QString storeName(const QString &storeId) const;
    /** The client seen most recently (for opening straight into a client). */
    Q_INVOKABLE QString mostRecentClientId() const;

    /** Creates a client from form fields; returns its id, or "" with lastError set. */
    Q_INVOKABLE QString createClient(const QVariantMap &fields);
    Q_INVOKABLE bool updateClient(const QString &clientId, const QVariantMap &fields);
    /**
     * Hands clients over to another associate with a note of it in each timeline (core's
     * Handover); managers and admins only. Announces how many on success.
     */
    Q_INVOKABLE bool reassignClients(const QStringList &clientIds, const QString &toStaffId, const QString &reason = {});
    /** The same for every client of `fromStaffId`'s book. */
    Q_INVOKABLE bool reassignBook(const QString &fromStaffId, const QString &toStaffId, const QString &reason = {});
    /** Records consent ("given" / "withdrawn") for "contact" or "marketing", stamped with who and when. */
    Q_INVOKABLE bool setConsent(const QString &clientId, const QString &which, const QString &state);

    /**
     * Adds a note of the current associate. Returns {ok, noteId, offerDue, offerReason}:
     * after a Purchase, offerDue/offerReason describe the Education follow-up to offer.
     */
    Q_INVOKABLE QVariantMap addNote(const QVariantMap &fields);
    Q_INVOKABLE bool updateNote(const QString &noteId, const QVariantMap &fields);
    /** Deletes a note; undoDelete() brings it back. */
    Q_INVOKABLE bool deleteNote(const QString &noteId);
    Q_INVOKABLE bool undoDelete();
    /** Fields of a note for the edit form. */
    Q_INVOKABLE QVariantMap noteFields(const QString &noteId) const;

    /**
     * Unresolved "edited on two devices at once" conflicts of a note, oldest
     * first: [{conflictId, otherBody, otherEditedText}]. The current body is in
     * noteFields(noteId).body.
     */
    Q_INVOKABLE QVariantList noteConflicts(const QString &noteId) const;
    /** Keeps `chosenBody` (this device's text, the other one, or a merge) and settles the conflict. */
    Q_INVOKABLE bool resolveConflict(const QString &conflictId, const QString &chosenBody);

    /** Tells views the current staff may have changed underneath (sign-in, first sync, wipe). */
    void refreshCurrentStaff();

    /** Accepts the follow-up offered after a purchase, with the date the associate chose. */
    Q_INVOKABLE bool acceptFollowUpOffer(const QString &noteId, const QDate &dueDate, const QString &reason);
    /** A follow-up added by hand; assigned to the current staff member unless `assigneeId` is given. */
    Q_INVOKABLE bool addFollowUp(const QString &clientId, const QDate &dueDate, const QString &reason,
                                 const QString &assigneeId = {});
    /**
     * Marks a follow-up done and leaves a line in the client's timeline: a
     * Conversation note "Follow-up done: <reason>", with the outcome when one
     * is given. A note rather than a new follow-up field: it syncs, shows and
     * can be corrected like every other note without a wire change.
     */
    Q_INVOKABLE bool completeFollowUp(const QString &followUpId, const QString &outcome = {});
    Q_INVOKABLE bool snoozeFollowUp(const QString &followUpId, int days);
    Q_INVOKABLE bool cancelFollowUp(const QString &followUpId);
    /** Takes back the last done / snooze / cancel / consent change (announced by undoableNotice). */
    Q_INVOKABLE bool undoLastAction();

    Q_INVOKABLE QDate today() const { return QDate::currentDate(); }
    Q_INVOKABLE QDate addDays(const QDate &date, int days) const { return date.addDays(days); }
    Q_INVOKABLE QString formatDate(const QDate &date) const;
    /** Parses a date typed as YYYY-MM-DD; invalid when it is not one. */
    Q_INVOKABLE QDate parseDate(const QString &text) const;

    /** Reads a typed amount: {ok, understood ("$12.50"), problem}; ok and nothing else when empty. */
    Q_INVOKABLE QVariantMap readAmount(const QString &text) const;
    /**
     * Reads the important dates field, one "Label: date" per line: one entry per
     * line, {label, understood ("Birthday: 12 April, every year"), problem}.
     */
    Q_INVOKABLE QVariantList readImportantDates(const QString &text) const;
    /**
     * What keeps the client form from saving, by field name (givenName,
     * importantDates): a sentence for each; empty when it can be saved.
     */
    Q_INVOKABLE QVariantMap clientProblems(const QVariantMap &fields) const;
    /** The same for the note form (body, amount). */
    Q_INVOKABLE QVariantMap noteProblems(const QVariantMap &fields) const;
    /**
     * The search text as the new client's name when it reads like one
     * ({givenName, familyName}); empty for phone numbers, emails, tags.
     */
    Q_INVOKABLE QVariantMap nameFromSearch(const QString &query) const;

    /** The note being written for a client, kept as it is typed (see NoteDrafts). */
    Q_INVOKABLE void keepNoteDraft(const QString &clientId, const QVariantMap &fields);
    Q_INVOKABLE QVariantMap noteDraft(const QString &clientId);
    Q_INVOKABLE void discardNoteDraft(const QString &clientId);
    /**
     * The same for changes to an existing note, offered back when that note is
     * edited again; not offered once the note has changed since (a colleague's
     * edit, a sync), which a stale draft would silently overwrite.
     */
    Q_INVOKABLE void keepNoteEditDraft(const QString &noteId, const QVariantMap &fields);
    Q_INVOKABLE QVariantMap noteEditDraft(const QString &noteId);
    Q_INVOKABLE void discardNoteEditDraft(const QString &noteId);
    NoteDrafts &noteDrafts() { return m_drafts; }
    /** Drops every note draft: client text must not outlive a wipe or a sign-out. */
    void forgetNoteDrafts();

    /** The reader for typed dates and amounts, in the tablet's locale and today's date. */
    [[nodiscard]] InputReader inputReader() const;

Q_SIGNALS:
    void currentStaffChanged();
    void lastErrorChanged();
    void canUndoChanged();
    void dataChanged();
    /** A short message for the snackbar after an action taken from a list row. */
    void notice(const QString &text);
    /** The same for a change that undoLastAction() can take back for a few seconds. */
    void undoableNotice(const QString &text);
    void todayScopeChanged();
    void roleChanged();
    /** A note draft was kept or discarded. */
    void noteDraftsChanged();

private:
    bool fail(const QString &message);
    bool failWithNotice(const QString &message);
    void clearError();
    void rememberFollowUpUndo(const FollowUp &before);

    Notebook *m_notebook;
    QString m_dataDir;
    QString m_startPage;
    QString m_lastError;
    std::optional<Note> m_deletedNote;
    std::function<bool()> m_undoLast; // the last one-tap change, taken back; empty when none
    QLocale m_locale; // the store's: its currency is the one amounts are recorded in
    NoteDrafts m_drafts;
    bool m_staffChosenBySignIn = false;
    QString m_role;
    void updateRole();
};

} // namespace rapport::ui
