#include "datapaths.h"

#include <QDir>
#include <QStandardPaths>

namespace rapport::DataPaths {

QString defaultDataDir()
{
    QString dir = qEnvironmentVariable("RAPPORT_DATA_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    ensureExists(dir);
    return dir;
}

bool ensureExists(const QString &dir)
{
    return !dir.isEmpty() && QDir().mkpath(dir);
}

} // namespace rapport::DataPaths
