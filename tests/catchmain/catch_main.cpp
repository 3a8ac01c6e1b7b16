// The test runner for suites without a Qt event loop (server, protocol). Compiled once into
// rapport_catch_main: Catch's runner is the slowest file of any suite to compile, so no suite
// compiles its own.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
