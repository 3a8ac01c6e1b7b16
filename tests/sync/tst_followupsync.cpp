// A follow-up's done time (done_at) travels like any field: set on one device when it
// is marked done, cleared when it is reopened, the same on every device.
#include "fixture.h"

using namespace rapport;
using namespace rapport::test;

TEST_CASE("Marking a follow-up done sends its done time, and reopening it clears it everywhere", "[sync]")
{
    Chain chain;
    Device a(QStringLiteral("A")), b(QStringLiteral("B"));
    signInOrFail(a, chain.server.url(), chain.sam);
    signInOrFail(b, chain.server.url(), chain.sam);
    const QString clientId = createClient(a.notebook(), QStringLiteral("Dora"), QStringLiteral("Done"));
    FollowUp input;
    input.clientId = clientId;
    input.dueDate = QDate::currentDate();
    input.reason = QStringLiteral("Ask how the sander works out");
    input.kind = FollowUpKind::Education;
    const Result<FollowUp> added = a.notebook().addFollowUp(input);
    REQUIRE(added.ok());
    REQUIRE(a.sync());
    REQUIRE(b.sync());
    REQUIRE(b.notebook().followUp(added->id).has_value());
    CHECK_FALSE(b.notebook().followUp(added->id)->doneAt.isValid());

    const Result<FollowUp> done = a.notebook().completeFollowUp(added->id);
    REQUIRE(done.ok());
    REQUIRE(done->doneAt.isValid());
    REQUIRE(a.sync());
    REQUIRE(b.sync());
    const std::optional<FollowUp> seen = b.notebook().followUp(added->id);
    REQUIRE(seen.has_value());
    CHECK(seen->status == FollowUpStatus::Done);
    CHECK(seen->doneAt == done->doneAt);
    CHECK_SAME_DATA(snapshot(a.notebook()), snapshot(b.notebook()));

    // Reopened (undo) on B: A hears that it is open again and has no done time.
    REQUIRE(b.notebook().restoreFollowUp(*added).ok());
    REQUIRE(b.sync());
    REQUIRE(a.sync());
    const std::optional<FollowUp> reopened = a.notebook().followUp(added->id);
    REQUIRE(reopened.has_value());
    CHECK(reopened->status == FollowUpStatus::Open);
    CHECK_FALSE(reopened->doneAt.isValid());
    CHECK_SAME_DATA(snapshot(a.notebook()), snapshot(b.notebook()));
}
