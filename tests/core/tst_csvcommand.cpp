// `rapport import-clients` and `rapport export-csv` run as programs on a data folder.
#include "testsupport.h"

#include "csv/csvreader.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>

using namespace rapport;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runApp(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // no window system is needed, nor opened
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RAPPORT_APP), arguments);
    REQUIRE(process.waitForFinished(120000));
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

int liveClients(const QString &dir)
{
    auto opened = Notebook::open(dir);
    REQUIRE(opened.ok());
    return opened.value()->clientCount();
}

} // namespace

TEST_CASE("rapport import-clients: a dry run lists every row and writes nothing, the import writes the good rows",
          "[csv][command]")
{
    QTemporaryDir dir;
    {
        auto opened = Notebook::open(dir.path());
        REQUIRE(opened.ok());
        Notebook &nb = *opened.value();
        REQUIRE(nb.upsertStore(Store{QStringLiteral("store-harbour"), QStringLiteral("Harbour St"), {}}).ok());
        REQUIRE(nb.upsertStaff(Staff{QStringLiteral("staff-maya"), QStringLiteral("store-harbour"),
                                     QStringLiteral("Maya Chen"), QStringLiteral("maya"), StaffRole::Manager}).ok());
        REQUIRE(nb.setCurrentStaff(QStringLiteral("staff-maya")).ok());
    }
    const QString csvPath = dir.filePath(QStringLiteral("clients.csv"));
    {
        QFile file(csvPath);
        REQUIRE(file.open(QIODevice::WriteOnly));
        // Windows-1252 with semicolons, as a spreadsheet in Western Europe saves it.
        file.write("Pr\xE9nom;Nom;T\xE9l\xE9phone;Anniversaire\r\n"
                   "Zo\xEB;M\xFCller;+49 30 1234567;1990-05-17\r\n"
                   "Jos\xE9;Garc\xED" "a;+34 91 765 4321;17/05/1990\r\n");
    }

    const Run dry = runApp({QStringLiteral("import-clients"), csvPath, QStringLiteral("--data-dir"), dir.path(),
                            QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("row 2: new Zo\u00eb M\u00fcller")));
    CHECK(dry.out.contains(QStringLiteral("row 3: refused Jos\u00e9 Garc\u00eda (the birthday \"17/05/1990\" is not a "
                                          "date written YYYY-MM-DD")));
    CHECK(dry.out.contains(QStringLiteral("Dry run, nothing written: 1 new, 0 updated, 0 unchanged, 1 refused.")));
    CHECK(liveClients(dir.path()) == 0);

    const Run ran = runApp({QStringLiteral("import-clients"), csvPath, QStringLiteral("--data-dir"), dir.path()});
    INFO(ran.err.toStdString());
    REQUIRE(ran.exitCode == 0);
    CHECK(ran.out.contains(QStringLiteral("Imported: 1 new, 0 updated, 0 unchanged, 1 refused.")));
    CHECK(liveClients(dir.path()) == 1);

    // Exported for a spreadsheet: UTF-8 with a byte order mark; no marketing consent, so marked.
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    const Run exported = runApp({QStringLiteral("export-csv"), QStringLiteral("--data-dir"), dir.path(),
                                 QStringLiteral("--kind"), QStringLiteral("clients"), QStringLiteral("--out"), out});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    QFile written(out);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const csv::ReadResult back = csv::readTable(bytes);
    REQUIRE(back.ok);
    REQUIRE(back.table.rows.size() == 1);
    CHECK(back.table.rows[0][back.table.header.indexOf(QStringLiteral("family_name"))] == QStringLiteral("M\u00fcller"));
    CHECK(back.table.rows[0][back.table.header.indexOf(QStringLiteral("marketing_allowed"))]
          == QStringLiteral("NO marketing consent"));

    // Bad input is refused in words and changes nothing.
    const Run missing = runApp({QStringLiteral("import-clients"), dir.filePath(QStringLiteral("nope.csv")),
                                QStringLiteral("--data-dir"), dir.path()});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("cannot read")));
    const Run badMap = runApp({QStringLiteral("import-clients"), csvPath, QStringLiteral("--data-dir"), dir.path(),
                               QStringLiteral("--map"), QStringLiteral("9=phone")});
    CHECK(badMap.exitCode == 2);
    CHECK(liveClients(dir.path()) == 1);
}
