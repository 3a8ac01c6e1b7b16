// The test runner for suites that need an application object (core, sync): queued signals,
// QProcess, network replies and worker threads. Compiled once into rapport_catch_qt_main.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Nothing a test does may touch the user's own folders.
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
