// Child process of the first-sync durability test: a device that signs in (or,
// when its data folder already holds a session, just syncs) and pulls until the
// server has nothing more, in small pages: a snapshot of the organisation's
// current state, or with FIRST_SYNC_BY=history in the environment its change
// history pulled from cursor 0. Exits 0 when the sync succeeded.
// With INDEX_BATCH, every pulled note waits for the background note index,
// which runs in batches of that many notes; it then exits once the index is
// complete.
#include "notebook.h"
#include "syncengine.h"
#include "tokenstore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace rapport;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 6) {
        std::fprintf(stderr, "usage: first_sync_device DATA_DIR URL LOGIN PASSWORD PAGE_SIZE [INDEX_BATCH]\n");
        return 2;
    }
    const QString dataDir = QString::fromLocal8Bit(argv[1]);
    auto opened = Notebook::open(dataDir);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    SyncEngine engine(opened.value().get(), dataDir, std::make_unique<FileTokenStore>(dataDir));
    engine.setAutomaticSync(false);
    engine.setRequestTimeout(60000);
    engine.setPullPageSize(QString::fromLocal8Bit(argv[5]).toInt());
    engine.setSnapshotPageSize(QString::fromLocal8Bit(argv[5]).toInt());
    engine.setSnapshotEnabled(qEnvironmentVariable("FIRST_SYNC_BY") != QLatin1String("history"));
    const int indexBatch = argc > 6 ? QString::fromLocal8Bit(argv[6]).toInt() : 0;
    if (indexBatch > 0) {
        opened.value()->setNoteIndexDeferThreshold(1);
        engine.noteIndexer()->setBatchSize(indexBatch);
    }
    int exitCode = 1;
    bool synced = false;
    QObject::connect(engine.noteIndexer(), &NoteIndexer::finished, &app, [&] {
        if (synced)
            app.exit(0);
    });
    QObject::connect(&engine, &SyncEngine::signInFinished, &app, [&](bool ok, const QString &error) {
        if (!ok) {
            std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(error));
            app.exit(1);
        }
    });
    QObject::connect(&engine, &SyncEngine::syncFinished, &app, [&](bool ok) {
        if (!ok)
            std::fprintf(stderr, "sync failed: %s\n", qPrintable(engine.lastError()));
        exitCode = ok ? 0 : 1;
        synced = ok;
        if (!ok || indexBatch <= 0 || !engine.noteIndexer()->active())
            app.exit(exitCode);
    });
    if (engine.signedIn()) {
        engine.syncNow();
    } else {
        engine.signIn(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                      QString::fromLocal8Bit(argv[4]), QStringLiteral("first sync"));
    }
    app.exec();
    opened.value().reset();
    return exitCode;
}
