#pragma once

#include <QString>

namespace rapport {

/** Where the app keeps its files. */
namespace DataPaths {
/**
 * The default data directory: $RAPPORT_DATA_DIR when set (tests, several
 * devices on one machine), otherwise the platform's app data location. Created
 * when missing.
 */
QString defaultDataDir();
/** Creates `dir` (and parents) if needed; false if that is impossible. */
bool ensureExists(const QString &dir);
} // namespace DataPaths

} // namespace rapport
