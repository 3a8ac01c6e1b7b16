// Staff administration on the command line: set-role and set-store change what the server checks
// at once and reach devices through the change log; bad input is refused and changes nothing.
#include "httpclient.h"
#include "serverprocess.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

/** The staff member's reference fields as a device keeps them: the last staff change in pull order. */
QJsonObject pulledStaff(const QJsonArray &changes, const QString &staffId)
{
    QJsonObject latest;
    for (const QJsonValue &v : changes) {
        const QJsonObject c = v.toObject();
        if (c.value(s("entity")).toString() == s("staff") && c.value(s("id")).toString() == staffId)
            latest = c.value(s("fields")).toObject();
    }
    return latest;
}

/** The id of the store with that name, from the pulled store changes. */
QString pulledStoreId(const QJsonArray &changes, const QString &name)
{
    for (const QJsonValue &v : changes) {
        const QJsonObject c = v.toObject();
        if (c.value(s("entity")).toString() == s("store")
            && c.value(s("fields")).toObject().value(s("name")).toString() == name)
            return c.value(s("id")).toString();
    }
    return {};
}

QString pushStatus(const HttpResponse &r)
{
    return r.json().value(s("results")).toArray().at(0).toObject().value(s("status")).toString();
}

QString pushMessage(const HttpResponse &r)
{
    return r.json().value(s("results")).toArray().at(0).toObject().value(s("message")).toString();
}

/** Pushes a new client from `device`; returns its id. */
QString newClient(HttpClient &client, Device &device, const QString &name)
{
    const QString id = newId();
    const HttpResponse r = push(client, device, QJsonArray{mutation(device, s("client"), id, s("upsert"),
                                                                    {{s("given_name"), name}})});
    REQUIRE(r.status == 200);
    REQUIRE(pushStatus(r) == s("applied"));
    return id;
}

} // namespace

TEST_CASE("set-role takes effect on the staff member's existing session and reaches devices on their next pull",
          "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam")); // an associate in the demo chain
    Device jon = signIn(client, s("jon"));
    REQUIRE_FALSE(sam.token.isEmpty());
    REQUIRE(pulledStaff(pullAll(client, jon), sam.staffId).value(s("role")).toString() == s("associate"));

    const QString first = newClient(client, sam, s("Erasable One"));
    const HttpResponse refused = push(client, sam, QJsonArray{mutation(sam, s("client"), first, s("erase"), {}, {}, 1000)});
    REQUIRE(refused.status == 200);
    CHECK(pushStatus(refused) == s("rejected"));
    CHECK(pushMessage(refused).contains(s("manager")));

    int code = -1;
    const QString said = server.command({s("set-role"), s("--login"), s("sam"), s("--role"), s("manager")}, {}, &code);
    REQUIRE(code == 0);
    CHECK(said.contains(s("associate -> manager")));

    // The same session, not signed in again: the server reads the role from the staff row per request.
    const HttpResponse applied = push(client, sam, QJsonArray{mutation(sam, s("client"), first, s("erase"), {}, {}, 2000)});
    REQUIRE(applied.status == 200);
    CHECK(pushStatus(applied) == s("applied"));
    // Another device of the organisation learns the new role on its next pull, as does a new sign-in.
    CHECK(pulledStaff(pullAll(client, jon), sam.staffId).value(s("role")).toString() == s("manager"));
    const HttpResponse again = client.post("/v1/session", QJsonObject{{s("login"), s("sam")},
        {s("password"), s("rapport-demo")}, {s("device_name"), s("desk")}});
    REQUIRE(again.status == 200);
    CHECK(again.json().value(s("staff")).toObject().value(s("role")).toString() == s("manager"));

    // Back to associate: the next erase from that session is refused again.
    server.command({s("set-role"), s("--login"), s("sam"), s("--role"), s("associate")}, {}, &code);
    REQUIRE(code == 0);
    const QString second = newClient(client, sam, s("Erasable Two"));
    CHECK(pushStatus(push(client, sam, QJsonArray{mutation(sam, s("client"), second, s("erase"), {}, {}, 3000)}))
          == s("rejected"));
    CHECK(pulledStaff(pullAll(client, jon), sam.staffId).value(s("role")).toString() == s("associate"));

    // The same role again: said so, nothing logged.
    const int changesBefore = pullAll(client, jon).size();
    const QString same = server.command({s("set-role"), s("--login"), s("sam"), s("--role"), s("associate")}, {}, &code);
    CHECK(code == 0);
    CHECK(same.contains(s("nothing changed")));
    CHECK(pullAll(client, jon).size() == changesBefore);
    server.stop();
}

TEST_CASE("set-role and set-store refuse bad input with a clear error and change nothing", "[server][sync]")
{
    ServerProcess server;
    int code = -1;
    QString error;
    // A second organisation with a store of its own.
    server.command({s("init"), s("--org"), s("Other Chain")}, {}, &code);
    REQUIRE(code == 0);
    const QString foreignStore = server.command({s("add-store"), s("--org"), s("Other Chain"), s("--name"),
                                                 s("Faraway")}, {}, &code).trimmed();
    REQUIRE(code == 0);
    REQUIRE_FALSE(foreignStore.isEmpty());

    server.start();
    HttpClient client(server.port());
    Device jon = signIn(client, s("jon"));
    const QJsonArray before = pullAll(client, jon);
    const QString samId = [&] {
        for (const QJsonValue &v : before) {
            const QJsonObject c = v.toObject();
            if (c.value(s("entity")).toString() == s("staff")
                && c.value(s("fields")).toObject().value(s("login")).toString() == s("sam"))
                return c.value(s("id")).toString();
        }
        return QString();
    }();
    REQUIRE_FALSE(samId.isEmpty());
    const QJsonObject samBefore = pulledStaff(before, samId);

    struct Case
    {
        QStringList args;
        const char *says;
    };
    const Case cases[] = {
        {{s("set-role"), s("--login"), s("nobody"), s("--role"), s("manager")}, "no staff member with the login \"nobody\""},
        {{s("set-role"), s("--login"), s("sam"), s("--role"), s("boss")}, "associate|manager|admin (got \"boss\")"},
        {{s("set-role"), s("--login"), s("sam")}, "--role associate|manager|admin"},
        {{s("set-store"), s("--login"), s("sam"), s("--store"), foreignStore}, "belongs to another organisation"},
        {{s("set-store"), s("--login"), s("sam"), s("--store"), s("Faraway")}, "belongs to another organisation"},
        {{s("set-store"), s("--login"), s("sam"), s("--store"), s("Nowhere")}, "There is no store \"Nowhere\""},
        {{s("set-store"), s("--login"), s("nobody"), s("--store"), s("Northgate")}, "no staff member with the login"},
        {{s("set-store"), s("--login"), s("sam")}, "--store ID|NAME"},
    };
    for (const Case &c : cases) {
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        code = 0;
        const QString said = server.command(c.args, {}, &code, &error);
        INFO(error.toStdString());
        CHECK(code != 0);
        CHECK(said.isEmpty());
        CHECK(error.contains(QString::fromUtf8(c.says)));
    }
    // A refused store names the stores it could have been.
    server.command({s("set-store"), s("--login"), s("sam"), s("--store"), s("Nowhere")}, {}, &code, &error);
    CHECK(error.contains(s("Harbour St")));
    CHECK(error.contains(s("Northgate")));
    CHECK_FALSE(error.contains(s("Faraway (")));

    // Nothing changed: the log holds the same changes and sam's row is as before.
    const QJsonArray after = pullAll(client, jon);
    CHECK(after.size() == before.size());
    CHECK(pulledStaff(after, samId) == samBefore);
    server.stop();
}

TEST_CASE("set-store moves a staff member to a store of their organisation, by name or id", "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    Device maya = signIn(client, s("maya"));
    const QJsonArray changes = pullAll(client, maya);
    const QString harbour = pulledStoreId(changes, s("Harbour St"));
    const QString northgate = pulledStoreId(changes, s("Northgate"));
    REQUIRE_FALSE(harbour.isEmpty());
    REQUIRE_FALSE(northgate.isEmpty());
    REQUIRE(pulledStaff(changes, sam.staffId).value(s("store_id")).toString() == harbour);

    int code = -1;
    const QString said = server.command({s("set-store"), s("--login"), s("sam"), s("--store"), s("Northgate")}, {}, &code);
    REQUIRE(code == 0);
    CHECK(said.contains(s("Harbour St")));
    CHECK(said.contains(s("-> Northgate")));
    const QJsonObject moved = pulledStaff(pullAll(client, maya), sam.staffId);
    CHECK(moved.value(s("store_id")).toString() == northgate);
    CHECK(moved.value(s("role")).toString() == s("associate"));
    CHECK(moved.value(s("login")).toString() == s("sam"));
    // Sam's own device learns it too, with the session it has.
    CHECK(pulledStaff(pullAll(client, sam), sam.staffId).value(s("store_id")).toString() == northgate);

    server.command({s("set-store"), s("--login"), s("sam"), s("--store"), harbour}, {}, &code);
    REQUIRE(code == 0);
    CHECK(pulledStaff(pullAll(client, maya), sam.staffId).value(s("store_id")).toString() == harbour);
    const QString same = server.command({s("set-store"), s("--login"), s("sam"), s("--store"), harbour}, {}, &code);
    CHECK(code == 0);
    CHECK(same.contains(s("nothing changed")));
    server.stop();
}

TEST_CASE("staff commands read the database from --config, and --help lists them", "[server][sync]")
{
    ServerProcess server;
    const QString config = server.dir() + s("/server.conf");
    QFile file(config);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("# the staff commands take db from here\ndb = " + server.dbPath().toUtf8() + "\n");
    file.close();

    const auto run = [](const QStringList &args, int *code) {
        QProcess p;
        p.start(s(RAPPORT_SERVER_BINARY), args);
        p.waitForFinished(60000);
        *code = p.exitCode();
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    int code = -1;
    const QString said = run({s("set-role"), s("--config"), config, s("--login"), s("jon"), s("--role"), s("manager")}, &code);
    CHECK(code == 0);
    CHECK(said.contains(s("jon: role associate -> manager")));
    run({s("set-store"), s("--config"), config, s("--login"), s("jon"), s("--store"), s("Harbour St")}, &code);
    CHECK(code == 0);

    server.start();
    HttpClient client(server.port());
    Device jon = signIn(client, s("jon"));
    const QJsonArray changes = pullAll(client, jon);
    const QJsonObject row = pulledStaff(changes, jon.staffId);
    CHECK(row.value(s("role")).toString() == s("manager"));
    CHECK(row.value(s("store_id")).toString() == pulledStoreId(changes, s("Harbour St")));
    server.stop();

    const QString help = run({s("--help")}, &code);
    CHECK(code == 0);
    for (const char *command : {"set-role", "set-store", "deactivate-staff", "reactivate-staff"})
        CHECK(help.contains(s(command)));
}
