// `rapport report` as a person runs it: the real binary on a data folder, checked against
// the hand-worked numbers of the report chain (reportfixture.h).
#include "reportfixture.h"
#include "testsupport.h"
#include "zoneguard.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>

using namespace rapport;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runReport(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QString::fromLatin1(test::reportZone()));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // no window system is needed, nor opened
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RAPPORT_APP), QStringList{QStringLiteral("report")} + arguments);
    REQUIRE(process.waitForFinished(60000));
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
               QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject ratio(qint64 numerator, qint64 denominator)
{
    return QJsonObject{{QStringLiteral("numerator"), numerator},
                       {QStringLiteral("denominator"), denominator},
                       {QStringLiteral("rate"), denominator ? QJsonValue(double(numerator) / double(denominator))
                                                            : QJsonValue(QJsonValue::Null)}};
}

/** A data folder holding the report chain, made in the report zone. */
struct ChainFolder
{
    ChainFolder()
    {
        const test::ZoneGuard zone(test::reportZone());
        REQUIRE(dir.isValid());
        auto opened = Notebook::open(dir.path());
        REQUIRE(opened.ok());
        test::ReportFixture fixture(opened.value()->database().connection());
        test::fillReportChain(fixture);
    }
    QString path() const { return dir.path(); }
    QTemporaryDir dir;
};

const QStringList march{QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                        QStringLiteral("2026-03-31"), QStringLiteral("--as-of"), QStringLiteral("2026-03-31")};

} // namespace

TEST_CASE("rapport report --json prints the organisation's measures without a window", "[report][command]")
{
    const ChainFolder folder;
    const Run run = runReport(QStringList{QStringLiteral("--data-dir"), folder.path()} + march
                              + QStringList{QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    INFO(run.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    // The whole document, with the numbers worked out in tst_report.cpp.
    const QJsonObject expected{
        {QStringLiteral("from"), QStringLiteral("2026-03-01")},
        {QStringLiteral("to"), QStringLiteral("2026-03-31")},
        {QStringLiteral("as_of"), QStringLiteral("2026-03-31")},
        {QStringLiteral("scope"),
         QJsonObject{{QStringLiteral("kind"), QStringLiteral("org")}, {QStringLiteral("id"), QJsonValue::Null}}},
        {QStringLiteral("metrics"),
         QJsonObject{
             {QStringLiteral("education_follow_through"), ratio(2, 6)},
             {QStringLiteral("follow_ups_on_time"), ratio(3, 9)},
             {QStringLiteral("follow_ups_overdue_now"), QJsonObject{{QStringLiteral("count"), 3}}},
             {QStringLiteral("need_before_purchase"), ratio(3, 8)},
             {QStringLiteral("returning_clients"), ratio(2, 6)},
             {QStringLiteral("came_back_after_return"), ratio(1, 4)},
             {QStringLiteral("book_health"), ratio(8, 11)},
             {QStringLiteral("clients_added"), QJsonObject{{QStringLiteral("count"), 2}}},
             {QStringLiteral("notes_by_kind"),
              QJsonObject{{QStringLiteral("need"), 3}, {QStringLiteral("conversation"), 2},
                          {QStringLiteral("purchase"), 8}, {QStringLiteral("education"), 3},
                          {QStringLiteral("return"), 4}, {QStringLiteral("other"), 1}}},
         }},
    };
    CHECK(QString::fromUtf8(QJsonDocument(document.object()).toJson(QJsonDocument::Compact))
          == QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)));
}

TEST_CASE("rapport report for one store or associate, as a table, and with the CSV breakdown", "[report][command]")
{
    const ChainFolder folder;
    const QStringList base = QStringList{QStringLiteral("--data-dir"), folder.path()} + march;

    const Run store = runReport(base + QStringList{QStringLiteral("--store"), QStringLiteral("store-north"),
                                                   QStringLiteral("--json")});
    REQUIRE(store.exitCode == 0);
    const QJsonObject storeJson = QJsonDocument::fromJson(store.out).object();
    CHECK(storeJson.value(QStringLiteral("scope")).toObject().value(QStringLiteral("id")).toString()
          == QStringLiteral("store-north"));
    const QJsonObject storeMetrics = storeJson.value(QStringLiteral("metrics")).toObject();
    CHECK(storeMetrics.value(QStringLiteral("book_health")).toObject() == ratio(3, 5));
    CHECK(storeMetrics.value(QStringLiteral("came_back_after_return")).toObject() == ratio(1, 1));

    const Run associate = runReport(base + QStringList{QStringLiteral("--associate"), QStringLiteral("staff-alex"),
                                                       QStringLiteral("--json")});
    REQUIRE(associate.exitCode == 0);
    const QJsonObject alex = QJsonDocument::fromJson(associate.out).object().value(QStringLiteral("metrics")).toObject();
    CHECK(alex.value(QStringLiteral("follow_ups_on_time")).toObject() == ratio(1, 3));
    CHECK(alex.value(QStringLiteral("returning_clients")).toObject() == ratio(1, 2));

    const QString csvPath = folder.dir.filePath(QStringLiteral("breakdown.csv"));
    const Run table = runReport(base + QStringList{QStringLiteral("--csv"), csvPath});
    INFO(table.err.toStdString());
    REQUIRE(table.exitCode == 0);
    const QString text = QString::fromUtf8(table.out);
    CHECK(text.contains(QStringLiteral("the whole organisation")));
    CHECK(text.contains(QStringLiteral("2 of 6")));
    CHECK(text.contains(QStringLiteral("33.3%")));
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    // Header, 2 stores, 3 staff, and the assignee no longer on the staff list.
    REQUIRE(lines.size() == 7);
    CHECK(lines[1].startsWith(QStringLiteral("store,store-harbour,Harbour St,2,4,0.5,")));
    CHECK(lines[2].startsWith(QStringLiteral("store,store-north,Northgate,0,2,0,")));
}

TEST_CASE("rapport report refuses bad dates, unknown ids and a missing notebook, in words", "[report][command]")
{
    const ChainFolder folder;
    const QStringList dir{QStringLiteral("--data-dir"), folder.path()};
    const auto refused = [](const Run &run, const QString &words) {
        INFO(run.err.toStdString());
        CHECK(run.exitCode != 0);
        CHECK(run.out.isEmpty());
        CHECK(run.err.contains(words));
    };
    refused(runReport(dir + QStringList{QStringLiteral("--from"), QStringLiteral("2026-02-30"), QStringLiteral("--to"),
                                        QStringLiteral("2026-03-31")}),
            QStringLiteral("--from wants a day written YYYY-MM-DD"));
    refused(runReport(dir + QStringList{QStringLiteral("--from"), QStringLiteral("1/3/2026"), QStringLiteral("--to"),
                                        QStringLiteral("2026-03-31")}),
            QStringLiteral("got \"1/3/2026\""));
    refused(runReport(dir + QStringList{QStringLiteral("--from"), QStringLiteral("2026-03-31"), QStringLiteral("--to"),
                                        QStringLiteral("2026-03-01")}),
            QStringLiteral("before it starts"));
    refused(runReport(dir + march + QStringList{QStringLiteral("--as-of"), QStringLiteral("soon")}),
            QStringLiteral("--as-of wants a day"));
    refused(runReport(dir + march + QStringList{QStringLiteral("--store"), QStringLiteral("store-moon")}),
            QStringLiteral("no store with id \"store-moon\""));
    refused(runReport(dir + march + QStringList{QStringLiteral("--associate"), QStringLiteral("staff-nobody")}),
            QStringLiteral("no staff member with id \"staff-nobody\""));
    refused(runReport(dir + march + QStringList{QStringLiteral("--store"), QStringLiteral("store-north"),
                                                QStringLiteral("--associate"), QStringLiteral("staff-mei")}),
            QStringLiteral("not both"));
    refused(runReport(dir + QStringList{QStringLiteral("--from"), QStringLiteral("2026-03-01")}),
            QStringLiteral("--to is required"));

    QTemporaryDir empty;
    refused(runReport(QStringList{QStringLiteral("--data-dir"), empty.path()} + march),
            QStringLiteral("no notebook"));
    CHECK_FALSE(QFile::exists(empty.filePath(QStringLiteral("rapport.db"))));
}
