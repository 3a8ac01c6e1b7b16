#pragma once

// `rapport export-client`: everything held about one client, written without a window.
namespace rapport {

/** Runs `rapport export-client …` (argv[1] is "export-client"); returns the process exit code. */
int runExportClientCommand(int argc, char **argv);

} // namespace rapport
