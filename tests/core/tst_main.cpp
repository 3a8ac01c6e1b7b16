#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char **argv)
{
    // Queued signals and QProcess need an application object.
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
