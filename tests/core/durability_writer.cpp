// Child process of the durability test: adds notes in a loop and prints each id
// only after addNote returned ok, i.e. after the commit the user would see as saved.
#include "notebook.h"

#include <QCoreApplication>

#include <cstdio>

using namespace rapport;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: durability_writer DATA_DIR\n");
        return 2;
    }
    auto opened = Notebook::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    Notebook &nb = *opened.value();
    const QString staffId = QStringLiteral("staff-durability");
    if (!nb.upsertStore(Store{QStringLiteral("store-d"), QStringLiteral("Durability"), {}})
        || !nb.upsertStaff(Staff{staffId, QStringLiteral("store-d"), QStringLiteral("Dee Writer"), {},
                                 StaffRole::Associate})
        || !nb.setCurrentStaff(staffId))
        return 1;
    ClientChanges c;
    c.givenName = QStringLiteral("Round");
    c.familyName = QString::number(QCoreApplication::applicationPid());
    auto client = nb.createClient(c);
    if (!client)
        return 1;
    std::printf("client %s\n", qPrintable(client->id));
    std::fflush(stdout);
    for (int i = 0;; ++i) {
        Note note;
        note.clientId = client->id;
        note.kind = NoteKind::Conversation;
        note.body = QStringLiteral("Durability note %1 with some words to index").arg(i);
        auto added = nb.addNote(note);
        if (!added) {
            std::fprintf(stderr, "%s\n", qPrintable(added.errorMessage()));
            return 1;
        }
        std::printf("note %s\n", qPrintable(added->id));
        std::fflush(stdout);
    }
}
