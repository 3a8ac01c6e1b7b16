#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace rapport::server {

/** `--key value` options after the command name. */
using Options = QMap<QString, QString>;

int runCommand(const QString &command, const Options &commandLine);
QString helpText();

} // namespace rapport::server
