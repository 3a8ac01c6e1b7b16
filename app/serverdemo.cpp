#include "serverdemo.h"

#include "core/clientsearch.h"
#include "core/demodata.h"
#include "core/notebook.h"

#include <QHash>

#include <algorithm>
#include <QTemporaryDir>

namespace rapport {

namespace {
ClientChanges copyOf(const Client &client, const Staff &staff)
{
    ClientChanges changes;
    changes.givenName = client.givenName;
    changes.familyName = client.familyName;
    changes.phone = client.phone;
    changes.email = client.email;
    changes.preferredChannel = client.preferredChannel;
    auto restamp = [&staff](Consent consent) {
        if (!consent.state.isEmpty())
            consent.byStaffId = staff.id;
        return consent;
    };
    changes.contactConsent = restamp(client.contactConsent);
    changes.marketingConsent = restamp(client.marketingConsent);
    changes.sizes = client.sizes;
    changes.brands = client.brands;
    changes.interests = client.interests;
    changes.importantDates = client.importantDates;
    changes.tags = client.tags;
    changes.keepInTouchDays = client.keepInTouchDays;
    changes.homeStoreId = staff.storeId;
    changes.associateId = staff.id;
    return changes;
}
} // namespace

Status seedDemoClientsForServer(Notebook &notebook, int clients)
{
    if (notebook.clientCount() > 0)
        return Done{};
    const auto staff = notebook.staffById(notebook.currentStaffId());
    if (!staff)
        return Error{QStringLiteral("The demo clients need the signed-in staff member; sync once, then try again.")};

    QTemporaryDir scratchDir;
    if (!scratchDir.isValid())
        return Error{QStringLiteral("No temporary folder for the demo: %1").arg(scratchDir.errorString())};
    auto opened = Notebook::open(scratchDir.path());
    if (!opened)
        return Error{opened.errorMessage()};
    Notebook &scratch = *opened.value();
    DemoSize size;
    size.clients = clients;
    size.notesPerClient = 6;
    if (Status filled = fillWithDemoData(scratch, size); !filled)
        return filled;

    const auto entries = ClientSearch(scratch.database().connection()).page(QString(), 0, clients);
    for (const ClientListEntry &entry : entries) {
        const auto source = scratch.client(entry.id);
        if (!source)
            continue;
        const Result<Client> created = notebook.createClient(copyOf(*source, *staff));
        if (!created)
            return Error{created.errorMessage()};
        QHash<QString, QString> noteIds; // scratch id -> new id, for follow-up origins
        auto notes = scratch.notesForClient(source->id);
        // Oldest first, so the newest demo note is also the newest here.
        std::reverse(notes.begin(), notes.end());
        for (Note note : notes) {
            const QString oldId = note.id;
            note.id.clear();
            note.clientId = created->id;
            const Result<Note> added = notebook.addNote(note);
            if (!added)
                return Error{added.errorMessage()};
            noteIds.insert(oldId, added->id);
        }
        const auto followUps = scratch.openFollowUpsForClient(source->id);
        for (FollowUp followUp : followUps) {
            followUp.id.clear();
            followUp.clientId = created->id;
            followUp.assigneeId = staff->id;
            followUp.originNoteId = noteIds.value(followUp.originNoteId);
            const Result<FollowUp> added = notebook.addFollowUp(followUp);
            if (!added)
                return Error{added.errorMessage()};
        }
    }
    return Done{};
}

} // namespace rapport
