#pragma once

// `rapport report`: the manager's measures printed on the command line, without a window.
namespace rapport {

/** Runs `rapport report …` (argv[1] is "report"); returns the process exit code. */
int runReportCommand(int argc, char **argv);

} // namespace rapport
