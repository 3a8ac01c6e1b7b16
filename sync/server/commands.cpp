#include "commands.h"

#include "api.h"
#include "backup.h"
#include "crypto.h"
#include "httpserver.h"
#include "loginpacer.h"
#include "openfiles.h"
#include "printable.h"
#include "serveoptions.h"
#include "signinqueue.h"
#include "dbmigration.h"
#include "pgconnection.h"
#include "postgresstorage.h"
#include "sqlstorage.h"
#include "tlscontext.h"
#include "workerpool.h"

#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>

#include <QDateTime>
#include <QLoggingCategory>

#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace rapport::server {

namespace {

void out(const QString &text)
{
    std::fputs((text + QLatin1Char('\n')).toUtf8().constData(), stdout);
    std::fflush(stdout);
}

int fail(const QString &text)
{
    std::fputs((text + QLatin1Char('\n')).toUtf8().constData(), stderr);
    return 1;
}

/** Connections of a PostgreSQL storage: serve has one per storage thread and one for the rest. */
int postgresConnections(const Options &options, bool serving)
{
    if (!serving)
        return 1;
    return std::max(1, options.value(QStringLiteral("storage-threads"), QStringLiteral("4")).toInt()) + 1;
}

std::unique_ptr<Storage> openStorage(const Options &options, bool serving, QString *problem)
{
    const QString db = options.value(QStringLiteral("db"));
    if (db.isEmpty()) {
        *problem = QStringLiteral("--db is required: the SQLite file of the server, or a PostgreSQL connection "
                                  "string (postgresql://…, or host=… dbname=…).");
        return nullptr;
    }
    try {
        std::unique_ptr<Storage> storage;
        if (isPostgresConnectionString(db))
            storage = std::make_unique<PostgresStorage>(db, postgresConnections(options, serving));
        else
            storage = std::make_unique<SqliteStorage>(db);
        if (auto e = storage->migrate()) {
            *problem = e->message;
            return nullptr;
        }
        return storage;
    } catch (const DbFailure &e) {
        *problem = QString::fromUtf8(e.what());
        return nullptr;
    }
}

std::optional<QByteArray> readPassword()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    if (line.size() < 8)
        return std::nullopt;
    return QByteArray::fromStdString(line);
}

std::optional<Org> singleOrg(Storage &storage, const Options &options, QString *problem)
{
    const QList<Org> orgs = storage.orgs();
    const QString wanted = options.value(QStringLiteral("org"));
    for (const Org &org : orgs) {
        if (org.id == wanted || org.name == wanted)
            return org;
    }
    if (wanted.isEmpty() && orgs.size() == 1)
        return orgs.first();
    *problem = orgs.isEmpty() ? QStringLiteral("The database has no organisation yet; run init first.")
                              : QStringLiteral("Say which organisation with --org ID|NAME.");
    return std::nullopt;
}

std::variant<StaffRow, StorageError> addStaffWithPassword(Storage &storage, StaffRow row, const QByteArray &password)
{
    const auto hash = crypto::hashPassword(password);
    if (!hash)
        return StorageError{QStringLiteral("Not enough memory to hash the password.")};
    row.passwordHash = *hash;
    return storage.addStaff(row);
}

int demo(Storage &storage)
{
    auto org = storage.ensureOrg(QStringLiteral("Rapport Demo Hardware"));
    if (auto *e = std::get_if<StorageError>(&org))
        return fail(e->message);
    const QString orgId = std::get<Org>(org).id;
    struct DemoStore { const char *name; const char *address; };
    const DemoStore stores[] = {{"Harbour St", "12 Harbour St"}, {"Northgate", "Unit 4, Northgate Retail Park"}};
    QStringList storeIds;
    for (const DemoStore &s : stores) {
        auto existing = storage.storeByName(orgId, QLatin1String(s.name));
        if (existing) {
            storeIds.append(existing->id);
            continue;
        }
        auto added = storage.addStore(orgId, QLatin1String(s.name), QLatin1String(s.address));
        if (auto *e = std::get_if<StorageError>(&added))
            return fail(e->message);
        storeIds.append(std::get<StoreRow>(added).id);
    }
    struct DemoStaff { const char *login; const char *name; Role role; int store; };
    const DemoStaff staff[] = {{"alex", "Alex Morgan", Role::Admin, 0},   {"maya", "Maya Chen", Role::Manager, 0},
                               {"sam", "Sam Ortiz", Role::Associate, 0},  {"priya", "Priya Nair", Role::Manager, 1},
                               {"jon", "Jon Baker", Role::Associate, 1},  {"lee", "Lee Park", Role::Associate, 1}};
    const QByteArray password = "rapport-demo";
    out(QStringLiteral("Demo chain \"Rapport Demo Hardware\"; every demo password is \"%1\".")
            .arg(QString::fromLatin1(password)));
    for (const DemoStaff &s : staff) {
        if (!storage.staffByLogin(QLatin1String(s.login))) {
            StaffRow row;
            row.orgId = orgId;
            row.storeId = storeIds.at(s.store);
            row.login = QLatin1String(s.login);
            row.name = QLatin1String(s.name);
            row.role = s.role;
            auto added = addStaffWithPassword(storage, row, password);
            if (auto *e = std::get_if<StorageError>(&added))
                return fail(e->message);
        }
        out(QStringLiteral("  %1  %2  %3  %4")
                .arg(QLatin1String(s.login), -6)
                .arg(QLatin1String(s.name), -12)
                .arg(toString(s.role), -9)
                .arg(QLatin1String(stores[s.store].name)));
    }
    return 0;
}

int serve(Storage &storage, const Options &options)
{
    // One line per request is for debugging only; it would dominate the log under load.
    if (options.value(QStringLiteral("verbose")) != QLatin1String("1"))
        QLoggingCategory::setFilterRules(QStringLiteral("rapport.server.http.debug=false"));
    // runCommand() has checked every option's value against serveoptions.cpp.
    const auto listenEndpoint = parseListenAddress(options.value(QStringLiteral("listen"), QStringLiteral("127.0.0.1:8080")));
    if (!listenEndpoint)
        return fail(QStringLiteral("--listen needs ADDRESS:PORT, e.g. 127.0.0.1:8080 (port 0 picks a free one)."));
    const auto address = listenEndpoint->address();

    std::shared_ptr<boost::asio::ssl::context> tls;
    const QString cert = options.value(QStringLiteral("tls-cert"));
    const QString key = options.value(QStringLiteral("tls-key"));
    if (cert.isEmpty() != key.isEmpty())
        return fail(QStringLiteral("TLS needs both --tls-cert and --tls-key."));
    if (!cert.isEmpty()) {
        auto made = makeTlsContext(cert, key);
        if (auto *problem = std::get_if<QString>(&made))
            return fail(*problem);
        tls = std::get<std::shared_ptr<boost::asio::ssl::context>>(made);
    } else if (!address.is_loopback()) {
        std::fprintf(stderr, "warning: serving plain HTTP on %s: passwords and device tokens cross the network "
                             "unencrypted; use --tls-cert and --tls-key, or a TLS proxy in front.\n",
                     address.to_string().c_str());
    }

    SignInLimiter::Limits limits;
    limits.pairBurst = options.value(QStringLiteral("signin-burst-per-login"), QStringLiteral("5")).toDouble();
    limits.addressBurst = options.value(QStringLiteral("signin-burst-per-address"), QStringLiteral("60")).toDouble();
    // A full bucket refills in 5 minutes per (login, address) and in 1 minute per address.
    limits.pairPerSecond = limits.pairBurst / 300;
    limits.addressPerSecond = limits.addressBurst / 60;
    SignInLimiter limiter(limits);
    LoginPacer::Limits pacing;
    pacing.failureBudget = std::max(1.0, options.value(QStringLiteral("signin-failures-per-login"), QStringLiteral("10")).toDouble());
    pacing.spacingMs = std::max(1, options.value(QStringLiteral("signin-spacing-ms"), QStringLiteral("2000")).toInt());
    pacing.maxSpacingMs = std::max<qint64>(pacing.spacingMs, 15 * pacing.spacingMs);
    LoginPacer pacer(pacing);

    HttpLimits httpLimits;
    // Each connection holds a descriptor; keep some for the database, the listener and the log.
    const long openFiles = raiseOpenFileLimit();
    httpLimits.maxConnections = static_cast<int>(std::clamp<long>(openFiles - 64, 16, 1 << 20));
    if (options.contains(QStringLiteral("max-connections")))
        httpLimits.maxConnections = std::clamp(options.value(QStringLiteral("max-connections")).toInt(), 1, httpLimits.maxConnections);
    httpLimits.maxConnectionsPerAddress =
        std::max(1, options.value(QStringLiteral("max-connections-per-address"), QStringLiteral("32")).toInt());
    httpLimits.readTimeoutSeconds = std::max(1, options.value(QStringLiteral("read-timeout"), QStringLiteral("10")).toInt());
    httpLimits.minBodyBytesPerSecond =
        std::max(0, options.value(QStringLiteral("min-body-rate"), QStringLiteral("4096")).toInt());
    if (options.contains(QStringLiteral("max-body-bytes")))
        httpLimits.maxBodyBytes = static_cast<std::size_t>(options.value(QStringLiteral("max-body-bytes")).toLongLong());

    // Pulls with wait=S held at once: by default three quarters of the connections, so the rest
    // stay free for pushes and sign-ins; beyond it a pull is answered at once.
    const int maxHeld = options.contains(QStringLiteral("max-held"))
        ? options.value(QStringLiteral("max-held")).toInt()
        : std::max(1, httpLimits.maxConnections / 4 * 3);
    InProcessNotifier notifier(maxHeld);
    Api api(storage, limiter);
    api.setMaxBodyBytes(static_cast<qint64>(httpLimits.maxBodyBytes));
    api.setNotifier(&notifier);
    const int tombstoneDays = options.value(QStringLiteral("tombstone-days"), QStringLiteral("90")).toInt();
    storage.setSessionIdleMs(qint64(options.value(QStringLiteral("session-idle-days"), QStringLiteral("30")).toDouble() * 86400000));

    boost::asio::io_context io;
    // Declared after io and api: it stops first, before anything its jobs refer to.
    WorkerPool hashPool(std::max(1, options.value(QStringLiteral("hash-threads"), QStringLiteral("2")).toInt()),
                        std::max(1, options.value(QStringLiteral("hash-queue"), QStringLiteral("16")).toInt()));
    SignInQueue signIns(api, hashPool, pacer);
    // PostgreSQL answers over the network: its calls run on threads of their own, each with its
    // connection, so a slow query never holds an I/O thread. SQLite answers from the page cache
    // in microseconds and serialises writers anyway: it stays on the I/O threads.
    std::unique_ptr<WorkerPool> storagePool;
    if (isPostgresConnectionString(options.value(QStringLiteral("db")))) {
        storagePool = std::make_unique<WorkerPool>(
            std::max(1, options.value(QStringLiteral("storage-threads"), QStringLiteral("4")).toInt()),
            std::max(1, options.value(QStringLiteral("storage-queue"), QStringLiteral("1024")).toInt()));
        api.setStoragePool(storagePool.get());
    }
    HttpServer server(io, api, signIns, httpLimits, tls);
    auto bound = server.listen(*listenEndpoint);
    if (auto *problem = std::get_if<QString>(&bound))
        return fail(*problem);
    const auto endpoint = std::get<boost::asio::ip::tcp::endpoint>(bound);

    // Hourly, tombstones older than the horizon leave the change log (devices behind it get 410).
    boost::asio::steady_timer compactTimer(io);
    std::function<void()> compactLater = [&] {
        const auto compact = [&storage, tombstoneDays] {
            const qint64 horizon = QDateTime::currentMSecsSinceEpoch() - qint64(tombstoneDays) * 86400000;
            auto result = storage.compact(horizon);
            if (auto *e = std::get_if<StorageError>(&result))
                std::fprintf(stderr, "compaction failed: %s\n", e->message.toUtf8().constData());
        };
        // On PostgreSQL a storage thread compacts (a full queue skips this hour's turn): the I/O
        // threads never wait on the database.
        if (!storagePool)
            compact();
        else if (!storagePool->tryPost(compact))
            std::fprintf(stderr, "compaction skipped: the storage threads are busy\n");
        compactTimer.expires_after(std::chrono::hours(1));
        compactTimer.async_wait([&](boost::system::error_code waitError) {
            if (!waitError)
                compactLater();
        });
    };
    compactLater();

    // On SIGTERM/SIGINT: stop accepting, answer every held pull (with what it finds, closing its
    // connection), give those answers up to 2 s to leave, then stop.
    boost::asio::signal_set stopSignals(io, SIGINT, SIGTERM);
    boost::asio::steady_timer stopTimer(io);
    const auto stopBy = std::make_shared<std::chrono::steady_clock::time_point>();
    std::function<void()> stopWhenAnswered = [&] {
        if (notifier.openHolds() <= 0 || std::chrono::steady_clock::now() >= *stopBy)
            return io.stop();
        stopTimer.expires_after(std::chrono::milliseconds(10));
        stopTimer.async_wait([&](boost::system::error_code) { stopWhenAnswered(); });
    };
    stopSignals.async_wait([&](boost::system::error_code, int) {
        std::fprintf(stderr, "stopping\n");
        server.stop();
        compactTimer.cancel();
        notifier.shutdown();
        *stopBy = std::chrono::steady_clock::now() + std::chrono::seconds(2);
        stopWhenAnswered();
    });
    // Announced only now, so a SIGTERM sent right after the line is already handled cleanly.
    out(QStringLiteral("listening on %1:%2").arg(QString::fromStdString(endpoint.address().to_string())).arg(endpoint.port()));
    std::vector<std::thread> threads;
    const int threadCount = std::max(1, options.value(QStringLiteral("threads"), QStringLiteral("2")).toInt());
    for (int i = 1; i < threadCount; ++i)
        threads.emplace_back([&io] { io.run(); });
    io.run();
    for (std::thread &t : threads)
        t.join();
    return 0;
}

} // namespace

QString helpText()
{
    return QStringLiteral(
        "rapport-server COMMAND --option value ...\n"
        "\n"
        "The Rapport sync server: one SQLite file (--db FILE) or a PostgreSQL database (--db postgresql://…\n"
        "or --db \"host=… dbname=…\", for several instances on one database) holds organisations, stores,\n"
        "staff, devices and the change log every device pulls. Passwords are read from standard input,\n"
        "one line.\n"
        "\n"
        "  init --db PATH --org NAME            create the database and an organisation (prints its id)\n"
        "  add-store --db PATH --name NAME [--address A] [--org ID|NAME]\n"
        "                                       add a store (prints its id)\n"
        "  add-staff --db PATH --store ID --login LOGIN --name NAME --role associate|manager|admin\n"
        "                                       add a staff member; password (8+ characters) from stdin\n"
        "  reset-password --db PATH --login LOGIN\n"
        "                                       set a new password read from stdin\n"
        "                                       (ends every session of that staff member)\n"
        "  set-role --db PATH --login LOGIN --role associate|manager|admin\n"
        "                                       change a staff member's role; their sessions carry it from\n"
        "                                       their next request, devices learn it on their next pull\n"
        "  set-store --db PATH --login LOGIN --store ID|NAME\n"
        "                                       move a staff member to another store of their organisation\n"
        "  deactivate-staff --db PATH --login LOGIN\n"
        "                                       refuse their sign-ins and revoke every device of theirs\n"
        "                                       (401 device_revoked: the device wipes itself); on a shared\n"
        "                                       tablet others are signed in on, only their session ends\n"
        "  reactivate-staff --db PATH --login LOGIN\n"
        "                                       let them sign in again (revoked devices stay revoked)\n"
        "  revoke-device --db PATH --device ID  the device gets 401 device_revoked and wipes itself\n"
        "  list-devices --db PATH               devices with staff login, last contact and state\n"
        "  demo --db PATH                       the demo chain \"Rapport Demo Hardware\": 2 stores, 6 staff\n"
        "                                       with known logins (printed); running it again changes nothing\n"
        "  backup --db PATH --to FILE [--force] [--step-pages 256]\n"
        "                                       copy the database while the server keeps serving (SQLite\n"
        "                                       online backup: one consistent snapshot, writers never\n"
        "                                       wait), --step-pages pages at a time; FILE must not exist\n"
        "                                       unless --force. Restore by\n"
        "                                       stopping the server and putting FILE in place of PATH.\n"
        "                                       For a postgresql:// database use pg_dump instead.\n"
        "  compact --db PATH [--tombstone-days N]\n"
        "                                       drop tombstones older than N days (default 90) now\n"
        "  migrate --from FILE --to CONNINFO   copy an embedded database into an empty PostgreSQL one\n"
        "                                       (checked per table; devices keep their sessions and cursors)\n"
        "  serve [--config FILE] --db PATH [--listen 127.0.0.1:8080] [--tls-cert FILE --tls-key FILE]\n"
        "        [--tombstone-days 90] [--threads 2] [--max-connections N] [--max-connections-per-address 32]\n"
        "        [--read-timeout 10] [--min-body-rate 4096] [--max-body-bytes 4194304]\n"
        "        [--hash-threads 2] [--hash-queue 16] [--storage-threads 4] [--storage-queue 1024]\n"
        "        [--max-held N]\n"
        "        [--signin-burst-per-login 5] [--signin-burst-per-address 60]\n"
        "        [--signin-failures-per-login 10] [--signin-spacing-ms 2000] [--verbose 1]\n"
        "                                       serve the /v1 API; prints \"listening on ADDRESS:PORT\" once\n"
        "                                       ready (port 0 picks a free port). SIGTERM/SIGINT stop it.\n"
        "                                       Connections: the open-file limit is raised to its hard limit\n"
        "                                       and, less 64, caps them (--max-connections lowers the cap).\n"
        "                                       When full, or when an address has its cap, a connection\n"
        "                                       waiting for a request (of that address) makes room.\n"
        "                                       Headers must arrive within --read-timeout s; a body must\n"
        "                                       progress on every read within it and, after it, average\n"
        "                                       --min-body-rate bytes/s. Sign-ins are checked on\n"
        "                                       --hash-threads threads, at most --hash-queue waiting (else\n"
        "                                       503 busy). Sign-in buckets refill in 5 min (per login and\n"
        "                                       address) and 1 min (per address); past\n"
        "                                       --signin-failures-per-login failures in 10 min (from any\n"
        "                                       address), a login's checks are spaced by --signin-spacing-ms,\n"
        "                                       growing up to 15 times that. --verbose 1 logs every request.\n"
        "                                       The TLS key file must not be readable by group or others.\n"
        "                                       A request body over --max-body-bytes gets 413; devices learn\n"
        "                                       the limit and build their pushes within it.\n"
        "                                       On PostgreSQL, requests run on --storage-threads threads with\n"
        "                                       a connection each, at most --storage-queue waiting (else 503\n"
        "                                       busy); several instances may serve one database.\n"
        "                                       GET /v1/pull?wait=S (0..30) holds a pull that finds nothing\n"
        "                                       until a push for the organisation commits or S passes; at\n"
        "                                       most --max-held are held at once (default three quarters of\n"
        "                                       the connection cap), beyond it pulls are answered at once.\n"
        "                                       Changes made by admin commands (other processes) wake no\n"
        "                                       one: devices get them on their next pull.\n"
        "\n"
        "Configuration file: --config FILE (any command; the packaged service uses\n"
        "/etc/rapport/server.conf) reads serve's options from FILE, one \"key = value\" per line, keys\n"
        "named like the options without dashes (db = /var/lib/rapport-server/server.db), lines starting\n"
        "with # are comments. Options on the command line win over the file. An unknown key or a bad\n"
        "value stops the server with the file name and line number; serve refuses unknown options and\n"
        "bad values on the command line too.\n"
        "\n"
        "Sessions: serve --session-idle-days N (default 30, fractions allowed): a device token unused\n"
        "for N days gets 401 session_expired and the device signs in again, keeping its data.\n"
        "\n"
        "Demo logins (after demo): alex (admin), maya, priya (managers), sam, jon, lee (associates),\n"
        "all with the password rapport-demo.\n");
}

namespace {

int dispatch(const QString &command, const Options &options)
{
    QString problem;
    if (command == QLatin1String("migrate")) {
        const auto report = copySqliteToPostgres(options.value(QStringLiteral("from")),
                                                 options.value(QStringLiteral("to")), &problem);
        if (!report)
            return fail(problem);
        out(*report);
        return 0;
    }
    auto storage = openStorage(options, command == QLatin1String("serve"), &problem);
    if (!storage)
        return fail(problem);
    const auto need = [&options](const char *key) { return options.value(QLatin1String(key)); };

    if (command == QLatin1String("init")) {
        if (need("org").isEmpty())
            return fail(QStringLiteral("init needs --org NAME."));
        auto org = storage->ensureOrg(need("org"));
        if (auto *e = std::get_if<StorageError>(&org))
            return fail(e->message);
        out(std::get<Org>(org).id);
        return 0;
    }
    if (command == QLatin1String("add-store")) {
        if (need("name").isEmpty())
            return fail(QStringLiteral("add-store needs --name NAME."));
        const auto org = singleOrg(*storage, options, &problem);
        if (!org)
            return fail(problem);
        auto store = storage->addStore(org->id, need("name"), need("address"));
        if (auto *e = std::get_if<StorageError>(&store))
            return fail(e->message);
        out(std::get<StoreRow>(store).id);
        return 0;
    }
    if (command == QLatin1String("add-staff")) {
        const auto store = storage->storeById(need("store"));
        if (!store)
            return fail(QStringLiteral("add-staff needs --store ID of an existing store (add-store prints it)."));
        const auto role = roleFromString(need("role"));
        if (!role || need("login").isEmpty() || need("name").isEmpty())
            return fail(QStringLiteral("add-staff needs --login, --name and --role associate|manager|admin."));
        const auto password = readPassword();
        if (!password)
            return fail(QStringLiteral("Type the password (at least 8 characters) on standard input."));
        StaffRow row;
        row.orgId = store->orgId;
        row.storeId = store->id;
        row.login = need("login");
        row.name = need("name");
        row.role = *role;
        auto added = addStaffWithPassword(*storage, row, *password);
        if (auto *e = std::get_if<StorageError>(&added))
            return fail(e->message);
        out(std::get<StaffRow>(added).id);
        return 0;
    }
    if (command == QLatin1String("reset-password")) {
        const auto password = readPassword();
        if (!password)
            return fail(QStringLiteral("Type the new password (at least 8 characters) on standard input."));
        const auto hash = crypto::hashPassword(*password);
        if (!hash)
            return fail(QStringLiteral("Not enough memory to hash the password."));
        if (auto e = storage->setPasswordHash(need("login"), *hash))
            return fail(e->message);
        return 0;
    }
    if (command == QLatin1String("deactivate-staff") || command == QLatin1String("reactivate-staff")) {
        const bool active = command == QLatin1String("reactivate-staff");
        if (need("login").isEmpty())
            return fail(QStringLiteral("%1 needs --login LOGIN.").arg(command));
        auto result = storage->setStaffActive(need("login"), active);
        if (auto *e = std::get_if<StorageError>(&result))
            return fail(escapeForTerminal(e->message));
        const QString login = escapeForTerminal(need("login"));
        if (active) {
            out(QStringLiteral("reactivated %1: they can sign in again (on a new sign-in; revoked devices stay "
                               "revoked)").arg(login));
        } else {
            const StaffDeactivation &done = std::get<StaffDeactivation>(result);
            QString text = QStringLiteral("deactivated %1: sign-in refused; revoked %2 device%3 (each gets 401 "
                                          "device_revoked and wipes itself)")
                               .arg(login).arg(done.devicesRevoked)
                               .arg(done.devicesRevoked == 1 ? QString() : QStringLiteral("s"));
            if (done.sharedSessionsEnded > 0)
                text += QStringLiteral("; ended their session on %1 shared tablet%2 others still use (not wiped)")
                            .arg(done.sharedSessionsEnded)
                            .arg(done.sharedSessionsEnded == 1 ? QString() : QStringLiteral("s"));
            out(text);
        }
        return 0;
    }
    if (command == QLatin1String("set-role")) {
        const auto role = roleFromString(need("role"));
        if (!role && !need("role").isEmpty())
            return fail(QStringLiteral("set-role needs --role associate|manager|admin (got \"%1\"); nothing changed.")
                            .arg(escapeForTerminal(need("role"))));
        if (need("login").isEmpty() || !role)
            return fail(QStringLiteral("set-role needs --login LOGIN and --role associate|manager|admin."));
        auto result = storage->setStaffRole(need("login"), *role);
        if (auto *e = std::get_if<StorageError>(&result))
            return fail(escapeForTerminal(e->message));
        const StaffChange &change = std::get<StaffChange>(result);
        const QString login = escapeForTerminal(change.after.login);
        if (change.before.role == change.after.role)
            out(QStringLiteral("%1 already has the role %2; nothing changed").arg(login, toString(change.after.role)));
        else
            out(QStringLiteral("%1: role %2 -> %3 (their sessions carry it from the next request; devices learn "
                               "it on their next pull)")
                    .arg(login, toString(change.before.role), toString(change.after.role)));
        return 0;
    }
    if (command == QLatin1String("set-store")) {
        if (need("login").isEmpty() || need("store").isEmpty())
            return fail(QStringLiteral("set-store needs --login LOGIN and --store ID|NAME (a store of their "
                                       "organisation)."));
        auto result = storage->setStaffStore(need("login"), need("store"));
        if (auto *e = std::get_if<StorageError>(&result))
            return fail(escapeForTerminal(e->message));
        const StaffChange &change = std::get<StaffChange>(result);
        const auto storeName = [&storage](const QString &id) {
            const auto store = storage->storeById(id);
            return escapeForTerminal(store ? QStringLiteral("%1 (%2)").arg(store->name, id) : id);
        };
        const QString login = escapeForTerminal(change.after.login);
        if (change.before.storeId == change.after.storeId)
            out(QStringLiteral("%1 is already at %2; nothing changed").arg(login, storeName(change.after.storeId)));
        else
            out(QStringLiteral("%1: store %2 -> %3 (devices learn it on their next pull)")
                    .arg(login, storeName(change.before.storeId), storeName(change.after.storeId)));
        return 0;
    }
    if (command == QLatin1String("revoke-device")) {
        if (auto e = storage->revokeDevice(need("device")))
            return fail(e->message);
        out(QStringLiteral("revoked %1").arg(need("device")));
        return 0;
    }
    if (command == QLatin1String("list-devices")) {
        for (const DeviceRow &d : storage->devices()) {
            // Names come from devices: escaped, so none can forge a line or drive the terminal.
            out(QStringLiteral("%1  %2  \"%3\"  last seen %4  %5")
                    .arg(escapeForTerminal(d.id), escapeForTerminal(d.staffLogin), escapeForTerminal(d.name),
                         protocol::isoTime(d.lastSeenMs),
                         d.revoked ? QStringLiteral("revoked")
                                   : (d.signedIn ? QStringLiteral("signed in") : QStringLiteral("signed out"))));
        }
        return 0;
    }
    if (command == QLatin1String("demo"))
        return demo(*storage);
    if (command == QLatin1String("compact")) {
        const int days = options.value(QStringLiteral("tombstone-days"), QStringLiteral("90")).toInt();
        auto result = storage->compact(QDateTime::currentMSecsSinceEpoch() - qint64(days) * 86400000 + 1);
        if (auto *e = std::get_if<StorageError>(&result))
            return fail(e->message);
        out(QStringLiteral("dropped tombstones of %1 records").arg(std::get<int>(result)));
        return 0;
    }
    if (command == QLatin1String("serve"))
        return serve(*storage, options);
    return fail(QStringLiteral("Unknown command \"%1\". See rapport-server --help.").arg(command));
}

} // namespace

int runCommand(const QString &command, const Options &commandLine)
{
    // serve refuses what it would not use; other commands only read the options they name.
    if (command == QLatin1String("serve")) {
        for (auto it = commandLine.cbegin(); it != commandLine.cend(); ++it) {
            if (it.key() == QLatin1String("config"))
                continue;
            if (const auto problem = checkServeOption(it.key(), it.value()))
                return fail(QStringLiteral("--%1 %2.").arg(it.key(), *problem));
        }
    }
    // A configuration file fills in what the command line leaves out; where both say, the command line wins.
    Options options = commandLine;
    if (options.contains(QStringLiteral("config"))) {
        auto read = readConfigFile(options.take(QStringLiteral("config")));
        if (const auto *problem = std::get_if<QString>(&read))
            return fail(*problem);
        const Options &fromFile = std::get<Options>(read);
        for (auto it = fromFile.cbegin(); it != fromFile.cend(); ++it) {
            if (!options.contains(it.key()))
                options.insert(it.key(), it.value());
        }
    }
    // backup reads the file as it is: no migration, no storage opened.
    if (command == QLatin1String("backup")) {
        BackupOptions backup;
        backup.database = options.value(QStringLiteral("db"));
        backup.target = options.value(QStringLiteral("to"));
        backup.force = options.value(QStringLiteral("force")) == QLatin1String("1");
        if (options.contains(QStringLiteral("step-pages"))) {
            bool ok = false;
            backup.pagesPerStep = options.value(QStringLiteral("step-pages")).toInt(&ok);
            if (!ok || backup.pagesPerStep < 1)
                return fail(QStringLiteral("--step-pages needs a whole number of at least 1, got \"%1\".")
                                .arg(options.value(QStringLiteral("step-pages"))));
        }
        const BackupOutcome done = backupDatabase(backup);
        if (!done.ok)
            return fail(done.message);
        out(done.message);
        return 0;
    }
    try {
        return dispatch(command, options);
    } catch (const std::exception &e) {
        // A lookup that hit a damaged database: say so instead of aborting.
        return fail(QStringLiteral("The database could not be read: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace rapport::server
