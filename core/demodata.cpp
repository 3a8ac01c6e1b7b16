#include "demodata.h"

#include "logging.h"
#include "notebook.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <random>

namespace rapport {

namespace {

// Everything is written through the public Notebook API, so the outbox, clocks
// and search index hold exactly what real use would leave behind.

QString s(const char *utf8) { return QString::fromUtf8(utf8); }

struct NeedScenario
{
    const char *body;
    const char *purpose;
    const char *context;
    const char *have;
    const char *duration;
    const char *budget;
};

const NeedScenario needScenarios[] = {
    {"Asked for a hammer drill. The real job is one hole in masonry for a picture hook; suggested a masonry bit "
     "and a wall plug for the driver they already own.",
     "Hang a framed picture in the hallway", "Solid brick wall under plaster", "Cordless screwdriver, no masonry bits",
     "permanent", "Under $30"},
    {"Wants to repaint the kitchen. Grease near the hob will stop new paint sticking, so talked about sugar soap "
     "and a stain-blocking primer first.",
     "Refresh the kitchen walls", "Painted plaster, grease near the hob", "Rollers, trays and dust sheets",
     "permanent", "About $90"},
    {"Away for two weeks in July and worried about the vegetable patch. A timer on the outside tap with a soaker "
     "hose would cover it.",
     "Keep the vegetable beds watered while away", "Raised beds, outside tap 10 m away", "Garden hose",
     "temporary", "Up to $60"},
    {"Renting and not allowed to drill. Needs a curtain for the bedroom window: tension rod inside the reveal.",
     "Block light in the bedroom", "Window reveal 90 cm wide, rented flat", "Blackout curtain", "temporary",
     "$25"},
    {"Kitchen mixer tap drips. Likely a worn cartridge rather than a new tap; asked them to bring the old one in.",
     "Stop the kitchen tap dripping", "Single-lever mixer, about eight years old", "Adjustable spanner",
     "permanent", "As little as possible"},
    {"Heavy books on a shelf in a plasterboard wall. Needs heavy-duty cavity fixings or to find the studs.",
     "Put up a bookshelf", "Plasterboard partition wall", "Drill, spirit level", "permanent", "$40"},
    {"A fence panel blew down in the storm. Posts are fine, so only a panel and clips are needed.",
     "Replace one fence panel", "Timber posts, 6 ft panels", "Hammer, saw", "permanent", "About $70"},
    {"Decking has gone green and slippery before a family party.", "Make the deck safe to walk on",
     "Softwood decking, north-facing", "Stiff broom", "permanent", "$50"},
    {"Grandchildren visiting for a month; wants a stair gate that does not need screws in the banister.",
     "Keep a toddler off the stairs", "Stairs with a turned wooden banister", "Nothing yet", "temporary", "$60"},
    {"Black mould in the shower grout keeps coming back. Talked about ventilation as well as the grout itself.",
     "Clean shower grout for good", "Tiled shower, no extractor fan", "Bleach spray", "permanent", "$35"},
    {"Wants to lay a path across the lawn to the shed without pouring concrete.", "Dry path to the shed",
     "Clay soil, 12 m lawn", "Spade, wheelbarrow", "permanent", "$200"},
    {"Front door sticks in wet weather. Probably the hinges dropping, not the door swelling.",
     "Door that closes easily", "Timber front door, 20 years old", "Screwdrivers", "permanent", "$20"},
};

const char *conversations[] = {
    "Chatted about the allotment: blight took the tomatoes this year, so they want resistant varieties in spring.",
    "Moving into a new build in March and planning the whole garden from bare soil.",
    "Talked through how the bathroom tiling went; grout lines came out even after all.",
    "Mentioned they run a repair café at the library on Saturdays and may send people our way.",
    "Looking at paint colours for a north-facing living room; leaning towards warm whites.",
    "Asked about the weekend workshop on basic plumbing; interested if it runs again.",
    "Daughter is starting a woodworking course; thinking about a starter set of chisels for her birthday.",
    "Discussed pruning the apple tree: winter for shape, summer for size.",
    "Planning to insulate the loft before winter; wants to compare materials next visit.",
    "Talked about compost: bin is too wet, suggested more cardboard and turning it monthly.",
    "Wants to build a raised bed for a parent who can no longer kneel.",
    "Shared photos of the finished shed roof; very pleased with the felt shingles.",
};

// A visit after a return: the relationship survived it.
const char *cameBack[] = {
    "Came back after the return with measurements this time; found the right size together.",
    "Back in after returning the paint: tried the tester pots at home and picked a warmer white.",
    "Came in again to say the exchanged bits fit the old chuck fine; picture is up.",
    "Popped in after the refund to ask about the shorter hose for the balcony.",
    "Returned last time; came back today for advice on the next step of the job.",
};

struct PurchaseItem
{
    const char *body;
    const char *items;
    qint64 cents;
};

const PurchaseItem purchases[] = {
    {"Bought a masonry bit set and wall plugs for the picture hook.", "Masonry bit set, wall plugs (pack of 50)", 1849},
    {"Bought sugar soap, stain-block primer and two tins of kitchen paint.", "Sugar soap, primer 1 L, kitchen paint 2.5 L x2", 8795},
    {"Bought a tap timer and a 15 m soaker hose.", "Tap timer, soaker hose 15 m", 5490},
    {"Bought a tension curtain rod.", "Tension rod 70-120 cm", 1999},
    {"Bought a replacement tap cartridge after bringing in the old one.", "Ceramic tap cartridge 35 mm", 2450},
    {"Bought heavy-duty cavity anchors and a stud finder.", "Cavity anchors x8, stud finder", 3675},
    {"Bought a fence panel and clips; delivery booked for Thursday.", "Fence panel 6x6 ft, panel clips", 6420},
    {"Bought deck cleaner and a stiff deck brush.", "Deck cleaner 5 L, deck brush", 4180},
    {"Bought a pressure-fit stair gate.", "Pressure-fit stair gate", 5499},
    {"Bought a cordless drill-driver after comparing three.", "18V drill-driver, two batteries", 12900},
    {"Bought blight-resistant tomato seeds and a bag of compost.", "Tomato seeds x3, compost 50 L", 2375},
    {"Bought a chisel set as a birthday present.", "Bevel-edge chisel set (4)", 4599},
};

const char *educations[] = {
    "Showed how to match the drill bit to the wall plug and tap the plug flush before the screw goes in.",
    "Explained cutting in with a brush first, then rolling in a W pattern so the paint does not streak.",
    "Walked through setting the tap timer and checking the soaker hose after the first run.",
    "Showed how to find studs with the finder and mark them before drilling.",
    "Explained how to replace a tap cartridge: water off, handle off, note the orientation.",
    "Showed how to clean and oil the secateurs so they do not rust over winter.",
    "Explained how to charge and store lithium batteries for the drill.",
    "Taught how to regrout a small patch without chipping the tiles.",
};

struct ReturnReason
{
    const char *body;
    const char *items;
};

const ReturnReason returns[] = {
    {"Returned the paint: the colour looked different in their light. Swapped for tester pots to try at home.",
     "Kitchen paint 2.5 L"},
    {"Returned the drill bits, the set did not fit their older chuck. Exchanged for the right shank.",
     "Masonry bit set"},
    {"Returned unopened wall plugs; the job turned out to need cavity fixings instead.", "Wall plugs (pack of 50)"},
    {"Returned the hose: too long for the small balcony. Refunded and showed the 10 m one.", "Hose 30 m"},
    {"Returned a stair gate that did not fit between the newel posts. Measured together for the wider one.",
     "Pressure-fit stair gate"},
    {"Returned a light fitting that arrived with a cracked shade. Replacement ordered.", "Ceiling light fitting"},
};

const char *others[] = {
    "Asked us to hold the last two fence panels until Saturday morning.",
    "Left their old tap cartridge with us so we can order the matching part.",
    "Prefers to be called after 5 pm on weekdays.",
    "Will bring photos of the damp patch next visit.",
    "Asked for the dates of the spring gardening workshop.",
    "Trade account application handed over; waiting for their company details.",
};

const char *givenNames[] = {
    "Zoë", "José", "Łukasz", "Anaïs", "Søren", "Chloé", "Björn", "Siobhán", "Amara", "Ben", "Carla", "David",
    "Emma", "Felix", "Grace", "Hugo", "Iris", "Jack", "Kara", "Liam", "Mia", "Noah", "Olivia", "Paul",
    "Quinn", "Rosa", "Sam", "Tara", "Uma", "Victor", "Wendy", "Xavier", "Yara", "Aiden", "Bella", "Daniel",
    "Ella", "Finn", "George", "Hannah", "Isaac", "Julia", "Kevin", "Laura", "Mark", "Nina", "Oscar", "Priya",
    "Ravi", "Sofia", "Tom", "Vera", "William", "Agnieszka", "Mateo", "Renée", "Dmitri", "Aoife", "Kwame",
    "Mei", "Fatima", "Jürgen", "Inés", "François", "Hiroshi", "Leilani", "Oluwaseun", "Beatriz", "Nils",
};

const char *familyNames[] = {
    "Smith", "Jones", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas", "Johnson", "Roberts",
    "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood",
    "Harris", "Lewis", "Martin", "Jackson", "Clarke", "Turner", "Hill", "Scott", "Cooper", "Morris",
    "Müller", "García", "Nowak", "Kowalski", "Dubois", "O'Brien", "Núñez", "Okafor", "Nguyen", "Patel",
    "Jensen", "Rossi", "Silva", "Kim", "Haddad", "Fischer", "Ó Ceallaigh", "Lindqvist", "Mbeki", "Tanaka",
    "Ferreira", "Schäfer", "Gómez", "Van der Berg", "Popescu", "Novák", "Brennan", "Mensah", "Costa", "Weiß",
};

const char *sizes[] = {"Gloves L, boots UK 9", "Gloves M", "Overalls M, gloves S", "Boots EU 42", "Gloves XL, overalls L", ""};
const char *brands[] = {"Bosch, Makita", "Dulux", "Gardena, Fiskars", "DeWalt", "Farrow & Ball", "Ryobi",
                        "Stanley, Bahco", "Hozelock", ""};
const char *interests[] = {"Woodworking", "Vegetable garden", "Decorating", "Plumbing repairs", "Tiling",
                           "Upcycling furniture", "Roses and pruning", "Home insulation", "Composting"};
const char *tagPool[] = {"vip", "trade", "new-home", "garden-club", "contractor", "landlord", "workshop", "newsletter"};
const char *dateLabels[] = {"Birthday", "Moved in", "Anniversary", "Allotment renewal"};
const char *emailDomains[] = {"example.com", "example.org", "mail.example.net"};

class Random
{
public:
    explicit Random(quint32 seed) : m_engine(seed) {}
    int below(int n) { return n <= 1 ? 0 : int(m_engine() % quint32(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T, size_t N>
    const T &pick(const T (&items)[N]) { return items[below(int(N))]; }

private:
    std::mt19937 m_engine;
};

// Lower-case ASCII for email local parts: "Zoë Müller" -> "zoe.muller".
QString asciiWord(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c == QChar(0x0142) || c == QChar(0x0141))
            out += u'l';
        else if (c == QChar(0x00F8) || c == QChar(0x00D8))
            out += u'o';
        else if (c == QChar(0x00DF))
            out += QLatin1String("ss");
        else if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
    }
    return out;
}

QString phoneFor(int index, Random &random)
{
    // 555-01xx numbers are reserved for fiction; the index keeps them distinct.
    const QString line = QStringLiteral("%1").arg(index % 10000, 4, 10, QLatin1Char('0'));
    const QString exchange = QStringLiteral("%1").arg(100 + index / 10000, 3, 10, QLatin1Char('0'));
    switch (random.below(5)) {
    case 0: return QStringLiteral("(555) %1-%2").arg(exchange, line);
    case 1: return QStringLiteral("555-%1-%2").arg(exchange, line);
    case 2: return QStringLiteral("+1 555 %1 %2").arg(exchange, line);
    case 3: return QStringLiteral("555.%1.%2").arg(exchange, line);
    default: return QStringLiteral("555%1%2").arg(exchange, line);
    }
}

/** Turns a new client into a likely duplicate of `earlier` (three ways, by `index`). */
void makeLikelyDuplicate(ClientChanges &c, QString &given, QString &family, const Client &earlier, int index,
                         Random &random)
{
    given = earlier.givenName;
    family = earlier.familyName;
    switch (index % 3) {
    case 0: { // the same number typed another way
        QString digits = earlier.phone;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        digits = digits.right(10);
        c.phone = digits.size() == 10 ? QStringLiteral("(%1) %2-%3").arg(digits.left(3), digits.mid(3, 3), digits.mid(6))
                                      : phoneFor(index, random);
        c.email.reset();
        break;
    }
    case 1: // the same email, the name shortened
        if (!earlier.email.isEmpty())
            c.email = earlier.email;
        given = given.left(1) + QLatin1Char('.');
        c.phone.reset();
        break;
    default: // the name without accents and the email's name at another address
        given = asciiWord(given);
        if (!given.isEmpty())
            given[0] = given[0].toUpper();
        if (!earlier.email.isEmpty())
            c.email = earlier.email.section(QLatin1Char('@'), 0, 0) + QStringLiteral("@mail.example.net");
        break;
    }
}

struct PlannedNote
{
    int clientIndex;
    QDateTime at;
    Note note;
};

Note makeNote(Random &random)
{
    Note n;
    const int roll = random.below(100);
    if (roll < 22) {
        const NeedScenario &need = random.pick(needScenarios);
        n.kind = NoteKind::Need;
        n.body = s(need.body);
        n.needPurpose = s(need.purpose);
        n.needContext = s(need.context);
        n.needHave = s(need.have);
        n.needDuration = s(need.duration);
        n.needBudget = s(need.budget);
    } else if (roll < 47) {
        n.kind = NoteKind::Conversation;
        n.body = s(random.pick(conversations));
    } else if (roll < 70) {
        const PurchaseItem &p = random.pick(purchases);
        n.kind = NoteKind::Purchase;
        n.body = s(p.body);
        n.items = s(p.items);
        n.amountCents = p.cents;
    } else if (roll < 84) {
        n.kind = NoteKind::Education;
        n.body = s(random.pick(educations));
    } else if (roll < 92) {
        const ReturnReason &r = random.pick(returns);
        n.kind = NoteKind::Return;
        n.body = s(r.body);
        n.items = s(r.items);
    } else {
        n.kind = NoteKind::Other;
        n.body = s(random.pick(others));
    }
    return n;
}

Status fail(const QString &what, const QString &why)
{
    return Error{QStringLiteral("Could not create the demo data (%1): %2").arg(what, why)};
}

} // namespace

Status fillWithDemoData(Notebook &notebook, const DemoSize &size)
{
    if (notebook.clientCount() > 0)
        return Done{};
    Random random(size.seed);
    // One transaction for the whole demo: it can be made again, so it need not
    // be fsynced write by write (about ten times faster).
    Notebook::BulkWrite bulk(notebook);
    if (!bulk.began())
        return fail(QStringLiteral("start"), QStringLiteral("the notebook is busy"));
    const QString previousStaff = notebook.currentStaffId();

    const Store harbour{newUuidV7(), QStringLiteral("Harbour St"), QStringLiteral("12 Harbour Street")};
    const Store northgate{newUuidV7(), QStringLiteral("Northgate"), QStringLiteral("Unit 4, Northgate Retail Park")};
    for (const Store &store : {harbour, northgate}) {
        if (Status st = notebook.upsertStore(store); !st)
            return fail(QStringLiteral("store"), st.errorMessage());
    }
    const QList<Staff> staff{
        {newUuidV7(), harbour.id, QStringLiteral("Sam Okafor"), QStringLiteral("sam"), StaffRole::Associate},
        {newUuidV7(), harbour.id, QStringLiteral("Priya Nair"), QStringLiteral("priya"), StaffRole::Associate},
        {newUuidV7(), harbour.id, QStringLiteral("Dana Whitfield"), QStringLiteral("dana"), StaffRole::Manager},
        {newUuidV7(), northgate.id, s("Tomás Reyes"), QStringLiteral("tomas"), StaffRole::Associate},
        {newUuidV7(), northgate.id, QStringLiteral("Mei Chen"), QStringLiteral("mei"), StaffRole::Associate},
        {newUuidV7(), northgate.id, QStringLiteral("Alex Morgan"), QStringLiteral("alex"), StaffRole::Manager},
    };
    for (const Staff &member : staff) {
        if (Status st = notebook.upsertStaff(member); !st)
            return fail(QStringLiteral("staff"), st.errorMessage());
    }

    const QDate today = QDate::currentDate();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Client> clients;
    QList<int> clientStaff; // index into `staff` of each client's associate
    for (int i = 0; i < size.clients; ++i) {
        const int associate = random.below(staff.size());
        if (Status st = notebook.setCurrentStaff(staff[associate].id); !st)
            return fail(QStringLiteral("staff"), st.errorMessage());
        ClientChanges c;
        QString given = s(random.pick(givenNames));
        QString family = s(random.pick(familyNames));
        if (!random.chance(8))
            c.phone = phoneFor(i, random);
        if (!random.chance(15)) {
            c.email = QStringLiteral("%1.%2%3@%4")
                          .arg(asciiWord(given), asciiWord(family), QString::number(i % 97),
                               QLatin1String(random.pick(emailDomains)));
        }
        // A handful of clients entered twice, as happens on a busy floor: the same person
        // with the phone typed another way, the same email, or the name without its accents.
        if (i >= 40 && i % 53 == 7)
            makeLikelyDuplicate(c, given, family, clients[random.below(i)], i, random);
        c.givenName = given;
        c.familyName = family;
        static const char *channels[] = {"phone", "sms", "email", "none", ""};
        c.preferredChannel = QLatin1String(random.pick(channels));
        const QDateTime consentAt = now.addDays(-random.below(365));
        const int contactRoll = random.below(100);
        if (contactRoll < 70)
            c.contactConsent = Consent{QStringLiteral("given"), consentAt, staff[associate].id};
        else if (contactRoll < 80)
            c.contactConsent = Consent{QStringLiteral("withdrawn"), consentAt, staff[associate].id};
        const int marketingRoll = random.below(100);
        if (marketingRoll < 40)
            c.marketingConsent = Consent{QStringLiteral("given"), consentAt, staff[associate].id};
        else if (marketingRoll < 50)
            c.marketingConsent = Consent{QStringLiteral("withdrawn"), consentAt.addDays(20), staff[associate].id};
        c.sizes = s(random.pick(sizes));
        c.brands = s(random.pick(brands));
        c.interests = s(random.pick(interests));
        QList<ImportantDate> dates;
        for (int d = random.below(3); d > 0; --d) {
            dates += ImportantDate{s(random.pick(dateLabels)),
                                   QDate(1950 + random.below(55), 1 + random.below(12), 1 + random.below(28))};
        }
        c.importantDates = dates;
        QStringList tags;
        for (int t = random.below(4); t > 0; --t) {
            const QString tag = s(random.pick(tagPool));
            if (!tags.contains(tag))
                tags += tag;
        }
        c.tags = tags;
        static const int intervals[] = {0, 0, 30, 60, 90};
        c.keepInTouchDays = random.pick(intervals);
        c.homeStoreId = staff[associate].storeId;
        c.associateId = staff[associate].id;
        Result<Client> created = notebook.createClient(c);
        if (!created)
            return fail(QStringLiteral("client"), created.errorMessage());
        clients += created.value();
        clientStaff += associate;
    }

    // Notes over the past year, written oldest first as they would have been.
    // Counts vary per client (pairs trade notes) but add up to the promise.
    QList<PlannedNote> planned;
    int spread = 0;
    for (int i = 0; i < clients.size(); ++i) {
        int count = size.notesPerClient;
        if (i % 2 == 0 && i + 1 < clients.size()) {
            spread = random.below(size.notesPerClient + 1);
            count += spread;
        } else if (i % 2 == 1) {
            count -= spread;
        }
        std::optional<QDateTime> purchaseAt, returnAt;
        for (int k = 0; k < count; ++k) {
            // Shop hours, local time, some day in the past year.
            const QDate day = today.addDays(-random.below(365));
            QDateTime at(day, QTime(9, 0).addSecs(random.below(9 * 3600)));
            if (at.toUTC() > now)
                at = now.addSecs(-1 - random.below(3600));
            Note note = makeNote(random);
            // Some purchases are taught within the week, and some returns are followed by a visit;
            // the others are left as they are, which is what the manager's report shows.
            if (purchaseAt && random.chance(40)) {
                const QDateTime taught = purchaseAt->addDays(1 + random.below(6)).addSecs(random.below(3600));
                if (taught.toUTC() <= now) {
                    at = taught;
                    note = Note{};
                    note.kind = NoteKind::Education;
                    note.body = s(random.pick(educations));
                }
            } else if (returnAt && random.chance(60)) {
                const QDateTime visit = returnAt->addDays(2 + random.below(19)).addSecs(random.below(3600));
                if (visit.toUTC() <= now) {
                    at = visit;
                    note = Note{};
                    note.kind = NoteKind::Conversation;
                    note.body = s(random.pick(cameBack));
                }
            }
            purchaseAt = note.kind == NoteKind::Purchase ? std::optional<QDateTime>(at) : std::nullopt;
            returnAt = note.kind == NoteKind::Return ? std::optional<QDateTime>(at) : std::nullopt;
            planned += PlannedNote{i, at, note};
        }
    }
    std::stable_sort(planned.begin(), planned.end(),
                     [](const PlannedNote &a, const PlannedNote &b) { return a.at < b.at; });

    int followUps = 0;
    for (PlannedNote &p : planned) {
        const Client &client = clients[p.clientIndex];
        // Mostly the client's own associate; sometimes whoever was on the floor.
        const int author = random.chance(75) ? clientStaff[p.clientIndex] : random.below(staff.size());
        if (notebook.currentStaffId() != staff[author].id) {
            if (Status st = notebook.setCurrentStaff(staff[author].id); !st)
                return fail(QStringLiteral("staff"), st.errorMessage());
        }
        p.note.clientId = client.id;
        p.note.createdAt = p.at;
        Result<Note> added = notebook.addNote(p.note);
        if (!added)
            return fail(QStringLiteral("note"), added.errorMessage());
        if (p.note.kind != NoteKind::Purchase || !random.chance(35))
            continue;
        const std::optional<FollowUpOffer> offer = notebook.followUpOfferFor(added.value());
        if (!offer)
            continue;
        FollowUp f;
        f.clientId = offer->clientId;
        f.originNoteId = offer->originNoteId;
        f.dueDate = offer->dueDate;
        f.reason = offer->reason;
        f.kind = offer->kind;
        f.assigneeId = staff[author].id;
        Result<FollowUp> made = notebook.addFollowUp(f);
        if (!made)
            return fail(QStringLiteral("follow-up"), made.errorMessage());
        ++followUps;
        // Old ones were done, most on their day or before and some days late; a few from the
        // last weeks slipped and are overdue now.
        const bool slipped = f.dueDate >= today.addDays(-30) && random.chance(25);
        if (f.dueDate < today.addDays(-3) && !slipped) {
            const int daysFromDue = random.chance(65) ? -random.below(3) : 1 + random.below(10);
            QDateTime doneAt(f.dueDate.addDays(daysFromDue), QTime(10, 0).addSecs(random.below(7 * 3600)));
            if (doneAt.toUTC() > now)
                doneAt = now.addSecs(-60);
            if (Result<FollowUp> done = notebook.completeFollowUp(made->id, doneAt); !done)
                return fail(QStringLiteral("follow-up"), done.errorMessage());
        }
    }

    // Keep-in-touch reminders and a few promises, due from last week to next month.
    static const char *promises[] = {
        "Call when the fence panels are back in stock",
        "Send the dates of the spring gardening workshop",
        "Check the tap cartridge order has arrived",
        "Ask how the deck cleaning went before the party",
    };
    for (int i = 0; i < clients.size(); ++i) {
        const Client &client = clients[i];
        FollowUp f;
        f.clientId = client.id;
        f.assigneeId = client.associateId;
        if (client.keepInTouchDays > 0 && random.chance(60)) {
            f.kind = FollowUpKind::KeepInTouch;
            f.reason = QStringLiteral("Keep in touch: see how things are going");
        } else if (random.chance(8)) {
            f.kind = FollowUpKind::Other;
            f.reason = s(random.pick(promises));
        } else {
            continue;
        }
        f.dueDate = today.addDays(random.below(40) - 10);
        if (Result<FollowUp> made = notebook.addFollowUp(f); !made)
            return fail(QStringLiteral("follow-up"), made.errorMessage());
        ++followUps;
    }

    // Leave the tablet with someone at the counter, as a real device would be.
    const QString staffAfter = previousStaff.isEmpty() ? staff.first().id : previousStaff;
    if (Status st = notebook.setCurrentStaff(staffAfter); !st)
        return fail(QStringLiteral("staff"), st.errorMessage());
    if (Status st = bulk.commit(); !st)
        return fail(QStringLiteral("saving"), st.errorMessage());
    qCInfo(lcCore) << "Demo data:" << clients.size() << "clients," << planned.size() << "notes,"
                   << followUps << "follow-ups";
    return Done{};
}

} // namespace rapport
