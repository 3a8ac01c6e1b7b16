// The demo chain, built through the real Notebook in a real file.

#include "clientsearch.h"
#include "demodata.h"
#include "testsupport.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace rapport;

namespace {

struct EmptyNotebook
{
    EmptyNotebook()
    {
        REQUIRE(dir.isValid());
        auto opened = Notebook::open(dir.path());
        REQUIRE(opened.ok());
        notebook = std::move(opened.value());
    }
    QTemporaryDir dir;
    std::unique_ptr<Notebook> notebook;
};

int countOf(Notebook &nb, const QString &sql)
{
    QSqlQuery q(nb.database().connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// What a person would see of the demo: names, contact details and note bodies in order.
QStringList content(Notebook &nb)
{
    QStringList out;
    QSqlQuery q(nb.database().connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT given_name || '|' || family_name || '|' || coalesce(phone, '') || '|' || coalesce(email, '')"
        " || '|' || tags || '|' || keep_in_touch_days FROM client ORDER BY seq")));
    while (q.next())
        out += q.value(0).toString();
    REQUIRE(q.exec(QStringLiteral("SELECT kind || '|' || body || '|' || substr(created_at, 1, 10) FROM note ORDER BY seq")));
    while (q.next())
        out += q.value(0).toString();
    return out;
}

} // namespace

TEST_CASE("demo data fills an empty notebook with the promised chain", "[demo]")
{
    EmptyNotebook e;
    Notebook &nb = *e.notebook;
    const Status filled = fillWithDemoData(nb);
    INFO(filled.errorMessage().toStdString());
    REQUIRE(filled.ok());

    CHECK(nb.stores().size() == 2);
    const QList<Staff> staff = nb.staff();
    CHECK(staff.size() == 6);
    CHECK(std::count_if(staff.begin(), staff.end(), [](const Staff &s) { return s.role == StaffRole::Manager; }) >= 1);
    CHECK(!nb.currentStaffId().isEmpty());

    CHECK(nb.clientCount() >= 300);
    CHECK(countOf(nb, QStringLiteral("SELECT count(*) FROM note WHERE deleted = 0")) >= 3000);
    for (const char *kind : {"need", "conversation", "purchase", "education", "return", "other"}) {
        INFO(kind);
        CHECK(countOf(nb, QStringLiteral("SELECT count(*) FROM note WHERE kind = '%1'").arg(QLatin1String(kind))) > 0);
    }
    // Notes spread over the past year, none in the future.
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    CHECK(countOf(nb, QStringLiteral("SELECT count(*) FROM note WHERE created_at > '%1'").arg(now)) == 0);
    CHECK(countOf(nb, QStringLiteral("SELECT count(DISTINCT substr(created_at, 1, 7)) FROM note")) >= 12);
    CHECK(countOf(nb, QStringLiteral("SELECT count(*) FROM client WHERE consent_contact = 'given'")) > 0);
    CHECK(countOf(nb, QStringLiteral("SELECT count(*) FROM client WHERE consent_contact = 'withdrawn'")) > 0);
    CHECK(countOf(nb, QStringLiteral("SELECT count(*) FROM client WHERE keep_in_touch_days > 0")) > 0);
    CHECK(countOf(nb, QStringLiteral("SELECT count(*) FROM client WHERE important_dates LIKE '%label%'")) > 0);

    const QDate today = QDate::currentDate();
    const QList<FollowUp> overdue = nb.followUpsDueBy(today.addDays(-1));
    CHECK(!overdue.isEmpty());
    CHECK(nb.followUpsDueBy(today.addDays(30)).size() > overdue.size());

    // Written through the API: recorded for sync and searchable.
    CHECK(nb.pendingMutationCount() > 3000);
    const ClientSearch search(nb.database().connection());
    CHECK(!search.page(QStringLiteral("zoe"), 0, 5).isEmpty());
    CHECK(!search.page(QStringLiteral("masonry"), 0, 5).isEmpty());
    CHECK(search.page(QString(), 0, 5).first().lastSeenAt.isValid());
}

TEST_CASE("demo data is the same for the same seed", "[demo]")
{
    const DemoSize small{24, 3, 7};
    EmptyNotebook a, b, c;
    REQUIRE(fillWithDemoData(*a.notebook, small).ok());
    REQUIRE(fillWithDemoData(*b.notebook, small).ok());
    REQUIRE(fillWithDemoData(*c.notebook, DemoSize{24, 3, 8}).ok());
    CHECK(a.notebook->clientCount() == 24);
    CHECK(countOf(*a.notebook, QStringLiteral("SELECT count(*) FROM note")) == 24 * 3);
    const QStringList first = content(*a.notebook);
    CHECK(first == content(*b.notebook));
    CHECK(first != content(*c.notebook));
}

TEST_CASE("demo data leaves a notebook that already has clients alone", "[demo]")
{
    rapport::test::TestNotebook t;
    t.addClient(QStringLiteral("Only"), QStringLiteral("Client"));
    const int mutations = t.nb().pendingMutationCount();
    REQUIRE(fillWithDemoData(t.nb(), DemoSize{24, 3, 7}).ok());
    CHECK(t.nb().clientCount() == 1);
    CHECK(t.nb().stores().size() == 1);
    CHECK(t.nb().pendingMutationCount() == mutations);
    CHECK(t.nb().currentStaffId() == t.sam.id);
}
