// The Duplicates page's models on a real notebook, watched by QAbstractItemModelTester.
#include <catch2/catch.hpp>

#include "clientdata.h"
#include "duplicatepairmodel.h"
#include "recentmergemodel.h"

#include "core/notebook.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QTemporaryDir>

using namespace rapport;
using namespace rapport::ui;

namespace {

struct MergeFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Notebook> notebook;
    Staff manager{QStringLiteral("staff-dana"), QStringLiteral("store-1"), QStringLiteral("Dana Whitfield"),
                  QStringLiteral("dana"), StaffRole::Manager};
    Staff associate{QStringLiteral("staff-sam"), QStringLiteral("store-1"), QStringLiteral("Sam Okafor"),
                    QStringLiteral("sam"), StaffRole::Associate};

    MergeFixture()
    {
        auto opened = Notebook::open(dir.path());
        REQUIRE(opened.ok());
        notebook = std::move(opened.value());
        REQUIRE(notebook->upsertStore(Store{QStringLiteral("store-1"), QStringLiteral("Harbour St"), {}}).ok());
        REQUIRE(notebook->upsertStaff(manager).ok());
        REQUIRE(notebook->upsertStaff(associate).ok());
        REQUIRE(notebook->setCurrentStaff(associate.id).ok());
    }

    QString add(const QString &given, const QString &family, const QString &phone)
    {
        ClientChanges c;
        c.givenName = given;
        c.familyName = family;
        c.phone = phone;
        auto created = notebook->createClient(c);
        REQUIRE(created.ok());
        return created->id;
    }
};

} // namespace

TEST_CASE("duplicate pairs and recent merges: only managers, rows follow merges and undo", "[ui][merge]")
{
    MergeFixture f;
    const QString a = f.add(QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("07700 900001"));
    const QString b = f.add(QStringLiteral("Anne"), QStringLiteral("Lee"), QStringLiteral("+44 7700 900001"));
    f.add(QStringLiteral("Other"), QStringLiteral("Person"), QStringLiteral("07700 900999"));

    DuplicatePairModel pairs;
    pairs.setNotebook(f.notebook.get());
    RecentMergeModel merges;
    merges.setNotebook(f.notebook.get());
    QAbstractItemModelTester pairsTester(&pairs, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester mergesTester(&merges, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ClientData data;
    data.setNotebook(f.notebook.get());

    CHECK_FALSE(pairs.allowed());
    CHECK_FALSE(data.allowed());
    CHECK(pairs.count() == 0); // not shown yet: nothing read
    pairs.setActive(true);
    REQUIRE(pairs.count() == 1);
    const QModelIndex row = pairs.index(0);
    CHECK(pairs.data(row, DuplicatePairModel::FirstIdRole).toString() == a);
    CHECK(pairs.data(row, DuplicatePairModel::ReasonsRole).toString().contains(QStringLiteral("same phone number")));
    CHECK(pairs.data(row, DuplicatePairModel::FirstDetailRole).toString().contains(QStringLiteral("0 notes")));

    const QVariantList differences = pairs.differences(a, b);
    REQUIRE(differences.size() == 2); // given name and phone as written
    CHECK(differences.first().toMap().value(QStringLiteral("field")).toString() == QStringLiteral("given_name"));

    // An associate is refused and nothing changes.
    CHECK(pairs.merge(a, b, {}).isEmpty());
    CHECK_FALSE(pairs.lastError().isEmpty());
    CHECK(merges.count() == 0);

    REQUIRE(f.notebook->setCurrentStaff(f.manager.id).ok());
    CHECK(pairs.allowed());
    CHECK(data.allowed());
    const QString mergeId = pairs.merge(a, b, {QStringLiteral("given_name")});
    REQUIRE_FALSE(mergeId.isEmpty());
    CHECK(pairs.count() == 0);
    REQUIRE(merges.count() == 1);
    CHECK(merges.data(merges.index(0), RecentMergeModel::CanUndoRole).toBool());
    CHECK(pairs.describe(mergeId) == QStringLiteral("Merged Anne Lee into Ann Lee."));
    CHECK(f.notebook->client(a)->givenName == QStringLiteral("Anne"));

    REQUIRE(pairs.undo(mergeId));
    CHECK(pairs.count() == 1);
    CHECK(merges.count() == 1);
    CHECK_FALSE(merges.data(merges.index(0), RecentMergeModel::CanUndoRole).toBool());
    CHECK(merges.data(merges.index(0), RecentMergeModel::UndoneRole).toBool());
    CHECK(f.notebook->client(a)->givenName == QStringLiteral("Ann"));
    CHECK_FALSE(pairs.undo(mergeId));
}

TEST_CASE("client data: export to a folder, erase only with the name typed", "[ui][merge]")
{
    MergeFixture f;
    const QString a = f.add(QStringLiteral("Erin"), QStringLiteral("Gone"), QStringLiteral("07700 900777"));
    ClientData data;
    data.setNotebook(f.notebook.get());
    CHECK(data.exportTo(a, f.dir.filePath(QStringLiteral("out"))).isEmpty()); // an associate
    REQUIRE(f.notebook->setCurrentStaff(f.manager.id).ok());
    const QString written = data.exportTo(a, f.dir.filePath(QStringLiteral("out")));
    REQUIRE(written.split(QLatin1Char('\n')).size() == 2);
    CHECK(QDir(f.dir.filePath(QStringLiteral("out"))).entryList(QDir::Files).size() == 2);
    CHECK_FALSE(data.confirms(a, QStringLiteral("Erin")));
    CHECK(data.confirms(a, QStringLiteral("  erin   gone ")));
    CHECK_FALSE(data.erase(a, QStringLiteral("Erin")));
    CHECK(f.notebook->client(a));
    REQUIRE(data.erase(a, QStringLiteral("Erin Gone")));
    CHECK_FALSE(f.notebook->client(a));
}
