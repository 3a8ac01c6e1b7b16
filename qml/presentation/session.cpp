#include "session.h"

#include "formatting.h"
#include "formcheck.h"
#include "syncstatus.h"

#include "core/clientsearch.h"
#include "core/handover.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcUi, "rapport.ui")

namespace rapport::ui {

using formcheck::DateLine;
using formcheck::problemOf;
using formcheck::readDateLines;

namespace {
Session *s_instance = nullptr;

QString text(const QVariantMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toString().trimmed();
}

bool has(const QVariantMap &map, const char *key)
{
    return map.contains(QLatin1String(key));
}

ClientChanges changesFrom(const QVariantMap &fields, const InputReader &reader)
{
    ClientChanges changes;
    if (has(fields, "givenName")) changes.givenName = text(fields, "givenName");
    if (has(fields, "familyName")) changes.familyName = text(fields, "familyName");
    if (has(fields, "phone")) changes.phone = text(fields, "phone");
    if (has(fields, "email")) changes.email = text(fields, "email");
    if (has(fields, "preferredChannel")) changes.preferredChannel = text(fields, "preferredChannel");
    if (has(fields, "sizes")) changes.sizes = text(fields, "sizes");
    if (has(fields, "brands")) changes.brands = text(fields, "brands");
    if (has(fields, "interests")) changes.interests = text(fields, "interests");
    if (has(fields, "importantDates")) {
        QList<ImportantDate> dates;
        for (const DateLine &line : readDateLines(text(fields, "importantDates"), reader))
            if (line.reading.date)
                dates.append({line.label, *line.reading.date, line.reading.yearKnown});
        changes.importantDates = dates;
    }
    if (has(fields, "tags")) {
        QStringList tags;
        const auto parts = text(fields, "tags").split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &tag : parts)
            if (!tag.trimmed().isEmpty())
                tags.append(tag.trimmed());
        changes.tags = tags;
    }
    if (has(fields, "keepInTouchDays"))
        changes.keepInTouchDays = fields.value(QStringLiteral("keepInTouchDays")).toInt();
    if (has(fields, "homeStoreId")) changes.homeStoreId = text(fields, "homeStoreId");
    if (has(fields, "associateId")) changes.associateId = text(fields, "associateId");
    return changes;
}
} // namespace

Session::Session(Notebook *notebook, QString dataDir, QString startPage, QObject *parent)
    : QObject(parent), m_notebook(notebook), m_dataDir(std::move(dataDir)), m_startPage(std::move(startPage)),
      // The store's currency is the tablet's own (the system locale), whatever language a person picks;
      // the C locale (a tablet without a language set) has none, American English has one.
      m_locale(QLocale::system().language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                          : QLocale::system()),
      m_drafts(m_dataDir)
{
    connect(m_notebook, &Notebook::changed, this, &Session::dataChanged);
    connect(this, &Session::currentStaffChanged, this, &Session::todayScopeChanged);
    // A pull may change the person's role (set-role on the server) without changing who they are.
    connect(m_notebook, &Notebook::changed, this, &Session::updateRole);
    connect(this, &Session::currentStaffChanged, this, &Session::updateRole);
    updateRole();
}

void Session::updateRole()
{
    const auto staff = m_notebook->staffById(currentStaffId());
    const QString role = staff ? toString(staff->role) : QString();
    if (role == m_role)
        return;
    m_role = role;
    Q_EMIT roleChanged();
}

QString Session::currentStoreId() const
{
    const auto staff = m_notebook->staffById(currentStaffId());
    return staff ? staff->storeId : QString();
}

Session::~Session()
{
    if (s_instance == this)
        s_instance = nullptr;
}

void Session::setInstance(Session *session)
{
    s_instance = session;
}

Session *Session::instance()
{
    return s_instance;
}

Session *Session::create(QQmlEngine *, QJSEngine *jsEngine)
{
    Q_ASSERT_X(s_instance, "Session::create", "main() must make the Session before QML loads");
    // main() owns the session; the engine must never delete it.
    jsEngine->setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString Session::currentStaffId() const
{
    return m_notebook->currentStaffId();
}

QString Session::currentStaffName() const
{
    return staffName(currentStaffId());
}

QString Session::currentStoreName() const
{
    const auto staff = m_notebook->staffById(currentStaffId());
    return staff ? storeName(staff->storeId) : QString();
}

bool Session::needsStaff() const
{
    return !m_notebook->staffById(currentStaffId()).has_value();
}

QString Session::version() const
{
    return QCoreApplication::applicationVersion();
}

int Session::clientCount() const
{
    return m_notebook->clientCount();
}

QString Session::todayScope() const
{
    const auto staff = m_notebook->staffById(currentStaffId());
    if (!staff)
        return QStringLiteral("everyone");
    const QString chosen = m_notebook->localSetting(QStringLiteral("today_scope.") + staff->id);
    if (chosen == QLatin1String("mine") || chosen == QLatin1String("store") || chosen == QLatin1String("everyone"))
        return chosen;
    return staff->role == StaffRole::Associate ? QStringLiteral("mine") : QStringLiteral("store");
}

void Session::setTodayScope(const QString &scope)
{
    if (scope == todayScope() || currentStaffId().isEmpty())
        return;
    if (scope != QLatin1String("mine") && scope != QLatin1String("store") && scope != QLatin1String("everyone")) {
        fail(tr("Show mine, my store or everyone."));
        return;
    }
    if (const Status status = m_notebook->setLocalSetting(QStringLiteral("today_scope.") + currentStaffId(), scope);
        !status) {
        fail(status.errorMessage());
        return;
    }
    Q_EMIT todayScopeChanged();
}

bool Session::setCurrentStaff(const QString &staffId)
{
    if (m_staffChosenBySignIn && staffId != currentStaffId())
        return fail(tr("On this tablet each person signs in with their own password. Use Switch "
                                   "person, then sign in or type your PIN."));
    if (const Status status = m_notebook->setCurrentStaff(staffId); !status)
        return fail(status.errorMessage());
    clearError();
    Q_EMIT currentStaffChanged();
    return true;
}

bool Session::addLocalStaff(const QString &name)
{
    if (name.trimmed().isEmpty())
        return fail(tr("Type your name so your notes are signed."));
    QList<Store> stores = m_notebook->stores();
    if (stores.isEmpty()) {
        const Store store{newUuidV7(), tr("This store", "name of the one store of a tablet used without a server"), QString()};
        if (const Status status = m_notebook->upsertStore(store); !status)
            return fail(status.errorMessage());
        stores.append(store);
    }
    Staff staff;
    staff.id = newUuidV7();
    staff.storeId = stores.first().id;
    staff.name = name.trimmed();
    if (const Status status = m_notebook->upsertStaff(staff); !status)
        return fail(status.errorMessage());
    return setCurrentStaff(staff.id);
}

QString Session::staffName(const QString &staffId) const
{
    const auto staff = m_notebook->staffById(staffId);
    return staff ? staff->name : QString();
}

QString Session::storeName(const QString &storeId) const
{
    const auto store = m_notebook->storeById(storeId);
    return store ? store->name : QString();
}

QString Session::mostRecentClientId() const
{
    const auto recent = ClientSearch(m_notebook->database().connection()).page(QString(), 0, 1);
    return recent.isEmpty() ? QString() : recent.first().id;
}

QString Session::createClient(const QVariantMap &fields)
{
    QVariantMap checked = fields;
    checked.insert(QStringLiteral("givenName"), text(fields, "givenName")); // a new client always needs a name
    if (const QVariantMap problems = clientProblems(checked); !problems.isEmpty()) {
        fail(problems.first().toString());
        return QString();
    }
    ClientChanges changes = changesFrom(fields, inputReader());
    if (!changes.homeStoreId) {
        const auto staff = m_notebook->staffById(currentStaffId());
        if (staff)
            changes.homeStoreId = staff->storeId;
    }
    if (!changes.associateId && !currentStaffId().isEmpty())
        changes.associateId = currentStaffId();
    const Result<Client> created = m_notebook->createClient(changes);
    if (!created) {
        fail(created.errorMessage());
        return QString();
    }
    clearError();
    return created->id;
}

bool Session::updateClient(const QString &clientId, const QVariantMap &fields)
{
    if (const QVariantMap problems = clientProblems(fields); !problems.isEmpty())
        return fail(problems.first().toString());
    if (has(fields, "associateId")) {
        // Giving a client to someone else is a handover (the server refuses an associate's too).
        const QString to = text(fields, "associateId");
        const auto before = m_notebook->client(clientId);
        if (before && to != before->associateId && to != currentStaffId())
            if (const QString refused = Handover::refusal(*m_notebook); !refused.isEmpty())
                return fail(refused);
    }
    const Result<Client> updated = m_notebook->updateClient(clientId, changesFrom(fields, inputReader()));
    if (!updated)
        return fail(updated.errorMessage());
    clearError();
    return true;
}

bool Session::reassignClients(const QStringList &clientIds, const QString &toStaffId, const QString &reason)
{
    const Result<int> handed = Handover(*m_notebook).reassign(clientIds, toStaffId, reason);
    if (!handed)
        return fail(handed.errorMessage());
    clearError();
    const QString to = staffName(toStaffId);
    if (*handed > 0)
        SyncStatus::reportActivity(QStringLiteral("reassign"),
                                   QStringLiteral("%1 client(s) handed over to %2").arg(*handed).arg(to), toStaffId);
    Q_EMIT notice(*handed == 1 ? tr("1 client handed over to %1.").arg(to)
                               : tr("%n clients handed over to %1.", nullptr, *handed).arg(to));
    return true;
}

bool Session::reassignBook(const QString &fromStaffId, const QString &toStaffId, const QString &reason)
{
    const Result<int> handed = Handover(*m_notebook).reassignBook(fromStaffId, toStaffId, reason);
    if (!handed)
        return fail(handed.errorMessage());
    clearError();
    if (*handed > 0)
        SyncStatus::reportActivity(QStringLiteral("reassign"),
                                   QStringLiteral("The book of %1 (%2 clients) handed over to %3")
                                       .arg(staffName(fromStaffId))
                                       .arg(*handed)
                                       .arg(staffName(toStaffId)),
                                   fromStaffId);
    Q_EMIT notice(tr("%1's book (%n clients) handed over to %2.", nullptr, *handed)
                      .arg(staffName(fromStaffId), staffName(toStaffId)));
    return true;
}

bool Session::setConsent(const QString &clientId, const QString &which, const QString &state)
{
    if (state != QLatin1String("given") && state != QLatin1String("withdrawn") && !state.isEmpty())
        return fail(tr("Consent is either given or withdrawn."));
    const bool contact = which == QLatin1String("contact");
    if (!contact && which != QLatin1String("marketing"))
        return fail(tr("Unknown consent \"%1\"; choose contact or marketing.").arg(which));
    const auto before = m_notebook->client(clientId);
    if (!before)
        return fail(tr("This client no longer exists; the consent was not recorded."));
    const Consent previous = contact ? before->contactConsent : before->marketingConsent;
    const auto write = [this, clientId, contact](const Consent &consent) {
        ClientChanges changes;
        (contact ? changes.contactConsent : changes.marketingConsent) = consent;
        return m_notebook->updateClient(clientId, changes);
    };
    const Result<Client> updated = write(Consent{state, QDateTime::currentDateTimeUtc(), currentStaffId()});
    if (!updated)
        return fail(updated.errorMessage());
    clearError();
    // Undo puts back the consent as it was, with its original stamp.
    m_undoLast = [this, write, previous]() {
        const Result<Client> restored = write(previous);
        return restored ? true : fail(restored.errorMessage());
    };
    const bool withdrawn = state == QLatin1String("withdrawn");
    Q_EMIT undoableNotice(contact ? (withdrawn ? tr("Contact consent withdrawn.") : tr("Contact consent recorded as given."))
                                  : (withdrawn ? tr("Marketing consent withdrawn.")
                                               : tr("Marketing consent recorded as given.")));
    return true;
}

static Result<Note> noteFrom(const QVariantMap &fields, Note note, const InputReader &reader)
{
    if (has(fields, "kind")) {
        const auto kind = noteKindFromString(text(fields, "kind"));
        if (!kind)
            return Error{QCoreApplication::translate("Session", "Pick what kind of note this is: need, conversation, purchase, "
                                        "education, return or other.")};
        note.kind = *kind;
    }
    if (has(fields, "body")) note.body = text(fields, "body");
    if (has(fields, "needPurpose")) note.needPurpose = text(fields, "needPurpose");
    if (has(fields, "needContext")) note.needContext = text(fields, "needContext");
    if (has(fields, "needHave")) note.needHave = text(fields, "needHave");
    if (has(fields, "needDuration")) note.needDuration = text(fields, "needDuration");
    if (has(fields, "needBudget")) note.needBudget = text(fields, "needBudget");
    if (has(fields, "items")) note.items = text(fields, "items");
    if (has(fields, "amount")) {
        const QString amountText = text(fields, "amount");
        if (amountText.isEmpty()) {
            note.amountCents.reset();
        } else {
            const AmountReading amount = reader.readAmount(amountText);
            if (!amount.cents)
                return Error{amount.problem};
            note.amountCents = amount.cents;
        }
    }
    const bool empty = note.body.isEmpty() && note.needPurpose.isEmpty() && note.needContext.isEmpty()
        && note.needHave.isEmpty() && note.needBudget.isEmpty() && note.items.isEmpty();
    if (empty)
        return Error{QCoreApplication::translate("Session", "The note is empty; write what happened before saving.")};
    return note;
}

QVariantMap Session::addNote(const QVariantMap &fields)
{
    QVariantMap result{{QStringLiteral("ok"), false}};
    if (needsStaff()) {
        fail(tr("Choose who is using this tablet in Settings first; every note is signed."));
        return result;
    }
    Note draft;
    draft.clientId = text(fields, "clientId");
    const Result<Note> note = noteFrom(fields, draft, inputReader());
    if (!note) {
        fail(note.errorMessage());
        return result;
    }
    const Result<Note> added = m_notebook->addNote(*note);
    if (!added) {
        fail(added.errorMessage());
        return result;
    }
    clearError();
    result[QStringLiteral("ok")] = true;
    result[QStringLiteral("noteId")] = added->id;
    if (const auto offer = m_notebook->followUpOfferFor(*added)) {
        result[QStringLiteral("offerDue")] = offer->dueDate;
        result[QStringLiteral("offerReason")] = offer->reason;
    }
    return result;
}

bool Session::updateNote(const QString &noteId, const QVariantMap &fields)
{
    const auto existing = m_notebook->note(noteId);
    if (!existing)
        return fail(tr("This note no longer exists; it may have been deleted on another tablet."));
    const Result<Note> note = noteFrom(fields, *existing, inputReader());
    if (!note)
        return fail(note.errorMessage());
    const Result<Note> updated = m_notebook->updateNote(*note);
    if (!updated)
        return fail(updated.errorMessage());
    clearError();
    return true;
}

bool Session::deleteNote(const QString &noteId)
{
    const auto existing = m_notebook->note(noteId);
    if (!existing)
        return fail(tr("This note no longer exists; it may have been deleted on another tablet."));
    if (const Status status = m_notebook->deleteNote(noteId); !status)
        return fail(status.errorMessage());
    m_deletedNote = *existing;
    clearError();
    Q_EMIT canUndoChanged();
    return true;
}

bool Session::undoDelete()
{
    if (!m_deletedNote)
        return fail(tr("There is nothing to undo."));
    const Result<Note> restored = m_notebook->restoreNote(*m_deletedNote);
    if (!restored)
        return fail(restored.errorMessage());
    m_deletedNote.reset();
    clearError();
    Q_EMIT canUndoChanged();
    return true;
}

QVariantMap Session::noteFields(const QString &noteId) const
{
    const auto note = m_notebook->note(noteId);
    if (!note)
        return {};
    return {
        {QStringLiteral("noteId"), note->id},
        {QStringLiteral("clientId"), note->clientId},
        {QStringLiteral("kind"), toString(note->kind)},
        {QStringLiteral("body"), note->body},
        {QStringLiteral("needPurpose"), note->needPurpose},
        {QStringLiteral("needContext"), note->needContext},
        {QStringLiteral("needHave"), note->needHave},
        {QStringLiteral("needDuration"), note->needDuration},
        {QStringLiteral("needBudget"), note->needBudget},
        {QStringLiteral("items"), note->items},
        {QStringLiteral("amount"), formatting::amountInput(note->amountCents)},
    };
}

QVariantList Session::noteConflicts(const QString &noteId) const
{
    QVariantList conflicts;
    const auto list = m_notebook->conflictsForNote(noteId);
    for (const NoteConflict &conflict : list) {
        const QDateTime local = conflict.otherEditedAt.toLocalTime();
        const QString when = local.isValid()
            ? tr("%1, %2", "when the other text was written: date, time of day")
                  .arg(formatting::shortDate(local.date()), formatting::timeOfDay(local.time()))
            : QString();
        conflicts.append(QVariantMap{{QStringLiteral("conflictId"), conflict.id},
                                     {QStringLiteral("otherBody"), conflict.otherBody},
                                     {QStringLiteral("otherEditedText"), when}});
    }
    return conflicts;
}

bool Session::resolveConflict(const QString &conflictId, const QString &chosenBody)
{
    if (chosenBody.trimmed().isEmpty())
        return fail(tr("The note would be empty; keep one of the texts or write the merge."));
    const Result<Note> resolved = m_notebook->resolveConflict(conflictId, chosenBody.trimmed());
    if (!resolved)
        return fail(resolved.errorMessage());
    clearError();
    return true;
}

void Session::refreshCurrentStaff()
{
    Q_EMIT currentStaffChanged();
    Q_EMIT dataChanged();
}

bool Session::acceptFollowUpOffer(const QString &noteId, const QDate &dueDate, const QString &reason)
{
    const auto note = m_notebook->note(noteId);
    if (!note)
        return fail(tr("The purchase note is gone, so the follow-up was not added."));
    const auto offer = m_notebook->followUpOfferFor(*note);
    if (!offer)
        return fail(tr("Only purchases come with an education follow-up."));
    if (!dueDate.isValid())
        return fail(tr("Pick the day to follow up, for example %1.")
                        .arg(formatting::shortDate(offer->dueDate)));
    FollowUp followUp;
    followUp.clientId = offer->clientId;
    followUp.originNoteId = offer->originNoteId;
    followUp.kind = offer->kind;
    followUp.dueDate = dueDate;
    followUp.reason = reason.trimmed().isEmpty() ? offer->reason : reason.trimmed();
    followUp.assigneeId = currentStaffId();
    const Result<FollowUp> added = m_notebook->addFollowUp(followUp);
    if (!added)
        return fail(added.errorMessage());
    clearError();
    return true;
}

bool Session::addFollowUp(const QString &clientId, const QDate &dueDate, const QString &reason,
                          const QString &assigneeId)
{
    if (clientId.isEmpty())
        return fail(tr("Pick the client to follow up."));
    if (!assigneeId.isEmpty() && !m_notebook->staffById(assigneeId))
        return fail(tr("The chosen colleague is not on this device's staff list; pick another."));
    if (!dueDate.isValid())
        return fail(tr("Pick the day to follow up."));
    if (reason.trimmed().isEmpty())
        return fail(tr("Say why to follow up, so whoever does it knows what to ask."));
    FollowUp followUp;
    followUp.clientId = clientId;
    followUp.dueDate = dueDate;
    followUp.reason = reason.trimmed();
    followUp.kind = FollowUpKind::Other;
    followUp.assigneeId = assigneeId.isEmpty() ? currentStaffId() : assigneeId;
    const Result<FollowUp> added = m_notebook->addFollowUp(followUp);
    if (!added)
        return fail(added.errorMessage());
    clearError();
    Q_EMIT notice(tr("Follow-up added for %1.").arg(formatting::shortDate(dueDate)));
    return true;
}

namespace {
QStringList openFollowUpIds(const Notebook &notebook, const QString &clientId)
{
    QStringList ids;
    const auto open = notebook.openFollowUpsForClient(clientId);
    for (const FollowUp &followUp : open)
        ids.append(followUp.id);
    return ids;
}
} // namespace

bool Session::completeFollowUp(const QString &followUpId, const QString &outcome)
{
    const auto before = m_notebook->followUp(followUpId);
    if (!before)
        return failWithNotice(tr("This follow-up no longer exists."));
    if (needsStaff())
        return failWithNotice(tr("Choose who is using this tablet first; a finished follow-up is signed."));
    const QStringList openBefore = openFollowUpIds(*m_notebook, before->clientId);
    const Result<FollowUp> done = m_notebook->completeFollowUp(followUpId);
    if (!done)
        return failWithNotice(done.errorMessage());
    QStringList madeSince;
    const QStringList openAfter = openFollowUpIds(*m_notebook, before->clientId);
    for (const QString &id : openAfter)
        if (!openBefore.contains(id))
            madeSince.append(id);

    // The line in the timeline: what was followed up and how it went.
    Note line;
    line.clientId = before->clientId;
    line.kind = NoteKind::Conversation;
    line.body = outcome.trimmed().isEmpty()
        ? tr("Follow-up done: %1", "a line in the client's history; %1 the reason").arg(before->reason)
        : tr("Follow-up done: %1\nOutcome: %2", "a line in the client's history").arg(before->reason, outcome.trimmed());
    const Result<Note> added = m_notebook->addNote(line);
    const QString lineId = added ? added->id : QString();
    if (!added)
        qCWarning(lcUi) << "the follow-up is done but its timeline line was not written:" << added.errorMessage();

    clearError();
    const FollowUp previous = *before;
    m_undoLast = [this, previous, madeSince, lineId]() {
        const Result<FollowUp> restored = m_notebook->restoreFollowUp(previous, madeSince);
        if (!restored)
            return fail(restored.errorMessage());
        if (!lineId.isEmpty() && m_notebook->note(lineId)) {
            if (const Status removed = m_notebook->deleteNote(lineId); !removed)
                return fail(removed.errorMessage());
        }
        return true;
    };
    Q_EMIT undoableNotice(done->kind == FollowUpKind::KeepInTouch
                              ? tr("Done. The next keep-in-touch is planned from their interval.")
                              : tr("Follow-up done."));
    return true;
}

bool Session::snoozeFollowUp(const QString &followUpId, int days)
{
    const auto before = m_notebook->followUp(followUpId);
    const Result<FollowUp> snoozed = m_notebook->snoozeFollowUp(followUpId, days);
    if (!snoozed)
        return failWithNotice(snoozed.errorMessage());
    clearError();
    rememberFollowUpUndo(*before);
    Q_EMIT undoableNotice(tr("Snoozed until %1.").arg(formatting::shortDate(snoozed->dueDate)));
    return true;
}

bool Session::cancelFollowUp(const QString &followUpId)
{
    const auto before = m_notebook->followUp(followUpId);
    const Result<FollowUp> cancelled = m_notebook->cancelFollowUp(followUpId);
    if (!cancelled)
        return failWithNotice(cancelled.errorMessage());
    clearError();
    rememberFollowUpUndo(*before);
    Q_EMIT undoableNotice(tr("Follow-up cancelled."));
    return true;
}

void Session::rememberFollowUpUndo(const FollowUp &before)
{
    m_undoLast = [this, before]() {
        const Result<FollowUp> restored = m_notebook->restoreFollowUp(before);
        return restored ? true : fail(restored.errorMessage());
    };
}

bool Session::undoLastAction()
{
    if (!m_undoLast)
        return fail(tr("There is nothing to undo."));
    const auto undo = std::exchange(m_undoLast, nullptr);
    if (!undo())
        return false;
    clearError();
    return true;
}

QString Session::formatDate(const QDate &date) const
{
    return formatting::shortDate(date);
}

QDate Session::parseDate(const QString &textValue) const
{
    return QDate::fromString(textValue.trimmed(), Qt::ISODate);
}

InputReader Session::inputReader() const
{
    // Dates and figures as the person's language writes them; money in the store's currency.
    return InputReader(formatting::displayLocale(), today(), m_locale);
}

QVariantMap Session::readAmount(const QString &textValue) const
{
    const AmountReading reading = inputReader().readAmount(textValue);
    return {{QStringLiteral("ok"), reading.problem.isEmpty()},
            {QStringLiteral("understood"), reading.understood},
            {QStringLiteral("problem"), reading.problem}};
}

QVariantList Session::readImportantDates(const QString &textValue) const
{
    QVariantList out;
    for (const DateLine &line : readDateLines(textValue, inputReader()))
        out.append(QVariantMap{
            {QStringLiteral("label"), line.label},
            {QStringLiteral("understood"),
             line.reading.date ? QStringLiteral("%1: %2").arg(line.label, line.reading.understood) : QString()},
            {QStringLiteral("problem"), line.reading.date ? QString() : problemOf(line)}});
    return out;
}

QVariantMap Session::clientProblems(const QVariantMap &fields) const
{
    return formcheck::clientProblems(fields, inputReader());
}

QVariantMap Session::noteProblems(const QVariantMap &fields) const
{
    return formcheck::noteProblems(fields, inputReader());
}

QVariantMap Session::nameFromSearch(const QString &query) const
{
    return formcheck::nameFromSearch(query);
}

void Session::keepNoteDraft(const QString &clientId, const QVariantMap &fields)
{
    m_drafts.keep(clientId, fields);
    Q_EMIT noteDraftsChanged();
}

QVariantMap Session::noteDraft(const QString &clientId)
{
    // A client deleted or erased meanwhile takes their draft with them.
    if (!m_notebook->client(clientId)) {
        m_drafts.discard(clientId);
        return {};
    }
    return m_drafts.draft(clientId);
}

namespace {
QString editDraftKey(const QString &noteId)
{
    return QStringLiteral("edit-") + noteId;
}
const QString kDraftBase = QStringLiteral("draftBaseUpdatedAt");
} // namespace

void Session::keepNoteEditDraft(const QString &noteId, const QVariantMap &fields)
{
    const auto note = m_notebook->note(noteId);
    if (!note)
        return;
    QVariantMap draft = fields;
    draft.insert(kDraftBase, note->updatedAt.toString(Qt::ISODateWithMs));
    m_drafts.keep(editDraftKey(noteId), draft);
}

QVariantMap Session::noteEditDraft(const QString &noteId)
{
    QVariantMap draft = m_drafts.draft(editDraftKey(noteId));
    if (draft.isEmpty())
        return {};
    const auto note = m_notebook->note(noteId);
    if (!note || draft.take(kDraftBase).toString() != note->updatedAt.toString(Qt::ISODateWithMs)) {
        m_drafts.discard(editDraftKey(noteId));
        return {};
    }
    return draft;
}

void Session::discardNoteEditDraft(const QString &noteId)
{
    m_drafts.discard(editDraftKey(noteId));
}

void Session::forgetNoteDrafts()
{
    m_drafts.discardAll();
    Q_EMIT noteDraftsChanged();
}

void Session::discardNoteDraft(const QString &clientId)
{
    m_drafts.discard(clientId);
    Q_EMIT noteDraftsChanged();
}

bool Session::fail(const QString &message)
{
    qCInfo(lcUi) << "action failed:" << message;
    m_lastError = message;
    Q_EMIT lastErrorChanged();
    return false;
}

bool Session::failWithNotice(const QString &message)
{
    fail(message);
    Q_EMIT notice(message);
    return false;
}

void Session::clearError()
{
    if (m_lastError.isEmpty())
        return;
    m_lastError.clear();
    Q_EMIT lastErrorChanged();
}

} // namespace rapport::ui
